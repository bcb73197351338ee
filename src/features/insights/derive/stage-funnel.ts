import { STAGE_CODE } from '../../../data/derive/network-index';
import type { NetworkView } from '../../../data/derive/network-view';

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

/**
 * The planned → signed → renovating → open funnel of the outlets in view, as if no stage were
 * chosen (the chart dims the stages filtered out); closed outlets only when asked for.
 */
export function buildStageFunnel(view: NetworkView): StageFunnel {
  let reached = 0;
  const steps: FunnelStep[] = [];
  for (const stage of [...FUNNEL_STAGES].reverse()) {
    const code = STAGE_CODE[stage];
    reached += view.funnelFurthest[code] ?? 0;
    steps.unshift({ stage, reached, current: view.funnelCurrent[code] ?? 0 });
  }
  return { steps, closed: view.funnelClosed };
}
