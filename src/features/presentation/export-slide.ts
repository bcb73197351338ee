import type { Map as MaplibreMap } from 'maplibre-gl';
import { effectiveAsOf } from '../../data/domain/filters';
import { downloadFile } from '../../lib/download';
import { exportFileName } from './export-file-name';
import { contentTexts, loadFonts, pageColors, toBlob, type ExportedPng } from './export-png';
import { slideContent, type SlideContent, type SlideOptions } from './export-slide-content';
import { composeSlide } from './export-slide-draw';
import { captureFramedMap, viewDataBounds } from './export-slide-frame';
import { layoutSlide, slideFonts } from './export-slide-layout';

export interface SlideExportOptions extends SlideOptions {
  /** 1: 1920×1080; 2: 3840×2160, the same slide at twice the pixels. */
  scale?: 1 | 2;
  now?: Date;
}

/** Every text a slide draws, for `loadFonts`. */
function slideTexts(content: SlideContent): string[] {
  const { plan, changes } = content;
  return [
    ...contentTexts(content),
    content.subtitle ?? '',
    ...(plan ? [plan.heading, plan.figure, plan.rule, plan.attentionHeading, plan.more ?? ''] : []),
    ...(plan?.rows.flatMap((row) => [row.label, row.heading, row.text]) ?? []),
    ...(changes ? [changes.heading, ...changes.table.header, ...changes.lines] : []),
    ...(changes?.table.rows.flat() ?? []),
  ];
}

/**
 * Renders one 16:9 slide (PNG): the comparison in words as its title (else the dataset's), the
 * map framed on the data it shows with the inset in a free corner, the legend with its counts
 * under the map, the plan and the changes beside it, the date, the filters and the attribution.
 */
export async function renderSlide(
  map: MaplibreMap | undefined,
  options: SlideExportOptions,
): Promise<ExportedPng & { blob: Blob }> {
  if (!map) throw new Error('the map is not ready');
  const scale = options.scale ?? 1;
  const now = options.now ?? new Date();
  const content = slideContent(options, now);
  const colors = pageColors(map.getContainer());
  const fonts = slideFonts(colors.fontFamily);
  await loadFonts(slideTexts(content), colors.fontFamily);
  const measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) throw new Error('no 2D canvas');
  const measure = (font: string) => (text: string) => {
    measuring.font = font;
    return measuring.measureText(text).width;
  };
  const layout = layoutSlide(content, Boolean(content.plan || content.changes), fonts, measure);
  const bounds = viewDataBounds(map, options.network, options.filters, options.layers);
  const captured = await captureFramedMap(map, layout.map, bounds, scale);
  const composed = composeSlide(content, colors, layout, fonts, captured, scale);
  const asOf = effectiveAsOf(options.network, options.filters);
  const fileName = exportFileName(options.filters, asOf, now, 'png', scale).replace(
    /^channel-atlas-/,
    'channel-atlas-slide-',
  );
  return { fileName, width: composed.width, height: composed.height, blob: await toBlob(composed) };
}

/** Renders a slide (see `renderSlide`) and offers it as a download. */
export async function exportSlide(
  map: MaplibreMap | undefined,
  options: SlideExportOptions,
): Promise<ExportedPng> {
  const { blob, ...slide } = await renderSlide(map, options);
  downloadFile(blob, slide.fileName, 'image/png');
  return slide;
}

/** Whether this browser lets a page put an image on the clipboard. */
export function canCopyImages(): boolean {
  return (
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

/**
 * Renders a slide and puts it on the clipboard. The clipboard is asked at once, with the image
 * to come, so the user's click still counts as the gesture that allows it.
 */
export async function copySlide(
  map: MaplibreMap | undefined,
  options: SlideExportOptions,
): Promise<ExportedPng> {
  const slide = renderSlide(map, options);
  await navigator.clipboard.write([
    new ClipboardItem({ 'image/png': slide.then((rendered) => rendered.blob) }),
  ]);
  const { fileName, width, height } = await slide;
  return { fileName, width, height };
}
