import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  countedOutletIndexes,
  countsOf,
  KIND_LEGEND,
  readSample,
  SAMPLE_PATH,
} from './fixtures/datasets';
import { sampleWithout } from './fixtures/data-files';
import { freePort, startApi, type ApiProcess } from './support/api-process';
import { appSuite } from './support/app';
import { waitForIdle, whenIdle } from './support/browser';
import { legendCounts } from './support/dashboard';
import { startProxyServer, type ProxyServer } from './support/proxy-server';

const POLL_SECONDS = 5;
/** A change must show within about three polls, plus the API's own file check (~2 s). */
const UPDATE_TIMEOUT = 20_000;
/** A failing poll is retried 3 times (1 s, 2 s, 4 s apart) before the app gives up on it. */
const OUTAGE_TIMEOUT = 45_000;

const OUTLET_KINDS = Object.values(KIND_LEGEND);

/** The three outlet counts of the legend (the cities count left out). */
async function outletCounts(page: Page): Promise<Record<string, number>> {
  const counts = await legendCounts(page);
  return Object.fromEntries(OUTLET_KINDS.map((name) => [name, counts[name] ?? -1]));
}

const liveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^Live data · updated just now$/ });

const outageAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /^Live data unavailable/ });

/** Tells TanStack Query the tab came back into view: it refetches stale data at once. */
async function nudge(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  });
}

async function mapState(page: Page): Promise<string | null> {
  return page.locator('[data-map-state]').first().getAttribute('data-map-state');
}

/** `HH:MM` in the browser's time zone (Asia/Shanghai, see launchBrowser), as the app writes it. */
function clock(ms: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  }).format(ms);
}

/** The failed polls of an outage, as Chromium logs them. */
const OUTAGE_POLLS = /status of 502 \(Bad Gateway\).*\/api\/v1\/network/;

const app = appSuite();

/** A folder of the case's own, removed when the case ends. */
function caseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'channel-atlas-api-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface LiveApp {
  page: Page;
  proxy: ProxyServer;
  /** The API now serving (a restart replaces it). */
  api: ApiProcess;
  /** The file the API serves and watches. */
  dataFile: string;
  dir: string;
}

/**
 * Starts the reference API on a copy of the sample, the app's origin in front of it, and opens
 * the app there; all stop when the case ends.
 */
async function openLive(options: { expectedConsoleErrors?: RegExp } = {}): Promise<LiveApp> {
  const dir = caseDir();
  const dataFile = join(dir, 'network.json');
  copyFileSync(SAMPLE_PATH, dataFile);
  const live = { dir, dataFile } as LiveApp;
  live.api = await startApi({ dataFile });
  onTestFinished(() => live.api.stop());
  live.proxy = await startProxyServer({
    config: { api: { url: '/', pollSeconds: POLL_SECONDS } },
    apiUpstream: live.api.origin,
  });
  onTestFinished(() => live.proxy.close());
  const started = Date.now();
  ({ page: live.page } = await app.open('', { origin: live.proxy.url, ...options }));
  console.log(`[e2e] open to idle with the API: ${Date.now() - started} ms`);
  await liveStatus(live.page).waitFor({ timeout: 10_000 });
  return live;
}

describe('live data from the reference API, behind the app origin', () => {
  it('shows the data the API serves, fetched through the same origin with ETag revalidation', async () => {
    const { page, proxy } = await openLive();
    expect(await outletCounts(page)).toEqual(countsOf(readSample()));
    expect(await page.getByRole('status', { name: 'Data quality' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back to the configured data' }).count()).toBe(0);

    const [first] = proxy.apiRequests;
    expect(first, 'the first API request').toMatchObject({
      path: '/api/v1/network',
      status: 200,
      contentEncoding: 'gzip',
    });
    expect(first!.etag).toMatch(/^"[\w-]+"$/);
    // The next poll asks "changed since?" and the unchanged data answers 304.
    await expect
      .poll(
        async () => {
          await nudge(page);
          return proxy.apiRequests.slice(1).map(({ status, ifNoneMatch }) => ({
            status,
            ifNoneMatch,
          }));
        },
        { timeout: UPDATE_TIMEOUT, interval: 1_000 },
      )
      .toContainEqual({ status: 304, ifNoneMatch: first!.etag });
    await liveStatus(page).waitFor({ timeout: 5_000 });
    expect(await outletCounts(page)).toEqual(countsOf(readSample()));
  });

  it('shows an edit of the data file within a few polls, without a reload', async () => {
    const { page, proxy, dataFile } = await openLive();
    await page.evaluate(() => {
      (window as Window & { __e2eSamePage?: boolean }).__e2eSamePage = true;
    });
    const edited = readSample();
    // Five fusion stores the legend counts close down for good; one partner store is added.
    const gone = new Set(countedOutletIndexes(edited, 'fusion-store').slice(0, 5));
    const template = edited.outlets.find((outlet) => outlet.kind === 'partner-store')!;
    edited.outlets = edited.outlets.filter((_, index) => !gone.has(index));
    edited.outlets.push({
      ...structuredClone(template),
      id: 'ps-e2e-added',
      name: { en: 'Partner Store Added Live', zh: '实时新增合作门店' },
      point: { lon: template.point!.lon + 0.002, lat: template.point!.lat + 0.001 },
    });
    const expected = countsOf(edited);
    const before = await outletCounts(page);
    expect(expected['Fusion stores']).toBe(before['Fusion stores']! - 5);
    expect(expected['Partner stores']).toBe(before['Partner stores']! + 1);

    const written = Date.now();
    writeFileSync(dataFile, JSON.stringify(edited, null, 2));
    await expect
      .poll(
        async () => {
          await nudge(page);
          return outletCounts(page);
        },
        { timeout: UPDATE_TIMEOUT, interval: 1_000 },
      )
      .toEqual(expected);
    console.log(`[e2e] file edit to legend update: ${Date.now() - written} ms`);

    expect(
      await page.evaluate(() => (window as Window & { __e2eSamePage?: boolean }).__e2eSamePage),
      'the page was not reloaded',
    ).toBe(true);
    const changed = proxy.apiRequests.filter((request) => request.at >= written);
    expect(changed.some((request) => request.status === 200)).toBe(true);
    await liveStatus(page).waitFor({ timeout: 5_000 });
    await expect.poll(() => mapState(page), { timeout: 30_000 }).toBe('idle');
  });

  it('keeps the last data and says so while the API is down, and goes live again when it is back on the same port', async () => {
    const live = await openLive({ expectedConsoleErrors: OUTAGE_POLLS });
    const { page, proxy, dataFile } = live;
    const before = await outletCounts(page);
    expect(before).toEqual(countsOf(readSample()));
    const lastAnswer = proxy.apiRequests.filter((request) => request.status < 400).at(-1)!;

    const killed = Date.now();
    await live.api.kill();
    const alert = outageAlert(page);
    await alert.waitFor({ timeout: OUTAGE_TIMEOUT });
    console.log(`[e2e] API down to banner: ${Date.now() - killed} ms`);

    const text = (await alert.locator('p').innerText()).trim();
    const received = /Showing the data received at (\d{2}:\d{2})\.$/.exec(text)?.[1];
    expect(text).toMatch(/^Live data unavailable \(.*HTTP 502.*\)\. Showing the data received at/);
    // The time of the last good answer (the browser got it a moment after the proxy did).
    expect([clock(lastAnswer.at), clock(lastAnswer.at + 2_000)]).toContain(received);
    expect(await alert.getByRole('button', { name: 'Retry now' }).count()).toBe(1);
    expect(await liveStatus(page).count()).toBe(0);

    expect(await outletCounts(page), 'the data received last stays on screen').toEqual(before);
    expect(await mapState(page)).toBe('idle');
    const sinceKilled = proxy.apiRequests.filter((request) => request.at >= killed);
    expect(sinceKilled.length).toBeGreaterThan(0);
    expect(sinceKilled.every((request) => request.status === 502)).toBe(true);

    const port = live.api.port;
    const restarted = Date.now();
    live.api = await startApi({ dataFile, port });
    expect(live.api.port).toBe(port);
    await liveStatus(page).waitFor({ timeout: UPDATE_TIMEOUT + 10_000 });
    console.log(`[e2e] API back to live status: ${Date.now() - restarted} ms`);
    expect(await outageAlert(page).count()).toBe(0);
    expect(await outletCounts(page)).toEqual(before);
    expect(await mapState(page)).toBe('idle');
    const after = proxy.apiRequests.filter((request) => request.at >= restarted);
    expect(after.some((request) => request.status === 200 || request.status === 304)).toBe(true);
  });

  it('shows an opened file instead of the live data, and goes back to the live data', async () => {
    const { page, proxy, dir } = await openLive();
    const file = sampleWithout('delivery-center', 3);
    const path = join(dir, 'local.json');
    writeFileSync(path, JSON.stringify(file));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10_000 }),
      page.getByRole('button', { name: 'Open data file', exact: true }).click(),
    ]);
    await chooser.setFiles(path);
    const status = page
      .getByRole('status')
      .filter({ hasText: 'Showing local.json, opened from this computer (not uploaded).' });
    await status.waitFor({ timeout: 10_000 });
    await waitForIdle(page);
    expect(await outletCounts(page)).toEqual(countsOf(file));
    expect(await liveStatus(page).count()).toBe(0);

    // Polls that answer meanwhile do not replace the file on screen.
    const polls = proxy.apiRequests.length;
    await expect
      .poll(
        async () => {
          await nudge(page);
          return proxy.apiRequests.length;
        },
        { timeout: UPDATE_TIMEOUT, interval: 1_000 },
      )
      .toBeGreaterThan(polls);
    expect(await outletCounts(page)).toEqual(countsOf(file));

    await status.getByRole('button', { name: 'Back to the configured data', exact: true }).click();
    await liveStatus(page).waitFor({ timeout: UPDATE_TIMEOUT });
    await waitForIdle(page);
    expect(await outletCounts(page)).toEqual(countsOf(readSample()));
  });
});

describe('an API that never answered', () => {
  it('shows the bundled sample and says so, then switches to the live data once the API answers', async () => {
    const dir = caseDir();
    const port = await freePort();
    const proxy = await startProxyServer({
      config: { api: { url: '/', pollSeconds: POLL_SECONDS } },
      apiUpstream: `http://127.0.0.1:${port}`,
    });
    onTestFinished(() => proxy.close());
    // Not waiting for the map: openApp fails on the first `error` state it sees; this case
    // wants to see all of them.
    const { page } = await app.open('', {
      origin: proxy.url,
      waitForMap: false,
      beforeOpen: (page) => page.addInitScript(recordMapStates),
      expectedConsoleErrors: OUTAGE_POLLS,
    });

    const fallback = page.getByRole('alert').filter({
      hasText: /^Live data unavailable \(.*HTTP 502.*\)\. Showing the bundled sample instead\./,
    });
    await fallback.waitFor({ timeout: OUTAGE_TIMEOUT });
    await whenIdle(page);
    expect(await outletCounts(page)).toEqual(countsOf(readSample()));
    expect(await liveStatus(page).count()).toBe(0);

    const served = sampleWithout('partner-store', 2);
    const dataFile = join(dir, 'network.json');
    writeFileSync(dataFile, JSON.stringify(served));
    const api = await startApi({ dataFile, port });
    onTestFinished(() => api.stop());
    await liveStatus(page).waitFor({ timeout: UPDATE_TIMEOUT + 10_000 });
    await waitForIdle(page);
    expect(await fallback.count()).toBe(0);
    expect(await outletCounts(page)).toEqual(countsOf(served));

    // While the sample loads in place of the API, the page says it is loading: the screen for
    // "no data at all" (data-map-state="error", "The network could not be loaded") must not
    // show, not even for a frame.
    const seen = await page.evaluate(
      () => (window as Window & { __e2eMapStates?: string[] }).__e2eMapStates ?? [],
    );
    expect(
      seen.filter((state) => state.startsWith('error')),
      'error states shown',
    ).toEqual([]);
  });
});

/**
 * Runs in the page before its scripts: records every `data-map-state` value any element shows,
 * including elements that replace each other, with the alert text of an `error` state.
 */
function recordMapStates(): void {
  const target = window as Window & { __e2eMapStates?: string[] };
  if (target.__e2eMapStates) return;
  const states: string[] = [];
  target.__e2eMapStates = states;
  new MutationObserver(() => {
    for (const element of document.querySelectorAll('[data-map-state]')) {
      const state = element.getAttribute('data-map-state') ?? '';
      const alert = state === 'error' ? element.querySelector('[role="alert"]') : null;
      const entry = alert ? `${state}: ${alert.textContent ?? ''}` : state;
      if (states.at(-1) !== entry) states.push(entry);
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-map-state'],
  });
}
