import type { Locator, Page } from 'playwright-core';
import { measureCoverage, type CoverageMetrics } from './measure-coverage';
import type { RunMetrics } from './metrics';
import { readLog, waitForEffects, waitForQuietIdle, type Effect } from './probes';
import { quantile } from './stats';
import {
  eventTiming,
  countMapFrames,
  flyToFrames,
  heapAfterGc,
  inputTime,
  longTasksBetween,
  measureSearchKeystroke,
  openSession,
  PageFailure,
  watchDataset,
  watchFailures,
} from './session';

export interface MeasureOptions {
  /** Page URL (the app with its config.json pointing at the dataset, or the floor with ?data=). */
  url: string;
  /** Longest wait for any one step, ms. */
  timeout: number;
}

/** Clicks `target`; returns when the click was dispatched and what it caused. */
async function clickAndWait(page: Page, target: Locator, need: Effect[], timeout: number) {
  const since = (await readLog(page)).inputs.length;
  await target.click();
  const start = inputTime(await readLog(page), since, 'click');
  const effects = await waitForEffects(page, start, need, timeout);
  return { start, effects };
}

export interface AppRun {
  metrics: RunMetrics;
  /** The map's size in CSS pixels, for the floor to draw the same area. */
  mapBox: { width: number; height: number };
}

/**
 * One run of the app: load, then the operations, in a fresh browser. The app reads its dataset
 * from config.json, which the caller has written. When the map throws while loading (MapLibre's
 * limits), the run goes on without it: the figures, the filter's figures and the search are
 * still measured, and `mapError` says what broke.
 */
export async function measureApp(options: MeasureOptions): Promise<AppRun> {
  const { timeout } = options;
  const session = await openSession();
  try {
    const { page } = session;
    const { failed } = watchFailures(page);
    const datasetDone = watchDataset(page);
    await page.goto(options.url, { waitUntil: 'commit', timeout });
    let mapError: string | null = null;
    let loadMs = NaN;
    try {
      const loaded = await Promise.race([
        waitForEffects(page, 0, ['idle', 'figures'], timeout, 1_000),
        failed,
      ]);
      loadMs = loaded.idleAt ?? NaN;
    } catch (error) {
      if (!(error instanceof PageFailure)) throw error;
      mapError = error.message;
      await waitForEffects(page, 0, ['figures'], timeout);
    }
    let log = await readLog(page);
    const readyMs = log.figures.find((entry) => entry.text !== '')?.t ?? null;
    const loadLongTasks = longTasksBetween(log, 0, mapError ? (readyMs ?? 0) : loadMs);
    const dataMs = await datasetDone();
    const heapBytes = await heapAfterGc(page);
    const mapBox = await page.evaluate(() => {
      const box = document.querySelector('.map-view[data-map-state]')?.getBoundingClientRect();
      return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
    });
    const opsFrom = (await page.evaluate(() => performance.now())) as number;
    const mapNeed: Effect[] = mapError ? [] : ['idle'];

    const tier1 = page
      .getByRole('group', { name: 'City tier', exact: true })
      .getByRole('checkbox', { name: 'Tier 1', exact: true });
    const countFrames = mapError ? null : await countMapFrames(page, 'app');
    const filter = await clickAndWait(page, tier1, [...mapNeed, 'figures'], timeout);
    const filterFrames = countFrames ? await countFrames() : NaN;
    log = await readLog(page);
    const timing = eventTiming(log, filter.start, 'click');
    // The app times each derivation (one per filter state) as `atlas:derive`.
    const deriveMs = await page.evaluate(
      (from) =>
        performance
          .getEntriesByName('atlas:derive', 'measure')
          .filter((entry) => entry.startTime >= from)
          .reduce((sum, entry) => sum + entry.duration, 0),
      filter.start,
    );
    const countBackFrames = mapError ? null : await countMapFrames(page, 'app');
    const back = await clickAndWait(page, tier1, [...mapNeed, 'figures'], timeout);
    const filterBackFrames = countBackFrames ? await countBackFrames() : NaN;
    const filterOpsTo = (await page.evaluate(() => performance.now())) as number;

    const searchMs = await measureSearchKeystroke(page, timeout);
    await page.keyboard.press('Escape');

    let layerIdleMs = NaN;
    let layerFrames = NaN;
    let frames: number[] = [];
    let flyFrom = NaN;
    if (!mapError) {
      const partners = page
        .getByRole('region', { name: 'Layers', exact: true })
        .getByRole('checkbox', { name: 'Partner stores', exact: true });
      const countLayerFrames = await countMapFrames(page, 'app');
      const layer = await clickAndWait(page, partners, ['idle'], timeout);
      layerIdleMs = (layer.effects.idleAt ?? NaN) - layer.start;
      layerFrames = await countLayerFrames();
      await clickAndWait(page, partners, ['idle'], timeout);
      await waitForQuietIdle(page, 300, timeout);
      flyFrom = (await page.evaluate(() => performance.now())) as number;
      frames = (await flyToFrames(page, 'app')).sort((a, b) => a - b);
    }
    log = await readLog(page);
    const opsTo = (await page.evaluate(() => performance.now())) as number;
    // Last, so that the coverage view changes none of the figures before it.
    const coverage: Partial<CoverageMetrics> = mapError ? {} : await measureCoverage(page, timeout);
    const since0 = (value: number | null, start: number) => (value === null ? NaN : value - start);
    const metrics: RunMetrics = {
      mapError,
      loadMs,
      dataMs,
      readyMs,
      loadLongTasks,
      heapBytes,
      filterIdleMs: since0(filter.effects.idleAt, filter.start),
      filterFrames,
      filterFiguresMs: since0(filter.effects.figuresAt, filter.start),
      filterDeriveMs: deriveMs,
      filterHandlerMs: timing.processing,
      filterPaintMs: timing.duration,
      filterBackIdleMs: since0(back.effects.idleAt, back.start),
      searchMs,
      layerIdleMs,
      flyP50: quantile(frames, 0.5),
      flyP95: quantile(frames, 0.95),
      flyFrames: frames.length,
      opsLongTaskMax: longTasksBetween(log, opsFrom, opsTo).max,
      filterBackFrames,
      layerFrames,
      filterLongTaskMax: longTasksBetween(log, opsFrom, filterOpsTo).max,
      flyLongTaskMax: Number.isNaN(flyFrom) ? NaN : longTasksBetween(log, flyFrom, opsTo).max,
      ...coverage,
    };
    return { metrics, mapBox };
  } finally {
    await session.close();
  }
}
