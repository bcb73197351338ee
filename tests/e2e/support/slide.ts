import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface DecodedSlide {
  width: number;
  height: number;
  distinct: number;
  /** The map frame found in the image: the box the slide's border line draws around the map. */
  frame: { left: number; top: number; right: number; bottom: number };
  /** Pixels of the legend's symbol colours below the frame, and of its surface inside it. */
  legendBelow: number;
  surfaceInLegendCorner: number;
}

/** Decodes a slide PNG in the page and finds its map frame and legend. */
export async function inspectSlide(page: Page, file: string): Promise<DecodedSlide> {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    const { width, height } = canvas;
    const { data } = context.getImageData(0, 0, width, height);
    const at = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!] as const;
    };
    const same = (a: readonly number[], b: readonly number[], tolerance = 6) =>
      a.every((value, i) => Math.abs(value - b[i]!) <= tolerance);
    const surface = at(2, 2);
    const colors = new Set<number>();
    for (let i = 0; i < data.length; i += 16)
      colors.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    // The frame's border: first met along the middle row, then followed up, down and right.
    const middle = Math.round(height / 2);
    let left = 0;
    while (left < width && same(at(left, middle), surface)) left += 1;
    let top = middle;
    while (top > 0 && !same(at(left, top - 1), surface)) top -= 1;
    let bottom = middle;
    while (bottom < height - 1 && !same(at(left, bottom + 1), surface)) bottom += 1;
    let right = left;
    while (right < width - 1 && !same(at(right + 1, top), surface)) right += 1;
    // The legend's layer symbols: delivery-center orange, partner-store blue, fusion green.
    const symbols = [
      [0xff, 0x69, 0x00],
      [0x00, 0x72, 0xb2],
      [0x00, 0x9e, 0x73],
    ];
    let legendBelow = 0;
    for (let y = bottom + 2; y < Math.min(height, bottom + 120); y += 1)
      for (let x = left; x < right; x += 1)
        if (symbols.some((color) => same(at(x, y), color, 40))) legendBelow += 1;
    // Where a legend panel would sit over the map on screen: the frame's bottom-left corner.
    let surfaceInLegendCorner = 0;
    for (let y = bottom - 80; y < bottom - 4; y += 1)
      for (let x = left + 4; x < left + 500; x += 1)
        if (same(at(x, y), surface, 1)) surfaceInLegendCorner += 1;
    return {
      width,
      height,
      distinct: colors.size,
      frame: { left, top, right, bottom },
      legendBelow,
      surfaceInLegendCorner,
    };
  }, bytes.toString('base64'));
}
