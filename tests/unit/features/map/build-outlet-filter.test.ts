import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { referenceFilter } from '../../support/reference-filter';
import { OUTLET_KINDS } from '../../../../src/data/domain/schema';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildOutletTable, readOutletTable } from '../../../../src/data/derive/outlet-table';
import { buildOutletFeatures as buildKind } from '../../../../src/features/map/outlet-source/outlet-features';
import {
  buildDotFilter,
  buildOutletFilter,
  passingCities,
} from '../../../../src/features/map/build-outlet-filter';
import type { Network } from '../../../../src/data/domain/schema';
import { makeNetwork } from '../../fixtures/network';

/** Every kind's features, as MapLibre's worker builds them from the outlet table. */
function buildOutletFeatures(network: Network) {
  const table = readOutletTable(buildOutletTable(network));
  return Object.fromEntries(OUTLET_KINDS.map((kind) => [kind, buildKind(table, kind)])) as Record<
    (typeof OUTLET_KINDS)[number],
    ReturnType<typeof buildKind>
  >;
}

/** The ids the map would draw: every kind layer's filter evaluated on its source, as MapLibre does. */
function mapIds(filters: Filters, asOf: string): string[] {
  const network = makeNetwork();
  const features = buildOutletFeatures(network);
  const cities = passingCities(deriveNetworkView(network, filters));
  const ids: string[] = [];
  for (const kind of OUTLET_KINDS) {
    const filter = buildOutletFilter(filters, kind, asOf, '2024-01-15', cities);
    const compiled = featureFilter(filter, 'filter');
    for (const feature of features[kind].features) {
      const evaluable = { type: 'Point' as const, properties: feature.properties, id: feature.id };
      if (compiled.filter({ zoom: 5 }, evaluable as never))
        ids.push(network.outlets[Number(feature.id)]?.id ?? '?');
    }
  }
  return ids.sort();
}

function listIds(filters: Filters): string[] {
  return referenceFilter(makeNetwork(), filters)
    .map((view) => view.outlet.id)
    .sort();
}

const cases: [string, Partial<Filters>][] = [
  ['no filters', {}],
  ['one tier', { tiers: ['1'] }],
  ['two tiers', { tiers: ['new1', '3+'] }],
  ['a region', { regions: ['east'] }],
  ['a province', { provinces: ['Beijing'] }],
  ['a kind', { kinds: ['fusion-store'] }],
  ['stages', { stages: ['open', 'renovating'] }],
  ['closed only', { stages: ['closed'] }],
  ['recruitment cities', { recruitmentOnly: true }],
  // Before 2 Jan 2024 no fixture city recruits yet; from then on Suzhou and Haikou do.
  ['recruitment cities before recruitment', { recruitmentOnly: true, asOf: '2023-12-31' }],
  ['recruitment cities from the day', { recruitmentOnly: true, asOf: '2024-01-02' }],
  ['an earlier date', { asOf: '2024-01-06' }],
  ['before anything', { asOf: '2020-01-01' }],
  ['when the closed store was open', { asOf: '2023-09-01' }],
  [
    'groups combined',
    {
      tiers: ['1', 'new1'],
      kinds: ['delivery-center', 'partner-store'],
      stages: ['open', 'signed'],
    },
  ],
];

describe('buildOutletFilter', () => {
  it.each(cases)('draws exactly the listed outlets with %s', (_name, partial) => {
    const filters = { ...DEFAULT_FILTERS, ...partial };
    expect(mapIds(filters, filters.asOf ?? '2024-01-15')).toEqual(listIds(filters));
  });

  it('turns a kind layer off entirely when another kind is chosen', () => {
    expect(
      buildOutletFilter(
        { ...DEFAULT_FILTERS, kinds: ['partner-store'] },
        'fusion-store',
        '2024-01-15',
        '2024-01-15',
        null,
      ),
    ).toEqual(['boolean', false]);
  });

  it('turns the layers off when the city filters keep no city', () => {
    const filters = { ...DEFAULT_FILTERS, regions: ['northeast' as const] };
    expect(passingCities(deriveNetworkView(makeNetwork(), filters))).toEqual([]);
    expect(buildOutletFilter(filters, 'partner-store', '2024-01-15', '2024-01-15', [])).toEqual([
      'boolean',
      false,
    ]);
  });

  it('keeps the cities the city filters pass as one lookup, and none without such filters', () => {
    const network = makeNetwork();
    const passing = (filters: Partial<Filters>) =>
      passingCities(deriveNetworkView(network, { ...DEFAULT_FILTERS, ...filters }));
    expect(passing({ kinds: ['partner-store'] })).toBeNull();
    const cities = passing({ tiers: ['1'] });
    expect(cities?.map((c) => network.cities[c]?.tier)).toEqual(['1']);
    const filter = buildOutletFilter(
      DEFAULT_FILTERS,
      'partner-store',
      '2024-01-15',
      '2024-01-15',
      [0, 2],
    );
    expect(JSON.stringify(filter)).toContain('["match",["get","c"],[0,2],true,false]');
  });

  it('reads the stored stage on the dataset date and works it out from the days on others', () => {
    const stageOf = (asOf: string) =>
      JSON.stringify(buildOutletFilter(DEFAULT_FILTERS, 'partner-store', asOf, '2024-01-15', null));
    expect(stageOf('2024-01-15')).toContain('["get","stage"]');
    expect(stageOf('2024-01-15')).not.toContain('d_open');
    expect(stageOf('2024-01-06')).toContain('["<=",["get","d_open"],');
  });
});

/** The fixture with a twin of every outlet a little further east, drawn after it. */
function twinned(offset: number): Network {
  const network = makeNetwork();
  const twins = network.outlets.map((outlet) => ({
    ...outlet,
    id: `${outlet.id}-twin`,
    point: { lon: outlet.point.lon + offset, lat: outlet.point.lat },
  }));
  network.outlets.push(...twins);
  return network;
}

/** Per tile zoom, the ids each kind's dot layer draws with `filters`, as MapLibre evaluates it. */
function dotIds(network: Network, filters: Filters, zoom: number): string[] {
  const features = buildOutletFeatures(network);
  const asOf = filters.asOf ?? network.meta.asOf;
  const cities = passingCities(deriveNetworkView(network, filters));
  const ids: string[] = [];
  for (const kind of OUTLET_KINDS) {
    const outletFilter = buildOutletFilter(filters, kind, asOf, network.meta.asOf, cities);
    const compiled = featureFilter(buildDotFilter(outletFilter, asOf, network.meta.asOf), 'filter');
    for (const feature of features[kind].features) {
      const evaluable = { type: 'Point' as const, properties: feature.properties, id: feature.id };
      if (compiled.filter({ zoom }, evaluable as never))
        ids.push(network.outlets[Number(feature.id)]?.id ?? '?');
    }
  }
  return ids.sort();
}

describe('buildDotFilter', () => {
  it.each(cases)('draws each listed outlet or its twin on top with %s', (_name, partial) => {
    const filters = { ...DEFAULT_FILTERS, ...partial };
    const network = twinned(0.000_01);
    const listed = referenceFilter(network, filters).map((view) => view.outlet.id);
    const onDatasetDate = (filters.asOf ?? network.meta.asOf) === network.meta.asOf;
    const closedIds = new Set(
      network.outlets.filter((outlet) => outlet.status === 'closed').map((outlet) => outlet.id),
    );
    for (let zoom = 0; zoom <= 6; zoom += 1) {
      const drawn = dotIds(network, filters, zoom);
      expect(drawn.every((id) => listed.includes(id))).toBe(true);
      for (const id of listed) {
        // An outlet left out is under its twin: same kind, city and stage, drawn later.
        const twin = listed.includes(`${id}-twin`) ? `${id}-twin` : id;
        if (!onDatasetDate || closedIds.has(id) || zoom === 6) expect(drawn).toContain(id);
        else expect(drawn).toContain(twin);
      }
      // Below the shape zoom, on the dataset's date, twins in view draw once.
      const pairs = listed.filter((id) => !id.endsWith('-twin') && listed.includes(`${id}-twin`));
      const coalesced = onDatasetDate && zoom < 6 && pairs.some((id) => !closedIds.has(id));
      expect(drawn.length < listed.length).toBe(coalesced);
    }
  });

  it('draws every outlet that stands apart from the others', () => {
    const network = twinned(0.05);
    const listed = referenceFilter(network, DEFAULT_FILTERS).map((view) => view.outlet.id);
    expect(dotIds(network, DEFAULT_FILTERS, 5)).toEqual(listed.sort());
  });

  it('leaves the filter as it is on other dates and when the layer is off', () => {
    const outletFilter = buildOutletFilter(
      DEFAULT_FILTERS,
      'partner-store',
      '2024-01-06',
      '2024-01-15',
      null,
    );
    expect(buildDotFilter(outletFilter, '2024-01-06', '2024-01-15')).toBe(outletFilter);
    const off: ExpressionSpecification = ['boolean', false];
    expect(buildDotFilter(off, '2024-01-15', '2024-01-15')).toBe(off);
    const dated = buildDotFilter(outletFilter, '2024-01-15', '2024-01-15');
    expect(dated.slice(0, 2)).toEqual(['all', ['>=', ['zoom'], ['get', 'z']]]);
  });
});
