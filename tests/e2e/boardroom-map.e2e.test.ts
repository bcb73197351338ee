import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedView, readSample } from './fixtures/datasets';
import { appSuite } from './support/app';
import { chooseLanguage, onMap, waitForIdle, whenIdle, type Language } from './support/browser';
import { filterCheckbox, openList, outletTable } from './support/dashboard';
import { cityFeatureId, waitForCameraRest } from './support/map-camera';

const sample = readSample();
/** Half the side of the square in a bubble's middle that no other city's label may touch. */
const BUBBLE_MIDDLE_PX = 5;

interface DrawnCities {
  /** Each bubble drawn: its feature id, the cities it stands for, where it is on the page. */
  bubbles: { id: number; cities: number[]; x: number; y: number }[];
  /** The feature ids of the city labels placed. */
  labels: number[];
  /** Labels found in each bubble's middle that are not the bubble's own, as "bubble:label". */
  overlaps: string[];
  /** The map canvas on the page. */
  canvas: { left: number; top: number; right: number; bottom: number };
}

/** The bubbles and labels of the cities as MapLibre placed them. */
function drawnCities(page: Page, middle = BUBBLE_MIDDLE_PX): Promise<DrawnCities> {
  return onMap(
    page,
    (map, middle) => {
      const box = map.getCanvas().getBoundingClientRect();
      const seen = new Map<number, { id: number; cities: number[]; x: number; y: number }>();
      for (const feature of map.queryRenderedFeatures({ layers: ['cities-bubble'] })) {
        const id = Number(feature.id);
        if (seen.has(id) || feature.geometry.type !== 'Point') continue;
        const at = map.project(feature.geometry.coordinates as [number, number]);
        const members = String(feature.properties.members ?? '');
        seen.set(id, {
          id,
          cities: members ? members.split(',').map(Number) : [Number(feature.properties.c)],
          x: box.left + at.x,
          y: box.top + at.y,
        });
      }
      const bubbles = [...seen.values()];
      const labels = [
        ...new Set(
          map.queryRenderedFeatures({ layers: ['cities-label'] }).map((f) => Number(f.id)),
        ),
      ];
      const overlaps = bubbles.flatMap((bubble) => {
        const x = bubble.x - box.left;
        const y = bubble.y - box.top;
        return map
          .queryRenderedFeatures(
            [
              [x - middle, y - middle],
              [x + middle, y + middle],
            ],
            { layers: ['cities-label'] },
          )
          .filter((label) => Number(label.id) !== bubble.id)
          .map((label) => `${bubble.id}:${String(label.id)}`);
      });
      return {
        bubbles,
        labels,
        overlaps,
        canvas: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      };
    },
    middle,
  );
}

/** Bubbles whose middle lies under the DOM element (legend, inset), by feature id. */
async function bubblesUnder(page: Page, selector: string, drawn: DrawnCities): Promise<number[]> {
  const element = page.locator(selector);
  if ((await element.count()) === 0 || !(await element.isVisible())) return [];
  const rect = (await element.boundingBox())!;
  return drawn.bubbles
    .filter(
      ({ x, y }) =>
        x >= rect.x - 4 &&
        x <= rect.x + rect.width + 4 &&
        y >= rect.y - 4 &&
        y <= rect.y + rect.height + 4,
    )
    .map(({ id }) => id);
}

/** City bubbles and labels MapLibre drew under the DOM element (legend, inset), by feature id. */
async function citiesDrawnUnder(page: Page, selector: string): Promise<number[]> {
  const element = page.locator(selector);
  if ((await element.count()) === 0 || !(await element.isVisible())) return [];
  const rect = (await element.boundingBox())!;
  return onMap(
    page,
    (map, rect) => {
      const box = map.getCanvas().getBoundingClientRect();
      const features = map.queryRenderedFeatures(
        [
          [rect.x - box.left, rect.y - box.top],
          [rect.x + rect.width - box.left, rect.y + rect.height - box.top],
        ],
        { layers: ['cities-bubble', 'cities-label'] },
      );
      return [...new Set(features.map((feature) => Number(feature.id)))];
    },
    rect,
  );
}

describe('the national view on a boardroom screen', () => {
  const app = appSuite();

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
  ])
    for (const language of ['en', 'zh'] as Language[])
      it(`labels every city in view at ${viewport.width}×${viewport.height} in ${language}, alone or in its group, and keeps labels, legend and inset off the bubbles`, async () => {
        const { page } = await app.open('', { viewport });
        // Waits for the map to draw the Chinese labels.
        if (language === 'zh') await chooseLanguage(page, 'zh');
        const drawn = await drawnCities(page);
        const inView = (c: number) => {
          const city = sample.cities[c]!;
          return { lon: city.point.lon, lat: city.point.lat };
        };
        const expected = expectedView(sample).cityPositions;
        const projected = await onMap(
          page,
          (map, points) => points.map((point) => map.project([point.lon, point.lat])),
          expected.map(inView),
        );
        const width = drawn.canvas.right - drawn.canvas.left;
        const height = drawn.canvas.bottom - drawn.canvas.top;
        const visible = expected.filter((_, i) => {
          const { x, y } = projected[i]!;
          return x >= 0 && y >= 0 && x <= width && y <= height;
        });
        console.log(
          `[e2e] ${viewport.width}×${viewport.height} ${language}: ${drawn.bubbles.length} bubbles for ${visible.length} cities in view, ${drawn.labels.length} labels`,
        );
        // Every city in view is drawn, on its own or in a group…
        const represented = new Set(drawn.bubbles.flatMap((bubble) => bubble.cities));
        expect(visible.filter((c) => !represented.has(c))).toEqual([]);
        // …and every bubble drawn has its label placed.
        const labelled = new Set(drawn.labels);
        expect(drawn.bubbles.filter((bubble) => !labelled.has(bubble.id))).toEqual([]);
        // No label sits on another city's bubble.
        expect(drawn.overlaps).toEqual([]);
        // The legend and the South China Sea inset leave every bubble free.
        expect(await bubblesUnder(page, '.map-legend', drawn)).toEqual([]);
        expect(await bubblesUnder(page, '.scs-inset', drawn)).toEqual([]);
        // …and no label is drawn under them either.
        expect(await citiesDrawnUnder(page, '.map-legend')).toEqual([]);
        expect(await citiesDrawnUnder(page, '.scs-inset')).toEqual([]);
      });

  it('keeps the presenter’s larger legend off the bubbles and their labels at 1920×1080 in zh', async () => {
    const { page } = await app.open('', { viewport: { width: 1920, height: 1080 } });
    await chooseLanguage(page, 'zh');
    await page.keyboard.press('p');
    await page.locator('#presenter-title').waitFor({ state: 'visible' });
    await waitForCameraRest(page);
    await whenIdle(page);
    const drawn = await drawnCities(page);
    // The whole country is in view: every city with outlets is drawn, alone or in its group.
    const represented = new Set(drawn.bubbles.flatMap((bubble) => bubble.cities));
    expect([...represented].sort()).toEqual([...expectedView(sample).cityPositions].sort());
    // Neither a bubble nor a label is drawn under the legend or the inset.
    expect(await citiesDrawnUnder(page, '.map-legend')).toEqual([]);
    expect(await citiesDrawnUnder(page, '.scs-inset')).toEqual([]);
  });

  it('opens the city when the middle of its bubble is clicked at the national view', async () => {
    const { page } = await app.open();
    const drawn = await drawnCities(page);
    // A city drawn on its own (the example is Xiamen, whose outlets sit at its middle).
    const xiamen = sample.cities.findIndex((city) => city.id === 'xiamen');
    const bubble =
      drawn.bubbles.find((candidate) => candidate.id === cityFeatureId(xiamen)) ??
      drawn.bubbles.find((candidate) => candidate.cities.length === 1);
    expect(bubble, 'a city bubble drawn on its own').toBeDefined();
    const city = sample.cities[bubble!.cities[0]!]!;
    await page.mouse.click(Math.round(bubble!.x), Math.round(bubble!.y));
    const insights = page.getByRole('complementary', { name: 'Insights', exact: true });
    await insights
      .getByRole('heading', { level: 2, name: city.name.en, exact: true })
      .waitFor({ timeout: 10_000 });
    expect(await page.getByRole('dialog').count(), 'no outlet card').toBe(0);
  });
});

describe('a city with its context', () => {
  const app = appSuite();

  it('draws Suzhou’s districts with their names, and the card and the list name each outlet’s district', async () => {
    const { page } = await app.open('?city=suzhou');
    await waitForCameraRest(page, { minZoom: 9 });
    await whenIdle(page);
    const districts = await onMap(page, (map) => ({
      lines: map.queryRenderedFeatures({ layers: ['district-lines'] }).length,
      names: [
        ...new Set(
          map
            .queryRenderedFeatures({ layers: ['district-names'] })
            .map((feature) => String(feature.properties.name_en)),
        ),
      ],
    }));
    console.log(`[e2e] Suzhou: ${districts.lines} district lines, names ${districts.names}`);
    expect(districts.lines).toBeGreaterThan(0);
    expect(districts.names).toContain('Gusu');
    expect(await onMap(page, (map) => map.getLayer('city-outline') !== undefined)).toBe(true);

    // The outlet card, from the city panel.
    const outlet = sample.outlets.find(
      (candidate) => candidate.cityId === 'suzhou' && candidate.name.en.includes('Gusu'),
    )!;
    const insights = page.getByRole('complementary', { name: 'Insights', exact: true });
    await insights.getByRole('button', { name: new RegExp(`^${outlet.name.en}`) }).click();
    const card = page.getByRole('dialog', { name: outlet.name.en, exact: true });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toMatch(/District\s+Gusu/);

    // The list, under a filter that leaves Jiangsu's outlets.
    await filterCheckbox(page, 'Province', 'Jiangsu').check();
    await waitForIdle(page);
    await openList(page);
    const row = outletTable(page).getByRole('row').filter({ hasText: outlet.name.en });
    expect(
      await outletTable(page)
        .getByRole('columnheader', { name: /District/ })
        .count(),
    ).toBe(1);
    expect(await row.innerText()).toContain('Gusu');
  });
});
