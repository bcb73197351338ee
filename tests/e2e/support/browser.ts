import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/** `CHROME_PATH` if set, else Debian's Chromium. */
export function chromePath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROME_PATH;
}

export function chromiumNotFoundMessage(path: string = chromePath()): string {
  return `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`;
}

/** Returns the Chromium executable, or throws the message that says how to get one. */
export function assertChromium(path: string = chromePath()): string {
  if (!existsSync(path)) throw new Error(chromiumNotFoundMessage(path));
  return path;
}

/**
 * Flags for headless Chromium on a machine without a GPU. With `--disable-gpu`, WebGL2 comes from
 * SwiftShader through ANGLE (Vulkan); `--use-angle=swiftshader` gave the same renderer and the
 * same ~70–110 ms frames on Chromium 156, so it is left out. `--enable-unsafe-swiftshader` keeps
 * that software fallback allowed where Chromium no longer enables it by default. Playwright
 * passes several of these itself; they are listed so the setup does not hang on its defaults.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Viewport {
  width: number;
  height: number;
}

export interface LaunchOptions {
  viewport?: Viewport;
  deviceScaleFactor?: number;
  /** What `prefers-color-scheme` reports; the app's "System" theme follows it. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** `navigator.language`; the app starts in Chinese for `zh*`. */
  locale?: string;
  timezoneId?: string;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Launches Chromium with a fresh, temporary profile; `close()` removes the profile. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const executablePath = assertChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'channel-atlas-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-US',
      timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Launches Chromium for many isolated contexts (see `newContext`); close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: assertChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A fresh context of `browser` (its own storage, cookies and cache) with one page. */
export async function newContext(
  browser: Browser,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
  });
  try {
    return { context, page: await context.newPage() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** What the page did while the tests drove it. */
export interface PageRecord {
  /** Every request URL in order: documents, scripts, workers' fetches, fonts, data: URLs… */
  requests: string[];
  /** `console.error` messages and failed resource loads, with their source location. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Requests to a network host other than this machine (data:, blob: and the like are local). */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return true;
    }
    if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return false;
    return !LOCAL_HOSTS.has(parsed.hostname);
  });
}

interface StateWatch {
  /** Mutations that showed `data-map-state` at a value other than `idle`. */
  nonIdle: number;
  /** `nonIdle` when a wait last saw the map idle. */
  seen: number;
}

type WatchedWindow = Window & { __e2eMapState?: StateWatch };

/** Runs in the page before its scripts: counts every time the map leaves `idle`. */
function installStateWatch(): void {
  const target = window as WatchedWindow;
  if (target.__e2eMapState) return;
  const watch: StateWatch = { nonIdle: 0, seen: 0 };
  target.__e2eMapState = watch;
  new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target as Element;
      // oldValue catches a non-idle state that was already left by the time this callback ran.
      if (record.oldValue !== 'idle' || element.getAttribute('data-map-state') !== 'idle')
        watch.nonIdle += 1;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-state'],
    attributeOldValue: true,
  });
}

const records = new WeakMap<Page, PageRecord>();

/** Starts recording requests, console errors and page errors (once per page). */
export async function recordPage(page: Page): Promise<PageRecord> {
  const existing = records.get(page);
  if (existing) return existing;
  const record: PageRecord = { requests: [], consoleErrors: [], pageErrors: [] };
  records.set(page, record);
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.stack ?? String(error)));
  await page.addInitScript(installStateWatch);
  return record;
}

export interface WaitOptions {
  /** How long the map may take to become idle; software WebGL draws a frame in ~70 ms. */
  timeout?: number;
}

export interface OpenAppOptions extends WaitOptions {
  /** Appended to `url`, e.g. `?lang=zh`. */
  path?: string;
}

const IDLE_TIMEOUT = 60_000;

/**
 * Resolves once the map is idle and marks that state as seen; throws if the map reports an
 * error, with the app's own message.
 */
async function waitForIdleState(page: Page, timeout: number): Promise<void> {
  const handle = await page.waitForFunction(
    () => {
      const atlas = (window as unknown as { __channelAtlas?: { map: MaplibreMap } }).__channelAtlas;
      const element =
        atlas?.map.getContainer().closest('[data-map-state]') ??
        document.querySelector('[data-map-state]');
      const state = element?.getAttribute('data-map-state');
      if (state === 'error') {
        const alert =
          element?.querySelector('[role="alert"]') ?? document.querySelector('[role="alert"]');
        return { state, message: alert?.textContent?.trim() ?? '' };
      }
      if (state !== 'idle') return false;
      const watch = (window as WatchedWindow).__e2eMapState;
      if (watch) watch.seen = watch.nonIdle;
      return { state, message: '' };
    },
    undefined,
    { timeout, polling: 'raf' },
  );
  const result = (await handle.jsonValue()) as { state: string; message: string };
  await handle.dispose();
  if (result.state === 'error') throw new Error(`The map reported an error: ${result.message}`);
}

/**
 * Opens the app, records what it does (see `PageRecord`) and waits until the map has drawn the
 * data (`[data-map-state="idle"]`) and the page's fonts are ready.
 */
export async function openApp(
  page: Page,
  url: string,
  options: OpenAppOptions = {},
): Promise<PageRecord> {
  const record = await recordPage(page);
  const timeout = options.timeout ?? IDLE_TIMEOUT;
  await page.goto(new URL(options.path ?? '', url).href, { waitUntil: 'load', timeout });
  await waitForIdleState(page, timeout);
  await page.waitForFunction(
    () => Boolean((window as Window & { __channelAtlas?: { map?: unknown } }).__channelAtlas?.map),
    undefined,
    { timeout },
  );
  await fontsReady(page);
  return record;
}

/** Resolves once the page's web fonts have loaded (e.g. the Chinese subsets after a switch). */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * After an action that changes what the map draws (a filter, a layer, the language, a file):
 * waits until the map has left `idle` since the last wait saw it idle (however briefly; see
 * `installStateWatch`), then until it is `idle` again. An action that changes nothing on the
 * map never ends this wait: use `whenIdle` where no change may follow.
 */
export async function waitForIdle(page: Page, options: WaitOptions = {}): Promise<void> {
  const timeout = options.timeout ?? IDLE_TIMEOUT;
  await page.waitForFunction(
    () => {
      const watch = (window as WatchedWindow).__e2eMapState;
      const atlas = (window as unknown as { __channelAtlas?: { map: MaplibreMap } }).__channelAtlas;
      const element =
        atlas?.map.getContainer().closest('[data-map-state]') ??
        document.querySelector('[data-map-state]');
      const state = element?.getAttribute('data-map-state');
      return (watch !== undefined && watch.nonIdle > watch.seen) || state !== 'idle';
    },
    undefined,
    { timeout, polling: 'raf' },
  );
  await waitForIdleState(page, timeout);
}

/**
 * Waits until the map is `idle` now, whether or not anything changed: the store writes to the
 * map in the task of the change, so once the page is idle it shows what the store says.
 */
export async function whenIdle(page: Page, options: WaitOptions = {}): Promise<void> {
  await waitForIdleState(page, options.timeout ?? IDLE_TIMEOUT);
}

/**
 * Runs `fn` in the page with the app's map (exposed to automation only, see map-view.tsx) and
 * returns its result.
 */
export async function onMap<R, A = undefined>(
  page: Page,
  fn: (map: MaplibreMap, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const handle = await page.evaluateHandle(
    () => (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas.map,
  );
  try {
    // `arg` is serialized and arrives as it was given (plain data, no handles).
    return (await handle.evaluate(fn as never, arg as never)) as R;
  } finally {
    await handle.dispose();
  }
}

/** Repaints the map and waits for maplibre's next `idle`, e.g. after a feature-state change. */
export async function settleMap(page: Page, options: WaitOptions = {}): Promise<void> {
  await page.evaluate(
    async ({ timeout }) => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      const idle = map.once('idle');
      map.triggerRepaint();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`map not idle after ${timeout} ms`)), timeout);
      });
      try {
        await Promise.race([idle, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    { timeout: options.timeout ?? IDLE_TIMEOUT },
  );
}

/** Moves the map without animation and waits for maplibre's `idle` (the app's state stays idle). */
export async function jumpTo(
  page: Page,
  view: { center: [number, number]; zoom: number },
  options: WaitOptions = {},
): Promise<void> {
  await page.evaluate((view) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    map.jumpTo(view);
  }, view);
  // Waits for an idle after a fresh repaint, so an idle that already followed the jump is fine.
  await settleMap(page, options);
  // The outlet names follow the view: the app is idle once they are drawn too.
  await whenIdle(page, options);
}

export interface ColorStats {
  /** Pixels within `tolerance` of each requested color, keyed as given. */
  counts: Record<string, number>;
  /** Pixels in the canvas. */
  total: number;
  /** Distinct RGB values in the canvas. */
  distinct: number;
}

function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not a #rrggbb color: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Reads the map's WebGL canvas (it keeps its drawing buffer) by drawing it into a 2D canvas, and
 * counts pixels near each color. `tolerance` is the largest difference allowed in any one of
 * R, G and B (0–255), which absorbs antialiasing and icon resampling.
 */
export async function canvasColorStats(
  page: Page,
  hexes: readonly string[],
  tolerance = 24,
): Promise<ColorStats> {
  const targets = hexes.map((hex) => ({ hex, rgb: parseHex(hex) }));
  return page.evaluate(
    ({ targets, tolerance }) => {
      const atlas = (window as unknown as { __channelAtlas?: { map: MaplibreMap } }).__channelAtlas;
      const source =
        atlas?.map.getCanvas() ??
        document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      if (!source) throw new Error('no map canvas');
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context');
      context.drawImage(source, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      const counts = targets.map(() => 0);
      const distinct = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        distinct.add((r << 16) | (g << 8) | b);
        for (let t = 0; t < targets.length; t += 1) {
          const [tr, tg, tb] = targets[t]!.rgb;
          if (
            Math.abs(r - tr) <= tolerance &&
            Math.abs(g - tg) <= tolerance &&
            Math.abs(b - tb) <= tolerance
          )
            counts[t]! += 1;
        }
      }
      return {
        counts: Object.fromEntries(targets.map((target, t) => [target.hex, counts[t]!])),
        total: data.length / 4,
        distinct: distinct.size,
      };
    },
    { targets, tolerance },
  );
}

/** Pixels of the map canvas within `tolerance` (per channel) of `hex`. */
export async function countColorPixels(page: Page, hex: string, tolerance = 24): Promise<number> {
  const stats = await canvasColorStats(page, [hex], tolerance);
  return stats.counts[hex] ?? 0;
}

export interface ScreenOutlet {
  /** The outlet's feature id: its position among the dataset's valid outlets. */
  id: string;
  /** Where to click, in page (viewport) CSS pixels. */
  x: number;
  y: number;
}

export const OUTLET_LAYERS = [
  'outlets-delivery-center',
  'outlets-partner-store',
  'outlets-fusion-store',
] as const;

/**
 * An outlet of `layerId` that a click would hit: on screen, not under a control or panel, and
 * the topmost interactive feature at its point.
 */
export async function findClickableOutlet(
  page: Page,
  layerId: string = 'outlets-partner-store',
): Promise<ScreenOutlet | null> {
  return page.evaluate(
    ({ layerId, interactive }) => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const layers = interactive.filter((id) => map.getLayer(id));
      for (const feature of map.queryRenderedFeatures({ layers: [layerId] })) {
        if (feature.geometry.type !== 'Point') continue;
        const id = String(feature.id);
        const point = map.project(feature.geometry.coordinates as [number, number]);
        if (point.x < 8 || point.y < 8 || point.x > box.width - 8 || point.y > box.height - 8)
          continue;
        const x = box.left + point.x;
        const y = box.top + point.y;
        if (document.elementFromPoint(x, y) !== canvas) continue;
        const top = map.queryRenderedFeatures([point.x, point.y], { layers })[0];
        if (top?.layer.id !== layerId || String(top.id) !== id) continue;
        return { id, x, y };
      }
      return null;
    },
    {
      layerId,
      interactive: [...OUTLET_LAYERS, ...OUTLET_LAYERS.map((id) => `${id}-dot`), 'cities-bubble'],
    },
  );
}

/**
 * Like `findClickableOutlet`, but when every outlet of the layer is covered at the current view
 * (at the national view they sit under other outlets in the same city), zooms to one of them
 * (in id order) until one can be clicked.
 */
export async function revealClickableOutlet(
  page: Page,
  layerId: string = 'outlets-partner-store',
  zoom = 12,
): Promise<ScreenOutlet | null> {
  const here = await findClickableOutlet(page, layerId);
  if (here) return here;
  const candidates = await page.evaluate((layerId) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    // Below the symbol zoom the kind is drawn by its dot layer: start from either.
    const layers = [layerId, `${layerId}-dot`].filter((id) => map.getLayer(id));
    return map
      .queryRenderedFeatures({ layers })
      .flatMap((feature) =>
        feature.geometry.type === 'Point'
          ? [
              {
                id: String(feature.id),
                center: feature.geometry.coordinates as [number, number],
              },
            ]
          : [],
      )
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, layerId);
  for (const candidate of candidates.slice(0, 5)) {
    await jumpTo(page, { center: candidate.center, zoom });
    const found = await findClickableOutlet(page, layerId);
    if (found) return found;
  }
  return null;
}

export type Language = 'en' | 'zh';
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * The header's Language select (the first one). Found by order, not by its label: below the
 * app's narrow breakpoint the labels are `display: none`, which leaves the selects unnamed.
 */
export function languageSelect(page: Page) {
  return page.getByRole('banner').locator('select').nth(0);
}

/** The header's Theme select (the second one); see `languageSelect`. */
export function themeSelect(page: Page) {
  return page.getByRole('banner').locator('select').nth(1);
}

/** The header's menu button, shown on a phone, where the search and the tools fold into it. */
export function headerMenuButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^(Menu|菜单)$/ });
}

/** Runs `act` with the header's tools on screen: on a phone it opens the menu, then closes it. */
export async function withHeaderTools<T>(page: Page, act: () => Promise<T>): Promise<T> {
  const menu = headerMenuButton(page);
  const folded = await menu.isVisible();
  if (folded && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  try {
    return await act();
  } finally {
    // The action may have hidden the header (presenting): then there is nothing to close.
    if (folded && (await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'true')
      await menu.click();
  }
}

/** Switches the UI language and waits for the map to redraw (only if it changes). */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const select = languageSelect(page);
  if ((await select.inputValue()) === language) return;
  await withHeaderTools(page, () => select.selectOption(language));
  await waitForIdle(page);
}

/** Switches the theme and waits for the map to redraw (only if it changes). */
export async function chooseTheme(page: Page, theme: ThemeChoice): Promise<void> {
  const select = themeSelect(page);
  if ((await select.inputValue()) === theme) return;
  await withHeaderTools(page, () => select.selectOption(theme));
  await waitForIdle(page);
}

type KeptWindow = Window & { __e2eKeptPixels?: ImageData };

/** Keeps the map canvas's pixels in the page, to compare with later (`changedPixels`). */
export async function keepPixels(page: Page): Promise<void> {
  await onMap(page, (map) => {
    const canvas = map.getCanvas();
    const copy = new OffscreenCanvas(canvas.width, canvas.height);
    const context = copy.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0);
    (window as KeptWindow).__e2eKeptPixels = context.getImageData(0, 0, copy.width, copy.height);
  });
}

/** Pixels of the map canvas now that differ from the kept ones by more than `slack` in R, G or B. */
export function changedPixels(
  page: Page,
  slack: number,
): Promise<{ changed: number; total: number }> {
  return onMap(
    page,
    (map, slack) => {
      const kept = (window as KeptWindow).__e2eKeptPixels?.data;
      if (!kept) throw new Error('keepPixels first');
      const canvas = map.getCanvas();
      const copy = new OffscreenCanvas(canvas.width, canvas.height);
      const context = copy.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context');
      context.drawImage(canvas, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      if (data.length !== kept.length) throw new Error('the canvas changed size');
      let changed = 0;
      for (let i = 0; i < data.length; i += 4) {
        const delta = Math.max(
          Math.abs((data[i] ?? 0) - (kept[i] ?? 0)),
          Math.abs((data[i + 1] ?? 0) - (kept[i + 1] ?? 0)),
          Math.abs((data[i + 2] ?? 0) - (kept[i + 2] ?? 0)),
        );
        if (delta > slack) changed += 1;
      }
      return { changed, total: data.length / 4 };
    },
    slack,
  );
}
