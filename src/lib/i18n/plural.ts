// Self-contained, so that the dictionaries' `fill` can use it without an import cycle.
const LOCALES = { en: 'en', zh: 'zh-CN' } as const;
/** The UI languages, as `Language` names them. */
type Language = keyof typeof LOCALES;
const rules = new Map<Language, Intl.PluralRules>();

/** The language's plural rules (CLDR, through `Intl.PluralRules`), made once. */
export function pluralRules(language: Language): Intl.PluralRules {
  let made = rules.get(language);
  if (!made) {
    made = new Intl.PluralRules(LOCALES[language]);
    rules.set(language, made);
  }
  return made;
}

/** The plural categories a language distinguishes: English `one`/`other`, Chinese `other`. */
export function pluralCategories(language: Language): readonly string[] {
  return pluralRules(language).resolvedOptions().pluralCategories;
}

/**
 * A count given as a number or as text formatted for display ("1,234", "1 234") as a number,
 * or `NaN` when the text holds none.
 */
export function countOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const digits = value.replace(/[^\d.-]/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

/**
 * Picks a branch of a plural choice: an exact `=N` branch first, then the count's CLDR
 * category, then `other`.
 */
export function selectPlural(
  branches: ReadonlyMap<string, string>,
  count: number,
  language: Language,
): string {
  const exact = branches.get(`=${count}`);
  if (exact !== undefined) return exact;
  const category = Number.isNaN(count) ? 'other' : pluralRules(language).select(count);
  return branches.get(category) ?? branches.get('other') ?? '';
}
