import { cityMarksFor } from '../../data/derive/city-marks';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { formatDate, formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { useT } from '../../stores/use-t';
import { messages } from './messages';

export interface PresenterCityProps {
  network: Network;
}

/**
 * The selected city in one line: where, which tier, whether it recruits on the date, and its
 * outlets on the map by type — the count its bubble's label shows (`cityMarksFor`).
 */
export function PresenterCity({ network }: PresenterCityProps) {
  const t = useMessages(messages);
  const shared = useT();
  const language = useAppStore((state) => state.language);
  const cityId = useAppStore((state) => state.selectedCityId);
  const layers = useAppStore((state) => state.layers);
  const view = useNetworkView(network);
  const position = cityId === null ? undefined : view.index.cityPosition.get(cityId);
  const city = position === undefined ? undefined : network.cities[position];
  if (!city || position === undefined) return null;

  const marks = cityMarksFor(view, layers);
  const total = Math.max(0, marks.counts[position] ?? 0);
  const kinds = OUTLET_KINDS.flatMap((kind, k) => {
    const count = view.cityKind[position * OUTLET_KINDS.length + k] ?? 0;
    return layers[kind] && count > 0
      ? [`${shared(`layer.${kind}`)} ${formatNumber(count, language)}`]
      : [];
  });
  const { since } = city.recruitment;
  const recruitment = view.cityRecruiting[position]
    ? t('bar.cityRecruiting')
    : city.recruitment.status === 'recruiting' && since
      ? t('bar.cityRecruitsFrom', { date: formatDate(since, language) })
      : '';
  return (
    <p className="presenter-bar__city">
      {t('bar.city', {
        city: city.name[language],
        province: city.province[language],
        tier: shared(`tier.${city.tier}`),
        count: formatNumber(total, language),
      })}
      {kinds.length > 0 && t('bar.cityKinds', { kinds: kinds.join(' · ') })}
      {recruitment}
    </p>
  );
}
