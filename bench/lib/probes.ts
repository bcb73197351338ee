import type { Page } from 'playwright-core';

/** What the page records about itself, from before its first script runs (`window.__bench`). */
export interface ProbeLog {
  longTasks: { start: number; duration: number }[];
  /**
   * Scripts of 5 ms or more the browser attributes inside long animation frames (Long Animation
   * Frames API): what ran, when and how long; a frame's time outside them is the browser's own
   * (style, layout, drawing).
   */
  scripts: { start: number; duration: number; invoker: string }[];
  /** Event Timing entries (≥ 16 ms): input to next paint, and the handlers' own time. */
  events: { name: string; start: number; duration: number; processing: number }[];
  /** Input events as dispatched (capture phase), with their `timeStamp`. */
  inputs: { type: string; t: number }[];
  /** Every write of a `data-map-state` attribute. */
  states: { t: number; state: string }[];
  /** Every change of the Key figures region's text. */
  figures: { t: number; text: string }[];
  /** Every change in the number of options shown in a visible listbox. */
  options: { t: number; count: number }[];
}

type BenchWindow = Window & { __bench?: ProbeLog };

/** The parts of a `long-animation-frame` entry read here (not in TypeScript's DOM types yet). */
interface LongAnimationFrame {
  scripts: { startTime: number; duration: number; invokerType: string; invoker: string }[];
}

/**
 * Runs in the page before its own scripts (via `addInitScript`): long tasks, event timing,
 * input events and DOM changes, all stamped with `performance.now()` (ms since navigation).
 */
export function installProbes(): void {
  const target = window as BenchWindow;
  if (target.__bench) return;
  const log: ProbeLog = {
    longTasks: [],
    scripts: [],
    events: [],
    inputs: [],
    states: [],
    figures: [],
    options: [],
  };
  target.__bench = log;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        log.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        log.events.push({
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
        });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEntry[] & LongAnimationFrame[])
        for (const script of entry.scripts)
          log.scripts.push({
            start: script.startTime,
            duration: script.duration,
            invoker: `${script.invokerType} ${script.invoker}`,
          });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // an engine without these entry types: the figures that need them stay empty
  }
  for (const type of ['pointerdown', 'click', 'keydown'])
    addEventListener(type, (event) => log.inputs.push({ type, t: event.timeStamp }), true);
  let figures = '';
  let options = -1;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records)
      if (record.attributeName === 'data-map-state')
        log.states.push({
          t: now,
          state: (record.target as Element).getAttribute('data-map-state') ?? '',
        });
    const text = document.querySelector('section[aria-label="Key figures"]')?.textContent ?? '';
    if (text !== figures) log.figures.push({ t: now, text: (figures = text) });
    const count = document.querySelectorAll(
      '[role="listbox"]:not([hidden]) [role="option"]',
    ).length;
    if (count !== options) log.options.push({ t: now, count: (options = count) });
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-map-state', 'hidden'],
  });
}

/** Installs the probes, and a no-op `__name` for page functions that tsx compiled. */
export async function addProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await page.addInitScript(installProbes);
}

/** The page's log so far. */
export function readLog(page: Page): Promise<ProbeLog> {
  return page.evaluate(() => {
    const log = (window as BenchWindow).__bench;
    if (!log) throw new Error('the bench probes are not installed');
    return log;
  });
}

/** When an operation started `start` ms after navigation showed its effects. */
export interface Effects {
  /** The map left `idle` and came back (ms since navigation), or null. */
  idleAt: number | null;
  /** The Key figures text changed. */
  figuresAt: number | null;
  /** A listbox showed options. */
  optionsAt: number | null;
}

export type Effect = 'idle' | 'figures' | 'options';

/**
 * Waits until every effect in `need` happened after `start`. For `idle`: the map was seen busy
 * after `start` (at load, `start` 0, the markup's `loading` counts), is idle now and has stayed so for `quietMs`; `idleAt` is when it last became
 * idle (a second busy spell, e.g. icons arriving late, counts).
 */
export async function waitForEffects(
  page: Page,
  start: number,
  need: readonly Effect[],
  timeout: number,
  quietMs = 300,
): Promise<Effects> {
  const handle = await page.waitForFunction(
    ({ start, need, quietMs }) => {
      const log = (window as BenchWindow).__bench;
      if (!log) return false;
      const states = log.states.filter((entry) => entry.t >= start);
      const lastBusy = states.findLastIndex((entry) => entry.state !== 'idle');
      const last = states.at(-1);
      // At load (start 0) the page's markup says `loading` before any write is seen.
      const seenBusy = lastBusy >= 0 || start === 0;
      const settled = seenBusy && last?.state === 'idle' && performance.now() - last.t >= quietMs;
      const idle = settled ? (states[lastBusy + 1]?.t ?? null) : null;
      const before = log.figures.filter((entry) => entry.t < start).at(-1)?.text ?? '';
      const figures = log.figures.find((e) => e.t >= start && e.text !== before)?.t ?? null;
      const options = log.options.find((e) => e.t >= start && e.count > 0)?.t ?? null;
      const result = { idleAt: idle, figuresAt: figures, optionsAt: options };
      const done = need.every((effect) => result[`${effect}At`] !== null);
      return done ? result : false;
    },
    { start, need, quietMs },
    { timeout, polling: 50 },
  );
  const effects = (await handle.jsonValue()) as Effects;
  await handle.dispose();
  return effects;
}

/** Resolves once `data-map-state` has not changed for `quietMs` and is `idle`. */
export async function waitForQuietIdle(page: Page, quietMs: number, timeout: number) {
  await page.waitForFunction(
    (quietMs) => {
      const log = (window as BenchWindow).__bench;
      const last = log?.states.at(-1);
      return last?.state === 'idle' && performance.now() - last.t >= quietMs;
    },
    quietMs,
    { timeout, polling: 100 },
  );
}
