import { useState, type DragEvent, type ReactNode } from 'react';
import type { Crs, Network } from '../../data/domain/schema';
import { useMessages } from '../../stores/use-messages';
import { FileQuestionPrompt } from './file-question';
import { messages } from './messages';
import { OpenFileContext, useOpenFileState } from './use-open-file';
import './data-sources.css';

export interface DropZoneProps {
  /**
   * The data on screen: a CSV of outlets may refer to its cities by id, and a file with no
   * valid outlet replaces its outlets only once the user agrees.
   */
  network: Network | null;
  /** The basemap's coordinate system: an opened file's points are converted to it. */
  crs: Crs;
  children: ReactNode;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The whole page accepts a dropped data file; it says what it is doing and what went wrong. */
export function DropZone({ network, crs, children }: DropZoneProps) {
  const t = useMessages(messages);
  const state = useOpenFileState(network, crs);
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
        {state.question && <FileQuestionPrompt question={state.question} />}
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
