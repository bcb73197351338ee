import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/filters';
import { referenceFilter } from '../../support/reference-filter';
import { OUTLET_KINDS } from '../../../../src/data/schema';
import { buildOutletFeatures } from '../../../../src/data/outlet-features';
import { buildOutletFilter, passingCities } from '../../../../src/features/map/build-outlet-filter';
import { makeNetwork } from '../../fixtures/network';

/** The ids the map would draw: every kind layer's filter evaluated on its source, as MapLibre does. */
function mapIds(filters: Filters, asOf: string): string[] {
  const network = makeNetwork();
  const features = buildOutletFeatures(network);
  const cities = passingCities(network, filters);
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
    expect(passingCities(makeNetwork(), filters)).toEqual([]);
    expect(buildOutletFilter(filters, 'partner-store', '2024-01-15', '2024-01-15', [])).toEqual([
      'boolean',
      false,
    ]);
  });

  it('keeps the cities the city filters pass as one lookup, and none without such filters', () => {
    const network = makeNetwork();
    expect(passingCities(network, { ...DEFAULT_FILTERS, kinds: ['partner-store'] })).toBeNull();
    const cities = passingCities(network, { ...DEFAULT_FILTERS, tiers: ['1'] });
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
