import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSample, type SampleNetwork } from './fixtures/datasets';
import { addDays, expectedChanges, expectedPlan } from './fixtures/plan';
import { appSuite } from './support/app';
import { onMap, settleMap, waitForIdle, whenIdle } from './support/browser';
import { legendRegion } from './support/dashboard';
import { inspectSlide } from './support/slide';

const sample = readSample();
const AS_OF = sample.meta.asOf;

const planRegion = (page: Page) => page.getByRole('region', { name: 'Plan', exact: true });
const attentionList = (page: Page) =>
  planRegion(page).getByRole('list', { name: 'At risk and behind' });
const comparePanel = (page: Page) => page.getByRole('region', { name: 'Compare', exact: true });

/** The "cities on plan" figure as numbers, e.g. `12 of 17` → [12, 17]. */
async function citiesOnPlan(page: Page): Promise<[number, number]> {
  const text = await planRegion(page).locator('.plan-summary__main').innerText();
  const match = /(\d+) of (\d+)\s+cities on plan/.exec(text);
  if (!match) throw new Error(`no "cities on plan" figure in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** The city names of the At-risk-and-behind rows, in order, with each row's status. */
async function attentionRows(page: Page): Promise<{ name: string; status: string }[]> {
  return attentionList(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.plan-row__city')?.textContent ?? '',
        status: item.querySelector('.plan-badge')?.getAttribute('data-status') ?? '',
      })),
    );
}

/**
 * The cities the map rings against their plan, as drawn now: per ring, the cities it stands for
 * (a group's members, else its city) by id, and whether it is the "behind" ring.
 */
async function ringedCities(page: Page): Promise<{ cities: string[]; behind: boolean }[]> {
  const ids = sample.cities.map((city) => city.id);
  return onMap(
    page,
    (map, ids) =>
      map.queryRenderedFeatures({ layers: ['cities-plan'] }).map((feature) => {
        const { c, members, plan } = feature.properties as {
          c: number;
          members: string;
          plan: number;
        };
        const positions = members ? members.split(',').map(Number) : [c];
        return { cities: positions.map((p) => ids[p] ?? '?'), behind: plan === 3 };
      }),
    ids,
  );
}

/** Checks that the map's rings are the list's cities: each listed city ringed, each ring listed. */
async function expectRingsMatch(
  page: Page,
  attention: { cityId: string; status: string }[],
): Promise<void> {
  const rings = await ringedCities(page);
  const listed = new Set(attention.map((row) => row.cityId));
  const behind = new Set(attention.filter((row) => row.status === 'behind').map((r) => r.cityId));
  for (const ring of rings) {
    expect(
      ring.cities.some((id) => listed.has(id)),
      `ring of ${ring.cities}`,
    ).toBe(true);
    expect(ring.behind, `ring of ${ring.cities} is "behind"`).toBe(
      ring.cities.some((id) => behind.has(id)),
    );
  }
  const ringed = new Set(rings.flatMap((ring) => ring.cities));
  for (const id of listed) expect(ringed.has(id), `${id} ringed`).toBe(true);
}

/** Opens the Compare panel from the insights panel; it opens on since the last milestone. */
async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare dates or files…' }).click();
  const panel = comparePanel(page);
  await panel.waitFor();
  await whenIdle(page);
  return panel;
}

/** The number of records of a CSV file (header left out), quoted cells read as one. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      records.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) records.push([...row, cell]);
  return records.slice(1);
}

describe('plan against actual and what changed, at 1440×900', () => {
  const app = appSuite();
  let downloads: string;

  beforeAll(() => {
    downloads = mkdtempSync(join(tmpdir(), 'channel-atlas-plan-'));
  });
  afterAll(() => {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('says how many cities are on plan, lists the others and rings them on the map', async () => {
    const { page } = await app.open();
    const plan = expectedPlan(sample, AS_OF);
    expect(plan.cities).toBe(17);
    expect(await citiesOnPlan(page)).toEqual([plan.citiesOnPlan, plan.cities]);
    // The list holds the cities not on plan, most overdue first.
    expect(await attentionRows(page)).toEqual(
      plan.attention.map(({ name, status }) => ({ name, status })),
    );
    expect(plan.attention.length).toBe(plan.cities - plan.citiesOnPlan);
    await expectRingsMatch(page, plan.attention);
    // The legend's key explains the rings.
    await legendRegion(page).getByRole('button', { name: 'Key' }).click();
    await expect.poll(() => legendRegion(page).innerText()).toContain('Behind plan');
    expect(await legendRegion(page).innerText()).toContain('At risk: due within 30 days');
    // A row opens its city.
    const first = plan.attention[0]!;
    await attentionList(page).getByRole('button').first().click();
    await page.getByRole('heading', { level: 2, name: first.name }).waitFor();
    await expect
      .poll(() => page.getByRole('list', { name: 'Targets' }).getByRole('listitem').count())
      .toBeGreaterThan(0);
    // Its progress, day by day, in a small chart whose numbers are in its label.
    expect(
      await page.getByRole('img', { name: /^Progress against the plan, day by day: / }).count(),
    ).toBe(1);
  });

  it('moving the as-of date changes the statuses, the list and the rings', async () => {
    const { page } = await app.open();
    const date = addDays(AS_OF, -10);
    const slider = page
      .getByRole('region', { name: 'Rollout playback' })
      .getByRole('slider', { name: 'As of' });
    await slider.focus();
    for (let i = 0; i < 10; i += 1) await slider.press('ArrowLeft');
    await waitForIdle(page);
    const plan = expectedPlan(sample, date);
    expect(plan.citiesOnPlan).not.toBe(expectedPlan(sample, AS_OF).citiesOnPlan);
    await expect.poll(() => citiesOnPlan(page)).toEqual([plan.citiesOnPlan, plan.cities]);
    expect(await attentionRows(page)).toEqual(
      plan.attention.map(({ name, status }) => ({ name, status })),
    );
    await expectRingsMatch(page, plan.attention);
  });

  it('Compare "Last 30 days" lists the changes, counts them, haloes them and exports them', async () => {
    const { page } = await app.open();
    const panel = await openCompare(page);
    await panel.getByRole('button', { name: 'Last 30 days' }).click();
    await waitForIdle(page);
    const from = addDays(AS_OF, -29);
    const expected = expectedChanges(sample, from, AS_OF);
    const outletRows = expected.byType.new + expected.byType.advance + expected.byType.closure;
    expect(outletRows).toBeGreaterThan(0);
    expect(await panel.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    expect(await panel.getByLabel('To', { exact: true }).inputValue()).toBe(AS_OF);

    // Counts per kind of change, and per city.
    const totals = panel.getByRole('table', { name: 'Changes by outlet type' }).getByRole('row', {
      name: /^Total/,
    });
    expect((await totals.getByRole('cell').allInnerTexts()).map(Number)).toEqual([
      expected.byType.new,
      expected.byType.advance,
      expected.byType.closure,
    ]);
    const cityChips = await panel.getByRole('list', { name: 'Changes by city' }).innerText();
    expect(cityChips).toMatch(/\d/);

    // The lists: one row per change, per city that started recruiting, per target due.
    const outlets = panel.getByRole('list', { name: 'Outlets', exact: true });
    const recruiting = panel.getByRole('list', { name: 'Cities that started recruiting' });
    const targets = panel.getByRole('list', { name: 'Targets due in the range' });
    expect(await outlets.getByRole('listitem').count()).toBe(outletRows);
    expect(await recruiting.getByRole('listitem').count()).toBe(expected.recruiting);
    expect(await targets.getByRole('listitem').count()).toBe(
      expected.targetsMet + expected.targetsMissed,
    );
    const listed = outletRows + expected.recruiting + expected.targetsMet + expected.targetsMissed;

    // The map haloes exactly the outlets that changed.
    await settleMap(page);
    const haloed = await onMap(page, (map: MaplibreMap) =>
      [
        ...new Set(
          map.queryRenderedFeatures({ layers: ['outlet-changes'] }).map((f) => Number(f.id)),
        ),
      ].sort((a, b) => a - b),
    );
    expect(haloed).toEqual(expected.outlets);

    // Export CSV: one record per listed row.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await panel.getByRole('button', { name: 'Export CSV' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`channel-atlas-changes-${from}-to-${AS_OF}.csv`);
    const path = join(downloads, saved.suggestedFilename());
    await saved.saveAs(path);
    const records = csvRecords(readFileSync(path, 'utf8'));
    expect(records).toHaveLength(listed);
    const kinds = records.map((record) => record[0]);
    expect(kinds.filter((kind) => kind === 'new')).toHaveLength(expected.byType.new);
    expect(kinds.filter((kind) => kind === 'advance')).toHaveLength(expected.byType.advance);
    expect(kinds.filter((kind) => kind === 'recruiting')).toHaveLength(expected.recruiting);

    // Closing the comparison takes the halos off the map.
    await panel.getByRole('button', { name: 'Close the comparison' }).click();
    await waitForIdle(page);
    expect(
      await onMap(page, (map) => map.queryRenderedFeatures({ layers: ['outlet-changes'] }).length),
    ).toBe(0);
  });

  it('exports the comparison as a 16:9 slide, the legend outside the map frame', async () => {
    const { page } = await app.open();
    const panel = await openCompare(page);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await panel.getByRole('button', { name: 'Export slide' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^channel-atlas-slide-national-2024-01-15-.*\.png$/);
    const path = join(downloads, saved.suggestedFilename());
    await saved.saveAs(path);
    const slide = await inspectSlide(page, path);
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    expect(slide.distinct).toBeGreaterThan(200);
    // A map frame most of the slide's height, with the legend's symbols under it, and no
    // panel of the slide's own colour over the map where the legend sits on screen.
    const frame = slide.frame;
    expect(frame.right - frame.left).toBeGreaterThan(900);
    expect(frame.bottom - frame.top).toBeGreaterThan(600);
    expect(slide.legendBelow).toBeGreaterThan(50);
    expect(slide.surfaceInLegendCorner).toBeLessThan(500);
    // The map on screen is as it was.
    await whenIdle(page);
    expect(await onMap(page, (map) => map.getCanvas().clientWidth)).toBeLessThan(1000);
  });

  it('Compare with a file reports an added, a removed and a moved outlet', async () => {
    const { page } = await app.open();
    const baseline: SampleNetwork = readSample();
    const added = baseline.outlets.splice(5, 1)[0]!;
    const moved = baseline.outlets[10]!;
    // About 150 m north.
    moved.point = { lon: moved.point!.lon, lat: moved.point!.lat + 0.00135 };
    const gone = {
      ...baseline.outlets[0]!,
      id: 'ps-closed-last-week',
      name: { en: 'Gone Store', zh: '已撤店' },
    };
    baseline.outlets.push(gone);
    const file = join(downloads, 'last-week.json');
    writeFileSync(file, JSON.stringify(baseline));

    const panel = await openCompare(page);
    await panel.getByRole('button', { name: 'With a file…' }).click();
    await panel.getByLabel('Baseline dataset file').setInputFiles(file);
    const report = panel.getByRole('region', { name: 'Changes since last-week.json' });
    await report.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => report.getByRole('list', { name: 'Added', exact: true }).innerText())
      .toContain(added.name.en);
    expect(
      await report.getByRole('list', { name: 'Added', exact: true }).getByRole('listitem').count(),
    ).toBe(1);
    expect(await report.getByRole('list', { name: 'Removed', exact: true }).innerText()).toContain(
      'Gone Store',
    );
    expect(await report.getByRole('list', { name: 'Moved more than 100 m' }).innerText()).toContain(
      moved.name.en,
    );
    const counts = await report.getByRole('list', { name: 'Differences by kind' }).innerText();
    expect(counts).toMatch(/1\s+Added/);
    expect(counts).toMatch(/1\s+Removed/);

    // The report exports as CSV, row for row.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await report.getByRole('button', { name: 'Export report (CSV)' }).click();
    const path = join(downloads, 'report.csv');
    await (await download).saveAs(path);
    const records = csvRecords(readFileSync(path, 'utf8'));
    expect(records).toHaveLength(3);
  });

  it('the split view shows two dates on two maps that move together', async () => {
    const { page } = await app.open();
    const panel = await openCompare(page);
    await panel.getByRole('button', { name: 'Split view' }).click();
    await page.waitForFunction(
      () => {
        const atlas = (window as unknown as { __channelAtlas?: { companion?: MaplibreMap } })
          .__channelAtlas;
        return Boolean(atlas?.companion?.loaded());
      },
      undefined,
      { timeout: 60_000 },
    );
    await expect.poll(() => page.locator('.split-caption').allInnerTexts()).toHaveLength(2);
    const cameras = () =>
      page.evaluate(() => {
        const { map, companion } = (
          window as unknown as { __channelAtlas: { map: MaplibreMap; companion: MaplibreMap } }
        ).__channelAtlas;
        const of = (m: MaplibreMap) => ({
          lon: m.getCenter().lng,
          lat: m.getCenter().lat,
          zoom: m.getZoom(),
        });
        return { main: of(map), companion: of(companion) };
      });
    const together = async () => {
      const { main, companion } = await cameras();
      return (
        Math.abs(main.lon - companion.lon) < 1e-6 &&
        Math.abs(main.lat - companion.lat) < 1e-6 &&
        Math.abs(main.zoom - companion.zoom) < 1e-6
      );
    };
    await expect.poll(together, { timeout: 20_000 }).toBe(true);

    // Drag the "before" map: the other follows.
    const before = page.locator('.map-pane--companion canvas.maplibregl-canvas');
    const box = (await before.boundingBox())!;
    const start = (await cameras()).main;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(together, { timeout: 20_000 }).toBe(true);
    const moved = (await cameras()).main;
    expect(Math.abs(moved.lon - start.lon)).toBeGreaterThan(0.5);

    // Zoom the main map: the "before" map follows.
    await onMap(page, (map) => map.jumpTo({ center: [120.6, 31.3], zoom: 7 }));
    await expect.poll(together, { timeout: 20_000 }).toBe(true);
    expect((await cameras()).companion.zoom).toBeCloseTo(7, 5);
  });
});
