import type { Random } from '../../../scripts/synth/random';

/**
 * Ways to break (or nearly break) an outlet record, for holding the fast outlet check next to
 * zod: the paths of its fields, and values each of them may be set to.
 */

/** Every field and nested field of an outlet, plus a key the schema does not know. */
export const OUTLET_PATHS: readonly (readonly (string | number)[])[] = [
  ['id'],
  ['cityId'],
  ['kind'],
  ['name'],
  ['name', 'en'],
  ['name', 'zh'],
  ['operator'],
  ['operator', 'en'],
  ['operator', 'zh'],
  ['status'],
  ['stages'],
  ['stages', 'planned'],
  ['stages', 'signed'],
  ['stages', 'renovating'],
  ['stages', 'open'],
  ['stages', 'closed'],
  ['services'],
  ['services', 0],
  ['services', 1],
  ['address'],
  ['address', 'en'],
  ['address', 'zh'],
  ['point'],
  ['point', 'lon'],
  ['point', 'lat'],
  ['extra'],
];

/** Marks a field to delete rather than set. */
export const MISSING = Symbol('missing');

const emoji = '\u{1F600}';

/** Values of every type, and strings and numbers on both sides of each rule of the schema. */
export const ODD_VALUES: readonly unknown[] = [
  MISSING,
  undefined,
  null,
  true,
  0,
  1,
  -0,
  NaN,
  Infinity,
  -Infinity,
  '',
  ' ',
  '\t\n',
  '  padded  ',
  'x'.repeat(300),
  'x'.repeat(301),
  ` ${'x'.repeat(300)} `,
  emoji.repeat(150),
  emoji.repeat(200),
  emoji.repeat(301),
  '1',
  '120.5',
  [],
  ['sales'],
  ['sales', 'sales'],
  ['sales', 'repairs'],
  [undefined],
  {},
  { en: 'a', zh: 'b' },
  { en: ' a ', zh: 'b', fr: 'c' },
  { lon: 120.6, lat: 31.3 },
  { planned: '2024-01-01' },
  'sales',
  'after-sales',
  'delivery-center',
  'Fusion-store',
  'open',
  'closed',
  'OPEN',
  '2024-02-29',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '2024-1-01',
  '0000-01-01',
  '2024-01-01T00:00:00Z',
  ' 2024-01-01',
  '2024-01-01\n',
  '+010000-01',
  '２０２４-01-01',
  'ab_C-9',
  'a b',
  'a.b',
  'ü',
  'ps-suzhou-1\n',
  new String('sales'),
  new Date(0),
  180,
  180.0001,
  -180,
  -180.5,
  90,
  90.5,
  -90,
  120.6,
  31.3,
];

type Container = Record<string | number, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** A deep copy of plain JSON-like data (`undefined`, NaN, -0 and odd objects survive). */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isContainer(value) && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

/** Sets (or deletes, for `MISSING`) the field at `path`, making the objects on the way. */
export function setPath(record: Container, path: readonly (string | number)[], value: unknown) {
  let target = record;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (isContainer(next)) target = next;
    else target = target[key] = {};
  }
  const last = path[path.length - 1] ?? '';
  if (value === MISSING) Reflect.deleteProperty(target, last);
  else target[last] = value;
}

/** A copy of `record` with one to three random fields set to random odd values. */
export function mutate(record: object, random: Random): Container {
  const variant = copy(record) as Container;
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i += 1) {
    const path = OUTLET_PATHS[Math.floor(random() * OUTLET_PATHS.length)] ?? [];
    setPath(variant, path, ODD_VALUES[Math.floor(random() * ODD_VALUES.length)]);
  }
  return variant;
}
