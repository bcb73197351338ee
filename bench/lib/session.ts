import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page, Request } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../../tests/e2e/support/browser';
import { addProbes, readLog, waitForEffects, type ProbeLog } from './probes';

export const VIEWPORT = { width: 1440, height: 900 } as const;

/** A fresh Chromium (new profile, empty cache) with the probes installed. */
export async function openSession(): Promise<BrowserSession> {
  const session = await launchBrowser({ viewport: { ...VIEWPORT } });
  await addProbes(session.page);
  return session;
}

/** The main thread's JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export interface LongTaskStats {
  count: number;
  /** Longest task, ms (0 when none). */
  max: number;
  /** Sum of each task's time over 50 ms (Total Blocking Time), ms. */
  blocking: number;
}

/** Long tasks that started in [from, to] (ms since navigation). */
export function longTasksBetween(log: ProbeLog, from: number, to: number): LongTaskStats {
  const tasks = log.longTasks.filter((task) => task.start >= from && task.start <= to);
  return {
    count: tasks.length,
    max: Math.max(0, ...tasks.map((task) => task.duration)),
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

/** The first input event of `type` at or after position `since` of the log; its time. */
export function inputTime(log: ProbeLog, since: number, type: string): number {
  const input = log.inputs.slice(since).find((entry) => entry.type === type);
  if (!input) throw new Error(`no ${type} event was dispatched`);
  return input.t;
}

/** The Event Timing entry of the input at `start`: duration (to next paint) and handler time. */
export function eventTiming(log: ProbeLog, start: number, name: string) {
  const entry = log.events.find((e) => e.name === name && Math.abs(e.start - start) < 2);
  return { duration: entry?.duration ?? null, processing: entry?.processing ?? null };
}

export const FLY_TO = { center: [121.47, 31.23] as [number, number], zoom: 9, duration: 3000 };

/**
 * Flies the map from its view to Shanghai (3 s) and returns every requestAnimationFrame interval
 * in ms during the flight. `which` names the global that holds the map.
 */
export function flyToFrames(page: Page, which: 'app' | 'floor'): Promise<number[]> {
  return page.evaluate(
    async ({ which, fly }) => {
      const globals = window as unknown as {
        __channelAtlas?: { map: MaplibreMap };
        __floorMap?: MaplibreMap;
      };
      const map = which === 'app' ? globals.__channelAtlas?.map : globals.__floorMap;
      if (!map) throw new Error(`no ${which} map`);
      const deltas: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (time: number) => {
        deltas.push(time - last);
        last = time;
        if (running) requestAnimationFrame(tick);
      };
      const ended = map.once('moveend');
      requestAnimationFrame((time) => {
        last = time;
        requestAnimationFrame(tick);
        map.flyTo({ ...fly, essential: true });
      });
      await ended;
      running = false;
      return deltas;
    },
    { which, fly: FLY_TO },
  );
}

/** Seconds since `started`, for progress lines. */
export const elapsed = (started: number) =>
  `${((performance.now() - started) / 1000).toFixed(0)} s`;

/** A page error (uncaught exception) or a renderer crash. */
export class PageFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageFailure';
  }
}

/**
 * Watches a page for uncaught exceptions and crashes: `failed` rejects with the first one (it
 * never resolves otherwise), `errors` lists them all.
 */
export function watchFailures(page: Page): { failed: Promise<never>; errors: string[] } {
  const errors: string[] = [];
  const failed = new Promise<never>((_, fail) => {
    page.on('pageerror', (error) => {
      errors.push(error.message);
      fail(new PageFailure(error.message));
    });
    page.on('crash', () => {
      errors.push('the renderer crashed');
      fail(new PageFailure('the renderer crashed (out of memory?)'));
    });
  });
  failed.catch(() => undefined);
  return { failed, errors };
}

/**
 * When the dataset's last byte arrived (epoch ms), from the network events: the page's own
 * Resource Timing does not see a fetch made by a worker. Null if it was never requested.
 */
export function watchDataset(page: Page): () => Promise<number | null> {
  let finished: number | null = null;
  // A worker's streamed read may end as `requestfailed` for Playwright; its timing still holds.
  const record = (request: Request) => {
    if (!/\/synth-\d+\.json/.test(request.url())) return;
    const timing = request.timing();
    if (timing.responseEnd >= 0) finished = timing.startTime + timing.responseEnd;
  };
  page.on('requestfinished', record);
  page.on('requestfailed', record);
  return async () => {
    if (finished === null) return null;
    const origin = (await page.evaluate(() => performance.timeOrigin)) as number;
    return finished - origin;
  };
}

/**
 * Starts counting the frames the page's map draws (its `render` events); the returned function
 * reads the count so far. Frames are what a change costs on a fill-bound software renderer.
 */
export async function countMapFrames(
  page: Page,
  which: 'app' | 'floor',
): Promise<() => Promise<number>> {
  await page.evaluate((which) => {
    const globals = window as unknown as {
      __channelAtlas?: { map: MaplibreMap };
      __floorMap?: MaplibreMap;
      __benchFrames?: number;
      __benchFramesCounted?: boolean;
    };
    const map = which === 'app' ? globals.__channelAtlas?.map : globals.__floorMap;
    if (!map) throw new Error(`no ${which} map`);
    globals.__benchFrames = 0;
    if (globals.__benchFramesCounted) return;
    globals.__benchFramesCounted = true;
    map.on('render', () => {
      globals.__benchFrames = (globals.__benchFrames ?? 0) + 1;
    });
  }, which);
  return () =>
    page.evaluate(() => (window as unknown as { __benchFrames?: number }).__benchFrames ?? 0);
}

/**
 * Types "s" into the combobox "Search cities" and returns the ms from the keystroke to options
 * shown in its listbox; the box is emptied again afterwards.
 */
export async function measureSearchKeystroke(page: Page, timeout: number): Promise<number> {
  const search = page.getByRole('combobox', { name: 'Search cities', exact: true });
  await search.click();
  const since = (await readLog(page)).inputs.length;
  await page.keyboard.press('s');
  const keyAt = inputTime(await readLog(page), since, 'keydown');
  const shown = await waitForEffects(page, keyAt, ['options'], timeout);
  await search.fill('');
  return (shown.optionsAt ?? NaN) - keyAt;
}
