import type { Page } from 'playwright-core';
import type { MeasureOptions } from './measure-app';
import type { RunMetrics } from './metrics';
import { readLog, waitForEffects, waitForQuietIdle } from './probes';
import { quantile } from './stats';
import {
  countMapFrames,
  flyToFrames,
  heapAfterGc,
  longTasksBetween,
  measureSearchKeystroke,
  openSession,
  watchDataset,
  watchFailures,
} from './session';

interface FloorOperations {
  setTiers: (tiers: string[] | null) => void;
  setVisible: (visible: boolean) => void;
}

/** Runs one floor operation in the page; returns when it started (ms since navigation). */
function operate(page: Page, operation: 'tier1' | 'all' | 'hide' | 'show'): Promise<number> {
  return page.evaluate((operation) => {
    const floor = (window as unknown as { __floor: FloorOperations }).__floor;
    const start = performance.now();
    if (operation === 'tier1') floor.setTiers(['1']);
    else if (operation === 'all') floor.setTiers(null);
    else floor.setVisible(operation === 'show');
    return start;
  }, operation);
}

/** One run of the floor page (see bench/floor/main.ts): load, then the same operations. */
export async function measureFloor(options: MeasureOptions): Promise<RunMetrics> {
  const { timeout } = options;
  const session = await openSession();
  try {
    const { page } = session;
    const { failed } = watchFailures(page);
    const datasetDone = watchDataset(page);
    await page.goto(options.url, { waitUntil: 'commit', timeout });
    const loaded = await Promise.race([waitForEffects(page, 0, ['idle'], timeout, 1_000), failed]);
    const loadMs = loaded.idleAt ?? NaN;
    let log = await readLog(page);
    const readyMs = (await page.evaluate(
      () => performance.getEntriesByName('floor:features')[0]?.startTime ?? null,
    )) as number | null;
    const loadLongTasks = longTasksBetween(log, 0, loadMs);
    const dataMs = await datasetDone();
    const heapBytes = await heapAfterGc(page);
    const opsFrom = (await page.evaluate(() => performance.now())) as number;

    const frames0 = await countMapFrames(page, 'floor');
    const filterAt = await operate(page, 'tier1');
    const filter = await waitForEffects(page, filterAt, ['idle'], timeout);
    const filterFrames = await frames0();
    const backFrames = await countMapFrames(page, 'floor');
    const backAt = await operate(page, 'all');
    const back = await waitForEffects(page, backAt, ['idle'], timeout);
    const filterBackFrames = await backFrames();
    const filterOpsTo = (await page.evaluate(() => performance.now())) as number;

    const searchMs = await measureSearchKeystroke(page, timeout);

    const hideFrames = await countMapFrames(page, 'floor');
    const hideAt = await operate(page, 'hide');
    const hidden = await waitForEffects(page, hideAt, ['idle'], timeout);
    const layerFrames = await hideFrames();
    await waitForEffects(page, await operate(page, 'show'), ['idle'], timeout);
    await waitForQuietIdle(page, 300, timeout);

    const flyFrom = (await page.evaluate(() => performance.now())) as number;
    const frames = (await flyToFrames(page, 'floor')).sort((a, b) => a - b);
    log = await readLog(page);
    const opsTo = (await page.evaluate(() => performance.now())) as number;
    return {
      mapError: null,
      loadMs,
      dataMs,
      readyMs,
      loadLongTasks,
      heapBytes,
      filterIdleMs: (filter.idleAt ?? NaN) - filterAt,
      filterFrames,
      filterFiguresMs: null,
      filterDeriveMs: null,
      filterHandlerMs: null,
      filterPaintMs: null,
      filterBackIdleMs: (back.idleAt ?? NaN) - backAt,
      searchMs,
      layerIdleMs: (hidden.idleAt ?? NaN) - hideAt,
      flyP50: quantile(frames, 0.5),
      flyP95: quantile(frames, 0.95),
      flyFrames: frames.length,
      opsLongTaskMax: longTasksBetween(log, opsFrom, opsTo).max,
      filterBackFrames,
      layerFrames,
      filterLongTaskMax: longTasksBetween(log, opsFrom, filterOpsTo).max,
      flyLongTaskMax: longTasksBetween(log, flyFrom, opsTo).max,
    };
  } finally {
    await session.close();
  }
}
