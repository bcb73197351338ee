import { layoutMessages } from '../../../src/app/layout-messages';
import { messages as cityPanelMessages } from '../../../src/features/city-panel/messages';
import { citySearchMessages } from '../../../src/features/filters/city-search-messages';
import { insightsMessages } from '../../../src/features/insights/messages';
import { messages as outletListMessages } from '../../../src/features/outlet-list/messages';
import { messages as presentationMessages } from '../../../src/features/presentation/messages';
import { fill, type Dictionary } from '../../../src/lib/i18n/define-messages';
import { messages as filterMessages } from '../../../src/lib/i18n/filter-messages';
import { en, translate, zh, type Language } from '../../../src/lib/i18n/messages';
import { pluralCategories } from '../../../src/lib/i18n/plural';

const OUTLETS_EN = '{count, plural, one {# outlet} other {# outlets}}';

describe('plural forms', () => {
  it('says "1 outlet" and "2 outlets" in English', () => {
    expect(fill(OUTLETS_EN, { count: 1 }, 'en')).toBe('1 outlet');
    expect(fill(OUTLETS_EN, { count: 2 }, 'en')).toBe('2 outlets');
    expect(fill(OUTLETS_EN, { count: 0 }, 'en')).toBe('0 outlets');
  });

  it('keeps a count formatted for display and chooses its form by its value', () => {
    expect(fill(OUTLETS_EN, { count: '1,234' }, 'en')).toBe('1,234 outlets');
    expect(fill(OUTLETS_EN, { count: '1' }, 'en')).toBe('1 outlet');
  });

  it('prefers an exact branch and fills placeholders inside the chosen one', () => {
    const template =
      '{n, plural, =0 {no outlets in {city}} one {# outlet in {city}} other {# outlets in {city}}}';
    expect(fill(template, { n: 0, city: 'Suzhou' }, 'en')).toBe('no outlets in Suzhou');
    expect(fill(template, { n: 1, city: 'Suzhou' }, 'en')).toBe('1 outlet in Suzhou');
    expect(fill(template, { n: 7, city: 'Suzhou' }, 'en')).toBe('7 outlets in Suzhou');
  });

  it('takes the "other" form in Chinese, which has one form', () => {
    expect(fill('{count, plural, other {# 家门店}}', { count: 1 }, 'zh')).toBe('1 家门店');
    expect(pluralCategories('zh')).toEqual(['other']);
  });

  it('reads the shared strings right in both languages', () => {
    expect(translate('en', 'issues.warnings', { count: 1 })).toBe('1 warning');
    expect(translate('en', 'issues.warnings', { count: 3 })).toBe('3 warnings');
    expect(translate('zh', 'issues.warnings', { count: 1 })).toBe('1 条警告');
    expect(translate('en', 'issues.summary', { count: 1 })).toBe(
      '1 invalid record was skipped; the valid ones are shown.',
    );
    expect(translate('en', 'issues.summary', { count: 4 })).toBe(
      '4 invalid records were skipped; the valid ones are shown.',
    );
    expect(translate('zh', 'issues.summary', { count: 1 })).toBe(
      '已跳过 1 条无效记录；有效记录照常显示。',
    );
    expect(translate('en', 'city.outlets', { count: 1 })).toBe('1 outlet');
    expect(translate('zh', 'city.outlets', { count: 1 })).toBe('1 家门店');
  });

  it('reads the features’ counts right: outlets in view, scenes, cities, Show N outlets', () => {
    const say = <K extends string>(
      d: Dictionary<K>,
      language: Language,
      key: K,
      vars: Record<string, string | number>,
    ) => fill(d[language][key], vars, language);
    const city = { city: 'Suzhou', province: 'Jiangsu', tier: 'New Tier 1' };
    expect(say(presentationMessages, 'en', 'bar.city', { ...city, count: 1 })).toBe(
      'Suzhou, Jiangsu · New Tier 1 · 1 outlet in view',
    );
    expect(say(presentationMessages, 'en', 'bar.city', { ...city, count: 5 })).toMatch(
      /· 5 outlets in view$/,
    );
    expect(say(presentationMessages, 'en', 'bar.ready', { count: 1 })).toBe(
      '1 scene — press → to start',
    );
    expect(say(citySearchMessages, 'en', 'results', { count: 1 })).toBe('1 city found');
    expect(say(citySearchMessages, 'en', 'results', { count: 2 })).toBe('2 cities found');
    expect(say(filterMessages, 'en', 'option.count', { count: '1' })).toBe('1 outlet');
    expect(say(outletListMessages, 'en', 'rows', { count: '1' })).toBe('1 outlet');
    expect(say(layoutMessages, 'en', 'show', { count: '1' })).toBe('Show 1 outlet');
    expect(say(layoutMessages, 'en', 'show', { count: '16' })).toBe('Show 16 outlets');
    expect(say(layoutMessages, 'zh', 'show', { count: '16' })).toBe('查看 16 家门店');
    expect(say(cityPanelMessages, 'en', 'shareValue', { share: '5%', count: 1, total: 1 })).toBe(
      '5% · 1 of 1 outlet',
    );
    expect(say(insightsMessages, 'en', 'figures.topTierDetail', { covered: 1, total: 1 })).toBe(
      '1 of 1 city with an outlet signed or later',
    );
  });

  it('uses in every dictionary only the plural forms its language has', () => {
    const dictionaries: Dictionary<string>[] = [
      { en, zh },
      layoutMessages,
      cityPanelMessages,
      citySearchMessages,
      insightsMessages,
      outletListMessages,
      presentationMessages,
      filterMessages,
    ];
    for (const dictionary of dictionaries) {
      for (const language of ['en', 'zh'] as const) {
        const allowed = new Set(pluralCategories(language));
        for (const template of Object.values(dictionary[language])) {
          for (const [, body] of template.matchAll(/\{\w+,\s*plural,(.*)\}/g)) {
            for (const [, form] of (body ?? '').matchAll(/(?:^|\})\s*(\w+)\s*\{/g))
              expect(allowed, `${language}: "${template}"`).toContain(form);
          }
        }
      }
    }
  });
});
