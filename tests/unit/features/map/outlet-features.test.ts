import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NEVER_DAY, dayNumber } from '../../../../src/data/derive/network-index';
import { buildOutletTable, readOutletTable } from '../../../../src/data/derive/outlet-table';
import { OUTLET_KINDS, STAGES, type Network } from '../../../../src/data/domain/schema';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { buildOutletFeatures } from '../../../../src/features/map/outlet-source/outlet-features';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

/** Each kind's features as MapLibre's worker makes them: from the table, through its bytes. */
function featuresOf(network: Network) {
  const table = readOutletTable(buildOutletTable(network).slice(0));
  return Object.fromEntries(OUTLET_KINDS.map((kind) => [kind, buildOutletFeatures(table, kind)]));
}

/** The fixture with the cases the features must carry exactly. */
function oddNetwork(): Network {
  const network = makeNetwork();
  network.outlets.push(
    // Not reached any stage by the dataset's date: stage "none".
    makeOutlet({ id: 'ps-later', stages: { planned: '2025-03-01' }, status: 'planned' }),
    // A city the dataset does not have: left out of the map.
    makeOutlet({ id: 'ps-nowhere', cityId: 'atlantis' }),
    // Coordinates to the last bit, and the far edges of the range.
    makeOutlet({ id: 'ps-precise', point: { lon: 121 + 1 / 3, lat: -0.1 + 0.3 } }),
    makeOutlet({ id: 'ps-edge', point: { lon: -180, lat: 85.05112878 } }),
    // On top of the fixture's first Suzhou store, of its look: that one's dot is left out.
    makeOutlet({ id: 'ps-suzhou-twin' }),
  );
  return network;
}

describe('outlet features built from the outlet table', () => {
  it('carry the ids, cities, stage days, stages and ring scales the map reads, and nothing else', () => {
    const network = oddNetwork();
    const partners = featuresOf(network)['partner-store']?.features ?? [];
    const byId = new Map(partners.map((f) => [network.outlets[Number(f.id)]?.id, f]));
    expect(byId.has('ps-nowhere')).toBe(false);
    expect(byId.get('ps-later')?.properties.stage).toBe('none');
    expect(byId.get('ps-suzhou-2')?.properties).toEqual({
      c: 0,
      d_planned: dayNumber('2023-11-01'),
      d_signed: dayNumber('2023-12-29'),
      d_renovating: dayNumber('2024-01-10'),
      d_open: NEVER_DAY,
      d_closed: NEVER_DAY,
      stage: 'renovating',
      z: 0,
      r: Math.round(10_000 / Math.cos((31.31 * Math.PI) / 180)) / 10_000,
    });
    expect(byId.get('ps-suzhou-1')?.properties.z).toBe(6);
    expect(byId.get('ps-suzhou-twin')?.properties.z).toBe(0);
    expect(byId.get('ps-precise')?.geometry.coordinates).toEqual([121 + 1 / 3, -0.1 + 0.3]);
    expect(byId.get('ps-edge')?.geometry.coordinates).toEqual([-180, 85.05112878]);
    const closed = featuresOf(network)['fusion-store']?.features.find(
      (f) => network.outlets[Number(f.id)]?.id === 'fs-beijing-2',
    );
    expect(closed?.properties.stage).toBe('closed');
  });

  it('hold every outlet of the bundled sample once, each under its kind', () => {
    const text = readFileSync(path.join(process.cwd(), 'data/sample-network.json'), 'utf8');
    const { network } = parseNetworkText(text, 'sample-network.json');
    const built = featuresOf(network);
    for (const kind of OUTLET_KINDS) {
      const ids = built[kind]!.features.map((f) => network.outlets[Number(f.id)]);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((outlet) => outlet?.kind === kind)).toBe(true);
    }
    const total = OUTLET_KINDS.reduce((sum, kind) => sum + built[kind]!.features.length, 0);
    expect(total).toBe(network.outlets.length);
  });

  it('keep every stage in the order of STAGES', () => {
    const network = makeNetwork();
    network.outlets = STAGES.map((stage, s) =>
      makeOutlet({ id: `ps-${stage}`, stages: { [stage]: `2023-0${s + 1}-01` }, status: stage }),
    );
    const features = featuresOf(network)['partner-store']?.features ?? [];
    expect(features.map((f) => f.properties.stage)).toEqual([...STAGES]);
  });

  it('make a kind without outlets, and a dataset without any, empty collections', () => {
    const network = makeNetwork();
    network.outlets = network.outlets.filter((outlet) => outlet.kind !== 'delivery-center');
    expect(featuresOf(network)['delivery-center']).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    expect(featuresOf({ ...network, outlets: [] })['partner-store']?.features).toEqual([]);
  });

  it('refuse a buffer that is not an outlet table, saying so', () => {
    expect(() => readOutletTable(new ArrayBuffer(3))).toThrow('not an outlet table');
    const table = buildOutletTable(makeNetwork());
    expect(() => readOutletTable(table.slice(0, table.byteLength - 1))).toThrow(
      'not an outlet table',
    );
    expect(() => readOutletTable(new ArrayBuffer(64))).toThrow('not an outlet table');
  });
});
