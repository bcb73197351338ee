import { PlanStatusBadge } from '../../components/ui/plan-status-badge';
import { describeDue, describeTarget } from '../../data/derive/describe-plan';
import { cityPlanLines } from '../../data/derive/plan-attention';
import { PLAN_STATUSES, type PlanLine } from '../../data/derive/plan-status';
import type { Network } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n/messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { planViewFor } from '../../stores/use-network-view';
import { CityProgressChart } from './city-progress-chart';
import { messages } from './messages';

export interface CityTargetsProps {
  network: Network;
  /** The city's position in `network.cities`. */
  city: number;
}

const WIDTH = 200;
const HEIGHT = 12;

/** One target's progress: the track is what it asks, the bar what the city has, as of the date. */
function ProgressBar({ line, language }: { line: PlanLine; language: Language }) {
  const t = useMessages(messages);
  const share = Math.min(1, line.actual / Math.max(1, line.count));
  const ticks = line.count <= 12 ? line.count : 0;
  return (
    <svg
      className="city-targets__bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('progress', {
        actual: formatNumber(line.actual, language),
        count: formatNumber(line.count, language),
      })}
    >
      <rect className="city-targets__track" x="0" y="0" width={WIDTH} height={HEIGHT} rx="3" />
      <rect
        className="city-targets__fill"
        data-status={line.status}
        x="0"
        y="0"
        width={WIDTH * share}
        height={HEIGHT}
        rx="3"
      />
      {Array.from({ length: Math.max(0, ticks - 1) }, (_, i) => (
        <line
          key={i}
          className="city-targets__tick"
          x1={((i + 1) * WIDTH) / ticks}
          x2={((i + 1) * WIDTH) / ticks}
          y1="0"
          y2={HEIGHT}
        />
      ))}
    </svg>
  );
}

/**
 * The city's targets as of the date in view, soonest due first: what each asks, where it stands
 * (a word, never a colour alone) and a bar of its progress. Nothing when the city has none.
 */
export function CityTargets({ network, city }: CityTargetsProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const filters = useAppStore((state) => state.filters);
  if (!network.targets?.length) return null;
  const plan = planViewFor(network, filters);
  const lines = cityPlanLines(plan, city);
  if (lines.length === 0) return null;
  const status = PLAN_STATUSES[plan.cityStatus[city] ?? -1];
  return (
    <div className="city-targets">
      <h3 className="city-panel__section city-targets__title">
        {t('targets')}
        {status && <PlanStatusBadge status={status} language={language} />}
      </h3>
      <CityProgressChart
        plan={plan}
        city={city}
        stage={network.targets[plan.cityHeadline[city] ?? -1]?.stage ?? lines[0]?.stage ?? 'open'}
        language={language}
      />
      <ul className="city-targets__list" aria-label={t('targets')}>
        {lines.map((line) => (
          <li key={line.target.id} className="city-targets__item">
            <p className="city-targets__text">
              {describeTarget(line, language)}
              <span className="city-targets__due"> · {describeDue(line, language)}</span>
            </p>
            <div className="city-targets__progress">
              <ProgressBar line={line} language={language} />
              <PlanStatusBadge status={line.status} language={language} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
