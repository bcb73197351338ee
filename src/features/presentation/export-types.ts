import type { MapTheme } from '../../components/ui/map-colors';
import type { ExportSymbol } from './export-symbols';

/** The words of an exported image, already in the user's language. */
export interface ExportContent {
  title: string;
  asOf: string;
  notice: string | null;
  filters: string;
  legendTitle: string;
  legendRows: { symbol: ExportSymbol; name: string; count: string }[];
  legendKey: { symbol: ExportSymbol; label: string }[];
  footer: string;
}

/** The page's colours and font, read from its CSS variables. */
export interface ExportColors {
  surface: string;
  text: string;
  text2: string;
  border: string;
  accentText: string;
  noticeBg: string;
  noticeBorder: string;
  fontFamily: string;
  mapTheme: MapTheme;
}

/** Legend symbol sizes in CSS pixels: layer rows, key lines. */
export const SYMBOL = 16;
export const KEY_SYMBOL = 12;

export type ExportFonts = Record<
  'title' | 'date' | 'badge' | 'body' | 'bold' | 'small' | 'label' | 'inset',
  string
>;

/** The fonts the image uses, so they can be loaded before drawing. */
export function exportFonts(fontFamily: string): ExportFonts {
  return {
    title: `700 22px ${fontFamily}`,
    date: `700 15px ${fontFamily}`,
    badge: `700 12px ${fontFamily}`,
    body: `400 13px ${fontFamily}`,
    bold: `700 13px ${fontFamily}`,
    small: `400 11.5px ${fontFamily}`,
    label: `700 11px ${fontFamily}`,
    inset: `400 9.5px ${fontFamily}`,
  };
}
