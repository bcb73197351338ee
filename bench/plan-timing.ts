/**
 * `node --import tsx bench/plan-timing.ts [--outlets 100k] [--targets 5k] [--runs 9] [--seed 1]`
 * times the plan's derivations in Node on a synthetic network: the plan statuses, the change
 * list of the last 30 days and the burn-up, each for no filter and for a tier filter. They are
 * pure functions of the dataset, so Node's times stand for the page's main thread (the same
 * engine), without a browser. `npm run bench` runs it after the browser runs and reports its
 * table; by itself, run it when nothing else runs.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseCount, parseTargetCount } from '../scripts/data-synth';
import { synthNetwork, writeNetworkJson } from '../scripts/synth/synth-network';
import { DEFAULT_FILTERS, type Filters } from '../src/data/domain/filters';
import { validateNetwork } from '../src/data/domain/validate-network';
import { presetRange } from '../src/data/derive/change-ranges';
import { deriveChanges } from '../src/data/derive/changes-between';
import { networkIndex } from '../src/data/derive/network-index';
import { derivePlanBurnUp } from '../src/data/derive/plan-burn-up';
import { derivePlanView } from '../src/data/derive/plan-status';
import { targetIndex } from '../src/data/derive/target-index';
import { reachTable } from '../src/data/derive/target-reach';
import { summarize } from './lib/stats';

const { values } = parseArgs({
  options: {
    outlets: { type: 'string', default: '100k' },
    targets: { type: 'string', default: '5k' },
    runs: { type: 'string', default: '9' },
    seed: { type: 'string', default: '1' },
  },
});
const outlets = parseCount(values.outlets);
const targets = parseTargetCount(values.targets);
const runs = Number(values.runs);
const seed = Number(values.seed);

const chunks: string[] = [];
await writeNetworkJson(synthNetwork({ outlets, seed, targets }), (text) => {
  chunks.push(text);
});
const { network } = validateNetwork(JSON.parse(chunks.join('')));
const asOf = network.meta.asOf;
const range = presetRange(network, 'last-30-days', asOf);
if (!range) throw new Error('no range');

// The app builds the outlet index when a dataset arrives; the target index and the reach table
// are built on first use, once per dataset: timed on copies (each its own dataset to the caches).
const once = { index: [] as number[], targets: [] as number[], reach: [] as number[] };
for (let i = 0; i < runs; i += 1) {
  const copy = { ...network };
  let started = performance.now();
  networkIndex(copy);
  once.index.push(performance.now() - started);
  started = performance.now();
  targetIndex(copy);
  once.targets.push(performance.now() - started);
  started = performance.now();
  reachTable(copy);
  once.reach.push(performance.now() - started);
}
reachTable(network);
const median = (times: number[]) => summarize(times).median.toFixed(1);

const tier: Filters = { ...DEFAULT_FILTERS, tiers: ['1', 'new1'] };
const cases: [string, () => unknown][] = [
  ['plan statuses, no filter', () => derivePlanView(network, DEFAULT_FILTERS, asOf)],
  ['changes, last 30 days, no filter', () => deriveChanges(network, DEFAULT_FILTERS, range)],
  [
    'plan statuses + changes, no filter',
    () => [
      derivePlanView(network, DEFAULT_FILTERS, asOf),
      deriveChanges(network, DEFAULT_FILTERS, range),
    ],
  ],
  [
    'plan statuses + changes, Tier 1 and New Tier 1',
    () => [derivePlanView(network, tier, asOf), deriveChanges(network, tier, range)],
  ],
  ['burn-up, no filter', () => derivePlanBurnUp(network, DEFAULT_FILTERS, asOf)],
];

const rows = cases.map(([name, run]) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const { median, min, max } = summarize(times);
  return `| ${name} | ${median.toFixed(1)} | ${min.toFixed(1)}–${max.toFixed(1)} |`;
});

const plan = derivePlanView(network, DEFAULT_FILTERS, asOf);
const changes = deriveChanges(network, DEFAULT_FILTERS, range);
console.log(
  `${network.outlets.length} outlets, ${network.targets?.length ?? 0} targets, as of ${asOf}; ` +
    `changes ${range.from} – ${range.to}: ${changes.count}; statuses ${Array.from(plan.statusCounts).join(' / ')} ` +
    `(ahead / on plan / at risk / behind), cities on plan ${plan.citiesOnPlan} of ${plan.cities}`,
);
console.log(
  `once per dataset (medians): outlet index ${median(once.index)} ms, target index ` +
    `${median(once.targets)} ms, reach table ${median(once.reach)} ms\n`,
);
console.log(`| ${runs} runs | median ms | range ms |\n| --- | --- | --- |\n${rows.join('\n')}`);
