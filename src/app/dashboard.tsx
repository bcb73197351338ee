import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { RuntimeConfig } from '../config/runtime-config';
import type { LoadedNetwork } from '../data/sources/load-errors';
import { CityPanel } from '../features/city-panel/city-panel';
import { CoveragePanel } from '../features/coverage/coverage-panel';
import { ListTabs, type ListTab } from '../features/coverage/list-tabs';
import { WhitespaceTable } from '../features/coverage/whitespace-table';
import { DataIssuesBanner } from '../features/data-quality/data-issues-banner';
import { placeNamesOf } from '../features/data-quality/place-names';
import { FilterPanel } from '../features/filters/filter-panel';
import { KeyFigures } from '../features/insights/key-figures';
import { CompareButton } from '../features/compare/compare-button';
import { ComparePanel } from '../features/compare/compare-panel';
import { useComparePanel } from '../features/compare/use-compare-panel';
import { PlanSummary } from '../features/plan/plan-summary';
import { SlideExportButton } from '../features/presentation/slide-export-button';
import { OutletTable } from '../features/outlet-list/outlet-table';
import { Presentation } from '../features/presentation/presentation';
import { TimelineBar } from '../features/presentation/timeline-bar';
import { useAppStore } from '../stores/app-store';
import { useNetworkView } from '../stores/use-network-view';
import { viewOutlets } from '../data/derive/view-outlets';
import { useDistricts } from '../data/sources/district-query';
import { useMessages } from '../stores/use-messages';
import { layoutMessages } from './layout-messages';
import { MapArea } from './map-area';
import { SheetBar, SheetFooter } from './sheet-bar';
import { useSheets } from './use-sheets';

const Charts = lazy(() => import('../features/insights/insights-charts'));

export interface DashboardProps {
  /** The dataset on screen; until there is one the map shows its basemap and `pending`. */
  loaded: LoadedNetwork | undefined;
  config: RuntimeConfig;
  /** The load's progress, or why it failed, shown over the map while there is no dataset. */
  pending?: ReactNode;
  failed?: boolean;
}

const isPhone = () => window.matchMedia?.('(max-width: 720px)').matches ?? false;

/** The phone's sheets: above the tab bar, at most this share of the workspace (styles.css). */
const SHEET_BOTTOM_PX = 52;
const SHEET_MAX_SHARE = 0.58;

/**
 * How much of the map a full sheet covers on a phone, px, leaving at least 160 px of map above
 * it to frame a city in.
 */
function sheetOverlap(workspace: HTMLElement | null): number {
  const map = workspace?.querySelector('.map-view')?.getBoundingClientRect();
  const area = workspace?.getBoundingClientRect();
  if (!map || !area || map.height === 0) return 24;
  const sheetTop = area.bottom - SHEET_BOTTOM_PX - SHEET_MAX_SHARE * area.height;
  return Math.max(24, Math.min(map.bottom - sheetTop, map.height - 160));
}

/** Filter rail, map, insights or city panel, and the outlet list, all from one filter state. */
export function Dashboard({ loaded, config, pending, failed }: DashboardProps) {
  const t = useMessages(layoutMessages);
  const network = loaded?.network ?? null;
  const view = useNetworkView(network);
  const districts = useDistricts(network);
  const places = useMemo(() => placeNamesOf(network), [network]);
  const selectedCityId = useAppStore((state) => state.selectedCityId);
  const coverageOn = useAppStore((state) => state.coverage.mode !== 'off');
  const { sheet, toggle: toggleSheet, close: closeSheet } = useSheets();
  // The list is a drawer under the map on a wide screen, and one of the sheets on a phone.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const listOpen = sheet === 'list' || drawerOpen;
  // With the coverage view on, the list holds the whitespace list too.
  const [chosenTab, setListTab] = useState<ListTab>('outlets');
  const listTab = coverageOn ? chosenTab : 'outlets';
  const showWhitespace = useCallback(() => {
    setListTab('whitespace');
    if (isPhone()) toggleSheet('list');
    else setDrawerOpen(true);
  }, [toggleSheet]);
  const visible = view?.visible.length ?? 0;

  const workspace = useRef<HTMLElement>(null);
  const framePadding = useCallback(() => {
    // On a phone a city's panel opens in the insights sheet over the lower part of the map: the
    // city is framed in the part above it.
    if (isPhone())
      return { top: 24, right: 24, bottom: 24 + sheetOverlap(workspace.current), left: 24 };
    return { top: 60, right: 60, bottom: 60, left: 60 };
  }, []);

  // The bar and the tabs hold their place while the data loads, not after a load that failed.
  const holdPlaces = network !== null || !failed;
  const comparing = useComparePanel(network).open;
  // On a phone the comparison opens in the insights sheet.
  const wasComparing = useRef(comparing);
  useEffect(() => {
    if (comparing && !wasComparing.current && isPhone() && sheet !== 'insights')
      toggleSheet('insights');
    wasComparing.current = comparing;
  }, [comparing, sheet, toggleSheet]);
  const cityOpen =
    selectedCityId !== null && view?.index.cityPosition.get(selectedCityId) !== undefined;
  // On a phone a city chosen (its bubble tapped, found by the search, named by a link) opens
  // its panel in the insights sheet, as the side panel shows it on a wide screen.
  const shownCity = useRef<string | null>(null);
  useEffect(() => {
    const city = cityOpen ? selectedCityId : null;
    if (city !== null && city !== shownCity.current && isPhone() && sheet !== 'insights')
      toggleSheet('insights');
    shownCity.current = city;
  }, [cityOpen, selectedCityId, sheet, toggleSheet]);

  return (
    <main
      ref={workspace}
      className="workspace"
      data-sheet={sheet ?? 'none'}
      data-list={listOpen}
      data-failed={Boolean(failed && !network)}
    >
      {/* The panels, the timeline bar and the phone's tabs keep their place while the data
          loads, so the map does not jump (nor redraw) when it comes in. */}
      <aside className="workspace__rail" aria-label={t('filters')}>
        {sheet === 'filters' && <SheetBar title={t('filters')} onClose={closeSheet} />}
        {network && <FilterPanel network={network} />}
        {sheet === 'filters' && <SheetFooter count={visible} onShow={closeSheet} />}
      </aside>
      <div className="workspace__center">
        {network && <Presentation network={network} />}
        {loaded && (
          <DataIssuesBanner issues={loaded.issues} origin={loaded.origin} places={places} />
        )}
        <MapArea
          network={network}
          config={config}
          framePadding={framePadding}
          pending={pending}
          failed={failed}
        >
          {view && (
            <button
              type="button"
              className="list-toggle button"
              aria-expanded={listOpen}
              onClick={() => setDrawerOpen((open) => !open)}
            >
              {t('list')} · {visible.toLocaleString()}
            </button>
          )}
        </MapArea>
        {holdPlaces && <TimelineBar network={network} />}
        {listOpen && view && (
          <section className="workspace__list" aria-label={t('listTitle')}>
            {sheet === 'list' ? (
              <SheetBar title={t('listTitle')} onClose={closeSheet} />
            ) : (
              <button
                type="button"
                className="icon-button workspace__list-close"
                aria-label={t('closeList')}
                onClick={() => setDrawerOpen(false)}
              >
                ×
              </button>
            )}
            {coverageOn && network && <ListTabs tab={listTab} onChange={setListTab} />}
            {listTab === 'whitespace' && network ? (
              <WhitespaceTable network={network} />
            ) : (
              <OutletTable
                outlets={viewOutlets(view)}
                asOf={view.asOf}
                districts={districts}
                crs={view.network.meta.crs}
              />
            )}
            {sheet === 'list' && <SheetFooter count={visible} onShow={closeSheet} />}
          </section>
        )}
      </div>
      <aside className="workspace__insights" aria-label={t('insights')}>
        {sheet === 'insights' && <SheetBar title={t('insights')} onClose={closeSheet} />}
        {network && coverageOn && (
          <CoveragePanel network={network} onShowWhitespace={showWhitespace} />
        )}
        {network &&
          (cityOpen ? (
            <CityPanel network={network} />
          ) : comparing ? (
            <ComparePanel
              network={network}
              exportActions={<SlideExportButton network={network} />}
            />
          ) : (
            <>
              <div className="insights-tools">
                <CompareButton network={network} />
              </div>
              <KeyFigures network={network} />
              <PlanSummary network={network} />
              <Suspense fallback={null}>
                <Charts network={network} />
              </Suspense>
            </>
          ))}
        {sheet === 'insights' && <SheetFooter count={visible} onShow={closeSheet} />}
      </aside>
      {holdPlaces && (
        <nav className="sheet-tabs" aria-label={t('panels')}>
          {(['filters', 'insights', 'list'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className="sheet-tabs__button"
              aria-pressed={sheet === name}
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
