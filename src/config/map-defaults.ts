/** Mainland China with Hainan and the South China Sea islands' approach, west to east. */
export const CHINA_BOUNDS: [number, number, number, number] = [73.5, 17.5, 135.1, 53.6];

export const CITY_ZOOM = 9;

/** Font stack names used in the style; files come from `font-faces` (no glyph server). */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/** CSS families that draw Chinese labels locally (bundled Noto Sans SC first). */
export const IDEOGRAPH_FONT_FAMILY =
  "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The map's id under react-map-gl's `MapProvider`: other parts reach it with `useMap()`. */
export const ATLAS_MAP_ID = 'atlas';

/** The split view's second map (the network before a compared range), beside `ATLAS_MAP_ID`. */
export const COMPANION_MAP_ID = 'atlas-before';
