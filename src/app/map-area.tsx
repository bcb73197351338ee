import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { ATLAS_MAP_ID, COMPANION_MAP_ID } from '../config/map-defaults';
import type { RuntimeConfig } from '../config/runtime-config';
import type { Network } from '../data/domain/schema';
import { SplitCaption, useSplitView } from '../features/compare/split-view';
import { MapView, type MapViewProps } from '../features/map/map-view';
import { translate } from '../lib/i18n/messages';
import { useAppStore } from '../stores/app-store';

export interface MapAreaProps {
  network: Network | null;
  config: RuntimeConfig;
  framePadding: MapViewProps['framePadding'];
  pending?: ReactNode;
  failed?: boolean;
  /** Over the map, e.g. the list's button. */
  children?: ReactNode;
}

/**
 * The map, and in a comparison's split view a second map beside it showing the network before
 * the range, the two cameras linked. The main map keeps its place in the tree, so switching the
 * split view on and off never rebuilds it.
 */
export function MapArea({
  network,
  config,
  framePadding,
  pending,
  failed,
  children,
}: MapAreaProps) {
  const language = useAppStore((state) => state.language);
  const split = useSplitView(network);
  return (
    <div className="workspace__map" data-split={split !== null}>
      <div className="map-pane map-pane--main">
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
        {split && <SplitCaption side="after" date={split.after} />}
      </div>
      {split && network && (
        <div className="map-pane map-pane--companion">
          <ErrorBoundary fallback={() => null}>
            <MapView
              network={network}
              basemap={config.basemap}
              framePadding={framePadding}
              companion={{ id: COMPANION_MAP_ID, asOf: split.before, linkedTo: ATLAS_MAP_ID }}
            />
          </ErrorBoundary>
          <SplitCaption side="before" date={split.before} />
        </div>
      )}
      {children}
    </div>
  );
}
