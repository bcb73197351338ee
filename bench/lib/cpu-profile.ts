import { basename } from 'node:path';

/** The parts of a V8 CPU profile (CDP `Profiler.Profile`) this module reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** App functions whose inclusive time the analysis reports (names as in src/). */
export const WATCHED = [
  'fetchNetwork',
  'parseNetworkText',
  'validateNetwork',
  'convertNetwork',
  'buildOutletFeatures',
  'buildCityFeatures',
  'filterOutlets',
  'countOptions',
  'computeKeyFigures',
  'citiesWithPartnerStore',
  'buildTierSeries',
  'buildRolloutSeries',
  'buildStageFunnel',
  'buildCitySearchIndex',
  'countOutlets',
  'toRows',
  'performWorkOnRootViaSchedulerTask',
  'performSyncWorkOnRoot',
  'commitRoot',
  'setData',
  '_render',
] as const;

export interface ProfileSummary {
  totalMs: number;
  /** Self time per function ("name (file:line)"), largest first. */
  self: { name: string; ms: number }[];
  /** Inclusive time of the watched functions (each counted once per sample). */
  inclusive: Record<string, number>;
  /** Self time per script file (or V8 category such as "(garbage collector)"). */
  byFile: { file: string; ms: number }[];
}

/** Bundlers may suffix a renamed function: `filterOutlets$1`. */
const baseName = (name: string) => name.replace(/\$\d+$/, '');

/** Self time, watched inclusive time and per-file time of a CPU profile, in ms. */
export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive: Record<string, number> = Object.fromEntries(WATCHED.map((name) => [name, 0]));
  const watched = new Set<string>(WATCHED);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? basename(url) : functionName || '(anonymous)';
    const key = url ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : file;
    self.set(key, (self.get(key) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = baseName(byId.get(id)?.callFrame.functionName ?? '');
      if (watched.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive[name] = (inclusive[name] ?? 0) + ms;
      }
    }
  }
  const sorted = (map: Map<string, number>) =>
    [...map].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return {
    totalMs: total,
    self: sorted(self),
    inclusive,
    byFile: sorted(files).map(({ name, ms }) => ({ file: name, ms })),
  };
}

/** A Markdown section for one profiled phase. */
export function renderProfile(title: string, summary: ProfileSummary, top = 20): string {
  const ms = (value: number) => value.toFixed(1);
  const lines = [`### ${title} (${ms(summary.totalMs)} ms sampled)`, ''];
  lines.push('| App function (inclusive) | ms |', '| --- | ---: |');
  for (const [name, value] of Object.entries(summary.inclusive))
    if (value >= 0.5) lines.push(`| ${name} | ${ms(value)} |`);
  lines.push('', '| Script or category (self) | ms |', '| --- | ---: |');
  for (const { file, ms: value } of summary.byFile.slice(0, 8))
    lines.push(`| ${file} | ${ms(value)} |`);
  lines.push('', `| Top ${top} functions (self) | ms |`, '| --- | ---: |');
  for (const { name, ms: value } of summary.self.slice(0, top))
    lines.push(`| ${name.replace(/\|/g, '\\|')} | ${ms(value)} |`);
  lines.push('');
  return lines.join('\n');
}
