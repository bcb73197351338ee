import type { FeatureCollection } from 'geojson';
import {
  assignDistricts,
  districtOf,
  DISTRICT_TOLERANCE_KM,
} from '../../../../src/data/derive/district-assignment';

/** Two districts side by side sharing the meridian 120.5°E, and one on an island. */
const DISTRICTS: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    square('320508', 'Gusu', '姑苏区', 120.4, 120.5),
    square('320507', 'Xiangcheng', '相城区', 120.5, 120.6),
    square('350203', 'Siming', '思明区', 118.0, 118.1),
  ],
};

function square(id: string, en: string, zh: string, west: number, east: number) {
  return {
    type: 'Feature' as const,
    properties: { id, name_en: en, name_zh: zh, prefecture: id.slice(0, 4) + '00' },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [west, 31.2],
          [east, 31.2],
          [east, 31.4],
          [west, 31.4],
          [west, 31.2],
        ],
      ],
    },
  };
}

const assign = (...points: [number, number][]) =>
  assignDistricts(Float64Array.from(points.flat()), DISTRICTS);

describe('assignDistricts', () => {
  it('gives a point inside a district that district, with its names in both languages', () => {
    const result = assign([120.45, 31.3]);
    expect(districtOf(result, 0)).toEqual({
      id: '320508',
      name: { en: 'Gusu', zh: '姑苏区' },
      prefecture: '320500',
    });
  });

  it('gives points just either side of a shared boundary the district they are in', () => {
    const result = assign([120.4999, 31.3], [120.5001, 31.3]);
    expect(districtOf(result, 0)?.id).toBe('320508');
    expect(districtOf(result, 1)?.id).toBe('320507');
  });

  it('gives a point on the shared boundary the same district every time', () => {
    expect(districtOf(assign([120.5, 31.3]), 0)?.id).toBe(districtOf(assign([120.5, 31.3]), 0)?.id);
  });

  it('gives a point just off the coast the nearest district within the tolerance', () => {
    // 0.01° of latitude is about 1.1 km, within 3 km.
    expect(DISTRICT_TOLERANCE_KM).toBe(3);
    expect(districtOf(assign([120.45, 31.41]), 0)?.id).toBe('320508');
  });

  it('gives a point outside every district, further than the tolerance, none', () => {
    const result = assign([125, 40], [Number.NaN, 31.3]);
    expect(result.district).toEqual(Int32Array.from([-1, -1]));
    expect(districtOf(result, 0)).toBeNull();
    expect(districtOf(undefined, 0)).toBeNull();
  });
});
