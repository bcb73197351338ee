import { readFileSync } from 'node:fs';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { derivePlanView, PLAN_STATUSES, planLine } from '../../../../src/data/derive/plan-status';

/**
 * The bundled sample's plan (scripts/sample-plan.mjs): illustrative targets for the 17
 * recruitment cities, checked against the source article and for what a channel manager
 * sees as of its date, 15 January 2024.
 */

const { network, issues } = validateNetwork(
  JSON.parse(readFileSync('data/sample-network.json', 'utf8')),
);
const targets = network.targets ?? [];
const cityById = new Map(network.cities.map((city) => [city.id, city]));
const LETTERS_OF_INTENT = '2023-12-29';
/** Cities with a partner of the first batch: a partner store signed on the letters' day. */
const firstBatch = new Set(
  network.outlets
    .filter((o) => o.kind === 'partner-store' && o.stages.signed === LETTERS_OF_INTENT)
    .map((o) => o.cityId),
);

describe('the sample’s plan', () => {
  it('validates without a problem', () => {
    expect(issues).toEqual([]);
    expect(targets.length).toBeGreaterThanOrEqual(17);
  });

  it('has targets for exactly the 17 recruitment cities', () => {
    const planned = new Set(targets.map((target) => target.cityId));
    const recruiting = network.cities.filter((city) => city.recruitment.status === 'recruiting');
    expect([...planned].sort()).toEqual(recruiting.map((city) => city.id).sort());
    expect(planned.size).toBe(17);
  });

  it('is marked illustrative like the outlets', () => {
    expect(network.meta.illustrative).toBe(true);
    expect(network.meta.source).toMatch(/targets.*illustrative|illustrative.*targets/i);
    for (const target of targets.filter((t) => t.note))
      expect(target.note!.en, target.id).toMatch(/illustrative/);
  });

  it('dates the first batch’s targets on the article’s milestones', () => {
    const signed = targets.filter((t) => t.stage === 'signed' && t.due === LETTERS_OF_INTENT);
    const renovating = targets.filter((t) => t.stage === 'renovating' && t.due === '2024-01-15');
    expect(signed.length).toBeGreaterThan(0);
    expect(renovating.length).toBeGreaterThan(0);
    for (const target of [...signed, ...renovating]) {
      expect(target.kind, target.id).toBe('partner-store');
      expect(firstBatch.has(target.cityId), target.id).toBe(true);
    }
  });

  it('puts the top tier first: cities outside the first batch have nothing due by 15 January', () => {
    const early = targets.filter((t) => !firstBatch.has(t.cityId) && t.due <= '2024-01-15');
    expect(early.map((t) => t.id)).toEqual([]);
    const tierOf = (t: (typeof targets)[number]) => cityById.get(t.cityId)!.tier;
    const firstDue = (tiers: string[]) =>
      targets
        .filter((t) => tiers.includes(tierOf(t)))
        .reduce((a, t) => (t.due < a ? t.due : a), '9999');
    expect(firstDue(['new1']) <= firstDue(['3'])).toBe(true);
  });

  it('shows a channel manager every status as of 15 January 2024: 12 of 17 cities on plan', () => {
    const plan = derivePlanView(network, DEFAULT_FILTERS);
    expect(plan.asOf).toBe('2024-01-15');
    const byStatus = (status: string) =>
      network.cities
        .filter((_, c) => PLAN_STATUSES[plan.cityStatus[c]!] === status)
        .map((city) => city.id);
    expect(byStatus('ahead')).toEqual(['chongqing', 'changsha']);
    expect(byStatus('at-risk')).toEqual(['ningbo', 'dongguan', 'shijiazhuang']);
    expect(byStatus('behind')).toEqual(['tianjin', 'qingdao']);
    expect(byStatus('on-plan')).toHaveLength(10);
    expect([plan.citiesOnPlan, plan.cities]).toEqual([12, 17]);
    expect(Array.from(plan.attentionCities, (c) => network.cities[c]!.id)).toEqual([
      'qingdao',
      'tianjin',
      'ningbo',
      'dongguan',
      'shijiazhuang',
    ]);
  });

  it('says "Suzhou · partner stores open 0 of 3 due by 31 Mar 2024"', () => {
    const plan = derivePlanView(network, DEFAULT_FILTERS);
    const suzhou = network.cities.findIndex((city) => city.id === 'suzhou');
    expect(planLine(plan, plan.cityHeadline[suzhou]!)).toMatchObject({
      city: { name: { en: 'Suzhou' } },
      kind: 'partner-store',
      stage: 'open',
      actual: 0,
      count: 3,
      due: '2024-03-31',
      status: 'on-plan',
    });
  });

  it('moves with the as-of date: before the letters of intent nothing is behind', () => {
    const plan = derivePlanView(network, { ...DEFAULT_FILTERS, asOf: '2023-12-01' });
    expect(plan.statusCounts[PLAN_STATUSES.indexOf('behind')]).toBe(0);
    const later = derivePlanView(network, { ...DEFAULT_FILTERS, asOf: '2024-01-10' });
    expect(later.citiesOnPlan).toBeLessThan(12);
    // Past the data's own date nothing more is known: the plan is the one of that date.
    const past = derivePlanView(network, { ...DEFAULT_FILTERS, asOf: '2024-03-01' });
    expect(past.statusCounts).toEqual(derivePlanView(network, DEFAULT_FILTERS).statusCounts);
  });
});
