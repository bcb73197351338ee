import { useMemo, type ReactNode } from 'react';
import { cityMarksFor } from '../../data/derive/city-marks';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
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
  /** What the figure's words mean, under it. */
  note?: string;
  children?: ReactNode;
  wide?: boolean;
}

function Figure({ value, unit, label, note, children, wide }: FigureProps) {
  return (
    <li className={wide ? 'key-figure key-figure--wide' : 'key-figure'}>
      <p className="key-figure__main">
        <span className="key-figure__value">{value}</span>
        {unit && <span className="key-figure__unit"> {unit}</span>}{' '}
        <span className="key-figure__label">{label}</span>
      </p>
      {children}
      {note && <p className="key-figure__note">{note}</p>}
    </li>
  );
}

/**
 * The strip of headline numbers for the outlets in view. The city figures come from the marks
 * the map draws (`cityMarksFor`), and each says what its word means: "covered" and "partner
 * gap" are two facts, so "17 / 17 covered" beside "2 without a partner store" is no
 * contradiction.
 */
export function KeyFigures({ network }: KeyFiguresProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const view = useNetworkView(network);
  const marks = cityMarksFor(view, layers);
  const figures = useMemo(() => computeKeyFigures(view, marks), [view, marks]);
  const gapNames = useMemo(() => {
    const ids = new Set(figures.recruitmentGapIds);
    return network.cities.filter((city) => ids.has(city.id)).map((city) => city.name[language]);
  }, [network, figures, language]);
  const n = (value: number) => formatNumber(value, language);
  const { recruitmentCities, recruitmentOpens, topTierCities } = figures;
  const hiddenNames = gapNames.length - MAX_NAMES;
  const date = formatDate(view.asOf, language);
  const { kinds, stages } = view.filters;
  const citywide = kinds.length + stages.length > 0 ? ` ${t('figures.citywide')}` : '';
  const noRecruitment = recruitmentCities.total === 0;

  return (
    <section className="key-figures" aria-label={t('figures.title')}>
      <ul className="key-figures__list">
        {noRecruitment ? (
          <Figure
            value="—"
            label={
              recruitmentOpens
                ? t('figures.notYetRecruiting', { date })
                : t('figures.noRecruitment')
            }
            note={
              recruitmentOpens
                ? t('figures.recruitmentOpens', { date: formatDate(recruitmentOpens, language) })
                : t('figures.noRecruitmentNote')
            }
          />
        ) : (
          <Figure
            value={n(recruitmentCities.covered)}
            unit={`/ ${n(recruitmentCities.total)}`}
            label={t('figures.recruitmentCovered', { total: recruitmentCities.total })}
            note={t('figures.coveredNote', { date }) + citywide}
          />
        )}
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
          value={noRecruitment ? '—' : n(gapNames.length)}
          label={t('figures.gaps', { count: gapNames.length })}
          note={
            noRecruitment
              ? t('figures.noRecruitmentShort')
              : t('figures.gapNote', { date }) + citywide
          }
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
