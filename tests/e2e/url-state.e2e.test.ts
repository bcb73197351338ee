import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForIdle, whenIdle } from './support/browser';
import {
  filterCheckbox,
  legendCounts,
  legendRegion,
  listToggleCount,
  urlParams,
} from './support/dashboard';
import { appSuite } from './support/app';

/** Longer than the app's 300 ms coalescing window, so each change makes its own history entry. */
const BETWEEN_CHANGES_MS = 450;

/** The page's clock, under the test's control from the start (it runs on as usual meanwhile). */
const withClock = { beforeOpen: (page: Page) => page.clock.install() };

/** Lets the page's clock jump on, as when a user pauses between two changes. */
async function pauseBetweenChanges(page: Page): Promise<void> {
  await page.clock.fastForward(BETWEEN_CHANGES_MS);
}

const partnerStoresLayer = (page: Page) =>
  legendRegion(page).getByRole('checkbox', { name: 'Partner stores', exact: true });
const tierBox = (page: Page, name: string) => filterCheckbox(page, 'City tier', name);

interface View {
  params: Record<string, string>;
  tier1: boolean;
  partnerLayer: boolean;
  legend: Record<string, number>;
  listed: number;
}

async function readView(page: Page): Promise<View> {
  return {
    params: urlParams(page),
    tier1: await tierBox(page, 'Tier 1').isChecked(),
    partnerLayer: await partnerStoresLayer(page).isChecked(),
    legend: await legendCounts(page),
    listed: await listToggleCount(page),
  };
}

/** After Back/Forward/reload: waits for the URL to say `params` and the map to be idle. */
async function settleAt(page: Page, params: Record<string, string>): Promise<void> {
  await expect.poll(() => urlParams(page), { timeout: 10_000 }).toEqual(params);
  await waitForIdle(page);
}

describe('the URL keeps the view at 1440×900', () => {
  const app = appSuite();

  it('holds filters and layers through a reload, and Back steps through each change', async () => {
    const { page } = await app.open('', withClock);
    const start = await readView(page);
    expect(start.params).toEqual({});
    expect(start.tier1).toBe(false);
    expect(start.partnerLayer).toBe(true);

    await tierBox(page, 'Tier 1').check();
    await settleAt(page, { tier: '1' });
    const tierOnly = await readView(page);
    expect(tierOnly.listed).toBeLessThan(start.listed);
    await pauseBetweenChanges(page);

    await partnerStoresLayer(page).uncheck();
    await settleAt(page, { tier: '1', hide: 'partner-store' });
    const tierAndLayer = await readView(page);
    expect(tierAndLayer.tier1).toBe(true);
    expect(tierAndLayer.partnerLayer).toBe(false);
    expect(tierAndLayer.legend['Partner stores'], 'no count for a hidden layer').toBeUndefined();

    await page.reload({ waitUntil: 'load' });
    await settleAt(page, { tier: '1', hide: 'partner-store' });
    expect(await readView(page), 'the same view after a reload').toEqual(tierAndLayer);

    await page.goBack({ waitUntil: 'load' });
    await settleAt(page, { tier: '1' });
    expect(await readView(page), 'Back: Tier 1 with the layer shown again').toEqual(tierOnly);

    await page.goBack({ waitUntil: 'load' });
    await settleAt(page, {});
    expect(await readView(page), 'Back again: no filter').toEqual(start);

    await page.goForward({ waitUntil: 'load' });
    await settleAt(page, { tier: '1' });
    expect(await readView(page), 'Forward: Tier 1 again').toEqual(tierOnly);
  });

  it('coalesces changes within 300 ms into one history entry; Back restores the page in place', async () => {
    const { page } = await app.open('', withClock);
    const start = await readView(page);

    // Two changes in one task: one entry.
    const boxes = await Promise.all(
      ['Tier 1', 'Tier 2'].map(async (name) => (await tierBox(page, name).elementHandle())!),
    );
    await page.evaluate((inputs) => {
      for (const input of inputs) (input as HTMLInputElement).click();
    }, boxes);
    await settleAt(page, { tier: '1,2' });
    expect(await tierBox(page, 'Tier 1').isChecked()).toBe(true);
    expect(await tierBox(page, 'Tier 2').isChecked()).toBe(true);
    await pauseBetweenChanges(page);

    // Marks this document: a same-document Back (popstate) keeps it.
    await page.evaluate(() => {
      (window as Window & { __sameDocument?: boolean }).__sameDocument = true;
    });
    await page.goBack();
    await settleAt(page, {});
    expect(await readView(page), 'one Back undoes both changes').toEqual(start);
    expect(
      await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument),
      'Back is handled in place, without a reload',
    ).toBe(true);
  });

  it('ignores garbage parameters with a dismissible notice, runs nothing and still draws the map', async () => {
    const dialogs: string[] = [];
    const onDialog = (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    };
    const { page } = await app.open('?tier=9&foo=<script>alert(1)</script>&v=abc', {
      beforeOpen: (page) => {
        page.on('dialog', onDialog);
      },
    });

    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Some link parameters were ignored' });
    await notice.waitFor({ timeout: 10_000 });
    const text = await notice.innerText();
    expect(text).toContain('Ignored "tier=9": unknown city tier');
    expect(text).toContain('Ignored "foo=<script>alert(1)</script>": unknown parameter');
    expect(text).toContain('Ignored "v=abc": expected longitude,latitude,zoom');
    // The script tag is shown as text, never parsed into an element.
    expect(await notice.locator('script').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        [...document.scripts].some((script) => script.textContent?.includes('alert(1)')),
      ),
    ).toBe(false);

    // Nothing of the link was applied; the address bar holds the clean link (and the camera).
    expect(urlParams(page)).toEqual({});
    const view = new URL(page.url()).searchParams.get('v');
    if (view !== null)
      expect(view, 'only a real camera view').toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);
    for (const name of ['Tier 1', 'New Tier 1', 'Tier 2', 'Tier 3'])
      expect(await tierBox(page, name).isChecked(), `${name} unchecked`).toBe(false);

    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    await whenIdle(page);
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
  });
});
