import { describeCitiesOnPlan } from '../../data/derive/describe-plan';
import { attentionRows } from '../../data/derive/plan-attention';
import type { Network } from '../../data/domain/schema';
import { planMessages } from '../../lib/i18n/plan-messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { planViewFor } from '../../stores/use-network-view';
import { messages } from './messages';

export interface PresenterPlanProps {
  network: Network;
}

/**
 * The plan in one line of the presenter's title: "12 of 17 cities on plan · Behind: Qingdao,
 * Tianjin · At risk: Ningbo, Dongguan, Shijiazhuang", as of the date in view.
 */
export function PresenterPlan({ network }: PresenterPlanProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const filters = useAppStore((state) => state.filters);
  if (!network.targets?.length) return null;
  const plan = planViewFor(network, filters);
  const rows = attentionRows(plan);
  const separator = planMessages[language].separator;
  const names = (status: 'behind' | 'at-risk') =>
    rows
      .filter((row) => row.line.status === status)
      .map((row) => row.line.city.name[language])
      .join(separator);
  const behind = names('behind');
  const atRisk = names('at-risk');
  const parts = [
    describeCitiesOnPlan(plan, language),
    behind && t('bar.behind', { list: behind }),
    atRisk && t('bar.atRisk', { list: atRisk }),
  ].filter(Boolean);
  return <p className="presenter-bar__plan">{parts.join(' · ')}</p>;
}
