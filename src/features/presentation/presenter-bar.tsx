import { useEffect, useMemo, useRef } from 'react';
import { effectiveAsOf } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import type { Scene } from '../../stores/app-state';
import { useMessages } from '../../stores/use-messages';
import { useT } from '../../stores/use-t';
import { describeFilters } from '../../data/derive/describe-filters';
import { describeChanges } from '../../data/derive/describe-changes';
import { changesFor } from '../../stores/use-network-view';
import { messages } from './messages';
import { PresenterCity } from './presenter-city';
import { PresenterPlan } from './presenter-plan';
import { leavePresenting } from './presenter-session';

export interface PresenterBarProps {
  network: Network;
  tour: readonly Scene[];
}

/**
 * The presenter's title bar: the dataset (or the comparison in words, "Changes 1 Jan – 15 Jan
 * 2024: 14 new, 3 signed"), the date, the filters in words, the plan when the scene is about
 * it, the tour step and its controls.
 */
export function PresenterBar({ network, tour }: PresenterBarProps) {
  const t = useMessages(messages);
  const shared = useT();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const filters = useAppStore((state) => state.filters);
  const compare = useAppStore((state) => state.compare);
  const index = useAppStore((state) => state.tourIndex);
  const stepScene = useAppStore((state) => state.stepScene);
  const words = useMemo(
    () => describeFilters(filters, network, language),
    [filters, network, language],
  );
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);

  const { meta } = network;
  const asOf = effectiveAsOf(network, filters);
  const changes = compare ? changesFor(network, filters, compare.from, compare.to) : null;
  const count = tour.length;
  const scene = index === null ? undefined : tour[index];
  const atStart = index === null || index === 0;
  const atEnd = index !== null && index >= count - 1;
  const progress = index === null || count === 0 ? 0 : ((index + 1) / count) * 100;

  return (
    <section className="presenter-bar" aria-labelledby="presenter-title" tabIndex={-1} ref={ref}>
      <div className="presenter-bar__titles">
        <h1 id="presenter-title" className="presenter-bar__title">
          {changes ? describeChanges(changes, language) : meta.title[language]}
        </h1>
        <p className="presenter-bar__meta">
          {changes && <span>{meta.title[language]}</span>}
          <time dateTime={asOf}>{t('bar.asOf', { date: formatDate(asOf, language) })}</time>
          {meta.illustrative && (
            <span className="presenter-bar__sample" role="note">
              {shared('header.sampleNotice')}
            </span>
          )}
        </p>
        <p className="presenter-bar__filters">
          {words.length > 0 ? words.join(' · ') : t('bar.allOutlets')}
        </p>
        {scene?.focus === 'plan' && <PresenterPlan network={network} />}
        <PresenterCity network={network} />
      </div>
      <div className="presenter-bar__tour">
        <p className="presenter-bar__step" role="status">
          {scene ? (
            <>
              <span className="presenter-bar__count">
                {t('bar.step', { step: (index ?? 0) + 1, count })}
              </span>{' '}
              <span className="presenter-bar__scene">{scene.name}</span>
            </>
          ) : (
            t('bar.ready', { count })
          )}
        </p>
        <div className="presenter-bar__progress" aria-hidden="true">
          <span style={{ width: `${progress}%` }} />
        </div>
        <div className="presenter-bar__buttons">
          <button
            type="button"
            className="presenter-bar__button"
            aria-label={t('bar.previous')}
            aria-disabled={atStart}
            onClick={() => !atStart && stepScene(-1, count)}
          >
            ←
          </button>
          <button
            type="button"
            className="presenter-bar__button"
            aria-label={t('bar.next')}
            aria-disabled={atEnd}
            onClick={() => !atEnd && stepScene(1, count)}
          >
            →
          </button>
          <button
            type="button"
            className="presenter-bar__button"
            aria-label={t('bar.language')}
            lang={language === 'en' ? 'zh-CN' : 'en'}
            onClick={() => setLanguage(language === 'en' ? 'zh' : 'en')}
          >
            {t('bar.otherLanguage')}
          </button>
          <button type="button" className="presenter-bar__button" onClick={leavePresenting}>
            {t('bar.exit')}
          </button>
        </div>
        <p className="presenter-bar__keys">{t('bar.keys')}</p>
      </div>
    </section>
  );
}
