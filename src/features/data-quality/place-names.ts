import type { Network } from '../../data/domain/schema';
import type { PlaceNames } from './reason-translations';

/** A dataset's city and province names, English → Chinese, for the reasons that name them. */
export function placeNamesOf(network: Network | null): PlaceNames {
  const names = new Map<string, string>();
  for (const city of network?.cities ?? []) {
    names.set(city.name.en, city.name.zh);
    names.set(city.province.en, city.province.zh);
  }
  return names;
}
