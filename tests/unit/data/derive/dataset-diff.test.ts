import { convertPoint } from '../../../../src/data/domain/crs';
import type { Outlet } from '../../../../src/data/domain/schema';
import { diffDatasets } from '../../../../src/data/derive/dataset-diff';
import { EARTH_RADIUS_M } from '../../../../src/lib/great-circle';
import { makeOutlet } from '../../fixtures/network';

/** The point `metres` north of the fixture outlet's. */
function north(metres: number): Outlet['point'] {
  const base = makeOutlet().point;
  return { lon: base.lon, lat: base.lat + (metres / EARTH_RADIUS_M) * (180 / Math.PI) };
}

const outlet = (id: string, overrides: Partial<Outlet> = {}) => makeOutlet({ id, ...overrides });

describe('the difference between two datasets', () => {
  it('reports added and removed outlets by id', () => {
    const diff = diffDatasets(
      { outlets: [outlet('a'), outlet('b')] },
      { outlets: [outlet('b'), outlet('c'), outlet('d')] },
    );
    expect(diff.added).toEqual([
      { id: 'c', old: -1, new: 1 },
      { id: 'd', old: -1, new: 2 },
    ]);
    expect(diff.removed).toEqual([{ id: 'a', old: 0, new: -1 }]);
    expect(diff.unchanged).toBe(1);
    expect(diff.counts).toMatchObject({ added: 2, removed: 1, stage: 0, moved: 0 });
  });

  it('counts an outlet moved by 101 m as moved, and one moved by 99 m as not', () => {
    const diff = diffDatasets(
      { outlets: [outlet('near'), outlet('far')] },
      { outlets: [outlet('near', { point: north(99) }), outlet('far', { point: north(101) })] },
    );
    expect(diff.moved.map((move) => move.id)).toEqual(['far']);
    expect(diff.moved[0]!.meters).toBeCloseTo(101, 3);
    expect(diff.unchanged).toBe(1);
  });

  it('compares points of two coordinate systems in one', () => {
    const wgs = makeOutlet().point;
    const gcj = convertPoint(wgs, 'WGS84', 'GCJ02');
    const diff = diffDatasets(
      { outlets: [outlet('a')], crs: 'WGS84' },
      { outlets: [outlet('a', { point: gcj })], crs: 'GCJ02' },
    );
    expect(diff.moved).toEqual([]);
    const naive = diffDatasets(
      { outlets: [outlet('a')] },
      { outlets: [outlet('a', { point: gcj })] },
    );
    expect(naive.moved[0]!.meters).toBeGreaterThan(100);
  });

  it('reports a stage change, a rename in either language and an operator change', () => {
    const diff = diffDatasets(
      { outlets: [outlet('s'), outlet('en'), outlet('zh'), outlet('op')] },
      {
        outlets: [
          outlet('s', {
            status: 'renovating',
            stages: { signed: '2023-12-29', renovating: '2024-01-10' },
          }),
          outlet('en', { name: { en: 'Suzhou 2S store (new)', zh: '苏州2S店' } }),
          outlet('zh', { name: { en: 'Suzhou 2S store', zh: '苏州新2S店' } }),
          outlet('op', { operator: { en: 'Partner B', zh: '合作伙伴B' } }),
        ],
      },
    );
    expect(diff.stage).toEqual([{ id: 's', old: 0, new: 0, from: 'signed', to: 'renovating' }]);
    expect(diff.renamed.map((change) => change.id)).toEqual(['en', 'zh']);
    expect(diff.renamed[1]!.to.zh).toBe('苏州新2S店');
    expect(diff.operator).toMatchObject([
      { id: 'op', from: { en: 'Partner A' }, to: { en: 'Partner B' } },
    ]);
    expect(diff.unchanged).toBe(0);
  });

  it('reports ids present twice on a side and compares their first record', () => {
    const diff = diffDatasets(
      { outlets: [outlet('a'), outlet('a', { status: 'open' })] },
      { outlets: [outlet('a'), outlet('b'), outlet('b'), outlet('b')] },
    );
    expect(diff.duplicates).toEqual([
      { id: 'a', side: 'old', count: 2 },
      { id: 'b', side: 'new', count: 3 },
    ]);
    expect(diff.stage).toEqual([]);
    expect(diff.added.map((entry) => entry.id)).toEqual(['b']);
  });

  it('reports an id whose records failed validation as invalid, not as added or removed', () => {
    const diff = diffDatasets(
      { outlets: [outlet('a'), outlet('b')], fileIds: ['a', 'b', 'c', 'c', null] },
      { outlets: [outlet('c')], fileIds: ['a', 'c', 42, ''] },
    );
    expect(diff.invalid).toEqual([
      { id: 'c', side: 'old' },
      { id: 'a', side: 'new' },
    ]);
    expect(diff.duplicates).toEqual([{ id: 'c', side: 'old', count: 2 }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed.map((entry) => entry.id)).toEqual(['b']);
    expect(diff.withoutId).toEqual({ old: 1, new: 2 });
  });

  it('compares two empty datasets without a difference', () => {
    const diff = diffDatasets({ outlets: [] }, { outlets: [] });
    expect(Object.values(diff.counts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(diff.unchanged).toBe(0);
  });
});
