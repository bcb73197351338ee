const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  const plain = /^[A-Za-z_/$][\w ./()$'-]*$/.test(text) && !text.endsWith(' ');
  return plain && !RESERVED.test(text) ? text : JSON.stringify(text);
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function entry(head: string, indent: string, value: unknown, inline: boolean): string[] {
  if (!isContainer(value)) return [`${head} ${scalar(value)}`];
  if (isEmpty(value)) return [`${head} ${Array.isArray(value) ? '[]' : '{}'}`];
  const [first = '', ...rest] = block(value, indent);
  if (!inline) return [head, first, ...rest];
  return [`${head} ${first.slice(indent.length)}`, ...rest];
}

function block(value: object, indent: string): string[] {
  const child = `${indent}  `;
  if (Array.isArray(value)) return value.flatMap((item) => entry(`${indent}-`, child, item, true));
  return Object.entries(value).flatMap(([key, item]) =>
    entry(`${indent}${scalar(key)}:`, child, item, false),
  );
}

/**
 * Writes JSON-compatible data as block-style YAML. Strings that are not plainly safe are written
 * as JSON strings, which YAML reads as double-quoted scalars.
 */
export function toYaml(value: object): string {
  return `${block(value, '').join('\n')}\n`;
}
