/**
 * The benchmark's floor: the least a page must do to show the same outlets on the same basemap.
 * Only MapLibre, the app's embedded basemap style, and every outlet as ONE GeoJSON source with
 * ONE circle layer. No validation, no React, no derived figures. The map starts while the data
 * downloads. Query: `?data=URL` (the dataset), `&w=&h=` (map size in CSS pixels, to match the
 * app's map), e.g. `/?data=data/synth-1000.json&w=880&h=836`.
 *
 * Exposes `window.__floorMap` and sets `data-map-state` on the map container like the app:
 * `loading` until the outlet source is loaded and the map is idle, then `idle` (`error` on failure).
 * `window.__floor` holds the floor's versions of the app's operations: a tier filter is one
 * `setFilter` on the circle layer, a layer toggle one `setLayoutProperty('visibility')`; each marks
 * the map busy until its next idle, as the app does.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Map as MaplibreMap, setWorkerUrl, type GeoJSONSourceSpecification } from 'maplibre-gl';
import { KIND_COLORS } from '../../src/components/ui/map-colors';
import { CHINA_BOUNDS } from '../../src/config/map-defaults';
import { buildEmbeddedStyle } from '../../src/features/map/basemap-style';

interface DatasetCity {
  id: string;
  tier: string;
  name: { en: string };
}
interface DatasetOutlet {
  id: string;
  cityId: string;
  kind: keyof typeof KIND_COLORS;
  point: { lon: number; lat: number };
}
interface Dataset {
  cities: DatasetCity[];
  outlets: DatasetOutlet[];
}

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map') as HTMLDivElement;
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0)
  Object.assign(container.style, { width: `${width}px`, height: `${height}px` });

const setState = (state: 'loading' | 'idle' | 'error') => {
  if (container.dataset.mapState !== 'error') container.dataset.mapState = state;
};

const tierGroup = (tier: string) => (tier === '1' || tier === 'new1' || tier === '2' ? tier : '3+');

async function loadFeatures(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const dataset = JSON.parse(await response.text()) as Dataset;
  performance.mark('floor:parsed');
  const tiers = new Map(dataset.cities.map((city) => [city.id, tierGroup(city.tier)]));
  const data: GeoJSONSourceSpecification['data'] = {
    type: 'FeatureCollection',
    features: dataset.outlets.map((outlet) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties: { id: outlet.id, kind: outlet.kind, tierGroup: tiers.get(outlet.cityId) ?? '3+' },
    })),
  };
  performance.mark('floor:features');
  return { data, cities: dataset.cities };
}

function wireSearch(cities: DatasetCity[]) {
  const input = document.querySelector<HTMLInputElement>('#search input');
  const list = document.getElementById('results');
  if (!input || !list) return;
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase();
    const hits = query ? cities.filter((c) => c.name.en.toLowerCase().startsWith(query)) : [];
    list.replaceChildren(
      ...hits.slice(0, 8).map((city) => {
        const item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.textContent = city.name.en;
        return item;
      }),
    );
    list.hidden = hits.length === 0;
  });
}

setWorkerUrl(workerUrl);
const map = new MaplibreMap({
  container,
  style: buildEmbeddedStyle('light', 'en'),
  bounds: CHINA_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  minZoom: 2,
  maxZoom: 16,
  dragRotate: false,
  pitchWithRotate: false,
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
/** The floor's counterparts of the app's operations, for the benchmark to call. */
const operations = {
  setTiers(tiers: string[] | null) {
    setState('loading');
    map.setFilter('outlets', tiers ? ['in', ['get', 'tierGroup'], ['literal', tiers]] : null);
  },
  setVisible(visible: boolean) {
    setState('loading');
    map.setLayoutProperty('outlets', 'visibility', visible ? 'visible' : 'none');
  },
};
Object.assign(window, { __floorMap: map, __floor: operations });
map.on('error', () => setState('error'));
map.on('idle', () => {
  if (map.getSource('outlets') && map.isSourceLoaded('outlets')) setState('idle');
});

const features = loadFeatures(params.get('data') ?? 'data/synth-1000.json');
map.once('load', () => {
  features
    .then(({ data, cities }) => {
      map.addSource('outlets', { type: 'geojson', data, promoteId: 'id' });
      map.addLayer({
        id: 'outlets',
        type: 'circle',
        source: 'outlets',
        paint: {
          'circle-radius': 3,
          'circle-color': [
            'match',
            ['get', 'kind'],
            'delivery-center',
            KIND_COLORS['delivery-center'],
            'partner-store',
            KIND_COLORS['partner-store'],
            KIND_COLORS['fusion-store'],
          ],
          'circle-stroke-width': 0.5,
          'circle-stroke-color': '#ffffff',
        },
      });
      wireSearch(cities);
    })
    .catch((error: unknown) => {
      console.error(error);
      setState('error');
    });
});
