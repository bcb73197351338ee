const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset of the first JSON syntax error in `text`, or -1 when there is none. */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const skip = () => {
    while (WHITESPACE.has(text[i] ?? '')) i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i += 1;
  };
  const sequence = (close: string, item: () => void) => {
    i += 1;
    skip();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      skip();
      if (text[i] === close) return void (i += 1);
      if (text[i] !== ',') fail();
      i += 1;
    }
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{')
      return sequence('}', () => {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        if (text[i] !== ':') fail();
        i += 1;
        value();
      });
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    i += literal ? literal.length : fail();
  };
  try {
    value();
    skip();
    if (i < text.length) fail();
    return -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

/**
 * Describes why `JSON.parse` refused `text`, with the line and column when they can be found
 * (the engine names the position for some errors only; a scan finds the others).
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  let offset = -1;
  try {
    offset = position === undefined ? findJsonErrorOffset(text) : Number(position);
  } catch {
    // Nesting deep enough to exhaust the stack: the message goes without a place.
  }
  if (offset < 0) return `not valid JSON (${message})`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column} (${message})`;
}
