import type { Network } from './schema';

/** The first date any outlet reached any stage — the earliest as-of date worth picking. */
export function earliestStageDate(network: Network): string | null {
  let earliest: string | null = null;
  for (const outlet of network.outlets) {
    for (const date of Object.values(outlet.stages)) {
      if (date && (earliest === null || date < earliest)) earliest = date;
    }
  }
  return earliest;
}
