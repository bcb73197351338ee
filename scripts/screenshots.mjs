/**
 * Screenshots of the built app for docs and review: `node scripts/screenshots.mjs [outdir]`
 * (default docs/screenshots/). Builds nothing: run `npx vite build` first.
 *
 * Uses the e2e support modules (tests/e2e/support/*.ts, loaded with tsx's tsImport) for the
 * static server, Chromium and the waits, so the script and the tests drive the app the same way.
 * Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import console from 'node:console';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));
const dist = join(root, 'dist');

/** @type {import('../tests/e2e/support/static-server.ts')} */
const { startStaticServer } = await tsImport(
  '../tests/e2e/support/static-server.ts',
  import.meta.url,
);
/** @type {import('../tests/e2e/support/browser.ts')} */
const support = await tsImport('../tests/e2e/support/browser.ts', import.meta.url);

const SUZHOU = { center: [120.5954, 31.3041], zoom: 10 };
/** Suzhou and Shanghai's edge, for the coverage view of 15 Jan 2024 (the sample's own date). */
const COVERAGE_PATH = '?cov=sales&v=120.75,31.35,8.4';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run \`npx vite build\` first.`);
  process.exit(1);
}
try {
  support.assertChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const started = Date.now();
const written = [];
const problems = [];

/** Captures the viewport once the map is idle and its fonts are in. */
async function shoot(page, name) {
  await support.fontsReady(page);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  written.push(path);
  console.log(`${name}.png  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Waits until the map has Suzhou's shading (Gusu's band in its feature state) and is idle. */
async function coverageReady(page) {
  await page.waitForFunction(
    () => {
      const map = globalThis.__channelAtlas?.map;
      const state =
        map?.getSource('districts') && map.getFeatureState({ source: 'districts', id: 320508 });
      return typeof state?.band === 'number';
    },
    undefined,
    { timeout: 120_000 },
  );
  await support.settleMap(page, { timeout: 120_000 });
  await support.whenIdle(page, { timeout: 120_000 });
}

/** Opens a fresh browser at `viewport`, runs `steps`, reports errors the page logged. */
async function session(url, viewport, steps) {
  const browser = await support.launchBrowser({ viewport });
  // tsx keeps function names with a `__name` helper; page functions must not trip over it.
  await browser.context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  try {
    const record = await support.openApp(browser.page, url);
    await steps(browser.page);
    for (const message of [...record.pageErrors, ...record.consoleErrors])
      problems.push(`${viewport.width}×${viewport.height}: ${message}`);
    const foreign = support.foreignRequests(record.requests);
    for (const request of foreign) problems.push(`request to a non-local host: ${request}`);
  } finally {
    await browser.close();
  }
}

const server = await startStaticServer(dist);
try {
  await session(server.url, { width: 1440, height: 900 }, async (page) => {
    for (const language of ['en', 'zh']) {
      await support.chooseLanguage(page, language);
      for (const theme of ['light', 'dark']) {
        await support.chooseTheme(page, theme);
        await shoot(page, `national-${language}-${theme}-1440`);
      }
    }

    await support.chooseTheme(page, 'light');
    await support.chooseLanguage(page, 'en');
    await support.jumpTo(page, SUZHOU);
    await shoot(page, 'city-suzhou-en-light-1440');
    await support.chooseLanguage(page, 'zh');
    await shoot(page, 'city-suzhou-zh-light-1440');

    await support.chooseLanguage(page, 'en');
    await support.jumpTo(page, SUZHOU);
    const outlet = await support.revealClickableOutlet(page, 'outlets-partner-store');
    if (!outlet) throw new Error('no partner store can be clicked');
    await page.mouse.click(outlet.x, outlet.y);
    await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 10_000 });
    await support.settleMap(page);
    await shoot(page, 'outlet-card-en-light-1440');
    await support.chooseLanguage(page, 'zh');
    await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 10_000 });
    await support.settleMap(page);
    await shoot(page, 'outlet-card-zh-light-1440');
  });

  await session(`${server.url}${COVERAGE_PATH}`, { width: 1440, height: 900 }, async (page) => {
    await coverageReady(page);
    await shoot(page, 'coverage-suzhou-en-light-1440');
    await page.getByRole('button', { name: /^Whitespace list/ }).click();
    await page.getByRole('table', { name: 'Whitespace' }).waitFor({ timeout: 10_000 });
    await support.settleMap(page);
    await shoot(page, 'whitespace-en-light-1440');
    await support.chooseLanguage(page, 'zh');
    await support.chooseTheme(page, 'dark');
    await coverageReady(page);
    await shoot(page, 'whitespace-zh-dark-1440');
  });

  await session(`${server.url}${COVERAGE_PATH}`, { width: 390, height: 844 }, async (page) => {
    await coverageReady(page);
    await shoot(page, 'coverage-suzhou-en-light-390');
  });

  // The plan and a comparison: since the last milestone, its split view and its slide.
  await session(server.url, { width: 1440, height: 900 }, async (page) => {
    const words = {
      en: { compare: 'Compare dates or files…', close: 'Close the comparison' },
      zh: { compare: '对比日期或文件…', close: '关闭对比' },
    };
    for (const language of ['en', 'zh']) {
      await support.chooseLanguage(page, language);
      await shoot(page, `plan-${language}-light-1440`);
      await page.getByRole('button', { name: words[language].compare, exact: true }).click();
      await support.waitForIdle(page);
      await shoot(page, `compare-${language}-light-1440`);
      await page.getByRole('button', { name: words[language].close, exact: true }).click();
      await support.waitForIdle(page);
    }
    await support.chooseLanguage(page, 'en');
    await page.getByRole('button', { name: words.en.compare, exact: true }).click();
    await support.waitForIdle(page);
    await page.getByRole('button', { name: 'Split view', exact: true }).click();
    await page.waitForFunction(() => globalThis.__channelAtlas?.companion?.loaded(), undefined, {
      timeout: 60_000,
    });
    await support.settleMap(page);
    await support.whenIdle(page);
    await shoot(page, 'split-en-light-1440');
    await page.getByRole('button', { name: 'Split view', exact: true }).click();
    await support.settleMap(page);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export slide', exact: true }).click();
    const path = join(outDir, 'slide-en-light.png');
    await (await download).saveAs(path);
    written.push(path);
    console.log(`slide-en-light.png  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });

  // A laptop's screen, the size a meeting room's projector often gets.
  await session(server.url, { width: 1366, height: 768 }, async (page) => {
    await support.chooseTheme(page, 'light');
    await shoot(page, 'national-en-light-1366');
    await support.chooseLanguage(page, 'zh');
    await support.chooseTheme(page, 'dark');
    await shoot(page, 'national-zh-dark-1366');
  });

  await session(server.url, { width: 390, height: 844 }, async (page) => {
    await support.chooseTheme(page, 'light');
    await shoot(page, 'national-en-light-390');
    await support.chooseLanguage(page, 'zh');
    await support.chooseTheme(page, 'dark');
    await shoot(page, 'national-zh-dark-390');
  });
} finally {
  await server.close();
}

console.log(
  `${written.length} screenshots in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
if (problems.length > 0) {
  console.warn(`The page reported problems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
