import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchChromium,
  newContext,
  openApp,
  recordPage,
  type LaunchOptions,
  type PageRecord,
  type Viewport,
} from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export const DESKTOP: Viewport = { width: 1440, height: 900 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface OpenOptions extends LaunchOptions {
  /** The app's origin, e.g. a proxy the case started; default: the file's static server of `dist/`. */
  origin?: string;
  /** Runs on the page before it opens the app, e.g. to listen for dialogs or add init scripts. */
  beforeOpen?: (page: Page) => unknown;
  /**
   * `false` opens the page without waiting for the map (a case that watches the load itself);
   * default: waits until the map has drawn the data (`openApp`).
   */
  waitForMap?: boolean;
  /** Console errors this case expects (e.g. the failed polls of an API outage); none otherwise. */
  expectedConsoleErrors?: RegExp;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** What the page requested and logged; checked after the case (see `appSuite`). */
  record: PageRecord;
  /** The origin the app was opened from, with a trailing slash. */
  origin: string;
}

export interface AppSuite {
  /** Opens the app at `path` (e.g. `?city=suzhou`) in a fresh browser context of its own. */
  open: (path?: string, options?: OpenOptions) => Promise<OpenedApp>;
}

/** Fails with the messages if the page threw or logged console errors it was not expected to. */
export function expectNoPageErrors(record: PageRecord, expectedConsoleErrors?: RegExp): void {
  expect(record.pageErrors, 'page errors').toEqual([]);
  const unexpected = record.consoleErrors.filter(
    (message) => !expectedConsoleErrors?.test(message),
  );
  expect(unexpected, 'console errors').toEqual([]);
}

/**
 * Registers the hooks of a file whose cases each open their own page: one Chromium and one
 * static server of `dist/` for the file (started when first needed), a fresh context (storage,
 * cache, history) per `open()`. After each case it checks that no page of the case threw or
 * logged a console error, then closes the case's contexts: no case sees another's state.
 */
export function appSuite(): AppSuite {
  let browser: Browser | undefined;
  let server: Promise<StaticServer> | undefined;
  let opened: { context: BrowserContext; record: PageRecord; expected?: RegExp }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const cases = opened;
    opened = [];
    try {
      for (const { record, expected } of cases) expectNoPageErrors(record, expected);
    } finally {
      for (const { context } of cases) await context.close().catch(() => undefined);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await (await server?.catch(() => undefined))?.close();
  });

  return {
    open: async (path = '', options = {}) => {
      if (!browser) throw new Error('appSuite: open() runs inside a test');
      const origin = options.origin ?? (await (server ??= startStaticServer())).url;
      const { context, page } = await newContext(browser, options);
      const record = await recordPage(page);
      opened.push({ context, record, expected: options.expectedConsoleErrors });
      await options.beforeOpen?.(page);
      if (options.waitForMap === false) {
        await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      } else {
        const started = Date.now();
        await openApp(page, origin, { path });
        console.log(`[e2e] open to idle: ${Date.now() - started} ms`);
      }
      return { page, context, record, origin };
    },
  };
}
