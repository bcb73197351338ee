/**
 * The gate every source passes through before validation (bundled, static URL, file, drop, API,
 * the reference server and the CLI): a document is a dataset only when its top level is an
 * object with the parts of one in the right shape. What is not is refused whole, with a message
 * that says what was found, and the data on screen stays. Validation then checks record by
 * record (`validateNetwork`).
 */

/** The parts a dataset must have at its top level, and the shape of each. */
const REQUIRED_PARTS = [
  ['meta', 'object'],
  ['cities', 'list'],
  ['outlets', 'list'],
] as const;

const PREVIEW = 40;

function preview(text: string): string {
  const shown = text.replace(/\p{C}/gu, ' ');
  return shown.length > PREVIEW ? `${shown.slice(0, PREVIEW - 1)}…` : shown;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

/** A JSON value in words: `JSON null`, `a JSON array of 3 items`, `a JSON number (42)`. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return `a JSON array of ${plural(value.length, 'item')}`;
  switch (typeof value) {
    case 'string':
      return `a JSON string ("${preview(value)}")`;
    case 'number':
      return `a JSON number (${value})`;
    case 'boolean':
      return `JSON ${value}`;
    case 'object':
      return 'a JSON object';
    default:
      return `a ${typeof value}`;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => `"${preview(key)}"`);
  if (keys.length > 5) shown.push(`${keys.length - 5} more`);
  return shown.join(', ');
}

function partProblem(part: string, shape: 'object' | 'list', value: unknown): string | null {
  if (shape === 'object' ? isObject(value) : Array.isArray(value)) return null;
  const expected = shape === 'object' ? 'an object' : 'a list';
  return `"${part}" is ${describeJsonValue(value)} where ${expected} belongs`;
}

/**
 * Why a parsed JSON document is not a dataset, or `null` when its top level has the parts of
 * one: `meta` an object, `cities` and `outlets` lists (the optional `milestones` are checked
 * with the records). The message says what was found ("a JSON array of 3 items, not a dataset").
 */
export function datasetShapeProblem(document: unknown): string | null {
  if (!isObject(document)) return `${describeJsonValue(document)}, not a dataset`;
  const keys = Object.keys(document);
  const present = REQUIRED_PARTS.filter(([part]) => Object.hasOwn(document, part));
  if (present.length === 0) {
    const found =
      keys.length === 0 ? 'an empty JSON object' : `a JSON object with ${keyList(keys)}`;
    return `${found}, not a dataset (a dataset has "meta", "cities" and "outlets")`;
  }
  const problems: string[] = [];
  for (const [part, shape] of REQUIRED_PARTS) {
    if (!Object.hasOwn(document, part)) problems.push(`"${part}" is missing`);
    else {
      const problem = partProblem(part, shape, document[part]);
      if (problem) problems.push(problem);
    }
  }
  return problems.length === 0 ? null : `not a dataset: ${problems.join('; ')}`;
}

/**
 * Whether showing a dataset of `nextOutlets` valid outlets in place of the data on screen
 * (`onScreenOutlets`) would take every outlet away. Such a dataset is shown only after the user
 * agrees (a file), or kept out (the live API and the reference server keep the last good one).
 */
export function losesAllOutlets(nextOutlets: number, onScreenOutlets: number): boolean {
  return nextOutlets === 0 && onScreenOutlets > 0;
}
