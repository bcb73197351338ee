import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  HOSTILE_DIR,
  readSample,
  SAMPLE_FILE,
  type HostileCase,
} from '../../scripts/hostile/corpus';
import { convertNetwork } from '../../src/data/domain/crs';
import { decodeDataBytes } from '../../src/data/sources/decode-text';
import { parseNetworkText } from '../../src/data/sources/parse-text';
import { loadProvinces } from '../../server/read-dataset';
import { startApi, type ApiProcess } from './support/api-process';
import { appSuite } from './support/app';
import { waitForIdle } from './support/browser';
import { legendCounts } from './support/dashboard';
import { startFaultUpstream, type Fault, type FaultUpstream } from './support/fault-upstream';
import { expectedCounts, mapState } from './support/gate-pages';
import { startProxyServer, type ProxyServer } from './support/proxy-server';

const POLL_SECONDS = 5;
const TIMEOUT_SECONDS = 3;
/** A fault must show within one request's deadline after the next poll; the rest is slack. */
const BANNER_WITHIN = (POLL_SECONDS + TIMEOUT_SECONDS) * 1000 + 15_000;
/** Back to live data: two good answers in a row, a poll apart, plus a retry's backoff. */
const RECOVERY_WITHIN = 4 * POLL_SECONDS * 1000 + 15_000;
/** Failed requests are the faults under test; nothing else may reach the console. */
const API_ERRORS = /\/api\/v1\/network/;

const SAMPLE_COUNTS = expectedCounts(readSample());
const CASES = JSON.parse(readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8')) as HostileCase[];

/** The corpus files the page refuses, ordered so that no two in a row give the same message. */
function refusedInTurn(): { file: string; message: string }[] {
  const refused = CASES.flatMap((entry) =>
    !entry.large && entry.page.kind === 'refused'
      ? [{ file: entry.file, message: entry.page.message }]
      : [],
  );
  const ordered: typeof refused = [];
  const later: typeof refused = [];
  for (const entry of refused)
    (ordered.at(-1)?.message === entry.message ? later : ordered).push(entry);
  return [...ordered, ...later];
}

const liveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^Live data · updated just now$/ });
const outageAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /^Live data unavailable/ });

let dir: string;
let dataFile: string;
let api: ApiProcess | undefined;
let upstream: FaultUpstream | undefined;
let proxy: ProxyServer | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'channel-atlas-faults-'));
  dataFile = join(dir, 'network.json');
  copyFileSync(SAMPLE_FILE, dataFile);
  api = await startApi({ dataFile });
  const sample = readSample();
  const broken = JSON.stringify({ ...sample, outlets: sample.outlets.map(({ id }) => ({ id })) });
  upstream = await startFaultUpstream(api.origin, broken);
  proxy = await startProxyServer({
    config: {
      api: { url: '/', pollSeconds: POLL_SECONDS, timeoutSeconds: TIMEOUT_SECONDS },
    },
    apiUpstream: upstream.origin,
  });
});
afterEach(() => {
  if (upstream) upstream.fault = 'none';
});
afterAll(async () => {
  await proxy?.close();
  await upstream?.close();
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const app = appSuite();

/** A fresh page on live data, recording whenever the outage banner comes or goes. */
async function openLive(): Promise<Page> {
  upstream!.fault = 'none';
  const { page } = await app.open('', {
    origin: proxy!.url,
    expectedConsoleErrors: API_ERRORS,
    beforeOpen: (page) =>
      page.addInitScript(() => {
        const changes: string[] = [];
        (window as unknown as { __e2eBanner: string[] }).__e2eBanner = changes;
        new MutationObserver(() => {
          const shown = [...document.querySelectorAll('[role="alert"]')].some((element) =>
            element.textContent?.startsWith('Live data unavailable'),
          );
          const last = changes.at(-1);
          if (shown ? last !== 'shown' : last === 'shown') changes.push(shown ? 'shown' : 'gone');
        }).observe(document, { subtree: true, childList: true, characterData: true });
      }),
  });
  await liveStatus(page).waitFor({ timeout: 20_000 });
  expect(await legendCounts(page)).toEqual(SAMPLE_COUNTS);
  return page;
}

const bannerChanges = (page: Page) =>
  page.evaluate(() => (window as unknown as { __e2eBanner: string[] }).__e2eBanner.slice());

describe('a misbehaving API behind the app’s origin', () => {
  it.each<[Fault, RegExp]>([
    ['null', /JSON null, not a dataset/],
    ['wrong-shape', /a JSON object with "status", "data", not a dataset/],
    [
      'no-valid-outlet',
      /the answer has no valid outlet \([\d,]+ problems\) where the last one had 78; it was not shown/,
    ],
    ['hang', new RegExp(`no complete answer within ${TIMEOUT_SECONDS} s`)],
    ['trickle', new RegExp(`no complete answer within ${TIMEOUT_SECONDS} s`)],
    ['oversize', /larger than 50\.0 MB, the limit for a dataset/],
    ['reset', /the answer broke off|could not be reached|HTTP 502/],
  ])(
    '%s: the last good data stays with a banner saying why, then live data is back',
    async (fault, why) => {
      const page = await openLive();
      const started = Date.now();
      upstream!.fault = fault;
      const alert = outageAlert(page);
      await alert.waitFor({ timeout: BANNER_WITHIN });
      console.log(`[e2e] ${fault}: banner after ${Date.now() - started} ms`);
      expect(await alert.innerText()).toMatch(why);
      expect(await alert.getByRole('button', { name: 'Retry now' }).count()).toBe(1);
      expect(await legendCounts(page), 'the last good data on screen').toEqual(SAMPLE_COUNTS);
      expect(await mapState(page)).toBe('idle');

      upstream!.fault = 'none';
      await liveStatus(page).waitFor({ timeout: RECOVERY_WITHIN });
      expect(await outageAlert(page).count()).toBe(0);
      expect(await legendCounts(page)).toEqual(SAMPLE_COUNTS);
      // One request at a time: a hung or slow one is given up before the next.
      expect(upstream!.mostOpen()).toBeLessThanOrEqual(1);
    },
  );

  it('the hostile corpus as answers: each refused saying what it is, the last good data on screen', async () => {
    const page = await openLive();
    const alert = outageAlert(page);
    const inTurn = refusedInTurn();
    expect(inTurn.length).toBeGreaterThanOrEqual(8);
    for (const [i, { file, message }] of inTurn.entries()) {
      expect(message, 'a different message from the answer before').not.toBe(
        inTurn[i - 1]?.message,
      );
      upstream!.body = readFileSync(join(HOSTILE_DIR, file));
      upstream!.fault = 'body';
      await expect
        .poll(() => alert.count().then((n) => (n ? alert.innerText() : '')), {
          timeout: BANNER_WITHIN,
          interval: 250,
        })
        .toContain(message);
      expect(await legendCounts(page), `the last good data after ${file}`).toEqual(SAMPLE_COUNTS);
      expect(await mapState(page)).toBe('idle');
    }

    // UTF-16 with a byte-order mark is read as the page reads such a file: live data is back.
    upstream!.body = readFileSync(join(HOSTILE_DIR, 'utf16le.json'));
    await liveStatus(page).waitFor({ timeout: RECOVERY_WITHIN });
    expect(await legendCounts(page)).toEqual(SAMPLE_COUNTS);

    // Prototype-named ids arrive as ordinary ids, and the map takes them.
    const bytes = readFileSync(join(HOSTILE_DIR, 'prototype-ids.json'));
    upstream!.body = bytes;
    const text = decodeDataBytes(bytes, 'prototype-ids.json');
    const shown = parseNetworkText(text, 'prototype-ids.json', loadProvinces()).network;
    const expected = expectedCounts(convertNetwork(shown, 'WGS84'));
    expect(expected).not.toEqual(SAMPLE_COUNTS);
    await expect
      .poll(() => legendCounts(page), { timeout: RECOVERY_WITHIN, interval: 500 })
      .toEqual(expected);
    await waitForIdle(page);
    expect(await mapState(page)).toBe('idle');
  });

  it('flapping: one steady warning while answers alternate, not a flicker', async () => {
    const page = await openLive();
    upstream!.fault = 'flapping';
    await outageAlert(page).waitFor({ timeout: BANNER_WITHIN });
    const from = upstream!.seen.length;
    // Several polls, each a failure and a good retry.
    await expect
      .poll(() => upstream!.seen.length - from, { timeout: 60_000, interval: 500 })
      .toBeGreaterThanOrEqual(6);
    expect(await bannerChanges(page)).toEqual(['shown']);
    expect(await legendCounts(page)).toEqual(SAMPLE_COUNTS);

    upstream!.fault = 'none';
    await liveStatus(page).waitFor({ timeout: RECOVERY_WITHIN });
    expect(await bannerChanges(page)).toEqual(['shown', 'gone']);
  });

  it('"Retry now" asks again at once, and its good answer ends the outage', async () => {
    const page = await openLive();
    upstream!.fault = 'wrong-shape';
    const alert = outageAlert(page);
    await alert.waitFor({ timeout: BANNER_WITHIN });
    upstream!.fault = 'none';
    const asked = upstream!.seen.length;
    await alert.getByRole('button', { name: 'Retry now' }).click();
    await liveStatus(page).waitFor({ timeout: RECOVERY_WITHIN });
    // The retry brought the data back: its answer, and at most a poll that met it on the way.
    expect(upstream!.seen.length - asked).toBeGreaterThanOrEqual(1);
    expect(upstream!.seen.length - asked).toBeLessThanOrEqual(2);
    expect(await legendCounts(page)).toEqual(SAMPLE_COUNTS);
  });

  it('a new valid dataset after a fault: shown without a reload', async () => {
    const page = await openLive();
    await page.evaluate(() => ((window as unknown as { __e2eSame: boolean }).__e2eSame = true));
    upstream!.fault = 'null';
    await outageAlert(page).waitFor({ timeout: BANNER_WITHIN });
    const next = readSample();
    next.outlets = next.outlets.filter((outlet) => outlet.kind !== 'delivery-center');
    writeFileSync(dataFile, JSON.stringify(next));
    upstream!.fault = 'none';
    const expected = expectedCounts(next);
    await expect
      .poll(() => legendCounts(page), { timeout: RECOVERY_WITHIN, interval: 500 })
      .toEqual(expected);
    await liveStatus(page).waitFor({ timeout: RECOVERY_WITHIN });
    await waitForIdle(page);
    expect(
      await page.evaluate(() => (window as unknown as { __e2eSame?: boolean }).__e2eSame),
    ).toBe(true);
    copyFileSync(SAMPLE_FILE, dataFile);
  });
});
