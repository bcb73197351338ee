import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/data/domain/filters';
import type { Network } from '../../src/data/domain/schema';
import { decodeDataBytes } from '../../src/data/sources/decode-text';
import { parseNetworkFile } from '../../src/data/sources/parse-file';
import { convertNetwork } from '../../src/data/domain/crs';
import { loadProvinces } from '../../server/read-dataset';
import {
  HOSTILE_DIR,
  largeFile,
  readSample,
  slowDataset,
  type HostileCase,
} from '../../scripts/hostile/corpus';
import { appSuite } from './support/app';
import { waitForIdle } from './support/browser';
import { legendCounts, openWithButton } from './support/dashboard';
import {
  drawnCityBubbles,
  dropFile,
  expectedCounts,
  fileStatus,
  mapState,
} from './support/gate-pages';

const CASES = JSON.parse(readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8')) as HostileCase[];
const SAMPLE_COUNTS = expectedCounts(readSample());
const provinces = loadProvinces();

/** What the page should show of a file it opens, by the app's own parsing. */
function shownNetwork(path: string, name: string, fileCrs?: HostileCase['page'] & {}): Network {
  const text = decodeDataBytes(readFileSync(path), name);
  const type = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  const crs = fileCrs && 'answer' in fileCrs ? fileCrs.answer : undefined;
  const loaded = parseNetworkFile(
    { name, type },
    text,
    readSample().cities,
    provinces,
    'WGS84',
    crs,
  );
  return convertNetwork(loaded.network, 'WGS84');
}

const problemsBanner = (page: Page) =>
  page.getByRole('status', { name: 'Data quality', exact: true });

async function problemTexts(page: Page): Promise<string> {
  const banner = problemsBanner(page);
  await banner.getByRole('button', { name: 'Show problems', exact: true }).click();
  return (await banner.getByRole('table').innerText()).replace(/\s+/g, ' ');
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'channel-atlas-hostile-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('each hostile file through the page’s file input', () => {
  const app = appSuite();

  it.each(CASES.map((entry) => [entry.file, entry.what, entry] as const))(
    '%s (%s)',
    async (file, _what, entry) => {
      const path = entry.large ? join(dir, file) : join(HOSTILE_DIR, file);
      if (entry.large) writeFileSync(path, largeFile(file));
      const { page } = await app.open();
      expect(await legendCounts(page), 'the data on screen before').toEqual(SAMPLE_COUNTS);
      await openWithButton(page, path);
      const outcome = entry.page;

      if (outcome.kind === 'refused') {
        const alert = page.getByRole('alert').filter({ hasText: `${file} could not be opened` });
        await alert.waitFor({ timeout: 60_000 });
        expect(await alert.innerText()).toContain(outcome.message);
        expect(await alert.innerText()).toContain('The data on screen is unchanged.');
      } else if (outcome.kind === 'confirm-empty') {
        const dialog = page.getByRole('alertdialog', { name: `${file} has no valid outlet` });
        await dialog.waitFor({ timeout: 60_000 });
        await dialog.getByRole('button', { name: 'Keep the data on screen' }).click();
        await dialog.waitFor({ state: 'detached' });
      } else {
        let expected: Network;
        if (outcome.kind === 'ask-crs') {
          const dialog = page.getByRole('alertdialog', {
            name: `Which coordinate system are the points of ${file} in?`,
          });
          await dialog.waitFor({ timeout: 30_000 });
          expect(await fileStatus(page, file).count()).toBe(0);
          await dialog
            .getByRole('button', {
              name: new RegExp(`^${outcome.answer.replace(/(\d+)$/, '-$1')}`),
            })
            .click();
          expected = shownNetwork(path, file, outcome);
          expect(expected.outlets).toHaveLength(outcome.outlets);
        } else expected = shownNetwork(path, file);
        await fileStatus(page, file).waitFor({ timeout: 30_000 });
        await waitForIdle(page);
        expect(await legendCounts(page), 'the file on screen').toEqual(expectedCounts(expected));
        if (outcome.kind === 'ask-crs') {
          expect(await problemTexts(page)).toContain(`taken as ${outcome.answer}`);
        } else if (outcome.problems === 0) {
          expect(await problemsBanner(page).count()).toBe(0);
        } else {
          expect(await problemsBanner(page).innerText()).toContain(
            `${outcome.problems} invalid records were skipped`,
          );
        }
        return;
      }
      expect(await legendCounts(page), 'the data on screen after').toEqual(SAMPLE_COUNTS);
      expect(await fileStatus(page, file).count()).toBe(0);
      expect(await mapState(page)).toBe('idle');
    },
  );
});

describe('hostile files that need more than opening', () => {
  const app = appSuite();

  it('keeps the map following the filters with prototype-named city and outlet ids', async () => {
    const { page } = await app.open();
    const path = join(HOSTILE_DIR, 'prototype-ids.json');
    await openWithButton(page, path);
    await fileStatus(page, 'prototype-ids.json').waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    const network = shownNetwork(path, 'prototype-ids.json');
    expect(network.cities.some((city) => city.id === 'constructor')).toBe(true);
    expect(await drawnCityBubbles(page)).toBe(expectedCounts(network).Cities);

    await page.getByRole('checkbox', { name: /^Tier 1\b/ }).click();
    await waitForIdle(page);
    const tier1 = expectedCounts(network, { ...DEFAULT_FILTERS, tiers: ['1'] });
    expect(await legendCounts(page)).toEqual(tier1);
    expect(await drawnCityBubbles(page), 'the map follows the filter').toBe(tier1.Cities);

    await page.getByRole('button', { name: /^List/ }).click();
    const rows = await page
      .getByRole('table', { name: 'Outlets' })
      .getByRole('rowheader')
      .allInnerTexts();
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(rows).toContain(`Outlet ${id}`);
  });

  it('shows the file dropped while a large one loads, never the large one after it', async () => {
    const big = join(dir, 'large.json');
    writeFileSync(big, slowDataset(70_000));
    const small = readSample();
    small.outlets = small.outlets.filter((outlet) => outlet.kind !== 'fusion-store');
    const { page } = await app.open('', {
      // Counts the parse workers alive, so the test can wait until none is left.
      beforeOpen: (page) =>
        page.addInitScript(() => {
          const Native = window.Worker;
          const watch = { live: 0 };
          (window as unknown as { __e2eParseWorkers: typeof watch }).__e2eParseWorkers = watch;
          window.Worker = class extends Native {
            private counted: boolean;
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              this.counted = String(url).includes('parse-worker');
              if (this.counted) watch.live += 1;
            }
            override terminate() {
              if (this.counted) watch.live -= 1;
              this.counted = false;
              super.terminate();
            }
          };
        }),
    });
    await openWithButton(page, big);
    await page.getByRole('status').filter({ hasText: 'Opening large.json…' }).waitFor();
    await dropFile(page, 'small.json', JSON.stringify(small));
    await fileStatus(page, 'small.json').waitFor({ timeout: 60_000 });
    // Every load is over: no parse worker alive, nothing opening.
    await page.waitForFunction(
      () =>
        (window as unknown as { __e2eParseWorkers: { live: number } }).__e2eParseWorkers.live ===
          0 && !document.body.innerText.includes('Opening '),
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    await waitForIdle(page);
    expect(await fileStatus(page, 'small.json').count()).toBe(1);
    expect(await fileStatus(page, 'large.json').count()).toBe(0);
    expect(await legendCounts(page)).toEqual(expectedCounts(small));
  });

  it('opens a link dated 9999-12-31 on the data’s own date, with a notice', async () => {
    const { page } = await app.open('?asof=9999-12-31');
    const asOf = readSample().meta.asOf;
    await page
      .getByRole('status')
      .filter({ hasText: `Ignored "asof=9999-12-31": outside the dates of the data` })
      .filter({ hasText: `showing ${asOf}` })
      .waitFor();
    expect(await legendCounts(page), 'every outlet of the dataset’s date').toEqual(SAMPLE_COUNTS);
    expect(new URL(page.url()).searchParams.get('asof')).toBeNull();
  });
});
