import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { RuntimeConfig } from '../config/runtime-config';
import { translate } from '../lib/i18n/messages';
import type { LoadedNetwork } from '../data/sources/load-errors';
import { CityPanel } from '../features/city-panel/city-panel';
import { DataIssuesBanner } from '../features/data-quality/data-issues-banner';
import { FilterPanel } from '../features/filters/filter-panel';
import { KeyFigures } from '../features/insights/key-figures';
import { MapView } from '../features/map/map-view';
import { OutletTable } from '../features/outlet-list/outlet-table';
import { Presentation } from '../features/presentation/presentation';
import { TimelineBar } from '../features/presentation/timeline-bar';
import { useAppStore } from '../stores/app-store';
import { useNetworkView } from '../stores/use-network-view';
import { viewOutlets } from '../data/derive/view-outlets';
import { useMessages } from '../stores/use-messages';
import { layoutMessages } from './layout-messages';

const Charts = lazy(() => import('../features/insights/insights-charts'));

type Sheet = 'filters' | 'insights' | 'list' | null;

export interface DashboardProps {
  /** The dataset on screen; until there is one the map shows its basemap and `pending`. */
  loaded: LoadedNetwork | undefined;
  config: RuntimeConfig;
  /** The load's progress, or why it failed, shown over the map while there is no dataset. */
  pending?: ReactNode;
  failed?: boolean;
}

const isPhone = () => window.matchMedia?.('(max-width: 720px)').matches ?? false;

/** Filter rail, map, insights or city panel, and the outlet list, all from one filter state. */
export function Dashboard({ loaded, config, pending, failed }: DashboardProps) {
  const t = useMessages(layoutMessages);
  const network = loaded?.network ?? null;
  const view = useNetworkView(network);
  const selectedCityId = useAppStore((state) => state.selectedCityId);
  const language = useAppStore((state) => state.language);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [listOpen, setListOpen] = useState(false);

  const framePadding = useCallback(() => {
    if (isPhone()) return { top: 40, right: 40, bottom: window.innerHeight * 0.45, left: 40 };
    return { top: 60, right: 60, bottom: 60, left: 60 };
  }, []);

  const toggleSheet = (next: Sheet) => {
    if (next === 'list') setListOpen((open) => !open);
    setSheet((current) => (current === next ? null : next));
  };
  // The bar and the tabs hold their place while the data loads, not after a load that failed.
  const holdPlaces = network !== null || !failed;
  const cityOpen =
    selectedCityId !== null && view?.index.cityPosition.get(selectedCityId) !== undefined;

  return (
    <main
      className="workspace"
      data-sheet={sheet ?? 'none'}
      data-list={listOpen}
      data-failed={Boolean(failed && !network)}
    >
      {/* The panels, the timeline bar and the phone's tabs keep their place while the data
          loads, so the map does not jump (nor redraw) when it comes in. */}
      <aside className="workspace__rail" aria-label={t('filters')}>
        {network && <FilterPanel network={network} />}
      </aside>
      <div className="workspace__center">
        {network && <Presentation network={network} />}
        {loaded && <DataIssuesBanner issues={loaded.issues} origin={loaded.origin} />}
        <div className="workspace__map">
          <ErrorBoundary
            fallback={(error) => (
              <div className="map-view map-view--placeholder" data-map-state="error">
                <p role="alert" className="load-error">
                  {translate(language, 'map.loadError', { message: error.message })}
                </p>
              </div>
            )}
          >
            <MapView
              network={network}
              basemap={config.basemap}
              framePadding={framePadding}
              pending={pending}
              failed={failed}
            />
          </ErrorBoundary>
          {view && (
            <button
              type="button"
              className="list-toggle button"
              aria-expanded={listOpen}
              onClick={() => setListOpen((open) => !open)}
            >
              {t('list')} · {view.visible.length.toLocaleString()}
            </button>
          )}
        </div>
        {holdPlaces && <TimelineBar network={network} />}
        {listOpen && view && (
          <section className="workspace__list" aria-label={t('listTitle')}>
            <button
              type="button"
              className="icon-button workspace__list-close"
              aria-label={t('closeList')}
              onClick={() => {
                setListOpen(false);
                setSheet((current) => (current === 'list' ? null : current));
              }}
            >
              ×
            </button>
            <OutletTable outlets={viewOutlets(view)} asOf={view.asOf} />
          </section>
        )}
      </div>
      <aside className="workspace__insights" aria-label={t('insights')}>
        {network &&
          (cityOpen ? (
            <CityPanel network={network} />
          ) : (
            <>
              <KeyFigures network={network} />
              <Suspense fallback={null}>
                <Charts network={network} />
              </Suspense>
            </>
          ))}
      </aside>
      {holdPlaces && (
        <nav className="sheet-tabs" aria-label={t('panels')}>
          {(['filters', 'insights', 'list'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className="sheet-tabs__button"
              aria-pressed={name === 'list' ? listOpen : sheet === name}
              disabled={!network}
              onClick={() => toggleSheet(name)}
            >
              {t(name)}
            </button>
          ))}
        </nav>
      )}
    </main>
  );
}
