import type { Network } from '../../data/domain/schema';

/** The box around a city's point and all its outlets, at least ~10 km across. */
export function cityBounds(network: Network, cityId: string): [number, number, number, number] {
  const city = network.cities.find((candidate) => candidate.id === cityId);
  if (!city) throw new Error(`unknown city ${cityId}`);
  let [west, south, east, north] = [city.point.lon, city.point.lat, city.point.lon, city.point.lat];
  for (const outlet of network.outlets) {
    if (outlet.cityId !== cityId) continue;
    west = Math.min(west, outlet.point.lon);
    east = Math.max(east, outlet.point.lon);
    south = Math.min(south, outlet.point.lat);
    north = Math.max(north, outlet.point.lat);
  }
  const pad = 0.05;
  return [west - pad, south - pad, east + pad, north + pad];
}
