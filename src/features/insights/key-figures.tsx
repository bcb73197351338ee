import { useMemo, type ReactNode } from 'react';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { formatNumber, formatPercent } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import { computeKeyFigures } from './derive/key-figures';
import { insightsMessages } from './messages';
import './insights.css';

export interface KeyFiguresProps {
  network: Network;
}

const MAX_NAMES = 8;

interface FigureProps {
  value: string;
  unit?: string;
  label: string;
  children?: ReactNode;
  wide?: boolean;
}

function Figure({ value, unit, label, children, wide }: FigureProps) {
  return (
    <li className={wide ? 'key-figure key-figure--wide' : 'key-figure'}>
      <p className="key-figure__main">
        <span className="key-figure__value">{value}</span>
        {unit && <span className="key-figure__unit"> {unit}</span>}{' '}
        <span className="key-figure__label">{label}</span>
      </p>
      {children}
    </li>
  );
}

/** The strip of headline numbers for the outlets in view. */
export function KeyFigures({ network }: KeyFiguresProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const view = useNetworkView(network);
  const figures = useMemo(() => computeKeyFigures(view), [view]);
  const gapNames = useMemo(() => {
    const ids = new Set(figures.recruitmentGapIds);
    return network.cities.filter((city) => ids.has(city.id)).map((city) => city.name[language]);
  }, [network, figures, language]);
  const n = (value: number) => formatNumber(value, language);
  const { recruitmentCities, topTierCities } = figures;
  const hiddenNames = gapNames.length - MAX_NAMES;

  return (
    <section className="key-figures" aria-label={t('figures.title')}>
      <ul className="key-figures__list">
        <Figure
          value={n(recruitmentCities.covered)}
          unit={`/ ${n(recruitmentCities.total)}`}
          label={t(
            recruitmentCities.total === 1
              ? 'figures.recruitmentCoveredOne'
              : 'figures.recruitmentCovered',
          )}
        />
        <Figure
          value={n(figures.outlets.total)}
          label={t(figures.outlets.total === 1 ? 'figures.outletsOne' : 'figures.outlets')}
        >
          <ul className="key-figure__kinds" aria-label={t('figures.byKind')}>
            {OUTLET_KINDS.map((kind) => (
              <li key={kind}>
                <LegendSymbol kind={kind} size={12} />
                <span className="key-figure__kind-count">
                  {n(figures.outlets.byKind[kind])}
                </span>{' '}
                {t(`kind.${kind}`)}
              </li>
            ))}
          </ul>
        </Figure>
        <Figure value={n(figures.open)} label={t('figures.open')}>
          <p className="key-figure__detail">
            {t('figures.pipeline', { count: n(figures.pipeline) })}
          </p>
        </Figure>
        <Figure
          value={
            topTierCities.total > 0
              ? formatPercent(topTierCities.covered / topTierCities.total, language)
              : '—'
          }
          label={t('figures.topTier')}
        >
          <p className="key-figure__detail">
            {topTierCities.total > 0
              ? t('figures.topTierDetail', {
                  covered: n(topTierCities.covered),
                  total: n(topTierCities.total),
                })
              : t('figures.topTierNone')}
          </p>
        </Figure>
        <Figure
          value={n(gapNames.length)}
          label={t(gapNames.length === 1 ? 'figures.gapsOne' : 'figures.gaps')}
          wide
        >
          {gapNames.length > 0 && (
            <p className="key-figure__detail">
              {gapNames.slice(0, MAX_NAMES).join(language === 'zh' ? '、' : ', ')}
              {hiddenNames > 0 && ` ${t('figures.more', { count: n(hiddenNames) })}`}
            </p>
          )}
        </Figure>
      </ul>
    </section>
  );
}
