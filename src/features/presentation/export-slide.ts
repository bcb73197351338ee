import type { Map as MaplibreMap } from 'maplibre-gl';
import { effectiveAsOf } from '../../data/domain/filters';
import { downloadFile } from '../../lib/download';
import { captureMap } from './export-capture';
import { exportFileName } from './export-file-name';
import { captureInset } from './export-inset';
import { contentTexts, loadFonts, pageColors, toBlob, type ExportedPng } from './export-png';
import { slideContent, type SlideOptions } from './export-slide-content';
import { composeSlide, fitMap } from './export-slide-draw';

/** Most device pixels per CSS pixel the map is redrawn at to fill a slide. */
const MAX_RATIO = 3;

/**
 * Exports one 1920×1080 slide (PNG): the comparison in words as its title (else the dataset's),
 * the map as drawn (redrawn at the pixel ratio that fills the slide's map area), the plan and
 * the changes beside it, the legend, the date, the filters and the attribution.
 */
export async function exportSlide(
  map: MaplibreMap | undefined,
  options: SlideOptions & { now?: Date },
): Promise<ExportedPng> {
  if (!map) throw new Error('the map is not ready');
  const now = options.now ?? new Date();
  const content = slideContent(options, now);
  const colors = pageColors(map.getContainer());
  const texts = [
    ...contentTexts(content),
    content.subtitle ?? '',
    ...(content.plan
      ? [
          content.plan.figure,
          content.plan.rule,
          content.plan.attentionHeading,
          content.plan.more ?? '',
        ]
      : []),
    ...(content.plan?.rows.flatMap((row) => [row.label, row.text, row.due]) ?? []),
    ...(content.changes ? [...content.changes.table.header, ...content.changes.lines] : []),
  ];
  await loadFonts(texts, colors.fontFamily);
  const canvas = map.getCanvas();
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const fit = fitMap({ x: 0, y: 0, width: 1140, height: 820 }, size);
  const ratio = Math.min(MAX_RATIO, Math.max(1, Math.ceil(fit.scale * 4) / 4));
  const image = await captureMap(map, ratio);
  const inset = await captureInset(canvas);
  const composed = composeSlide(content, colors, { image, inset, ...size });
  const asOf = effectiveAsOf(options.network, options.filters);
  const fileName = exportFileName(options.filters, asOf, now, 'png').replace(
    /^channel-atlas-/,
    'channel-atlas-slide-',
  );
  downloadFile(await toBlob(composed), fileName, 'image/png');
  return { fileName, width: composed.width, height: composed.height };
}
