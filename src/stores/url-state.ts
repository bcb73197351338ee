import { TIER_GROUPS, type Filters, type TierGroup } from '../data/domain/filters';
import { OUTLET_KINDS, REGIONS, STAGES } from '../data/domain/schema';
import { defineMessages, fill } from '../lib/i18n/define-messages';
import type { Language } from '../lib/i18n/messages';
import { DEFAULT_LAYERS } from './app-store';
import { COVERAGE_RADII, DEFAULT_COVERAGE } from './coverage-slice';
import { type AppState, type AsOfNotice } from './app-state';
import { LAYER_IDS } from '../data/domain/vocabulary';
import type { CameraView } from './camera';

/** The part of the store a link carries. */
export type ShareableState = Pick<
  AppState,
  'filters' | 'layers' | 'selectedCityId' | 'selectedOutletId' | 'language' | 'theme' | 'coverage'
> &
  Partial<Pick<AppState, 'compare'>>;

export interface DecodedUrlState {
  /** Only what the link sets; `filters` and `layers`, when present, are complete. */
  state: Partial<ShareableState>;
  view: CameraView | null;
  /** One line per ignored parameter or value, for the reader. */
  notices: string[];
}

const noticeMessages = defineMessages({
  en: {
    ignored: 'Ignored "{param}": {reason}',
    more: '…and {count} more ignored',
    unknown: 'unknown parameter',
    source: 'a link cannot choose the data source',
    repeated: 'repeated parameter (the first one counts)',
    tier: 'unknown city tier',
    region: 'unknown region',
    prov: 'not a province name',
    kind: 'unknown outlet type',
    stage: 'unknown stage',
    recruit: 'expected 1 or 0',
    asof: 'not a date as YYYY-MM-DD',
    asofRange: 'outside the dates of the data ({start} to {end}); showing {shown}',
    hide: 'unknown layer',
    city: 'not a city id',
    outlet: 'not an outlet id',
    lang: 'unknown language',
    theme: 'unknown theme',
    v: 'expected longitude,latitude,zoom',
    cov: 'expected sales or service',
    r: 'not one of the offered radii (5, 10, 15, 25, 50, 100 km)',
    rings: 'expected 1 or 0',
    cmp: 'expected two dates as YYYY-MM-DD..YYYY-MM-DD',
  },
  zh: {
    ignored: '已忽略“{param}”：{reason}',
    more: '……另有 {count} 项被忽略',
    unknown: '未知参数',
    source: '链接不能指定数据来源',
    repeated: '参数重复（以第一个为准）',
    tier: '未知的城市级别',
    region: '未知的区域',
    prov: '不是省份名称',
    kind: '未知的门店类型',
    stage: '未知的阶段',
    recruit: '应为 1 或 0',
    asof: '不是 YYYY-MM-DD 格式的日期',
    asofRange: '超出数据的日期范围（{start} 至 {end}）；改为显示 {shown}',
    hide: '未知的图层',
    city: '不是城市编号',
    outlet: '不是门店编号',
    lang: '未知的语言',
    theme: '未知的主题',
    v: '应为 经度,纬度,缩放级别',
    cov: '应为 sales 或 service',
    r: '不是可选的半径（5、10、15、25、50、100 公里）',
    rings: '应为 1 或 0',
    cmp: '应为两个日期，格式为 YYYY-MM-DD..YYYY-MM-DD',
  },
});
type Reason = 'unknown' | 'source' | 'repeated' | Key;

/** The notice for an as-of date the store moved into the data's range. */
export function describeAsOfNotice(notice: AsOfNotice, language: Language = 'en'): string {
  const text = noticeMessages[language];
  const { start, end } = notice.range;
  return fill(text.ignored, {
    param: `asof=${notice.asked}`,
    reason: fill(text.asofRange, { start, end, shown: notice.shown }),
  });
}

/** Tier group "3+" travels as "3" ("+" is a space in a query string). */
const TIER_TOKENS: Record<TierGroup, string> = { '1': '1', new1: 'new1', '2': '2', '3+': '3' };
/** The parameters, in the order a link writes them. */
// prettier-ignore
const KEYS = ['tier', 'region', 'prov', 'kind', 'stage', 'recruit', 'asof', 'hide', 'city', 'outlet', 'cmp', 'cov', 'r', 'rings', 'lang', 'theme', 'v'] as const;
type Key = (typeof KEYS)[number];
const FLAGS = new Map([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);
const SOURCE_KEYS = new Set(['data', 'dataset', 'src', 'source', 'api', 'url', 'config']);
const MAX_NOTICES = 10;
const MAX_LIST_ITEMS = 40;
const PROVINCE = /^\p{L}[\p{L}\p{M} .'’-]{0,59}$/u;
const CITY_ID = /^[a-z0-9-]{1,100}$/;
const OUTLET_ID = /^[A-Za-z0-9_-]{1,100}$/;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Two compared dates, `FROM..TO` (in order, as the store keeps them). */
function parseRange(value: string): { from: string; to: string } | undefined {
  const [from = '', to = '', ...rest] = value.split('..');
  if (rest.length > 0 || !isCalendarDate(from) || !isCalendarDate(to)) return undefined;
  return from <= to ? { from, to } : { from: to, to: from };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits)) + 0;

/** The view as a link stores it: longitude and latitude to 4 decimals, zoom to 2. */
export function roundView(view: CameraView): CameraView {
  return { lon: round(view.lon, 4), lat: round(view.lat, 4), zoom: round(view.zoom, 2) };
}

/** Sorted as the option lists are, without duplicates, so one state has one URL. */
function canonical<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => values.includes(value));
}

/** A query string (without "?") for the state; the default state gives "". */
export function encodeUrlState(
  state: ShareableState,
  view: CameraView | null,
  { defaultLanguage = 'en' }: { defaultLanguage?: Language } = {},
): string {
  const { filters } = state;
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  const provinces = [...new Set(filters.provinces)].sort((a, b) => a.localeCompare(b, 'en'));
  const rounded = view && roundView(view);
  const values: Record<Key, string> = {
    tier: canonical(filters.tiers, TIER_GROUPS)
      .map((tier) => TIER_TOKENS[tier])
      .join(','),
    region: list(canonical(filters.regions, REGIONS)),
    prov: list(provinces),
    kind: list(canonical(filters.kinds, OUTLET_KINDS)),
    stage: list(canonical(filters.stages, STAGES)),
    recruit: filters.recruitmentOnly ? '1' : '',
    asof: encodeURIComponent(filters.asOf ?? ''),
    hide: list(LAYER_IDS.filter((id) => !state.layers[id])),
    city: encodeURIComponent(state.selectedCityId ?? ''),
    outlet: encodeURIComponent(state.selectedOutletId ?? ''),
    cmp: state.compare ? `${state.compare.from}..${state.compare.to}` : '',
    cov: state.coverage.mode === 'off' ? '' : state.coverage.mode,
    r: state.coverage.radiusKm === DEFAULT_COVERAGE.radiusKm ? '' : String(state.coverage.radiusKm),
    rings: state.coverage.rings ? '1' : '',
    lang: state.language === defaultLanguage ? '' : state.language,
    theme: state.theme === 'system' ? '' : state.theme,
    v: rounded ? `${rounded.lon},${rounded.lat},${rounded.zoom}` : '',
  };
  return KEYS.filter((key) => values[key] !== '')
    .map((key) => `${key}=${values[key]}`)
    .join('&');
}

function parseView(value: string): CameraView | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85.06 || zoom < 0 || zoom > 24) return null;
  return roundView({ lon, lat, zoom });
}

/** Reads a link, ignoring what it cannot use with one notice each; never throws. */
export function decodeUrlState(
  search: string,
  { language = 'en' }: { language?: Language } = {},
): DecodedUrlState {
  const text = noticeMessages[language];
  const notices: string[] = [];
  const ignore = (key: string, value: string, reason: Reason) => {
    const shown = `${key}=${value}`.replace(/\p{C}/gu, '');
    const param = shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
    notices.push(fill(text.ignored, { param, reason: text[reason] }));
  };
  const params = new Map<string, string>();
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const key = rawKey.trim().toLowerCase() as Key;
    if (!KEYS.includes(key)) ignore(rawKey, value, SOURCE_KEYS.has(key) ? 'source' : 'unknown');
    else if (params.has(key)) ignore(rawKey, value, 'repeated');
    else params.set(key, value.trim());
  }
  const among =
    <T extends string>(options: readonly T[]) =>
    (item: string) =>
      options.find((option) => option === item.toLowerCase());
  const list = <T extends string>(key: Key, parse: (item: string) => T | undefined): T[] => {
    const picked: T[] = [];
    for (const [position, item] of (params.get(key) ?? '').split(',').entries()) {
      const value = position < MAX_LIST_ITEMS ? parse(item.trim()) : undefined;
      if (value !== undefined) picked.push(value);
      else if (item.trim() !== '') ignore(key, item, key);
    }
    return picked;
  };
  const single = <T>(key: Key, parse: (value: string) => T | undefined): T | undefined => {
    const value = params.get(key) || undefined;
    const parsed = value === undefined ? undefined : parse(value);
    if (value !== undefined && parsed === undefined) ignore(key, value, key);
    return parsed;
  };

  const tiers = list('tier', (item) =>
    TIER_GROUPS.find((tier) => TIER_TOKENS[tier] === item.toLowerCase() || tier === item),
  );
  const regions = list('region', among(REGIONS));
  const provinces = list('prov', (item) => (PROVINCE.test(item) ? item : undefined));
  const kinds = list('kind', among(OUTLET_KINDS));
  const stages = list('stage', among(STAGES));
  const recruit = single('recruit', (value) => FLAGS.get(value.toLowerCase()));
  const asOf = single('asof', (value) => (isCalendarDate(value) ? value : undefined));
  const hidden = list('hide', among(LAYER_IDS));
  const city = single('city', (value) => (CITY_ID.test(value) ? value : undefined));
  const outlet = single('outlet', (value) => (OUTLET_ID.test(value) ? value : undefined));
  const cov = single('cov', among(['off', 'sales', 'service'] as const));
  const radius = single('r', (value) =>
    COVERAGE_RADII.find((km) => /^\d+$/.test(value) && km === Number(value)),
  );
  const rings = single('rings', (value) => FLAGS.get(value.toLowerCase()));
  const lang = single('lang', among(['en', 'zh'] as const));
  const theme = single('theme', among(['system', 'light', 'dark'] as const));
  const view = single('v', (value) => parseView(value) ?? undefined) ?? null;
  const compare = single('cmp', parseRange);

  const hasFilters = ['tier', 'region', 'prov', 'kind', 'stage', 'recruit', 'asof'].some((key) =>
    params.has(key as Key),
  );
  const filters: Filters = {
    tiers: canonical(tiers, TIER_GROUPS),
    regions: canonical(regions, REGIONS),
    provinces: [...new Set(provinces)],
    kinds: canonical(kinds, OUTLET_KINDS),
    stages: canonical(stages, STAGES),
    recruitmentOnly: recruit ?? false,
    asOf: asOf ?? null,
  };
  const layers = { ...DEFAULT_LAYERS };
  for (const id of hidden) layers[id] = false;
  const state: Partial<ShareableState> = {
    ...(hasFilters && { filters }),
    ...(params.has('hide') && { layers }),
    ...(city !== undefined && { selectedCityId: city }),
    ...(outlet !== undefined && { selectedOutletId: outlet }),
    ...(compare !== undefined && { compare }),
    ...((cov || radius || rings !== undefined) && {
      coverage: {
        mode: cov ?? DEFAULT_COVERAGE.mode,
        radiusKm: radius ?? DEFAULT_COVERAGE.radiusKm,
        rings: rings ?? DEFAULT_COVERAGE.rings,
      },
    }),
    ...(lang && { language: lang }),
    ...(theme && { theme }),
  };
  if (notices.length > MAX_NOTICES) {
    const more = fill(text.more, { count: notices.length - MAX_NOTICES + 1 });
    notices.splice(MAX_NOTICES - 1, Infinity, more);
  }
  return { state, view, notices };
}
