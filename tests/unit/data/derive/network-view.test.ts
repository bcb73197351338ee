// @vitest-environment node
import { synthNetwork } from '../../../../scripts/synth/synth-network';
import {
  DEFAULT_FILTERS,
  TIER_GROUPS,
  tierGroupOf,
  type Filters,
} from '../../../../src/data/domain/filters';
import { KIND_COUNT, STAGE_CODE } from '../../../../src/data/derive/network-index';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { OUTLET_KINDS, STAGES, type Network } from '../../../../src/data/domain/schema';
import { cityOutlets, viewOutlets } from '../../../../src/data/derive/view-outlets';
import sample from '../../../../data/sample-network.json';
import { referenceFilter } from '../../support/reference-filter';

const synth = synthNetwork({ outlets: 6_000, seed: 7 });
const synthetic: Network = {
  meta: synth.meta,
  cities: synth.cities,
  outlets: [...synth.outlets()],
  milestones: [],
} as Network;

const cases: [string, Partial<Filters>][] = [
  ['no filter', {}],
  ['two tiers', { tiers: ['1', '3+'] }],
  ['a kind and a region', { kinds: ['partner-store'], regions: ['east', 'south'] }],
  ['stages with closed', { stages: ['closed', 'open'] }],
  ['recruitment and provinces', { recruitmentOnly: true, provinces: ['Jiangsu', 'Guangdong'] }],
  ['an early date', { asOf: '2024-09-30' }],
  ['everything at once', { tiers: ['new1', '2'], kinds: ['fusion-store'], asOf: '2025-06-30' }],
];

const networks: [string, Network][] = [
  ['the sample', sample as unknown as Network],
  ['6,000 synthetic outlets', synthetic],
];

describe.each(networks)('the one-pass view of %s', (_, network) => {
  it.each(cases)('shows exactly the outlets the rules define (%s)', (_name, partial) => {
    const filters = { ...DEFAULT_FILTERS, ...partial };
    const view = deriveNetworkView(network, filters);
    const expected = referenceFilter(network, filters);
    expect(viewOutlets(view)).toEqual(expected);

    const byKind = OUTLET_KINDS.map((kind) => expected.filter((v) => v.outlet.kind === kind));
    expect([...view.byKind]).toEqual(byKind.map((views) => views.length));
    const city = network.cities[0]!;
    expect(cityOutlets(view, city.id)).toEqual(expected.filter((v) => v.city.id === city.id));
    network.cities.forEach((c, i) => {
      const shown = expected.filter((v) => v.city.id === c.id).length;
      const counted = OUTLET_KINDS.reduce(
        (sum, _kind, k) => sum + view.cityKind[i * KIND_COUNT + k]!,
        0,
      );
      expect(counted, c.id).toBe(shown);
    });
  });

  it.each(cases)('gives the charts the outlets without their own filters (%s)', (_n, partial) => {
    const filters = { ...DEFAULT_FILTERS, ...partial };
    const view = deriveNetworkView(network, filters);

    const tierBase = referenceFilter(network, { ...filters, tiers: [], kinds: [] });
    TIER_GROUPS.forEach((group, g) =>
      OUTLET_KINDS.forEach((kind, k) =>
        expect(view.tierKind[g * KIND_COUNT + k], `${group} ${kind}`).toBe(
          tierBase.filter((v) => tierGroupOf(v.city.tier) === group && v.outlet.kind === kind)
            .length,
        ),
      ),
    );

    const closedAsked = filters.stages.includes('closed');
    const funnelBase = referenceFilter(network, {
      ...filters,
      stages: closedAsked ? [...STAGES] : [],
    });
    for (const stage of ['planned', 'signed', 'renovating', 'open'] as const)
      expect(view.funnelCurrent[STAGE_CODE[stage]], stage).toBe(
        funnelBase.filter((v) => v.stage === stage).length,
      );
    expect(view.funnelClosed).toBe(funnelBase.filter((v) => v.stage === 'closed').length);
  });
});

describe('the network view', () => {
  it('keeps the visible outlets in dataset order, for the highlight lookup', () => {
    const { visible } = deriveNetworkView(synthetic, { ...DEFAULT_FILTERS, tiers: ['2'] });
    expect(visible.length).toBeGreaterThan(0);
    expect([...visible].every((value, i) => i === 0 || value > visible[i - 1]!)).toBe(true);
  });

  it('skips outlets whose city is missing instead of failing', () => {
    const network = {
      ...synthetic,
      outlets: [{ ...synthetic.outlets[0]!, cityId: 'nowhere' }, ...synthetic.outlets.slice(1)],
    };
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    expect(view.visible[0]).not.toBe(0);
    expect(viewOutlets(view)).toEqual(referenceFilter(network, DEFAULT_FILTERS));
  });
});
