import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Network, Outlet } from '../../src/data/domain/schema';

/**
 * The hostile inputs every source must survive: what each file holds, and what the page (its
 * file input) and `data:validate` must make of it. `scripts/build-hostile-fixtures.ts` writes
 * the small ones to `tests/fixtures/hostile/`; the large ones are built where a test needs them.
 */

const ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLE_FILE = resolve(ROOT, 'data/sample-network.json');
export const HOSTILE_DIR = resolve(ROOT, 'tests/fixtures/hostile');

/** What the page shows after the file is opened. */
export type PageOutcome =
  /** Refused whole with `message`; the data on screen stays. */
  | { kind: 'refused'; message: string }
  /** Shown, with `problems` problems (0: none) and the legend's outlet counts of `expected`. */
  | { kind: 'shown'; problems: number }
  /** Asks whether to take the outlets on screen away; "Keep" leaves them. */
  | { kind: 'confirm-empty' }
  /** Asks the coordinate system; the answer `answer` shows it, noting the system taken. */
  | { kind: 'ask-crs'; answer: 'WGS84' | 'GCJ02' | 'BD09'; outlets: number };

export interface HostileCase {
  /** The file name, in the corpus and as opened. */
  file: string;
  what: string;
  page: PageOutcome;
  /** `data:validate`'s exit status, and a line its output must hold. */
  cli: { exit: 0 | 1 | 2; output: string };
  /** Built at test time rather than committed (too large for the repository). */
  large?: boolean;
}

export function readSample(): Network {
  return JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Network;
}

const CSV_HEADER =
  'id\tkind\tname_en\tname_zh\tcity_id\toperator_en\toperator_zh\tservices\taddress_en\taddress_zh\tlon\tlat\tstage\tstage_date\tcrs';
const csvRow = (id: string, crs: string, lon = '120.62', lat = '31.31') =>
  `${id}\tpartner-store\tStore ${id}\t${id} 店\tsuzhou\tPartner\t伙伴\tsales after-sales\tRoad 1\t苏州市姑苏区\t${lon}\t${lat}\tsigned\t2023-12-29\t${crs}`;

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

/** Ids that are names on every JavaScript object's prototype. */
export const PROTOTYPE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

/**
 * The sample with a copy of Beijing whose id is `constructor` (a valid city id) and an outlet
 * of each prototype-named id in it; cities named `__proto__`, `toString` and `hasOwnProperty`
 * (not valid city ids: lower-case letters, digits and dashes only) and an outlet in the city
 * `__proto__` are reported as any other bad id is.
 */
export function prototypeIdNetwork(): unknown {
  const sample = readSample();
  const beijing = sample.cities.find((city) => city.id === 'beijing');
  const template = sample.outlets.find((outlet) => outlet.cityId === 'beijing');
  if (!beijing || !template) throw new Error('the sample has no Beijing outlet');
  const twin = (id: string) => ({ ...beijing, id, name: { en: `Beijing ${id}`, zh: `北京${id}` } });
  const outlet = (id: string, cityId: string): Outlet => ({
    ...template,
    id,
    cityId,
    kind: 'partner-store',
    name: { en: `Outlet ${id}`, zh: `门店 ${id}` },
    point: { lon: template.point.lon + 0.01, lat: template.point.lat + 0.01 },
  });
  // JSON.stringify writes an own "__proto__" key as any other; JSON.parse reads it back as one.
  const cities: unknown[] = [...sample.cities, ...PROTOTYPE_IDS.map(twin)];
  const outlets: unknown[] = [
    ...sample.outlets,
    ...PROTOTYPE_IDS.map((id) => outlet(id, 'constructor')),
    outlet('in-proto-city', '__proto__'),
  ];
  return { ...sample, cities, outlets };
}

/** The small cases, with their bytes. */
export function hostileFiles(): { case: HostileCase; bytes: Buffer }[] {
  const sample = readSample();
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const text = JSON.stringify(sample, null, 2);
  const deep = (closed: boolean) =>
    Buffer.from(`${'{"a":'.repeat(10_000)}1${closed ? '}'.repeat(10_000) : ''}`);
  const refused = (file: string, what: string, bytes: Buffer, message: string) => ({
    case: {
      file,
      what,
      page: { kind: 'refused', message },
      cli: { exit: 2, output: message },
    } satisfies HostileCase,
    bytes,
  });
  return [
    refused('null.json', 'JSON null', Buffer.from('null'), 'JSON null, not a dataset'),
    refused(
      'array.json',
      'a JSON array',
      json(sample.outlets.slice(0, 3)),
      'a JSON array of 3 items, not a dataset',
    ),
    refused('number.json', 'a JSON number', Buffer.from('42'), 'a JSON number (42), not a dataset'),
    refused(
      'string.json',
      'a JSON string',
      Buffer.from('"network"'),
      'a JSON string ("network"), not a dataset',
    ),
    refused(
      'wrapped.json',
      'an API-style wrapper around records',
      json({ status: 'ok', data: { items: sample.outlets.slice(0, 3) } }),
      'a JSON object with "status", "data", not a dataset',
    ),
    refused(
      'nested-closed.json',
      'JSON nested 10,000 levels deep',
      deep(true),
      'nested more than 64 levels deep',
    ),
    refused(
      'nested-unclosed.json',
      'JSON nested 10,000 levels deep and left unclosed',
      deep(false),
      'nested more than 64 levels deep',
    ),
    refused(
      'outlets-null.json',
      'a dataset whose outlets are null',
      json({ ...sample, outlets: null }),
      'not a dataset: "outlets" is JSON null where a list belongs',
    ),
    refused(
      'gbk.csv',
      'a CSV saved in GBK',
      Buffer.concat([Buffer.from('id,name_zh\nps-1,'), Buffer.from([0xcb, 0xd5, 0xd6, 0xdd])]),
      'not UTF-8 text',
    ),
    {
      case: {
        file: 'prototype-ids.json',
        what: 'cities and outlets whose ids are prototype names',
        page: { kind: 'shown', problems: 4 },
        cli: { exit: 1, output: 'valid: 25 cities, 82 outlets, 3 milestones' },
      },
      bytes: json(prototypeIdNetwork()),
    },
    {
      case: {
        file: 'utf16le.json',
        what: 'the sample in UTF-16 little-endian with a BOM',
        page: { kind: 'shown', problems: 0 },
        cli: { exit: 0, output: 'valid: 24 cities, 78 outlets, 3 milestones' },
      },
      bytes: utf16(text, 'le'),
    },
    {
      case: {
        file: 'utf16be.json',
        what: 'the sample in UTF-16 big-endian with a BOM',
        page: { kind: 'shown', problems: 0 },
        cli: { exit: 0, output: 'valid: 24 cities, 78 outlets, 3 milestones' },
      },
      bytes: utf16(text, 'be'),
    },
    {
      case: {
        file: 'unicode-text.csv',
        what: 'outlets as Excel "Unicode text": UTF-16 LE with a BOM, tab-separated',
        page: { kind: 'shown', problems: 0 },
        cli: { exit: 0, output: 'valid: 24 cities, 2 outlets,' },
      },
      bytes: utf16(
        [CSV_HEADER, csvRow('ps-u1', 'WGS84'), csvRow('ps-u2', 'GCJ02', '120.63')].join('\r\n'),
        'le',
      ),
    },
    {
      case: {
        file: 'blank-crs.csv',
        what: 'a CSV with a crs column whose cells are blank on some rows',
        page: { kind: 'ask-crs', answer: 'GCJ02', outlets: 2 },
        cli: { exit: 1, output: 'blank, in a file with a crs column' },
      },
      bytes: Buffer.from(
        [CSV_HEADER, csvRow('ps-b1', 'GCJ02'), csvRow('ps-b2', '', '120.63')].join('\n'),
      ),
    },
    {
      case: {
        file: 'no-crs.csv',
        what: 'a CSV that names no coordinate system',
        page: { kind: 'ask-crs', answer: 'WGS84', outlets: 1 },
        cli: { exit: 0, output: 'they were taken as WGS84 (assumed' },
      },
      bytes: Buffer.from(
        [CSV_HEADER.replace('\tcrs', ''), csvRow('ps-n1', '').replace(/\t$/, '')].join('\n'),
      ),
    },
  ];
}

/** The large cases: built at test time, never committed. */
export const LARGE_CASES: readonly HostileCase[] = [
  {
    file: 'all-invalid.json',
    what: 'a dataset whose 100,000 outlets are all invalid',
    page: { kind: 'confirm-empty' },
    cli: { exit: 1, output: 'problems: 900,000 errors' },
    large: true,
  },
  {
    file: 'oversize.json',
    what: 'a 51 MB file',
    page: { kind: 'refused', message: 'over the 50.0 MB limit' },
    cli: { exit: 2, output: 'over the 50.0 MB limit' },
    large: true,
  },
];

/** The bytes of a large case. */
export function largeFile(file: string): Buffer {
  const sample = readSample();
  if (file === 'all-invalid.json') {
    const outlets = Array.from({ length: 100_000 }, (_, i) => ({ id: `o${i}`, kind: 'megastore' }));
    return Buffer.from(JSON.stringify({ ...sample, outlets }));
  }
  if (file === 'oversize.json') {
    // The sample, padded to 51 MB with an extra field a dataset may carry.
    const padding = 'x'.repeat(51 * 1024 * 1024);
    return Buffer.from(JSON.stringify({ ...sample, padding }));
  }
  throw new Error(`no large case ${file}`);
}

/**
 * A valid dataset of `outlets` outlets over the sample's cities, large enough that parsing and
 * checking it takes a while: a file that is still loading when another is opened.
 */
export function slowDataset(outlets: number): Buffer {
  const sample = readSample();
  const many = Array.from({ length: outlets }, (_, i) => {
    const template = sample.outlets[i % sample.outlets.length];
    return { ...template, id: `${template?.id ?? 'outlet'}-${i}` };
  });
  return Buffer.from(JSON.stringify({ ...sample, outlets: many }));
}
