import type { OutletView } from '../../../data/filters';
import type { Network, Outlet } from '../../../data/schema';

export const FUNNEL_STAGES = ['planned', 'signed', 'renovating', 'open'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  /** Outlets in view that had reached this stage or a later one by the date. */
  reached: number;
  /** Outlets in view at exactly this stage on the date. */
  current: number;
}

export interface StageFunnel {
  /** Planned → signed → renovating → open. */
  steps: FunnelStep[];
  /** Closed outlets in view (only when the closed stage is filtered for); `reached` counts them by the furthest stage they got to. */
  closed: number;
}

const LATEST_FIRST: readonly FunnelStage[] = ['open', 'renovating', 'signed', 'planned'];

const zeros = (): Record<FunnelStage, number> => ({
  planned: 0,
  signed: 0,
  renovating: 0,
  open: 0,
});

function furthestStage(outlet: Outlet, asOf: string): FunnelStage {
  for (const stage of LATEST_FIRST) {
    const date = outlet.stages[stage];
    if (date && date <= asOf) return stage;
  }
  return 'planned';
}

/** The planned → signed → renovating → open funnel of the outlets in view. */
export function buildStageFunnel(
  _network: Network,
  outlets: readonly OutletView[],
  asOf: string,
): StageFunnel {
  const current = zeros();
  const furthest = zeros();
  let closed = 0;
  for (const view of outlets) {
    if (view.stage === 'closed') {
      closed += 1;
      furthest[furthestStage(view.outlet, asOf)] += 1;
    } else {
      current[view.stage] += 1;
      furthest[view.stage] += 1;
    }
  }
  let reached = 0;
  const steps: FunnelStep[] = [];
  for (const stage of LATEST_FIRST) {
    reached += furthest[stage];
    steps.unshift({ stage, reached, current: current[stage] });
  }
  return { steps, closed };
}
