import { countOf, selectPlural } from './plural';

/** The UI languages: English and Simplified Chinese. */
export type Language = 'en' | 'zh';

export type Dictionary<K extends string> = Record<Language, Record<K, string>>;

/**
 * A feature's own UI strings in both languages. The type makes a key missing in either
 * language a compile error.
 */
export function defineMessages<K extends string>(messages: {
  en: Record<K, string>;
  zh: Record<NoInfer<K>, string>;
}): Dictionary<K> {
  return messages;
}

/** `{name, plural, one {# outlet} other {# outlets}}`: the variable and the branches' text. */
const PLURAL_START = /\{(\w+),\s*plural,\s*/y;
const BRANCH = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

/** The text between `{` at `open` and its matching `}`, and the index after that `}`. */
function braced(template: string, open: number): { text: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0)
      return { text: template.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** Reads a plural choice at `start`, or `null` when there is none there. */
function pluralAt(template: string, start: number) {
  PLURAL_START.lastIndex = start;
  const head = PLURAL_START.exec(template);
  if (!head) return null;
  const branches = new Map<string, string>();
  let cursor = PLURAL_START.lastIndex;
  for (;;) {
    BRANCH.lastIndex = cursor;
    const branch = BRANCH.exec(template);
    if (!branch) break;
    const body = braced(template, BRANCH.lastIndex - 1);
    if (!body) return null;
    branches.set(branch[1] ?? 'other', body.text);
    cursor = body.end;
  }
  while (template[cursor] === ' ') cursor++;
  if (template[cursor] !== '}' || !branches.has('other')) return null;
  return { name: head[1] ?? '', branches, end: cursor + 1 };
}

/**
 * Fills `{name}` placeholders and chooses plural forms, ICU style:
 * `{count, plural, one {# outlet} other {# outlets}}`, where `#` is the count as given (so a
 * formatted "1,234" stays formatted) and the branch follows the language's CLDR plural rules
 * (`Intl.PluralRules`). Chinese has one form, so its templates need no plural choice; without a
 * `language`, English rules choose.
 */
export function fill(
  template: string,
  vars?: Record<string, string | number>,
  language: Language = 'en',
): string {
  if (!vars) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const plural = pluralAt(template, open);
    const value = plural ? vars[plural.name] : undefined;
    if (plural && value !== undefined) {
      const branch = selectPlural(plural.branches, countOf(value), language);
      out += fill(branch.replaceAll('#', String(value)), vars, language);
      i = plural.end;
      continue;
    }
    const simple = /^\{(\w+)\}/.exec(template.slice(open));
    const filled = simple ? vars[simple[1] ?? ''] : undefined;
    if (simple && filled !== undefined) {
      out += String(filled);
      i = open + simple[0].length;
      continue;
    }
    out += '{';
    i = open + 1;
  }
  return out + template.slice(i);
}
