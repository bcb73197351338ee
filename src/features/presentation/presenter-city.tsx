import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { useT } from '../../stores/use-t';
import { messages } from './messages';

export interface PresenterCityProps {
  network: Network;
}

/** The selected city in one line: where, which tier, and its outlets in view by type. */
export function PresenterCity({ network }: PresenterCityProps) {
  const t = useMessages(messages);
  const shared = useT();
  const language = useAppStore((state) => state.language);
  const cityId = useAppStore((state) => state.selectedCityId);
  const view = useNetworkView(network);
  const position = cityId === null ? undefined : view.index.cityPosition.get(cityId);
  const city = position === undefined ? undefined : network.cities[position];
  if (!city || position === undefined) return null;

  const byKind = OUTLET_KINDS.map((kind, k) => ({
    kind,
    count: view.cityKind[position * OUTLET_KINDS.length + k] ?? 0,
  }));

  const total = byKind.reduce((sum, { count }) => sum + count, 0);
  const kinds = byKind
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${shared(`layer.${kind}`)} ${formatNumber(count, language)}`);
  return (
    <p className="presenter-bar__city">
      {t('bar.city', {
        city: city.name[language],
        province: city.province[language],
        tier: shared(`tier.${city.tier}`),
        count: formatNumber(total, language),
      })}
      {kinds.length > 0 && t('bar.cityKinds', { kinds: kinds.join(' · ') })}
    </p>
  );
}
