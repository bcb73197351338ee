import { cityMarksFor } from '../../data/derive/city-marks';
import type { NetworkView } from '../../data/derive/network-view';
import type { Network } from '../../data/domain/schema';
import { memoLast } from '../../lib/memo-last';
import type { AppState } from '../../stores/app-state';
import { changesFor, networkViewFor, planViewFor } from '../../stores/use-network-view';
import type { DesiredMap } from './apply-map-state';
import { buildCityFeatures, type CityGrouping } from './build-city-features';
import { buildChangedOutlets } from './changed-outlets';
import { CITY_GROUP_MAX_ZOOM, groupRadius } from './layers/city-layers';
import type { MapTarget } from './map-pointer';
import { basemapLayers, buildDataStyle, type MapAppearance } from './map-state';
import { buildOutletLabels, type Area, type OutletLabels } from './outlet-labels';
import { buildOutletRings, type OutletRings } from './outlet-rings';
import type { RestingView } from './resting-view';

/** Everything the map shows depends on: the store's part, the data, the look and the pointer. */
export interface MapInputs {
  state: Pick<AppState, 'filters' | 'layers' | 'selectedCityId' | 'selectedOutletId' | 'compare'>;
  network: Network | null;
  /** The blob URL of the network's outlet table. */
  tableUrl: string | null;
  appearance: MapAppearance;
  resting: RestingView;
  hovered: MapTarget;
}

const NO_LABELS: OutletLabels = { type: 'FeatureCollection', features: [] };

/** An outlet's position in the dataset, remembered for the last id asked. */
const positionOf = memoLast((network: Network | null, outletId: string | null) => {
  const position = outletId ? (network?.outlets.findIndex((o) => o.id === outletId) ?? -1) : -1;
  return position < 0 ? null : position;
});

/** A city's administrative code (its prefecture's), remembered for the last id asked. */
const adcodeOf = memoLast(
  (network: Network | null, cityId: string | null) =>
    network?.cities.find((city) => city.id === cityId)?.adcode ?? null,
);

const groupingFor = memoLast((zoom: number, presenting: boolean): CityGrouping => ({
  zoom,
  radiusPx: zoom < CITY_GROUP_MAX_ZOOM ? groupRadius(presenting) : 0,
}));

/**
 * Works out what a map should show for its inputs. Each part that becomes a source's data is
 * remembered, so that the same inputs give the same object and `applyMapState` leaves the
 * source alone; one instance per map.
 */
export class MapDataBuilder {
  private readonly cities = memoLast(buildCityFeatures);
  private readonly changed = memoLast(buildChangedOutlets);
  private readonly labels = memoLast(
    (
      view: NetworkView | null,
      layers: AppState['layers'],
      area: Area | null,
      language: MapAppearance['language'],
    ) => (view && area ? buildOutletLabels(view, layers, area, language) : NO_LABELS),
  );
  private rings: OutletRings = { type: 'FeatureCollection', features: [] };

  build({ state, network, tableUrl, appearance, resting, hovered }: MapInputs): DesiredMap {
    const { filters, layers, selectedCityId, selectedOutletId, compare } = state;
    const view = network ? networkViewFor(network, filters) : null;
    const plan = network?.targets?.length ? planViewFor(network, filters) : null;
    const changes =
      network && compare
        ? this.changed(changesFor(network, filters, compare.from, compare.to))
        : null;
    const hoveredOutlet = hovered?.kind === 'outlet' ? hovered.outlet : null;
    const rings = buildOutletRings(
      view,
      layers,
      positionOf(network, selectedOutletId),
      hoveredOutlet,
    );
    // A change that leaves the rings as they were must not reload their source.
    if (JSON.stringify(rings) !== JSON.stringify(this.rings)) this.rings = rings;
    const grouping = groupingFor(resting.groupZoom, appearance.presenting);
    const data = buildDataStyle(appearance, {
      network,
      tableUrl,
      view,
      layers,
      boundaries: resting.boundaries,
      selectedAdcode: adcodeOf(network, selectedCityId),
      cities: view
        ? this.cities(view, cityMarksFor(view, layers), appearance.language, grouping, plan)
        : null,
      labels: this.labels(view, layers, resting.area, appearance.language),
      rings: this.rings,
      changes,
      hasPlan: plan !== null,
    });
    return {
      basemapLayers: basemapLayers(appearance),
      data,
      cities: {
        dataset: network,
        hovered: hovered?.kind === 'city' ? hovered.city : null,
        selected:
          selectedCityId === null ? null : (view?.index.cityPosition.get(selectedCityId) ?? null),
      },
    };
  }
}
