// @vitest-environment node
import { synthNetwork, writeNetworkJson } from '../../../../scripts/synth/synth-network';
import { stageAsOf } from '../../../../src/data/domain/filters';
import { STAGES, type Network, type Outlet, type Stage } from '../../../../src/data/domain/schema';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { addDays } from '../../../../src/data/derive/calendar-days';
import { dayNumber } from '../../../../src/data/derive/network-index';
import { targetActual } from '../../../../src/data/derive/target-reach';

async function synthetic(outlets: number, targets: number): Promise<Network> {
  const chunks: string[] = [];
  await writeNetworkJson(synthNetwork({ outlets, seed: 5, targets }), (text) => {
    chunks.push(text);
  });
  const { network, issues } = validateNetwork(JSON.parse(chunks.join('')));
  expect(issues).toEqual([]);
  return network;
}

/** The rule in words: of its city (and kind), at its stage or later on the day, not closed. */
function byTheRule(network: Network, targetAt: number, day: string): number {
  const target = network.targets![targetAt]!;
  const wanted = STAGES.indexOf(target.stage);
  return network.outlets.filter((outlet: Outlet) => {
    if (outlet.cityId !== target.cityId || (target.kind && outlet.kind !== target.kind))
      return false;
    const stage: Stage | null = stageAsOf(outlet, day);
    return stage !== null && stage !== 'closed' && STAGES.indexOf(stage) >= wanted;
  }).length;
}

describe('a target’s actual from the reach table', () => {
  it('agrees with the rule on every target of a synthetic network, on several dates', async () => {
    const network = await synthetic(3_000, 400);
    expect(network.targets).toHaveLength(400);
    for (const day of [
      '2024-03-31',
      '2025-01-15',
      addDays(network.meta.asOf, -1),
      network.meta.asOf,
    ])
      network.targets!.forEach((_, t) => {
        expect(targetActual(network, t, dayNumber(day)), `${t} on ${day}`).toBe(
          byTheRule(network, t, day),
        );
      });
  });
});
