import { useEffect } from 'react';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import type { NearbyOutlet } from '../../data/derive/coverage/reach';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import { useAppStore } from '../../stores/app-store';
import { useAround, useCoverage } from '../../stores/use-coverage';
import { useMessages } from '../../stores/use-messages';

export interface ReachCardProps {
  network: Network;
}

/**
 * The reach around a point of the coverage map (a click, or a row of the whitespace list): the
 * nearest open sales and service points and, by type, the nearest open and coming outlet, with
 * straight-line distances. Escape or the close button dismisses it.
 */
export function ReachCard({ network }: ReachCardProps) {
  const t = useMessages(coverageMessages);
  const language = useAppStore((state) => state.language);
  const point = useAppStore((state) => state.reachPoint);
  const on = useAppStore((state) => state.coverage.mode !== 'off');
  const selectedOutlet = useAppStore((state) => state.selectedOutletId);
  const showReach = useAppStore((state) => state.showReach);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const coverage = useCoverage(network);
  const visible = on && point !== null && selectedOutlet === null;
  const status = useAround(network, visible ? point : null);

  useEffect(() => {
    if (!visible) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      showReach(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [visible, showReach]);

  if (!visible || !point) return null;
  const table = coverage?.shown?.table;
  const d = point.districtId && table ? table.id.indexOf(point.districtId) : -1;
  const districtName = d >= 0 ? table?.name[d]?.[language] : undefined;
  const around = status?.around ?? null;

  const outlet = (nearby: NearbyOutlet | null) => {
    const found = nearby ? network.outlets[nearby.position] : undefined;
    if (!nearby || !found) return <span className="reach-card__none">{t('reach.none')}</span>;
    return (
      <>
        <button type="button" className="link-button" onClick={() => selectOutlet(found.id)}>
          {found.name[language]}
        </button>
        <span className="reach-card__km"> · {t('reach.km', { km: nearby.km.toFixed(1) })}</span>
      </>
    );
  };

  return (
    <aside className="outlet-card reach-card" role="dialog" aria-labelledby="reach-card-title">
      <header className="reach-card__header">
        <h2 id="reach-card-title" className="outlet-card__title">
          {districtName ? t('reach.district', { name: districtName }) : t('reach.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('reach.close')}
          onClick={() => showReach(null)}
        >
          ×
        </button>
      </header>
      {status?.error && <p role="alert">{status.error}</p>}
      {!around && !status?.error && <p className="reach-card__loading">{t('reach.loading')}</p>}
      {around && (
        <>
          <dl className="outlet-card__facts">
            <dt>{t('reach.nearestSales')}</dt>
            <dd>{outlet(around.sales)}</dd>
            <dt>{t('reach.nearestService')}</dt>
            <dd>{outlet(around.service)}</dd>
          </dl>
          <ul className="reach-card__kinds">
            {OUTLET_KINDS.map((kind, k) => (
              <li key={kind}>
                <h3 className="reach-card__kind">
                  <LegendSymbol kind={kind} size={12} /> {t(`kind.${kind}`)}
                </h3>
                <dl className="reach-card__pair">
                  <dt>{t('reach.open')}</dt>
                  <dd>{outlet(around.open[k] ?? null)}</dd>
                  <dt>{t('reach.coming')}</dt>
                  <dd>{outlet(around.coming[k] ?? null)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="reach-card__note">{t('reach.note')}</p>
    </aside>
  );
}
