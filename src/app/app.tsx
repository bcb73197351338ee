import './fonts.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RuntimeConfig } from '../config/runtime-config';
import { runtimeConfigQueryOptions } from '../data/sources/network-queries';
import { basemapCrs, useNetwork } from '../data/sources/use-network';
import { useAppStore } from '../stores/app-store';
import { useAsOfRange } from '../stores/use-as-of-range';
import { useResolvedTheme } from '../stores/use-resolved-theme';
import { useT } from '../stores/use-t';
import { useUrlNotices, useUrlSync } from '../stores/use-url-sync';
import { AppHeader } from './app-header';
import { Dashboard } from './dashboard';
import { DropZone } from '../features/data-sources/drop-zone';
import { LoadProgressBar } from '../features/data-sources/load-progress-bar';
import { SourceStatus } from '../features/data-sources/source-status';
import { Providers } from './providers';

function Loaded({
  config,
  configWarning,
}: {
  config: RuntimeConfig;
  configWarning: string | null;
}) {
  const t = useT();
  const fileSourceId = useAppStore((state) => state.fileSourceId);
  const active = useNetwork(config, fileSourceId);
  const { loaded, isLoading } = active;
  useAsOfRange(loaded?.network ?? null);
  // While a stand-in source is still loading, its failure is not the last word yet.
  const error = isLoading ? null : active.error;
  return (
    <DropZone network={loaded?.network ?? null} crs={basemapCrs(config)}>
      <AppHeader
        meta={loaded?.network.meta ?? null}
        network={loaded?.network ?? null}
        issues={loaded?.issues ?? null}
        origin={loaded?.origin ?? ''}
        failed={error !== null}
      />
      {configWarning && (
        <p className="notice" role="status">
          {t('status.configWarning', { message: configWarning })}
        </p>
      )}
      <SourceStatus active={active} />
      <Dashboard
        loaded={loaded}
        config={config}
        failed={error !== null}
        pending={
          error ? (
            <div role="alert" className="load-error map-view__pending">
              <h2>{t('status.loadFailed')}</h2>
              <p>{error.message}</p>
              <button type="button" className="button" onClick={active.retry}>
                {t('status.retry')}
              </button>
            </div>
          ) : (
            <div className="map-view__pending">
              <LoadProgressBar progress={active.progress} />
            </div>
          )
        }
      />
    </DropZone>
  );
}

function UrlNotices() {
  const t = useT();
  const { notices, dismiss } = useUrlNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notice notice--dismissible" role="status">
      <p>
        {t('status.urlIgnored')} {notices.join(' · ')}
      </p>
      <button
        type="button"
        className="icon-button"
        aria-label={t('status.dismiss')}
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  );
}

function Shell() {
  const t = useT();
  useUrlSync();
  const language = useAppStore((state) => state.language);
  const theme = useResolvedTheme();
  const config = useQuery(runtimeConfigQueryOptions());

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = t('app.title');
  }, [language, theme, t]);

  if (config.data)
    return (
      <>
        <UrlNotices />
        <Loaded config={config.data.config} configWarning={config.data.warning} />
      </>
    );
  return (
    <main className="app-main">
      <div
        className="map-view map-view--placeholder"
        data-map-state={config.isError ? 'error' : 'loading'}
      >
        <p role={config.isError ? 'alert' : 'status'} className="loading">
          {config.isError
            ? `${t('status.loadFailed')}: ${config.error.message}`
            : t('status.loadingConfig')}
        </p>
      </div>
    </main>
  );
}

/** The dashboard with its providers. */
export function App() {
  const presenting = useAppStore((state) => state.presenting);
  return (
    <Providers>
      <div className="app" data-presenting={presenting}>
        <Shell />
      </div>
    </Providers>
  );
}
