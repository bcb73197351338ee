import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useState } from 'react';
import { fileQueryOptions, registerFile } from '../../data/sources/file-source';
import type { City, Crs } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';

export interface OpenFileState {
  open: (file: File) => Promise<void>;
  busy: string | null;
  failure: { name: string; message: string } | null;
  dismiss: () => void;
}

export const OpenFileContext = createContext<OpenFileState | null>(null);

/**
 * Opens a file: reads and validates it, and switches the view to it only when it yields a
 * dataset — a file that cannot be read leaves the data on screen as it was.
 */
export function useOpenFileState(
  cities: readonly City[],
  /** The basemap's coordinate system, which the file's points are converted to. */
  crs: Crs,
): OpenFileState {
  const client = useQueryClient();
  const showFile = useAppStore((state) => state.showFile);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<OpenFileState['failure']>(null);
  const open = useCallback(
    async (file: File) => {
      const id = registerFile(file);
      setBusy(file.name);
      setFailure(null);
      try {
        await client.fetchQuery(fileQueryOptions(id, cities, { crs }));
        showFile(id);
      } catch (error) {
        const message =
          error instanceof Error ? error.message.replace(`${file.name}: `, '') : String(error);
        setFailure({ name: file.name, message });
      } finally {
        setBusy(null);
      }
    },
    [client, cities, crs, showFile],
  );
  return { open, busy, failure, dismiss: () => setFailure(null) };
}

export function useOpenFile(): OpenFileState {
  const state = useContext(OpenFileContext);
  if (!state) throw new Error('useOpenFile needs a <DropZone> around it');
  return state;
}
