import type { Language } from '../../lib/i18n/messages';

/**
 * The data layer states each problem's reason as an English sentence. Until it gives a code
 * with parameters, the panel recognizes the sentences it knows by their shape and says them in
 * Chinese; a reason it does not know stays in English (and is marked as English).
 */

/** English names the reasons use → Chinese: a dataset's cities and provinces. */
export type PlaceNames = ReadonlyMap<string, string>;

export interface TranslatedReason {
  text: string;
  /** The language the text is in: `en` when no translation was known. */
  language: Language;
}

/** A match's group `i`, or '' when it took no part. */
type Group = (i: number) => string;
type Rule = readonly [RegExp, (group: Group, places: PlaceNames) => string];

const STAGES: Record<string, string> = {
  planned: '规划',
  signed: '签约',
  renovating: '装修',
  open: '开业',
  closed: '关闭',
};

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '列表',
  null: '空值（null）',
  undefined: '空',
  'a list': '列表',
};

/** How a coordinate system came to be used for a CSV's points (`crsGivenAs`, `crsNote`). */
const CRS_HOW: Record<string, string> = {
  'chosen when the file was opened': '打开文件时选定',
  'as chosen when the file was opened': '按打开文件时的选择',
  'assumed: nothing said which': '推定：没有任何地方指明',
  'given with --crs': '由 --crs 指定',
  'assumed: no crs column and no --crs': '推定：没有 crs 列，也没有 --crs',
  'as given': '按指定',
};

/** `record[key]`, or `key` itself: a word from a reason is never read off the prototype. */
const lookup = (record: Record<string, string>, key: string) =>
  Object.hasOwn(record, key) ? (record[key] ?? key) : key;
const type = (name: string) => lookup(TYPES, name);
const crsHow = (how: string) => lookup(CRS_HOW, how);
const stage = (name: string) => lookup(STAGES, name);
const place = (places: PlaceNames, name: string) => places.get(name) ?? name;
/** `"a"|"b"|"c"` → `"a"、"b"、"c"`. */
const choices = (list: string) => list.split('|').join('、');
const bound = (sign: string) =>
  ({ '>=': '不小于', '>': '大于', '<=': '不大于', '<': '小于' })[sign] ?? sign;

/** Whole reasons, as the data layer words them (`src/data/`): pattern → Chinese. */
const RULES: readonly Rule[] = [
  [/^missing$/, () => '缺失'],
  [/^missing \(expected a list\)$/, () => '缺失（应为列表）'],
  [/^missing \(expected an object\)$/, () => '缺失（应为对象）'],
  [/^expected a list$/, () => '应为列表'],
  [/^expected an object$/, () => '应为对象'],
  [
    /^expected a JSON object with meta, cities, outlets and milestones, got (.+)$/,
    (g) => `应为包含 meta、cities、outlets 和 milestones 的 JSON 对象，实际为${type(g(1))}`,
  ],
  [/^expected one of (.+)$/, (g) => `应为以下之一：${choices(g(1))}`],
  [/^expected (\w+), got (\w+)$/, (g) => `应为${type(g(1))}，实际为${type(g(2))}`],
  [/^Too small: expected number to be (>=?)(-?[\d.]+)$/, (g) => `应${bound(g(1))} ${g(2)}`],
  [/^Too big: expected number to be (<=?)(-?[\d.]+)$/, (g) => `应${bound(g(1))} ${g(2)}`],
  [/^Too small: expected string to have >=(\d+) characters?$/, (g) => `至少 ${g(1)} 个字符`],
  [/^Too big: expected string to have <=(\d+) characters?$/, (g) => `最多 ${g(1)} 个字符`],
  [/^Too small: expected array to have >=(\d+) items?$/, (g) => `至少 ${g(1)} 项`],
  [/^Too big: expected array to have <=(\d+) items?$/, (g) => `最多 ${g(1)} 项`],
  [/^must not be empty$/, () => '不能为空'],
  [/^longer than (\d+) characters$/, (g) => `超过 ${g(1)} 个字符`],
  [/^expected a date as YYYY-MM-DD$/, () => '日期格式应为 YYYY-MM-DD'],
  [/^not a real calendar date$/, () => '不是真实存在的日期'],
  [
    /^outside (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/,
    (g) => `不在 ${g(1)} 至 ${g(2)} 的范围内`,
  ],
  [/^use lowercase letters, digits and dashes$/, () => '只能使用小写字母、数字和连字符'],
  [/^use letters, digits, dashes and underscores$/, () => '只能使用字母、数字、连字符和下划线'],
  [/^expected a 6-digit administrative code$/, () => '应为 6 位行政区划代码'],
  [/^longitude must be within ±180$/, () => '经度应在 ±180 以内'],
  [
    /^latitude must be within ±90 \(are longitude and latitude swapped\?\)$/,
    () => '纬度应在 ±90 以内（经度和纬度是否写反了？）',
  ],
  [/^at least one service$/, () => '至少需要一项服务'],
  [/^outside China \((.+)\)$/, (g) => `位于中国境外（${g(1)}）`],
  [
    /^missing: the outlet's status is "(\w+)" but that stage has no date$/,
    (g) => `缺失：门店状态为“${stage(g(1))}”，但该阶段没有日期`,
  ],
  [
    /^(\w+) date (\S+) is before (\w+) date (\S+)$/,
    (g) => `${stage(g(1))}日期 ${g(2)} 早于${stage(g(3))}日期 ${g(4)}`,
  ],
  [/^unknown city id "(.*)"$/, (g) => `未知的城市 id“${g(1)}”`],
  [
    /^duplicate id "(.*)" \(first used by (\w+\[\d+\])\)$/,
    (g) => `id“${g(1)}”重复（已被 ${g(2)} 使用）`,
  ],
  [
    /^no province has the code (\d+) \(from adcode (\d+)\)$/,
    (g) => `没有代码为 ${g(1)} 的省份（取自行政区划代码 ${g(2)}）`,
  ],
  [
    /^\((.+)\) is outside (.+) \((.+)\), the province of (adcode (\d+)|its city (.+)); (it lies in (.+)|it lies outside every province)$/,
    (g, places) => {
      const owner = g(5) ? `行政区划代码 ${g(5)}` : `其所在城市${place(places, g(6))}`;
      const where = g(8) ? `该点位于${place(places, g(8))}` : '该点不在任何省份内';
      return `（${g(1)}）不在${g(3)}境内（${owner}属于该省）；${where}`;
    },
  ],
  [/^column "(.*)" appears twice; the first is used$/, (g) => `列“${g(1)}”出现了两次，使用第一列`],
  [
    /^a quoted value is not closed \(a missing "\); row skipped$/,
    () => '有一个带引号的值没有闭合（缺少 "）；已跳过该行',
  ],
  [
    /^(\d+) cells but the header has (\d+) \(a comma in an unquoted value\?\); row skipped$/,
    (g) => `该行有 ${g(1)} 个单元格，但表头有 ${g(2)} 个（未加引号的值里有逗号？）；已跳过该行`,
  ],
  [
    /^(\d+) cells but the header has (\d+); the missing ones are read as empty$/,
    (g) => `该行有 ${g(1)} 个单元格，但表头有 ${g(2)} 个；缺少的按空值读取`,
  ],
  [
    /^(\d+) cells but the header has (\d+); the extra ones are empty and ignored$/,
    (g) => `该行有 ${g(1)} 个单元格，但表头有 ${g(2)} 个；多出的为空，已忽略`,
  ],
  [
    /^unknown coordinate system "(.*)" \(use WGS84, GCJ02 or BD09\); row skipped$/,
    (g) => `未知的坐标系“${g(1)}”（请使用 WGS84、GCJ02 或 BD09）；已跳过该行`,
  ],
  [
    /^blank, in a file with a crs column: the row does not say which coordinate system its point is in \(WGS84, GCJ02 or BD09\); row skipped$/,
    () =>
      '为空，而文件有 crs 列：该行没有说明其坐标所用的坐标系（WGS84、GCJ02 或 BD09）；已跳过该行',
  ],
  [
    /^blank: the point was taken as (\w+) \((.+)\)$/,
    (g) => `为空：该点按 ${g(1)} 读取（${crsHow(g(2))}）`,
  ],
  [
    /^the file does not name the coordinate system of its points; they were taken as (\w+) \((.+)\)$/,
    (g) => `文件没有说明其坐标所用的坐标系；按 ${g(1)} 读取（${crsHow(g(2))}）`,
  ],
  [
    /^tier (\S+) differs from the loaded (.+) \(tier (\S+)\); the loaded city is kept$/,
    (g, places) =>
      `城市等级 ${g(1)} 与已加载的${place(places, g(2))}（等级 ${g(3)}）不同；保留已加载的城市`,
  ],
];

/**
 * Endings and beginnings the data layer adds to a reason: pattern → Chinese around it. The
 * reason inside is the group named `inner`, else the last group.
 */
const WRAPPERS: readonly (readonly [RegExp, (inner: string, group: Group) => string])[] = [
  [/^(.+); using the default$/, (inner) => `${inner}；改用默认值`],
  [/^(.+); using the defaults$/, (inner) => `${inner}；改用默认值`],
  [
    /^(?<inner>.+); using the latest stage date in the data, (\S+)$/,
    (inner, g) => `${inner}；改用数据中最晚的阶段日期 ${g(2)}`,
  ],
  [
    /^(?<inner>.+); using today's date, (\S+) \(no outlet has a stage date\)$/,
    (inner, g) => `${inner}；没有门店带有阶段日期，改用今天的日期 ${g(2)}`,
  ],
  [
    /^(.+); it is not in the loaded data: add the columns adcode, region, city_lon and city_lat \(with city_en, city_zh, province_en, province_zh and tier\) to define it$/,
    (inner) =>
      `${inner}；已加载的数据中没有该城市：请添加 adcode、region、city_lon 和 city_lat 列（以及 city_en、city_zh、province_en、province_zh 和 tier 列）来定义它`,
  ],
  [/^outlet "([^"]*)": (.+)$/, (inner, g) => `门店“${g(1)}”：${inner}`],
];

function chinese(reason: string, places: PlaceNames): string | null {
  for (const [pattern, wrap] of WRAPPERS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const group: Group = (i) => match[i] ?? '';
    const inner = chinese(match.groups?.inner ?? group(match.length - 1), places);
    return inner === null ? null : wrap(inner, group);
  }
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(reason);
    if (match) return say((i) => match[i] ?? '', places);
  }
  return null;
}

/** A data-quality reason in the UI's language, or in English when no translation is known. */
export function translateReason(
  reason: string,
  language: Language,
  places: PlaceNames = new Map(),
): TranslatedReason {
  if (language === 'en') return { text: reason, language: 'en' };
  const text = chinese(reason, places);
  return text === null ? { text: reason, language: 'en' } : { text, language };
}
