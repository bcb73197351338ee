import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  outletsCsv,
  SCRIPT_CITY,
  SCRIPT_FILE_NAME,
  SCRIPT_CITY_ID,
  SCRIPT_OPERATOR,
  SCRIPT_OUTLET,
  SCRIPT_TITLE,
  sampleWithBrokenOutlets,
  sampleWithout,
  sampleWithTwoBadOutlets,
  scriptLikeDataset,
} from './fixtures/data-files';
import { countsOf, KIND_LEGEND, readSample, SAMPLE_PATH } from './fixtures/datasets';
import { waitForIdle } from './support/browser';
import {
  legendCounts,
  listToggleCount,
  openList,
  openWithButton,
  outletTable,
} from './support/dashboard';
import { appSuite } from './support/app';

const OUTLET_KINDS = Object.values(KIND_LEGEND);
const SAMPLE_COUNTS = countsOf(readSample());

/** The three outlet counts of the legend (the cities count left out). */
async function outletCounts(page: Page): Promise<Record<string, number>> {
  const counts = await legendCounts(page);
  return Object.fromEntries(OUTLET_KINDS.map((name) => [name, counts[name] ?? -1]));
}

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

/** The source banner of an opened file: "Showing NAME, opened from this computer (not uploaded)." */
const fileStatus = (page: Page, name: string) =>
  page
    .getByRole('status')
    .filter({ hasText: `Showing ${name}, opened from this computer (not uploaded).` });

const issuesBanner = (page: Page) =>
  page.getByRole('status', { name: 'Data quality', exact: true });

const openFailure = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /could not be opened/ });

/** Waits for an opened file to be on screen and drawn. */
async function expectShowing(page: Page, name: string): Promise<void> {
  await fileStatus(page, name).waitFor({ timeout: 15_000 });
  await waitForIdle(page);
}

/** The rows of the "Show problems" table: [line?, where, why] per problem. */
async function problemRows(page: Page): Promise<string[][]> {
  const banner = issuesBanner(page);
  const toggle = banner.getByRole('button', { name: 'Show problems', exact: true });
  if ((await toggle.count()) > 0) await toggle.click();
  const table = banner.getByRole('table');
  await table.waitFor({ timeout: 5_000 });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

/**
 * Drags a file built in the page over the map and drops it there (the events bubble to the
 * page-wide `.drop-zone`); returns whether dragover was accepted.
 */
async function dropFile(page: Page, name: string, type: string, text: string): Promise<boolean> {
  const accepted = await page.evaluate(
    ({ name, type, text }) => {
      const zone = document.querySelector('canvas.maplibregl-canvas');
      if (!zone?.closest('.drop-zone')) throw new Error('no map canvas in a .drop-zone');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
      zone.dispatchEvent(new DragEvent('dragenter', init));
      const over = new DragEvent('dragover', init);
      zone.dispatchEvent(over);
      (window as Window & { __e2eDrop?: DataTransfer }).__e2eDrop = transfer;
      return over.defaultPrevented;
    },
    { name, type, text },
  );
  await page
    .getByText('Drop a dataset JSON or an outlets CSV to show it', { exact: true })
    .waitFor({ timeout: 5_000 });
  await page.evaluate(() => {
    const transfer = (window as Window & { __e2eDrop?: DataTransfer }).__e2eDrop!;
    const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
    document.querySelector('canvas.maplibregl-canvas')!.dispatchEvent(new DragEvent('drop', init));
  });
  return accepted;
}

/** The row-header names and the operator cells of the (short, fully rendered) outlet table. */
async function tableRows(page: Page): Promise<{ name: string; city: string; operator: string }[]> {
  const table = outletTable(page);
  const rendered = await table.locator('tbody tr[aria-rowindex]').count();
  expect(Number(await table.getAttribute('aria-rowcount')) - 1, 'every row is rendered').toBe(
    rendered,
  );
  return table.locator('tbody tr[aria-rowindex]').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll('td');
      return {
        name: row.querySelector('th')?.textContent ?? '',
        city: cells[3]?.textContent ?? '',
        operator: cells[6]?.textContent ?? '',
      };
    }),
  );
}

describe('data files opened from this computer (default app, no API)', () => {
  const app = appSuite();
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'channel-atlas-files-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a JSON file, skips its invalid records, lists why, and goes back to the configured data', async () => {
    const { page } = await app.open();
    expect(await outletCounts(page)).toEqual(SAMPLE_COUNTS);
    expect(await issuesBanner(page).count()).toBe(0);

    const { document: dataset, broken, counts } = sampleWithBrokenOutlets();
    const file = join(dir, 'broken-network.json');
    writeFileSync(file, JSON.stringify(dataset, null, 2));
    await openWithButton(page, file);
    await expectShowing(page, 'broken-network.json');

    const banner = issuesBanner(page);
    expect(await banner.innerText()).toContain(
      '3 invalid records were skipped; the valid ones are shown.',
    );
    expect(await outletCounts(page)).toEqual(counts);
    expect(await listToggleCount(page)).toBe(sum(counts));

    const rows = await problemRows(page);
    expect(rows, 'one problem per broken record').toHaveLength(broken.length);
    for (const { path, reason } of broken) {
      const row = rows.find((cells) => cells.includes(path));
      expect(row, `a problem at ${path}`).toBeDefined();
      expect(row!.at(-1)).toMatch(reason);
    }

    await page.getByRole('button', { name: 'Back to the configured data', exact: true }).click();
    await fileStatus(page, 'broken-network.json').waitFor({ state: 'detached', timeout: 10_000 });
    await waitForIdle(page);
    expect(await outletCounts(page)).toEqual(SAMPLE_COUNTS);
    expect(await issuesBanner(page).count()).toBe(0);
  });

  it('reads a dropped CSV of outlets: BOM, Chinese, quotes, a two-line cell, and a bad latitude by its line', async () => {
    const { page } = await app.open();
    const csv = outletsCsv();
    const accepted = await dropFile(page, 'outlets.csv', 'text/csv', csv.text);
    expect(accepted, 'dragover is accepted (default prevented)').toBe(true);
    await expectShowing(page, 'outlets.csv');

    const banner = issuesBanner(page);
    expect(await banner.innerText()).toContain(
      '1 invalid record was skipped; the valid ones are shown.',
    );
    const rows = await problemRows(page);
    expect(rows).toHaveLength(1);
    const [line, where, why] = rows[0]!;
    expect(line).toBe(String(csv.badLine));
    expect(where).toMatch(new RegExp(`^line ${csv.badLine}\\b.*"lat"`));
    expect(why).toMatch(/number/);

    expect(await outletCounts(page)).toEqual(csv.counts);
    expect(await openList(page)).toBe(csv.goodNames.length);
    const listed = await tableRows(page);
    expect(listed.map((row) => row.name).sort()).toEqual([...csv.goodNames].sort());
    for (const { nameEn, operatorEn } of csv.exact) {
      const row = listed.find((candidate) => candidate.name === nameEn);
      expect(row, `a row named ${nameEn}`).toBeDefined();
      expect(row!.operator).toBe(operatorEn);
    }

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await waitForIdle(page);
    // The list now names outlets in Chinese; quotes, full-width punctuation and all.
    const rowNames = page.locator('table[aria-rowcount] tbody th[scope="row"]');
    await expect
      .poll(() => rowNames.allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(csv.exact.map(({ nameZh }) => nameZh)));
  });

  it('shows markup-like names as text and runs none of it', async () => {
    const dialogs: string[] = [];
    const { page } = await app.open('', {
      beforeOpen: (page) => {
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
      },
    });
    const dataset = scriptLikeDataset();
    await openWithButton(page, {
      name: SCRIPT_FILE_NAME,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expectShowing(page, SCRIPT_FILE_NAME);

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(SCRIPT_TITLE);
    const rows = await problemRows(page);
    expect(rows.some((cells) => cells.some((cell) => cell.includes(SCRIPT_CITY_ID)))).toBe(true);

    await openList(page);
    const listed = await tableRows(page);
    expect(listed.map((row) => row.name)).toContain(SCRIPT_OUTLET);
    expect(listed.map((row) => row.city)).toContain(SCRIPT_CITY);
    expect(listed.map((row) => row.operator)).toContain(SCRIPT_OPERATOR);

    await outletTable(page).getByRole('button', { name: SCRIPT_OUTLET, exact: true }).click();
    const card = page.getByRole('dialog', { name: SCRIPT_OUTLET, exact: true });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(SCRIPT_OUTLET);
    expect(await card.innerText()).toContain(SCRIPT_CITY);
    await waitForIdle(page);

    // None of the texts became elements. (The CSP would also block inline handlers, with a
    // console error that expectNoPageErrors catches.)
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], [onerror], [onload], [onmouseover], body script')
          .length,
    );
    expect(injected, 'elements made from data text').toBe(0);
    expect(dialogs, 'dialogs opened by data text').toEqual([]);
  });

  it('refuses an HTML file and malformed JSON with the reason, keeping the data on screen', async () => {
    const { page } = await app.open();
    const html = join(dir, 'page.html');
    writeFileSync(html, '<!doctype html><html><body><h1>Not data</h1></body></html>\n');
    await openWithButton(page, html);
    const alert = openFailure(page);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toMatch(
      /^page\.html could not be opened: .*HTML.*\. The data on screen is unchanged\./,
    );
    expect(await outletCounts(page)).toEqual(SAMPLE_COUNTS);
    expect(await page.getByText(/opened from this computer/).count()).toBe(0);
    await alert.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await alert.waitFor({ state: 'detached', timeout: 5_000 });

    const smaller = sampleWithout('fusion-store', 4);
    const good = join(dir, 'smaller.json');
    writeFileSync(good, JSON.stringify(smaller));
    await openWithButton(page, good);
    await expectShowing(page, 'smaller.json');
    const smallerCounts = countsOf(smaller);
    expect(smallerCounts['Fusion stores']).toBe(SAMPLE_COUNTS['Fusion stores']! - 4);
    expect(await outletCounts(page)).toEqual(smallerCounts);

    // A doubled comma in the middle of a pretty-printed sample.
    const lines = JSON.stringify(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')), null, 2).split(
      '\n',
    );
    const index = lines.findIndex((line, i) => i > 200 && /"status": "\w+",$/.test(line));
    lines[index] = `${lines[index]},`;
    const column = lines[index]!.indexOf(',,') + 2;
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, lines.join('\n'));
    await openWithButton(page, malformed);
    await alert.waitFor({ timeout: 10_000 });
    const message = await alert.innerText();
    expect(message).toContain(
      `malformed.json could not be opened: not valid JSON at line ${index + 1}, column ${column}`,
    );
    expect(message).toContain('The data on screen is unchanged.');
    expect(await outletCounts(page)).toEqual(smallerCounts);
    expect(await fileStatus(page, 'smaller.json').count()).toBe(1);
    expect(await page.locator('[data-map-state]').first().getAttribute('data-map-state')).toBe(
      'idle',
    );
  });

  it('counts skipped records, not problems, when a record has two problems', async () => {
    const { page } = await app.open();
    const { document: dataset, broken, counts } = sampleWithTwoBadOutlets();
    const file = join(dir, 'two-bad-outlets.json');
    writeFileSync(file, JSON.stringify(dataset, null, 2));
    await openWithButton(page, file);
    await expectShowing(page, 'two-bad-outlets.json');

    expect(await outletCounts(page), 'two outlets dropped').toEqual(counts);
    const rows = await problemRows(page);
    expect(rows.map((cells) => cells.at(-2)).sort()).toEqual(broken.map(({ path }) => path).sort());
    expect(await issuesBanner(page).innerText()).toContain(
      '2 invalid records were skipped; the valid ones are shown.',
    );
  });

  it('hides the drop overlay when a drag leaves the window without a drop', async () => {
    const { page } = await app.open();
    const overlay = page.getByText('Drop a dataset JSON or an outlets CSV to show it', {
      exact: true,
    });
    // What Chromium fires as a file is dragged over the map, onto the legend, then out of the
    // window (or cancelled with Escape): dragleave at the element last under the pointer,
    // with no related target.
    await page.evaluate(() => {
      const map = document.querySelector('[data-map-state]')!;
      const legend = document.querySelector('.map-legend')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['id\n'], 'outlets.csv', { type: 'text/csv' }));
      const fire = (target: Element, type: string, relatedTarget: Element | null = null) =>
        target.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            dataTransfer: transfer,
            relatedTarget,
          }),
        );
      fire(map, 'dragenter');
      fire(map, 'dragover');
      fire(legend, 'dragenter', map);
      fire(map, 'dragleave', legend);
      fire(legend, 'dragover');
      (window as Window & { __e2eLeave?: () => void }).__e2eLeave = () => fire(legend, 'dragleave');
    });
    await overlay.waitFor({ timeout: 5_000 });
    expect(await overlay.isVisible(), 'shown while the file is over the page').toBe(true);

    await page.evaluate(() => (window as Window & { __e2eLeave?: () => void }).__e2eLeave!());
    await expect
      .poll(() => overlay.count(), {
        timeout: 5_000,
        message: 'the drop overlay after the drag left the window',
      })
      .toBe(0);
  });

  it('downloads the problems as CSV', async () => {
    const { page } = await app.open();
    const { document: dataset, broken } = sampleWithBrokenOutlets();
    const file = join(dir, 'broken-network.json');
    writeFileSync(file, JSON.stringify(dataset));
    await openWithButton(page, file);
    await expectShowing(page, 'broken-network.json');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      issuesBanner(page)
        .getByRole('button', { name: 'Download problems (CSV)', exact: true })
        .click(),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe('broken-network-problems.csv');
    const text = (await readFile(await download.path())).toString('utf8');
    expect(text.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets').toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['severity', 'line', 'where', 'why']);
    expect(parsed.data).toHaveLength(broken.length);
    for (const { path, reason } of broken) {
      const row = parsed.data.find((candidate) => candidate.where === path);
      expect(row, `a CSV row for ${path}`).toBeDefined();
      expect(row!.severity).toBe('error');
      expect(row!.why).toMatch(reason);
    }
  });
});
