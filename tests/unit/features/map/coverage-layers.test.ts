import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_PALETTES, COVERAGE_RAMP } from '../../../../src/components/ui/map-colors';
import {
  coverageFillLayer,
  coverageRingLayer,
} from '../../../../src/features/map/layers/coverage-layers';

type Evaluable = {
  evaluate: (
    globals: { zoom: number },
    feature?: { type: 1; properties: Record<string, unknown> },
    state?: Record<string, unknown>,
  ) => unknown;
};

/** A paint property's value as MapLibre's own expression engine evaluates it. */
function paintExpression(type: 'circle' | 'fill', name: string, value: unknown): Evaluable {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${type}`
  ]![name]!;
  const result = createPropertyExpression(value, name, spec);
  if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
  return result.value as unknown as Evaluable;
}

describe('coverage layers', () => {
  it('draws a ring of the radius in kilometres on the map at any zoom and latitude', () => {
    const layer = coverageRingLayer(
      'partner-store',
      ['boolean', true],
      ['get', 'stage'],
      25,
      true,
      BASEMAP_PALETTES.light,
    );
    const radius = paintExpression('circle', 'circle-radius', layer.paint?.['circle-radius']);
    for (const [zoom, lat] of [
      [6, 31.3],
      [9.5, 39.9],
      [12, 20],
    ] as const) {
      const r = 1 / Math.cos((lat * Math.PI) / 180);
      // Web Mercator at 512-pixel tiles: metres per pixel at the latitude.
      const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
      const pixels = radius.evaluate({ zoom }, { type: 1, properties: { r } }) as number;
      expect(pixels * metresPerPixel).toBeCloseTo(25_000, -1);
    }
  });

  it('colours a district by the band in its feature state, and leaves one without clear', () => {
    const layer = coverageFillLayer(true, 'light');
    const color = paintExpression('fill', 'fill-color', layer.paint?.['fill-color']);
    const feature = { type: 1 as const, properties: {} };
    const rgba = (state: Record<string, unknown>) =>
      (color.evaluate({ zoom: 9 }, feature, state) as { a: number; r: number }).a;
    expect(rgba({})).toBe(0);
    expect(rgba({ band: -1 })).toBe(0);
    COVERAGE_RAMP.forEach((hex, band) => {
      const value = color.evaluate({ zoom: 9 }, feature, { band }) as {
        r: number;
        g: number;
        b: number;
      };
      const toHex = (channel: number) =>
        Math.round(channel * 255)
          .toString(16)
          .padStart(2, '0');
      expect(`#${toHex(value.r)}${toHex(value.g)}${toHex(value.b)}`).toBe(hex);
    });
  });
});
