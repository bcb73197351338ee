import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  decodeOutletFeatures,
  encodeOutletFeatures,
} from '../../../../src/data/derive/outlet-feature-codec';
import { buildOutletFeatures } from '../../../../src/data/derive/outlet-features';
import { NEVER_DAY, dayNumber } from '../../../../src/data/derive/network-index';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { OUTLET_KINDS, STAGES, type Network } from '../../../../src/data/domain/schema';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

function decodeAll(network: Network) {
  const encoded = encodeOutletFeatures(buildOutletFeatures(network));
  return Object.fromEntries(
    OUTLET_KINDS.map((kind) => [kind, decodeOutletFeatures(encoded[kind])]),
  );
}

/** The fixture with the cases the bytes must carry exactly. */
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

describe('outlet features as bytes', () => {
  it('decode to exactly the features built from the dataset', () => {
    const network = oddNetwork();
    expect(decodeAll(network)).toEqual(buildOutletFeatures(network));
  });

  it('carry the ids, cities, stage days and stages the map filters on', () => {
    const network = oddNetwork();
    const partners = decodeAll(network)['partner-store']?.features ?? [];
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
    });
    expect(byId.get('ps-suzhou-1')?.properties.z).toBe(6);
    expect(byId.get('ps-suzhou-twin')?.properties.z).toBe(0);
    expect(byId.get('ps-precise')?.geometry.coordinates).toEqual([121 + 1 / 3, -0.1 + 0.3]);
    const closed = decodeAll(network)['fusion-store']?.features.find(
      (f) => network.outlets[Number(f.id)]?.id === 'fs-beijing-2',
    );
    expect(closed?.properties.stage).toBe('closed');
  });

  it('decode the bundled sample to the features built from it', () => {
    const text = readFileSync(path.join(process.cwd(), 'data/sample-network.json'), 'utf8');
    const { network } = parseNetworkText(text, 'sample-network.json');
    const built = buildOutletFeatures(network);
    expect(decodeAll(network)).toEqual(built);
    expect(OUTLET_KINDS.map((kind) => built[kind].features.length).every((n) => n > 0)).toBe(true);
  });

  it('take 46 bytes an outlet, and 8 a kind', () => {
    const network = makeNetwork();
    const encoded = encodeOutletFeatures(buildOutletFeatures(network));
    const bytes = OUTLET_KINDS.reduce((sum, kind) => sum + encoded[kind].byteLength, 0);
    expect(bytes).toBe(3 * 8 + network.outlets.length * 46);
  });

  it('keep every stage in the order of STAGES', () => {
    const network = makeNetwork();
    network.outlets = STAGES.map((stage, s) =>
      makeOutlet({ id: `ps-${stage}`, stages: { [stage]: `2023-0${s + 1}-01` }, status: stage }),
    );
    const features = decodeAll(network)['partner-store']?.features ?? [];
    expect(features.map((f) => f.properties.stage)).toEqual([...STAGES]);
  });

  it('carry a kind without outlets, and a dataset without any', () => {
    const network = makeNetwork();
    network.outlets = network.outlets.filter((outlet) => outlet.kind !== 'delivery-center');
    expect(decodeAll(network)['delivery-center']).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    network.outlets = [];
    expect(decodeAll(network)).toEqual(buildOutletFeatures(network));
  });

  it('refuse a buffer that is not outlet features, saying so', () => {
    expect(() => decodeOutletFeatures(new ArrayBuffer(3))).toThrow(
      'not a buffer of outlet features (3 bytes)',
    );
    const encoded = encodeOutletFeatures(buildOutletFeatures(makeNetwork()));
    const cut = encoded['fusion-store'].slice(0, encoded['fusion-store'].byteLength - 1);
    expect(() => decodeOutletFeatures(cut)).toThrow('not a buffer of outlet features');
    const other = new ArrayBuffer(16);
    expect(() => decodeOutletFeatures(other)).toThrow('(16 bytes)');
  });
});
