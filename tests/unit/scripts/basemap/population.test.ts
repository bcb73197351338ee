import type { Feature, FeatureCollection, Position } from 'geojson';
import { buildPolygonIndex } from '../../../../src/lib/geo/polygon-index';
import { sumPopulation, type Place } from '../../../../scripts/basemap/population';

const box = (id: string, west: number, south: number, east: number, north: number): Feature => {
  const ring: Position[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return {
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
};

// Three districts side by side near Suzhou; 320509 has no place in it.
const districts: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    box('320505', 120.5, 31.2, 120.6, 31.3),
    box('320506', 120.6, 31.2, 120.7, 31.3),
    box('320509', 120.7, 31.2, 120.8, 31.3),
  ],
};
const index = buildPolygonIndex(districts, { getId: (f) => String(f.properties?.id) });
const ids = ['320505', '320506', '320509'];
const place = (name: string, lon: number, lat: number, population: number): Place => ({
  name,
  lon,
  lat,
  population,
});

describe('sumPopulation', () => {
  const places = [
    place('inside A', 120.55, 31.25, 5000),
    place('also inside A', 120.52, 31.22, 1200),
    place('inside B', 120.65, 31.25, 3000),
    place('on the A–B boundary', 120.6, 31.25, 2000),
    place('just off B, at sea', 120.65, 31.1999, 1500), // 11 m south
    place('far outside', 121.5, 31.25, 9000),
  ];
  const result = sumPopulation(ids, places, index, 5);

  it('sums the places inside each district and counts them', () => {
    expect(result.byDistrict.get('320505')).toEqual({ pop: 5000 + 1200 + 2000, places: 3 });
  });

  it('counts a place on a shared boundary once, in the district the index picks', () => {
    const counted = [...result.byDistrict.values()].reduce((sum, d) => sum + d.places, 0);
    expect(counted).toBe(5);
    expect(index.locate(120.6, 31.25)).toBe('320505');
  });

  it('counts a place just outside every district in the nearest one within the tolerance', () => {
    expect(result.byDistrict.get('320506')).toEqual({ pop: 3000 + 1500, places: 2 });
    expect(result.snapped.map((p) => p.name)).toEqual(['just off B, at sea']);
  });

  it('leaves out a place far from every district, and returns it', () => {
    expect(result.unassigned.map((p) => p.name)).toEqual(['far outside']);
  });

  it('gives a district without a place zero, in the order of the districts given', () => {
    expect(result.byDistrict.get('320509')).toEqual({ pop: 0, places: 0 });
    expect([...result.byDistrict.keys()]).toEqual(ids);
  });

  it('snaps nothing with no tolerance', () => {
    const strict = sumPopulation(ids, places, index, 0);
    expect(strict.snapped).toEqual([]);
    expect(strict.unassigned).toHaveLength(2);
  });

  it('refuses a locator that answers with a district it was not given', () => {
    const stray = { locate: () => '999999', nearest: () => null };
    expect(() => sumPopulation(ids, places, stray, 5)).toThrow(/999999/);
  });
});
