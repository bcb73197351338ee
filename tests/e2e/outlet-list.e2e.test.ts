import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForIdle } from './support/browser';
import {
  filterCheckbox,
  listCount,
  listSection,
  openList,
  outletTable,
  readAllRowNames,
  readKeyFigures,
} from './support/dashboard';
import { appSuite } from './support/app';

interface SampleOutlet {
  id: string;
  name: { en: string; zh: string };
}

/** The dataset the built app serves by default. */
const sample = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/sample-network.json'), 'utf8'),
) as { meta: { asOf: string }; outlets: SampleOutlet[] };
const sampleById = new Map(sample.outlets.map((outlet) => [outlet.id, outlet]));

const HAN = /\p{Script=Han}/u;

interface Export {
  fileName: string;
  raw: Buffer;
  text: string;
  rows: Record<string, string>[];
  header: string[];
}

/** Clicks "Export CSV" and reads the file the browser downloads. */
async function exportCsv(page: Page): Promise<Export> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    listSection(page).getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const raw = await readFile(await download.path());
  const text = raw.toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors, 'CSV parse errors').toEqual([]);
  return {
    fileName: download.suggestedFilename(),
    raw,
    text,
    rows: parsed.data,
    header: parsed.meta.fields ?? [],
  };
}

/** Every data row matches the dataset: its id names this outlet, in both languages. */
function expectRowsMatchDataset(rows: readonly Record<string, string>[]): void {
  for (const row of rows) {
    const outlet = sampleById.get(row.id ?? '');
    expect(outlet, `CSV id "${row.id}" is an outlet of the dataset`).toBeDefined();
    expect(row.name_en).toBe(outlet!.name.en);
    expect(row.name_zh).toBe(outlet!.name.zh);
    expect(row.name_zh, `Chinese name of ${row.id}`).toMatch(HAN);
  }
  expect(new Set(rows.map((row) => row.id)).size, 'ids are unique').toBe(rows.length);
}

describe('the outlet list at 1440×900', () => {
  const app = appSuite();

  it('exports the filtered rows as UTF-8 CSV, the same outlets in the same order as the table', async () => {
    const { page } = await app.open();
    const all = await openList(page);

    await filterCheckbox(page, 'Stage', 'Renovating').check();
    await waitForIdle(page);
    await expect.poll(() => listCount(page), { timeout: 10_000 }).toBeLessThan(all);
    const listed = await listCount(page);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBe((await readKeyFigures(page)).outlets);
    const shown = await readAllRowNames(page);
    expect(shown).toHaveLength(listed);
    const stages = await outletTable(page)
      .locator('tbody tr[data-stage]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-stage')));
    expect(new Set(stages)).toEqual(new Set(['renovating']));

    const csv = await exportCsv(page);
    expect(csv.fileName).toBe(`channel-atlas-outlets-${sample.meta.asOf}.csv`);
    expect([...csv.raw.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.split('\r\n')[0]).toBe(`\uFEFF${csv.header.join(',')}`);
    expect(csv.header).toEqual(expect.arrayContaining(['id', 'name_en', 'name_zh', 'stage']));
    expect(csv.rows, 'one data row per listed outlet').toHaveLength(listed);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    expect(csv.rows.map((row) => row.name_en)).toEqual(shown);
    expect(new Set(csv.rows.map((row) => row.stage))).toEqual(new Set(['renovating']));
    expectRowsMatchDataset(csv.rows);
    console.log(`[e2e] CSV: ${csv.rows.length} rows, ${csv.raw.length} bytes`);
  });

  it('exports every outlet in the order the table is sorted, past the rows in sight', async () => {
    const { page } = await app.open();
    const listed = await openList(page);
    const table = outletTable(page);
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect
      .poll(() => table.getByRole('columnheader', { name: /^Name/ }).getAttribute('aria-sort'))
      .toBe('ascending');

    const shown = await readAllRowNames(page);
    expect(shown).toHaveLength(listed);
    const csv = await exportCsv(page);
    expect(csv.rows).toHaveLength(listed);
    expect(csv.rows.map((row) => row.name_en)).toEqual(shown);
    expectRowsMatchDataset(csv.rows);
  });
});
