import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchBrowser,
  openApp,
  type BrowserSession,
  type PageRecord,
  type Viewport,
} from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export const DESKTOP: Viewport = { width: 1440, height: 900 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface FreshApp {
  page: Page;
  record: PageRecord;
  /** The static server's origin, e.g. `http://127.0.0.1:43123/`. */
  origin: string;
}

export interface FreshAppOptions {
  viewport?: Viewport;
  /** Appended to the origin, e.g. `?tier=1`. */
  path?: string;
  /** Runs on the page before it opens the app, e.g. to listen for dialogs. */
  beforeOpen?: (page: Page) => void | Promise<void>;
}

/**
 * Registers hooks for a file whose tests each get their own browser: one static server for the
 * file, a fresh Chromium profile per `open()`, closed after each test.
 */
export function freshAppSuite(): { open: (options?: FreshAppOptions) => Promise<FreshApp> } {
  let server: StaticServer | undefined;
  const sessions: BrowserSession[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  return {
    open: async (options = {}) => {
      if (!server) throw new Error('freshAppSuite: the static server is not running');
      const session = await launchBrowser({ viewport: options.viewport ?? DESKTOP });
      sessions.push(session);
      await options.beforeOpen?.(session.page);
      const started = Date.now();
      const record = await openApp(session.page, server.url, { path: options.path });
      console.log(`[e2e] open to idle: ${Date.now() - started} ms`);
      return { page: session.page, record, origin: server.url };
    },
  };
}

/** Fails with the messages if the page logged console errors or threw. */
export function expectNoPageErrors(record: PageRecord): void {
  expect(record.pageErrors, 'page errors').toEqual([]);
  expect(record.consoleErrors, 'console errors').toEqual([]);
}
