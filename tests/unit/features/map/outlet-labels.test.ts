import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildOutletLabels, type Area } from '../../../../src/features/map/outlet-labels';
import { makeNetwork } from '../../fixtures/network';

const ALL_KINDS = { 'delivery-center': true, 'partner-store': true, 'fusion-store': true };
const CHINA: Area = [73, 3, 136, 54];

function labels(filters: Partial<Filters>, area = CHINA, shown = ALL_KINDS, language = 'en') {
  const network = makeNetwork();
  const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, ...filters });
  return buildOutletLabels(view, shown, area, language as 'en' | 'zh').features.map((f) => ({
    id: network.outlets[Number(f.id)]?.id,
    name: f.properties.name,
  }));
}

describe('buildOutletLabels', () => {
  it('names the outlets in view, keyed by their position like the outlet features', () => {
    const network = makeNetwork();
    const all = labels({});
    expect(all.length).toBeGreaterThan(0);
    for (const { id, name } of all)
      expect(network.outlets.find((outlet) => outlet.id === id)?.name.en).toBe(name);
  });

  it('names only what the filters and the layer toggles leave on the map', () => {
    const network = makeNetwork();
    const kindOf = (id?: string) => network.outlets.find((outlet) => outlet.id === id)?.kind;
    const partners = labels({ kinds: ['partner-store'] });
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.every(({ id }) => kindOf(id) === 'partner-store')).toBe(true);
    const withoutPartners = labels({}, CHINA, { ...ALL_KINDS, 'partner-store': false });
    expect(withoutPartners.some(({ id }) => kindOf(id) === 'partner-store')).toBe(false);
    expect(withoutPartners.length).toBe(labels({}).length - partners.length);
  });

  it('leaves out the outlets outside the area, and speaks the language shown', () => {
    const network = makeNetwork();
    const first = network.outlets[0]!;
    const { lon, lat } = first.point;
    const around: Area = [lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01];
    const near = labels({}, around, ALL_KINDS, 'zh');
    expect(near.map(({ id }) => id)).toContain(first.id);
    expect(near.find(({ id }) => id === first.id)?.name).toBe(first.name.zh);
    expect(near.length).toBeLessThan(labels({}).length);
  });
});
