import gcoord from 'gcoord';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readSample, type SampleNetwork } from './fixtures/datasets';
import { appSuite } from './support/app';
import { jumpTo, onMap } from './support/browser';
import { drawnOutlets, KINDS, type DrawnOutlet, type Kind } from './support/map-features';
import { startProxyServer } from './support/proxy-server';

/** Suzhou's outlets at a city zoom, where they stand apart and 400 m is about 12 px. */
const SUZHOU_VIEW = { center: [120.565, 31.344] as [number, number], zoom: 11 };
/** How far apart (CSS px) the same outlet may be drawn from the two files. */
const MAX_APART_PX = 2;

/** The sample as a Chinese map service would give it: every point in GCJ-02. */
function sampleInGcj02(): SampleNetwork {
  const network = readSample();
  const toGcj02 = (point: { lon: number; lat: number }) => {
    const [lon, lat] = gcoord.transform([point.lon, point.lat], gcoord.WGS84, gcoord.GCJ02);
    return { lon, lat };
  };
  for (const city of network.cities) city.point = toGcj02(city.point);
  for (const outlet of network.outlets) if (outlet.point) outlet.point = toGcj02(outlet.point);
  network.meta.crs = 'GCJ02';
  return network;
}

/** Serves the built app with `network` as its configured dataset; stops when the case ends. */
async function serveDataset(network: SampleNetwork): Promise<string> {
  const proxy = await startProxyServer({
    config: { dataUrl: 'network.json' },
    files: { '/network.json': Buffer.from(JSON.stringify(network)) },
  });
  onTestFinished(() => proxy.close());
  return proxy.url;
}

/** The outlets drawn and the city bubbles, by id, where they are on screen. */
async function drawnAtSuzhou(page: Page) {
  await jumpTo(page, SUZHOU_VIEW);
  const outlets = await drawnOutlets(page);
  const bubbles = await onMap(page, (map) =>
    map
      .queryRenderedFeatures({ layers: ['cities-bubble'] })
      .flatMap((feature) =>
        feature.geometry.type === 'Point' && typeof feature.id === 'number'
          ? [{ id: feature.id, ...map.project(feature.geometry.coordinates as [number, number]) }]
          : [],
      ),
  );
  return { outlets, bubbles };
}

/** Per id, how far apart two drawings put it (CSS px); ids drawn in only one of them are listed. */
function distances(a: readonly DrawnOutlet[], b: readonly DrawnOutlet[]) {
  const other = new Map(b.map((outlet) => [outlet.id, outlet]));
  return a.map(({ id, x, y }) => {
    const twin = other.get(id);
    return { id, apart: twin ? Math.hypot(twin.x - x, twin.y - y) : Infinity };
  });
}

describe('datasets in other coordinate systems at 1440×900', () => {
  const app = appSuite();

  it('draws a GCJ-02 dataset where its WGS-84 twin is drawn, within a few pixels at city zoom', async () => {
    const sample = readSample();
    const wgs84 = await app.open('', { origin: await serveDataset(sample) });
    const gcj02 = await app.open('', { origin: await serveDataset(sampleInGcj02()) });
    const fromWgs84 = await drawnAtSuzhou(wgs84.page);
    const fromGcj02 = await drawnAtSuzhou(gcj02.page);

    const all = (drawn: Record<Kind, DrawnOutlet[]>) => KINDS.flatMap((kind) => drawn[kind]);
    const ids = (outlets: readonly DrawnOutlet[]) => outlets.map(({ id }) => id).sort();
    expect(all(fromWgs84.outlets).length, 'outlets drawn around Suzhou').toBeGreaterThanOrEqual(4);
    for (const kind of KINDS) {
      expect(ids(fromGcj02.outlets[kind]), `${kind}: the same outlets drawn`).toEqual(
        ids(fromWgs84.outlets[kind]),
      );
      const apart = distances(fromWgs84.outlets[kind], fromGcj02.outlets[kind]);
      console.log(`[e2e] ${kind}: px apart ${apart.map((d) => d.apart.toFixed(2)).join(' ')}`);
      for (const { id, apart: px } of apart)
        expect(px, `${kind} ${sample.outlets[id]?.name.en}: px apart`).toBeLessThanOrEqual(
          MAX_APART_PX,
        );
    }
    expect(ids(fromGcj02.bubbles), 'the same city bubbles').toEqual(ids(fromWgs84.bubbles));
    for (const { id, apart } of distances(fromWgs84.bubbles, fromGcj02.bubbles))
      expect(apart, `${sample.cities[id]?.name.en}'s bubble: px apart`).toBeLessThanOrEqual(
        MAX_APART_PX,
      );

    // The twins differ enough to tell: drawn unconverted, the GCJ-02 points would stand apart.
    const shifted = sampleInGcj02();
    const unconverted = await onMap(
      wgs84.page,
      (map, points) =>
        points.map(({ from, to }) => {
          const [a, b] = [map.project(from), map.project(to)];
          return Math.hypot(a.x - b.x, a.y - b.y);
        }),
      all(fromWgs84.outlets).map(({ id }) => ({
        from: [sample.outlets[id]!.point!.lon, sample.outlets[id]!.point!.lat] as [number, number],
        to: [shifted.outlets[id]!.point!.lon, shifted.outlets[id]!.point!.lat] as [number, number],
      })),
    );
    expect(Math.min(...unconverted), 'px between a point and its GCJ-02 twin').toBeGreaterThan(
      4 * MAX_APART_PX,
    );
  });
});
