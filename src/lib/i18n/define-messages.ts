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

/** Fills `{name}` placeholders. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}
