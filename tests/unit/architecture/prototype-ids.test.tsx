import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildOutletsCsv } from '../../../src/data/derive/build-outlets-csv';
import { buildCityMarks } from '../../../src/data/derive/city-marks';
import { networkIndex } from '../../../src/data/derive/network-index';
import { deriveNetworkView } from '../../../src/data/derive/network-view';
import { filterOutlets } from '../../../src/data/derive/view-outlets';
import { DEFAULT_FILTERS } from '../../../src/data/domain/filters';
import type { Network, Outlet } from '../../../src/data/domain/schema';
import { validateNetwork } from '../../../src/data/domain/validate-network';
import { loadOutletsCsv } from '../../../src/data/sources/load-csv';
import { parseNetworkText } from '../../../src/data/sources/parse-text';
import { CityPanel } from '../../../src/features/city-panel/city-panel';
import {
  buildCitySearchIndex,
  searchCities,
} from '../../../src/features/filters/city-search-index';
import { MapDataBuilder } from '../../../src/features/map/map-data';
import { START_VIEW } from '../../../src/features/map/resting-view';
import { OutletTable } from '../../../src/features/outlet-list/outlet-table';
import { DEFAULT_LAYERS, useAppStore } from '../../../src/stores/app-store';
import { decodeUrlState, encodeUrlState } from '../../../src/stores/url-state';
import { makeCity, makeNetwork, makeOutlet } from '../fixtures/network';
import { renderWithQuery } from '../support/with-query';

/**
 * Ids are data, never keys of plain objects: the names every JavaScript object inherits work as
 * ordinary ids from the file to the map, the filters, the link, the list, the CSV and the panel.
 */
const PROTOTYPE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

/** A network with a city `constructor` holding an outlet of each prototype-named id. */
function prototypeNetwork(): Network {
  const network = makeNetwork();
  network.cities.push(
    makeCity({ id: 'constructor', name: { en: 'Constructor City', zh: '构造市' } }),
  );
  for (const id of PROTOTYPE_IDS)
    network.outlets.push(
      makeOutlet({ id, cityId: 'constructor', name: { en: `Outlet ${id}`, zh: id } }),
    );
  return network;
}

/** The document as it arrives: JSON, where "__proto__" is an own key like any other. */
const asJson = (network: unknown) => JSON.stringify(network);

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('prototype names as ids', () => {
  it('validate as ordinary ids, duplicates and unknown cities included', () => {
    const network = prototypeNetwork();
    const { network: valid, issues } = parseNetworkText(asJson(network), 'n.json');
    expect(issues).toEqual([]);
    expect(valid.outlets.slice(-4).map((outlet) => outlet.id)).toEqual([...PROTOTYPE_IDS]);

    const twice: unknown[] = [...network.outlets, makeOutlet({ id: '__proto__' })];
    const orphan = makeOutlet({ id: 'orphan', cityId: '__proto__' });
    const checked = validateNetwork(
      JSON.parse(asJson({ ...network, outlets: [...twice, orphan] })) as unknown,
    );
    expect(checked.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^duplicate id "__proto__"/),
      'unknown city id "__proto__"',
    ]);
  });

  it('refuses the ones that are not valid city ids, as any other bad id', () => {
    const network = makeNetwork();
    const cities = ['__proto__', 'toString', 'hasOwnProperty'].map((id) => makeCity({ id }));
    const { issues } = parseNetworkText(
      asJson({ ...network, cities: [...network.cities, ...cities] }),
      'x',
    );
    expect(issues.map((issue) => issue.message)).toEqual(
      Array(3).fill('use lowercase letters, digits and dashes'),
    );
  });

  it('index, filter and count like any city', () => {
    const network = prototypeNetwork();
    const index = networkIndex(network);
    expect(index.cityPosition.get('constructor')).toBe(network.cities.length - 1);
    const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, tiers: ['new1'] });
    const marks = buildCityMarks(view, DEFAULT_LAYERS);
    expect(marks.counts.at(-1)).toBeGreaterThan(0);
  });

  it('never become keys of what the map is given', () => {
    const network = prototypeNetwork();
    const desired = new MapDataBuilder().build({
      state: {
        filters: DEFAULT_FILTERS,
        layers: DEFAULT_LAYERS,
        selectedCityId: 'constructor',
        selectedOutletId: 'constructor',
        compare: null,
      },
      network,
      tableUrl: null,
      appearance: {
        basemap: { type: 'embedded' },
        theme: 'light',
        language: 'en',
        presenting: false,
      },
      resting: START_VIEW,
      hovered: null,
    });
    const keys = new Set<string>();
    JSON.stringify(desired.data, (key, value: unknown) => {
      keys.add(key);
      return value;
    });
    for (const id of PROTOTYPE_IDS) expect(keys.has(id)).toBe(false);
    expect(desired.cities.selected).toBe(network.cities.length - 1);
    // What a worker is handed must be plain data, however the ids read.
    expect(() => structuredClone(desired.data)).not.toThrow();
  });

  it('travel in a link and come back the same', () => {
    for (const outlet of PROTOTYPE_IDS) {
      const state = {
        filters: DEFAULT_FILTERS,
        layers: DEFAULT_LAYERS,
        selectedCityId: 'constructor',
        selectedOutletId: outlet,
        language: 'en' as const,
        theme: 'system' as const,
      };
      const decoded = decodeUrlState(encodeUrlState(state, null));
      expect(decoded.state).toMatchObject({
        selectedCityId: 'constructor',
        selectedOutletId: outlet,
      });
      expect(decoded.notices).toEqual([]);
    }
  });

  it('are listed, exported to CSV and read back as they were', () => {
    const network = prototypeNetwork();
    const views = filterOutlets(network, DEFAULT_FILTERS).filter(
      (view) => view.city.id === 'constructor',
    );
    render(<OutletTable outlets={views} asOf={network.meta.asOf} />);
    const table = screen.getByRole('table', { name: 'Outlets' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(PROTOTYPE_IDS.map((id) => `Outlet ${id}`).sort());
    const csv = buildOutletsCsv(views);
    const back = loadOutletsCsv(csv, { cities: network.cities, crs: 'WGS84' });
    expect(back.issues).toEqual([]);
    expect(back.network.outlets.map((outlet: Outlet) => outlet.id)).toEqual([...PROTOTYPE_IDS]);
  });

  it('open in the city panel, and an outlet opens from it', async () => {
    useAppStore.setState({ selectedCityId: 'constructor' });
    renderWithQuery(<CityPanel network={prototypeNetwork()} />);
    expect(screen.getByRole('heading', { name: 'Constructor City' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Outlet __proto__/ }));
    expect(useAppStore.getState().selectedOutletId).toBe('__proto__');
  });

  it('are found by the city search by name', () => {
    const index = buildCitySearchIndex(prototypeNetwork().cities);
    expect(searchCities(index, 'constructor').map((city) => city.id)).toEqual(['constructor']);
    expect(searchCities(index, '__proto__')).toEqual([]);
  });
});
