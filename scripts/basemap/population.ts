/**
 * The population proxy of districts: the sum of the populations of the populated places
 * (GeoNames, 1000 inhabitants or more) that lie in each. A proxy, not a census: a city's
 * whole population sits on the one district that holds its point, and smaller places are left
 * out.
 */

/** A populated place. */
export interface Place {
  name: string;
  lon: number;
  lat: number;
  population: number;
}

/** Finds the district of a point (see src/lib/geo/polygon-index.ts). */
export interface DistrictLocator {
  locate(lon: number, lat: number): string | null;
  nearest(lon: number, lat: number, maxKm: number): string | null;
}

/** A district's proxy: the summed population of its places, and how many places. */
export interface DistrictPopulation {
  pop: number;
  places: number;
}

export interface PopulationSum {
  /** Every district given, in the order given; 0 and 0 for a district without a place. */
  byDistrict: Map<string, DistrictPopulation>;
  /** Places outside every district but within `snapKm` of one, counted in that one. */
  snapped: Place[];
  /** Places farther than `snapKm` from every district, counted nowhere. */
  unassigned: Place[];
}

/**
 * Sums the places' populations by district. A place inside a district counts there (on a
 * boundary, in the district the locator picks); one just outside every district (a coastal
 * town whose point lies at sea) counts in the district whose boundary is nearest within
 * `snapKm`; the rest count nowhere and are returned.
 */
export function sumPopulation(
  districtIds: readonly string[],
  places: readonly Place[],
  locator: DistrictLocator,
  snapKm: number,
): PopulationSum {
  const byDistrict = new Map(districtIds.map((id) => [id, { pop: 0, places: 0 }]));
  const snapped: Place[] = [];
  const unassigned: Place[] = [];
  for (const place of places) {
    let id = locator.locate(place.lon, place.lat);
    if (id === null) {
      id = locator.nearest(place.lon, place.lat, snapKm);
      (id === null ? unassigned : snapped).push(place);
    }
    if (id === null) continue;
    const sum = byDistrict.get(id);
    if (!sum) throw new Error(`The locator found ${id}, which is not among the districts`);
    sum.pop += place.population;
    sum.places += 1;
  }
  return { byDistrict, snapped, unassigned };
}
