import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectedView,
  readSample,
  recruitingOn,
  stageOn,
  type SampleCity,
  type ViewQuery,
} from './fixtures/datasets';
import { appSuite } from './support/app';
import { onMap, waitForIdle } from './support/browser';
import {
  filterCheckbox,
  KIND_NAMES,
  keyFiguresSection,
  legendCounts,
  legendRegion,
  listToggleCount,
  readKeyFigures,
} from './support/dashboard';
import { drawnOutlets, idsOf, KINDS } from './support/map-features';

const sample = readSample();

/** A city bubble drawn: the cities it stands for (a group: all of them) and its look. */
interface Bubble {
  cities: number[];
  count: number;
  recruiting: boolean;
  gap: boolean;
}

/** What the city bubbles draw, read from MapLibre itself (rendered features of the layer). */
interface DrawnCities {
  bubbles: Bubble[];
  /** The positions of the cities the bubbles stand for, sorted. */
  members: number[];
  /** The outlets the bubbles' labels count, summed. */
  labelled: number;
}

async function drawnCities(page: Page): Promise<DrawnCities> {
  const bubbles = await onMap(page, (map) => {
    const byId = new Map<unknown, Bubble>();
    for (const { id, properties } of map.queryRenderedFeatures({ layers: ['cities-bubble'] })) {
      const { c, extra, members, count, recruiting, gap } = properties;
      byId.set(id, {
        cities: Number(extra) > 0 ? String(members).split(',').map(Number) : [Number(c)],
        count: Number(count),
        recruiting: recruiting === true,
        gap: gap === true,
      });
    }
    return [...byId.values()];
  });
  return {
    bubbles,
    members: bubbles.flatMap((bubble) => bubble.cities).sort((a, b) => a - b),
    labelled: bubbles.reduce((sum, bubble) => sum + bubble.count, 0),
  };
}

/** Whether a city has a partner store signed or later and not closed on `date` (product.md). */
function hasPartnerSigned(city: SampleCity, date: string): boolean {
  return sample.outlets.some((outlet) => {
    if (outlet.cityId !== city.id || outlet.kind !== 'partner-store') return false;
    const stage = stageOn(outlet, date);
    return stage !== null && stage !== 'planned' && stage !== 'closed';
  });
}

/** The counts of cities on screen: the legend's key and the key figures ("—" reads as 0). */
async function cityCounts(page: Page) {
  const legend = legendRegion(page);
  const key = legend.getByRole('button', { name: 'Key', exact: true });
  if ((await key.count()) > 0 && (await key.getAttribute('aria-expanded')) === 'false')
    await key.click();
  const keyCount = async (name: string) =>
    Number(await legend.locator(`[data-key="${name}"] .map-legend__key-count`).innerText());
  const text = await keyFiguresSection(page).innerText();
  const covered = /^([\d,]+)\s*\/\s*([\d,]+)\s+recruitment cit(?:y|ies) covered$/m.exec(text);
  const gaps = /^([\d,]+|—)\s+recruitment cit(?:y|ies) without a partner store$/m.exec(text);
  if (!gaps) throw new Error(`No partner-gap figure in the key figures:\n${text}`);
  return {
    legendRecruiting: await keyCount('recruiting'),
    legendGaps: await keyCount('gap'),
    figureRecruiting: covered ? Number(covered[2]) : 0,
    figureGaps: gaps[1] === '—' ? 0 : Number(gaps[1]),
    text,
  };
}

/**
 * Every count on screen against what the map draws at the national view (every city fits), and
 * both against the sample read on its own (`expectedView`, product.md's definitions).
 */
async function expectCountsMatchMap(page: Page, query: ViewQuery) {
  const date = query.asOf ?? sample.meta.asOf;
  const expected = expectedView(sample, query);
  const cities = await drawnCities(page);
  const legend = await legendCounts(page);
  const figures = await readKeyFigures(page);
  const counts = await cityCounts(page);

  // Cities: the legend counts the cities the bubbles stand for, and they are the expected ones.
  expect(cities.members, 'the cities drawn').toEqual(expected.cityPositions);
  expect(legend.Cities, 'legend: Cities').toBe(cities.members.length);

  // Outlets: legend, key figures, list button and the bubbles' labels say the same number; what
  // the map draws of each kind at the national view is counted (dots sharing a pixel are drawn
  // once there, filters-and-views checks each outlet on its own).
  expect(legend, 'the legend').toEqual(expected.legend);
  for (const name of KIND_NAMES) expect(figures.byKind[name], name).toBe(legend[name]);
  expect(figures.outlets, 'key figures: outlets').toBe(expected.outlets);
  expect(await listToggleCount(page), '"List · N"').toBe(expected.outlets);
  expect(cities.labelled, 'the bubbles’ labels').toBe(expected.outlets);
  const national = idsOf(await drawnOutlets(page));
  for (const kind of KINDS) {
    const counted = new Set(expected.positions[kind]);
    expect(national[kind].length > 0, `${kind} drawn`).toBe(counted.size > 0);
    expect(
      national[kind].filter((id) => !counted.has(id)),
      `${kind} drawn, not counted`,
    ).toEqual([]);
  }

  // Recruitment cities (the stronger edge) and partner gaps (the hollow rings): the cities drawn
  // that recruit on the date, and of them those with no partner store signed or later.
  const recruiting = cities.members
    .map((c) => sample.cities[c]!)
    .filter((city) => recruitingOn(city, date));
  const gaps = recruiting.filter((city) => !hasPartnerSigned(city, date));
  expect(counts.legendRecruiting, 'legend: recruiting').toBe(recruiting.length);
  expect(counts.figureRecruiting, 'figure: recruitment cities').toBe(recruiting.length);
  expect(counts.legendGaps, 'legend: partner gaps').toBe(gaps.length);
  expect(counts.figureGaps, 'figure: partner gaps').toBe(gaps.length);
  // And the map draws them so: the hollow rings stand for the partner gaps and nothing else (a
  // group of them counts for each of its cities), and every recruitment city is in a bubble with
  // the thick edge, which holds one at least.
  const hollow = cities.bubbles.filter((bubble) => bubble.gap).flatMap((bubble) => bubble.cities);
  expect(
    hollow.sort((a, b) => a - b),
    'cities drawn as hollow rings',
  ).toEqual(gaps.map((city) => sample.cities.indexOf(city)).sort((a, b) => a - b));
  const recruits = (c: number) => recruitingOn(sample.cities[c]!, date);
  for (const bubble of cities.bubbles)
    expect(bubble.recruiting, `thick edge of ${bubble.cities.join(',')}`).toBe(
      bubble.cities.some(recruits),
    );
  return { cities, counts, recruiting };
}

/** The outlet count a search suggestion gives for a city typed in the header's search. */
async function suggestedCount(page: Page, name: string): Promise<number> {
  const search = page.getByRole('combobox', { name: 'Search cities' });
  await search.fill(name);
  const option = page.getByRole('option', { name: new RegExp(`^${name} `) }).first();
  const text = (await option.innerText()).replace(/\s+/g, ' ');
  await search.fill('');
  const match = /([\d,]+) outlets? in view/.exec(text);
  if (!match) throw new Error(`No count in the suggestion "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** The outlets of a city in view on the sample's date with no filter, read from the sample. */
function outletsInView(cityId: string): number {
  return sample.outlets.filter((outlet) => {
    const stage = stageOn(outlet, sample.meta.asOf);
    return outlet.cityId === cityId && stage !== null && stage !== 'closed';
  }).length;
}

describe('the counts on screen are what the map draws, at the national view', () => {
  const app = appSuite();

  it('with no filter', async () => {
    const { page } = await app.open();
    const { cities, counts, recruiting } = await expectCountsMatchMap(page, {});
    expect(cities.members).toHaveLength(sample.cities.length);
    expect(recruiting).toHaveLength(17);
    // Covered and the partner gap read as two facts, each with its meaning beside it.
    expect(counts.text).toMatch(/Covered: an outlet of any type signed or later by 15 Jan 2024/);
    expect(counts.text).toMatch(/Partner gap: no partner store signed or later by 15 Jan 2024/);
    // A search suggestion counts what the filters show.
    expect(await suggestedCount(page, 'Suzhou')).toBe(outletsInView('suzhou'));
  });

  it('with Tier 1, which leaves no recruitment city, and says so', async () => {
    const { page } = await app.open();
    await filterCheckbox(page, 'City tier', 'Tier 1').check();
    await waitForIdle(page);
    const tier1 = (city: SampleCity) => city.tier === '1';
    const { cities, counts } = await expectCountsMatchMap(page, { city: tier1 });
    expect(cities.members).toHaveLength(sample.cities.filter(tier1).length);
    expect(counts.figureRecruiting).toBe(0);
    expect(counts.text).toMatch(/^No recruitment city in view$/m);
    expect(counts.text).not.toMatch(/0 \/ 0/);
    // Suzhou (New Tier 1) is left out by the filter: its suggestion says so.
    expect(outletsInView('suzhou')).toBeGreaterThan(0);
    expect(await suggestedCount(page, 'Suzhou')).toBe(0);
  });

  it('on a date in 2023, before recruitment opened', async () => {
    const asOf = '2023-10-21';
    const { page } = await app.open(`?asof=${asOf}`);
    const { cities, counts } = await expectCountsMatchMap(page, { asOf });
    // No city recruits before 2 Jan 2024: no stronger edge, no hollow ring, and the figure says
    // when recruitment opens.
    expect([counts.legendRecruiting, counts.legendGaps]).toEqual([0, 0]);
    expect(cities.bubbles.filter((bubble) => bubble.recruiting)).toEqual([]);
    expect(counts.text).toMatch(/^No city recruiting partners yet on 21 Oct 2023$/m);
    expect(counts.text).toMatch(/Partner recruitment opens on 2 Jan 2024/);
    expect(cities.members.length).toBeLessThan(sample.cities.length);
  });
});
