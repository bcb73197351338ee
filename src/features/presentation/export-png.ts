import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapTheme } from '../../components/ui/map-colors';
import { effectiveAsOf, type Filters } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { downloadFile } from '../../lib/download';
import { formatDate, formatNumber } from '../../lib/format';
import { translate, type Language } from '../../lib/i18n/messages';
import { fill } from '../../lib/i18n/define-messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import type { LayerId } from '../../data/domain/vocabulary';
import { listActiveFilters } from '../../data/derive/describe-filters';
import { captureMap } from './export-capture';
import { composeExport } from './export-draw';
import { exportFileName } from './export-file-name';
import { captureInset } from './export-inset';
import { exportCityKey, exportLegendRows } from './export-legend';
import { exportMessages } from './export-messages';
import { exportFonts, type ExportColors, type ExportContent } from './export-types';
import { COVERAGE_RAMP } from '../../components/ui/map-colors';
import { BAND_LIMITS_KM } from '../../data/derive/coverage/coverage-figures';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import type { CoverageSettings } from '../../stores/app-state';

export interface ExportPngOptions {
  network: Network;
  filters: Filters;
  layers: Record<LayerId, boolean>;
  /** The coverage view: its bands join the key, its caption and credit the footer. */
  coverage?: CoverageSettings;
  language: Language;
  /** Two compared dates, whose changed outlets the map haloes; none by default. */
  compare?: { from: string; to: string } | null;
  /**
   * The city the map is framed on, if one is selected: named beside the filters, since the
   * legend's counts are those of the filters, not of the city.
   */
  selectedCityId?: string | null;
  /** 1 or 2: CSS pixels of the map on screen times this. */
  scale: number;
  now?: Date;
}

export interface ExportedPng {
  fileName: string;
  width: number;
  height: number;
}

/** A coverage band's label in the key, e.g. "10–25 km". */
function bandLabel(band: number, c: (typeof coverageMessages)['en']): string {
  const limits = BAND_LIMITS_KM;
  if (band >= limits.length) return fill(c['bands.far'], { km: limits[limits.length - 1] ?? 0 });
  const from = band === 0 ? 0 : (limits[band - 1] ?? 0);
  return fill(c['bands.range'], { from, to: limits[band] ?? 0 });
}

/** The words of the image, in `language`. */
export function exportContent(
  options: Pick<
    ExportPngOptions,
    'network' | 'filters' | 'layers' | 'language' | 'compare' | 'coverage' | 'selectedCityId'
  >,
  now: Date,
): ExportContent {
  const { network, filters, layers, language, compare = null } = options;
  const mode = options.coverage?.mode ?? 'off';
  const c = coverageMessages[language];
  const t = exportMessages[language];
  const asOf = formatDate(effectiveAsOf(network, filters), language);
  const active = listActiveFilters(filters, network, language).filter((f) => f.key !== 'asOf');
  const cityKey = exportCityKey(network, filters, layers);
  const counted = (key: 'legend.recruiting' | 'legend.gap', count: number) =>
    `${translate(language, key)} ${formatNumber(count, language)}`;
  const city = options.selectedCityId
    ? network.cities.find((candidate) => candidate.id === options.selectedCityId)
    : undefined;
  const filtersText =
    active.length === 0
      ? t.noFilters
      : fill(t.filters, { list: active.map((f) => f.label).join(' · ') });
  const stamp = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(now);
  return {
    title: network.meta.title[language],
    asOf: translate(language, 'header.asOf', { date: asOf }),
    notice: network.meta.illustrative ? translate(language, 'header.sampleNotice') : null,
    filters: city
      ? `${filtersText} · ${fill(t.mapOn, { city: city.name[language] })}`
      : filtersText,
    legendTitle: translate(language, 'legend.title'),
    legendRows: exportLegendRows(network, filters, layers).map(({ id, count }) => ({
      symbol: id === 'cities' ? { kind: 'city' } : { kind: id, variant: 'solid' },
      name: translate(language, `layer.${id}`),
      count: formatNumber(count, language),
    })),
    legendKey: [
      {
        symbol: { kind: 'partner-store', variant: 'solid' },
        label: translate(language, 'legend.open'),
      },
      {
        symbol: { kind: 'partner-store', variant: 'hollow' },
        label: translate(language, 'legend.pipeline'),
      },
      ...(layers.cities
        ? [
            {
              symbol: { kind: 'recruiting' } as const,
              label: counted('legend.recruiting', cityKey.recruiting),
            },
            { symbol: { kind: 'gap' } as const, label: counted('legend.gap', cityKey.gaps) },
          ]
        : []),
      ...(mode === 'off'
        ? []
        : COVERAGE_RAMP.map((color, band) => ({
            symbol: { kind: 'band', color } as const,
            label: bandLabel(band, c),
          }))),
      ...planAndChangeKey(network, layers, compare !== null, language),
    ],
    footer: [
      ...(mode === 'off' ? [] : [c[`bands.caption.${mode}`], c['proxy.attribution']]),
      translate(language, 'map.attribution'),
      fill(t.footer, { app: translate(language, 'app.title'), date: stamp }),
    ].join(' · '),
  };
}

/** The key to the plan's rings (a dataset with targets) and the change halos (while comparing). */
function planAndChangeKey(
  network: Network,
  layers: Record<LayerId, boolean>,
  comparing: boolean,
  language: Language,
): ExportContent['legendKey'] {
  const words = planMessages[language];
  const key: ExportContent['legendKey'] = [];
  if (network.targets?.length && layers.cities)
    for (const status of ['behind', 'at-risk'] as const)
      key.push({ symbol: { kind: 'ring', status }, label: words[`key.${status}`] });
  if (comparing)
    for (const change of ['new', 'advance', 'closure'] as const)
      key.push({ symbol: { kind: 'halo', change }, label: words[`key.${change}`] });
  return key;
}

/** The colours around the map: presenter mode sets its own on the app, not the page root. */
export function pageColors(around: Element): ExportColors {
  const root = getComputedStyle(around);
  const read = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    surface: read('--surface', '#ffffff'),
    text: read('--text', '#1f1d1a'),
    text2: read('--text-2', '#5f5a52'),
    border: read('--border', '#dcd7ce'),
    accentText: read('--accent-text', '#b34700'),
    noticeBg: read('--notice-bg', '#fff4e5'),
    noticeBorder: read('--notice-border', '#f3b36b'),
    fontFamily: getComputedStyle(document.body).fontFamily || 'sans-serif',
    mapTheme: (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light') as MapTheme,
  };
}

/** Loads the glyphs the texts need (the Chinese font comes in unicode-range parts). */
export async function loadFonts(texts: readonly string[], fontFamily: string): Promise<void> {
  const fonts = Object.values(exportFonts(fontFamily));
  const sample = texts.join(' ');
  await Promise.all(fonts.map((font) => document.fonts.load(font, sample).catch(() => [])));
  await document.fonts.ready;
}

/** Every text of an image's content, for `loadFonts`. */
export function contentTexts(content: ExportContent): string[] {
  return [
    content.title,
    content.asOf,
    content.notice ?? '',
    content.filters,
    content.footer,
    content.legendTitle,
    ...content.legendRows.map((row) => row.name),
    ...content.legendKey.map((key) => key.label),
  ];
}

export function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('no PNG'))), 'image/png'),
  );
}

/**
 * Exports the map as drawn (after it is idle) with title, as-of date, filters, legend with
 * counts and attribution as a PNG download, at `scale` times the map's size on screen.
 */
export async function exportPng(
  map: MaplibreMap | undefined,
  options: ExportPngOptions,
): Promise<ExportedPng> {
  if (!map) throw new Error('the map is not ready');
  const now = options.now ?? new Date();
  const content = exportContent(options, now);
  const colors = pageColors(map.getContainer());
  await loadFonts(contentTexts(content), colors.fontFamily);
  const image = await captureMap(map, options.scale);
  const canvas = map.getCanvas();
  const inset = await captureInset(canvas);
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const composed = composeExport(content, colors, { image, inset, ...size }, options.scale);
  const asOf = effectiveAsOf(options.network, options.filters);
  const fileName = exportFileName(options.filters, asOf, now, 'png', options.scale);
  downloadFile(await toBlob(composed), fileName, 'image/png');
  return { fileName, width: composed.width, height: composed.height };
}
