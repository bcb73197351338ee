import type { Network, NetworkMeta } from '../data/domain/schema';
import type { DataIssue } from '../data/domain/data-issue';
import { OpenFileButton } from '../features/data-sources/open-file-button';
import { DataQualityButton } from '../features/data-quality/data-quality-button';
import { placeNamesOf } from '../features/data-quality/place-names';
import { ExportMenu } from '../features/presentation/export-menu';
import { PresentationTools } from '../features/presentation/presentation-tools';
import { lazy, Suspense, useMemo } from 'react';
import type { Language } from '../lib/i18n/messages';
import { formatDate } from '../lib/format';
import { useAppStore } from '../stores/app-store';
import { type ThemeChoice } from '../stores/app-state';
import { useT } from '../stores/use-t';
import { HeaderMenu } from './header-menu';
import './header.css';

export interface AppHeaderProps {
  meta: NetworkMeta | null;
  network: Network | null;
  /** The loaded dataset's problems and where it came from, for the "Data quality" entry. */
  issues?: readonly DataIssue[] | null;
  origin?: string;
  /** Whether the load failed with nothing to show: no search then. */
  failed?: boolean;
}

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

// The pinyin dictionary behind the search is large: it loads after the first paint.
const CitySearch = lazy(() =>
  import('../features/filters/city-search').then((module) => ({ default: module.CitySearch })),
);

/** The search's place while its code or the data loads. */
const SEARCH_PLACEHOLDER = <div className="city-search-placeholder" />;

/**
 * Title, as-of date, the sample-data notice, the search and the tools, in one row of a fixed
 * height, so nothing below moves when the data arrives. On a phone the search and the tools
 * fold into a menu.
 */
export function AppHeader({
  meta,
  network,
  issues = null,
  origin = '',
  failed = false,
}: AppHeaderProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const theme = useAppStore((state) => state.theme);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setTheme = useAppStore((state) => state.setTheme);
  const places = useMemo(() => placeNamesOf(network), [network]);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <div className="app-header__name">
          <h1 className="app-header__title" title={meta?.title[language]}>
            {meta ? meta.title[language] : t('app.title')}
          </h1>
          <p className="app-header__subtitle">
            {/* Before a dataset names itself, the title is the app's: say what it shows. */}
            {meta ? t('app.title') : t('app.subtitle')}
            {meta && (
              <>
                {' · '}
                <time dateTime={meta.asOf}>
                  {t('header.asOf', { date: formatDate(meta.asOf, language) })}
                </time>
              </>
            )}
          </p>
        </div>
        {meta?.illustrative && (
          <p className="sample-badge" role="note" title={t('header.sampleNotice')}>
            <span className="sample-badge__short" aria-hidden="true">
              {t('header.sampleShort')}
            </span>
            <span className="sample-badge__full">{t('header.sampleNotice')}</span>
          </p>
        )}
      </div>
      <HeaderMenu>
        {/* The search keeps its place while the data loads. */}
        {(network || !failed) && (
          <div className="app-header__search">
            <Suspense fallback={SEARCH_PLACEHOLDER}>
              {network ? <CitySearch network={network} /> : SEARCH_PLACEHOLDER}
            </Suspense>
          </div>
        )}
        <div className="app-header__tools">
          <OpenFileButton />
          <DataQualityButton
            issues={network ? (issues ?? []) : null}
            origin={origin}
            places={places}
          />
          <label className="select-field">
            <span className="select-field__label">{t('header.language')}</span>
            <select
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              <option value="en">English</option>
              <option value="zh">中文</option>
            </select>
          </label>
          <label className="select-field">
            <span className="select-field__label">{t('header.theme')}</span>
            <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
              {THEMES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`theme.${choice}`)}
                </option>
              ))}
            </select>
          </label>
          <PresentationTools network={network} />
          {network && <ExportMenu network={network} />}
        </div>
      </HeaderMenu>
    </header>
  );
}
