import { useState, type DragEvent, type ReactNode } from 'react';
import type { City, Crs } from '../../data/domain/schema';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import { OpenFileContext, useOpenFileState } from './use-open-file';
import './data-sources.css';

export interface DropZoneProps {
  /** Cities of the data on screen: a CSV of outlets may refer to them by id. */
  cities: readonly City[];
  /** The basemap's coordinate system: an opened file's points are converted to it. */
  crs: Crs;
  children: ReactNode;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The whole page accepts a dropped data file; it says what it is doing and what went wrong. */
export function DropZone({ cities, crs, children }: DropZoneProps) {
  const t = useMessages(messages);
  const state = useOpenFileState(cities, crs);
  const [dragging, setDragging] = useState(false);

  return (
    <OpenFileContext.Provider value={state}>
      <div
        className="drop-zone"
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          // Leaving the window (or Escape) comes with no related target; moving between
          // children of the zone comes with one inside it.
          const next = event.relatedTarget as Node | null;
          if (!next || !event.currentTarget.contains(next)) setDragging(false);
        }}
        onDrop={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) void state.open(file);
        }}
      >
        {children}
        {dragging && (
          <div className="drop-zone__overlay" aria-hidden="true">
            <p className="drop-zone__title">{t('dropHere')}</p>
            <p>{t('dropNote')}</p>
          </div>
        )}
        {state.busy && (
          <p className="toast" role="status">
            {t('opening', { name: state.busy })}
          </p>
        )}
        {state.failure && (
          <div className="toast toast--error" role="alert">
            <p>{t('openFailed', state.failure)}</p>
            <button
              type="button"
              className="icon-button"
              aria-label={t('dismiss')}
              onClick={state.dismiss}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </OpenFileContext.Provider>
  );
}
