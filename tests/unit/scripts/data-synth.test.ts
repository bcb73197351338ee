// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCount, parseSynthArgs, parseTargetCount } from '../../../scripts/data-synth';
import { DEFAULT_TARGETS_PER_CITY } from '../../../scripts/synth/targets';
import { DEFAULT_FILTERS } from '../../../src/data/domain/filters';
import { derivePlanView } from '../../../src/data/derive/plan-status';
import { synthNetwork, writeNetworkJson } from '../../../scripts/synth/synth-network';
import { validateNetwork } from '../../../src/data/domain/validate-network';
import { STAGES, type Network, type OutletKind, type Tier } from '../../../src/data/domain/schema';

async function synthText(outlets: number, seed: number, targets?: number): Promise<string> {
  const chunks: string[] = [];
  await writeNetworkJson(synthNetwork({ outlets, seed, targets }), (text) => {
    chunks.push(text);
  });
  return chunks.join('');
}

async function synthValid(outlets: number, seed: number, targets?: number): Promise<Network> {
  const { network, issues } = validateNetwork(JSON.parse(await synthText(outlets, seed, targets)));
  expect(issues).toEqual([]);
  return network;
}

describe('synthetic networks', () => {
  it('writes a dataset of 2,000 outlets that validates without a single issue', async () => {
    const network = await synthValid(2_000, 1);
    expect(network.outlets).toHaveLength(2_000);
    expect(network.cities.length).toBeGreaterThan(300);
    expect(network.meta.illustrative).toBe(true);
    expect(network.meta.source).toMatch(/synthetic/i);
  });

  it('gives the same bytes for the same seed and different ones for another seed', async () => {
    const first = await synthText(2_000, 42);
    expect(await synthText(2_000, 42)).toBe(first);
    expect(await synthText(2_000, 43)).not.toBe(first);
  });

  it('keeps the real reference cities with their ids, tiers and the article’s recruitment', async () => {
    const { cities } = await synthValid(0, 1);
    const byId = new Map(cities.map((city) => [city.id, city]));
    expect(byId.get('beijing')).toMatchObject({ tier: '1', adcode: '110000' });
    expect(byId.get('xian')).toMatchObject({ tier: 'new1', name: { en: "Xi'an", zh: '西安' } });
    expect(byId.get('suzhou')?.recruitment).toEqual({ status: 'recruiting', since: '2024-01-02' });
    expect(byId.get('luoyang')).toMatchObject({ province: { en: 'Henan', zh: '河南' } });
    // The other Suzhou (Anhui) keeps its name but needs its own id.
    expect(byId.get('suzhou-anhui')?.name.en).toBe('Suzhou');
  });

  it('splits outlets about 10% delivery centers, 45% partner stores, 45% fusion stores', async () => {
    const { outlets } = await synthValid(5_000, 7);
    const share = (kind: OutletKind) => outlets.filter((o) => o.kind === kind).length / 5_000;
    expect(share('delivery-center')).toBeGreaterThan(0.07);
    expect(share('delivery-center')).toBeLessThan(0.13);
    expect(share('partner-store')).toBeGreaterThan(0.4);
    expect(share('partner-store')).toBeLessThan(0.5);
    expect(share('fusion-store')).toBeGreaterThan(0.4);
    expect(share('fusion-store')).toBeLessThan(0.5);
  });

  it('gives Tier 1 cities many more outlets each than Tier 3–5 cities', async () => {
    const { cities, outlets } = await synthValid(5_000, 7);
    const tierOf = new Map(cities.map((city) => [city.id, city.tier]));
    const perCity = (tiers: Tier[]) =>
      outlets.filter((o) => tiers.includes(tierOf.get(o.cityId)!)).length /
      cities.filter((city) => tiers.includes(city.tier)).length;
    expect(perCity(['1'])).toBeGreaterThan(10 * perCity(['3', '4', '5']));
  });

  it('spreads stages over the rollout up to the as-of date, every stage in use', async () => {
    const { meta, outlets } = await synthValid(5_000, 3);
    const dates = outlets.flatMap((o) => Object.values(o.stages));
    expect(dates.every((date) => date >= '2023-12-01' && date <= meta.asOf)).toBe(true);
    expect(dates.some((date) => date < '2024-03-01')).toBe(true);
    expect(meta.asOf).toBe('2026-06-30');
    expect(dates.sort().at(-1)! >= '2026-05-01').toBe(true);
    for (const stage of STAGES) expect(outlets.some((o) => o.status === stage)).toBe(true);
    expect(outlets.filter((o) => o.status === 'open').length).toBeLessThan(0.8 * outlets.length);
  });
});

describe('synthetic targets', () => {
  it('plans a few targets per city with outlets by default, and as many as asked for', async () => {
    const network = await synthValid(2_000, 1);
    const planned = new Set(network.outlets.map((outlet) => outlet.cityId));
    expect(network.targets).toHaveLength(planned.size * DEFAULT_TARGETS_PER_CITY);
    expect(network.targets!.every((target) => planned.has(target.cityId))).toBe(true);
    expect((await synthValid(2_000, 1, 500)).targets).toHaveLength(500);
    expect(await synthValid(2_000, 1, 0)).not.toHaveProperty('targets');
  });

  it('leaves the outlets as they were, whatever the targets', async () => {
    const outletsOf = (text: string) => text.slice(0, text.indexOf('],"milestones"'));
    const without = await synthText(1_000, 4, 0);
    expect(outletsOf(await synthText(1_000, 4, 300))).toBe(outletsOf(without));
    expect(outletsOf(await synthText(1_000, 4))).toBe(outletsOf(without));
  });

  it('gives a mix of ahead, on plan, at risk and behind as of the as-of date', async () => {
    const network = await synthValid(10_000, 1, 1_000);
    const plan = derivePlanView(network, DEFAULT_FILTERS);
    for (const count of plan.statusCounts) expect(count).toBeGreaterThan(20);
    expect(plan.citiesOnPlan).toBeGreaterThan(0);
    expect(plan.citiesOnPlan).toBeLessThan(plan.cities);
  });
});

describe('data:synth arguments', () => {
  it('reads counts with k and m suffixes and refuses anything else', () => {
    expect(parseCount('2000')).toBe(2_000);
    expect(parseCount('10k')).toBe(10_000);
    expect(parseCount('1M')).toBe(1_000_000);
    expect(() => parseCount('ten')).toThrow(/not a count of outlets/);
    expect(parseTargetCount('5k')).toBe(5_000);
    expect(() => parseTargetCount('-1')).toThrow(/not a count of targets/);
  });

  it('defaults to seed 1 and .tmp/synth-N.json, and rejects unknown options', () => {
    const args = parseSynthArgs(['--outlets', '1k']);
    expect(args).toMatchObject({ outlets: 1_000, seed: 1 });
    expect(args.out).toMatch(/\.tmp[\\/]synth-1000\.json$/);
    expect(parseSynthArgs(['--outlets=5', '--seed=9', '--out', '-'])).toEqual({
      outlets: 5,
      seed: 9,
      out: '-',
    });
    expect(parseSynthArgs(['--outlets', '100k', '--targets', '5k'])).toMatchObject({
      outlets: 100_000,
      targets: 5_000,
    });
    expect(() => parseSynthArgs(['--outlets', '5', '--fast'])).toThrow(/unknown option/);
    expect(() => parseSynthArgs([])).toThrow(/required/);
  });
});
