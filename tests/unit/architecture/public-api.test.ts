import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * What reaching past a library's documented API looks like: an underscore member (`map._render`,
 * `style._updatePlacement`), or one of MapLibre's internals that earlier code patched — the
 * painter, the worker's actor and its message handlers, the worker's global states.
 */
const PRIVATE_ACCESS: readonly [string, RegExp][] = [
  ['an underscore member', /[\w)\]]\??\._[A-Za-z]/],
  ["MapLibre's painter", /\.painter\b/],
  ["a worker's actor", /\.actor\b|\bsendAsync\b|\bmessageHandlers\b/],
  ["a worker's global states", /\bglobalStates\b/],
  ["the style's source caches", /\.sourceCaches\b|\.tileManagers\b/],
];

/** Each line of `text` that reaches a private member, with what it reaches; comments skipped. */
export function privateAccesses(text: string): { line: number; what: string }[] {
  return text.split('\n').flatMap((source, index) => {
    const code = source.replace(/\/\/.*$/, '');
    if (/^\s*(\*|\/\*)/.test(code)) return [];
    return PRIVATE_ACCESS.filter(([, pattern]) => pattern.test(code)).map(([what]) => ({
      line: index + 1,
      what,
    }));
  });
}

describe('the code of src/', () => {
  it('uses its dependencies through their documented API only', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      privateAccesses(readFileSync(file, 'utf8')).map(
        ({ line, what }) => `${relative(SRC, file)}:${line} reaches ${what}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('is caught reaching for a private member', () => {
    expect(privateAccesses('map.painter.render = draw;')).toHaveLength(1);
    expect(privateAccesses('const style = map.style;\nstyle._updatePlacement(a);')).toEqual([
      { line: 2, what: 'an underscore member' },
    ]);
    expect(privateAccesses('worker.actor.messageHandlers.LD = load;')).toHaveLength(1);
    expect(privateAccesses('// map._render() is not ours to call')).toEqual([]);
    expect(privateAccesses('map.setFilter(id, filter);')).toEqual([]);
  });
});
