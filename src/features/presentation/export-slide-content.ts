import { CHANGE_TYPES } from '../../data/derive/changes-between';
import { describeChanges } from '../../data/derive/describe-changes';
import {
  describeCitiesOnPlan,
  describeDue,
  describeOnPlanRule,
  describeTarget,
  planStatusLabel,
} from '../../data/derive/describe-plan';
import { attentionRows } from '../../data/derive/plan-attention';
import type { PlanStatus } from '../../data/derive/plan-status';
import { OUTLET_KINDS } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import { translate } from '../../lib/i18n/messages';
import { changesFor, planViewFor } from '../../stores/use-network-view';
import { exportMessages } from './export-messages';
import { exportContent, type ExportPngOptions } from './export-png';
import type { ExportContent } from './export-types';

/** Cities at risk or behind a slide lists before "+N more". */
export const SLIDE_ATTENTION_ROWS = 6;
const SLIDE_CITIES = 6;

export interface SlideContent extends ExportContent {
  /** The dataset's title under a comparison's, or null when the title is the dataset's. */
  subtitle: string | null;
  plan: {
    heading: string;
    figure: string;
    rule: string;
    attentionHeading: string;
    /** Per city at risk or behind: its status, "City · 5 days overdue", and what is due. */
    rows: { status: PlanStatus; label: string; heading: string; text: string }[];
    more: string | null;
    empty: string | null;
  } | null;
  changes: {
    heading: string;
    table: { header: string[]; rows: string[][] };
    lines: string[];
  } | null;
}

export type SlideOptions = Pick<
  ExportPngOptions,
  'network' | 'filters' | 'layers' | 'language' | 'compare' | 'selectedCityId'
>;

/**
 * The words of a slide, in the user's language: the comparison in words as its title (else the
 * dataset's), the plan as of the date in view (cities on plan, the cities at risk or behind,
 * most overdue first), what changed (by outlet type, the cities with most changes, recruitment,
 * targets due), and the map's legend and attribution as on an exported image.
 */
export function slideContent(options: SlideOptions, now: Date): SlideContent {
  const { network, filters, language, compare = null } = options;
  const t = exportMessages[language];
  const words = planMessages[language];
  const base = exportContent(options, now);
  const n = (value: number) => formatNumber(value, language);
  const changes = compare ? changesFor(network, filters, compare.from, compare.to) : null;

  let plan: SlideContent['plan'] = null;
  if (network.targets?.length) {
    const view = planViewFor(network, filters);
    const rows = attentionRows(view);
    plan = {
      heading: t.slidePlan,
      figure: view.cities > 0 ? describeCitiesOnPlan(view, language) : t.slideNoTargets,
      rule: describeOnPlanRule(view, language),
      attentionHeading: t.slideAttention,
      rows: rows.slice(0, SLIDE_ATTENTION_ROWS).map(({ line }) => ({
        status: line.status,
        label: planStatusLabel(line.status, language),
        heading: `${line.city.name[language]} · ${describeDue(line, language)}`,
        text: describeTarget(line, language),
      })),
      more:
        rows.length > SLIDE_ATTENTION_ROWS
          ? fill(t.slideMore, { count: rows.length - SLIDE_ATTENTION_ROWS }, language)
          : null,
      empty: view.cities > 0 && rows.length === 0 ? t.slideNoAttention : null,
    };
  }

  let changed: SlideContent['changes'] = null;
  if (changes) {
    const types = CHANGE_TYPES.length;
    const cities = changes.network.cities
      .map((city, c) => {
        let count = 0;
        for (let k = 0; k < types; k += 1) count += changes.cityType[c * types + k] ?? 0;
        return { name: city.name[language], count };
      })
      .filter((city) => city.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, SLIDE_CITIES);
    const lines = [
      cities.length > 0 &&
        fill(t.slideCities, {
          list: cities.map((city) => `${city.name} ${n(city.count)}`).join(words.separator),
        }),
      changes.recruiting.length > 0 &&
        fill(t.slideRecruiting, { count: changes.recruiting.length }, language),
      changes.targetsMet.length + changes.targetsMissed.length > 0 &&
        fill(t.slideTargets, {
          met: n(changes.targetsMet.length),
          missed: n(changes.targetsMissed.length),
        }),
    ].filter((line): line is string => typeof line === 'string');
    changed = {
      heading: t.slideChanges,
      table: {
        header: [t.slideKind, ...CHANGE_TYPES.map((type) => words[`type.${type}`])],
        rows: OUTLET_KINDS.map((kind, k) => [
          translate(language, `layer.${kind}`),
          ...CHANGE_TYPES.map((_, i) => n(changes.kindType[k * types + i] ?? 0)),
        ]),
      },
      lines,
    };
  }

  return {
    ...base,
    title: changes ? describeChanges(changes, language) : base.title,
    subtitle: changes ? base.title : null,
    plan,
    changes: changed,
  };
}
