import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { losesAllOutlets } from '../../data/domain/dataset-gate';
import { fileQueryOptions, forgetFile, registerFile } from '../../data/sources/file-source';
import { needsCrsAnswer, type LoadedNetwork } from '../../data/sources/load-errors';
import type { Crs, Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';

/** What must be answered before an opened file is shown. */
export type FileQuestion =
  | {
      kind: 'crs';
      name: string;
      /** Rows that left the `crs` cell blank; 0 when the file names no system at all. */
      blankRows: number;
      answer: (crs: Crs | null) => void;
    }
  | {
      kind: 'empty';
      name: string;
      /** Problems found in the file. */
      problems: number;
      /** Outlets on screen that showing it would take away. */
      onScreen: number;
      answer: (show: boolean) => void;
    };

export interface OpenFileState {
  open: (file: File) => Promise<void>;
  busy: string | null;
  failure: { name: string; message: string } | null;
  /** A question about the file being opened, or null. */
  question: FileQuestion | null;
  dismiss: () => void;
}

export const OpenFileContext = createContext<OpenFileState | null>(null);

const fileKey = (id: string) => fileQueryOptions(id, []).queryKey;

/**
 * Opens a file: reads and validates it, and switches the view to it only when it yields a
 * dataset — a file that cannot be read leaves the data on screen as it was. The newest open
 * wins: an older one still loading is cancelled and never replaces it. A CSV that does not say
 * which coordinate system its points are in is shown once the user says which; a file with no
 * valid outlet replaces the outlets on screen only once the user agrees.
 */
export function useOpenFileState(
  /** The data on screen: a CSV of outlets may refer to its cities by id. */
  network: Network | null,
  /** The basemap's coordinate system, which the file's points are converted to. */
  crs: Crs,
): OpenFileState {
  const client = useQueryClient();
  const showFile = useAppStore((state) => state.showFile);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<OpenFileState['failure']>(null);
  const [question, setQuestion] = useState<FileQuestion | null>(null);
  const latest = useRef(0);
  const pending = useRef<{ drop: () => void }>({ drop: () => undefined });

  const open = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const cities = network?.cities ?? [];
      const onScreen = network?.outlets.length ?? 0;
      const isCurrent = () => ticket === latest.current;
      // An older open still loading or asking is over: this one is newer.
      pending.current.drop();
      const source = useAppStore.getState().fileSourceId;
      const ids: string[] = [];
      const discard = () => {
        for (const id of ids) {
          void client.cancelQueries({ queryKey: fileKey(id) });
          client.removeQueries({ queryKey: fileKey(id) });
          forgetFile(id);
        }
      };
      let answerNow: (() => void) | null = null;
      pending.current = {
        drop: () => {
          answerNow?.();
          discard();
        },
      };
      const load = async (fileCrs?: Crs): Promise<LoadedNetwork> => {
        const id = registerFile(file, fileCrs);
        ids.push(id);
        return client.fetchQuery(fileQueryOptions(id, cities, { crs }));
      };
      const ask = <T>(make: (answer: (value: T) => void) => FileQuestion, none: T) =>
        new Promise<T>((resolve) => {
          answerNow = () => resolve(none);
          setQuestion(
            make((value) => {
              answerNow = null;
              setQuestion(null);
              resolve(value);
            }),
          );
        });

      setBusy(file.name);
      setFailure(null);
      setQuestion(null);
      try {
        let loaded = await load();
        if (!isCurrent()) return;
        if (needsCrsAnswer(loaded)) {
          setBusy(null);
          const blankRows = loaded.coordinates?.named ? (loaded.coordinates.blankRows ?? 0) : 0;
          const chosen = await ask<Crs | null>(
            (answer) => ({ kind: 'crs', name: file.name, blankRows, answer }),
            null,
          );
          if (!isCurrent()) return;
          // Without an answer, a file that names no system is not opened; one whose rows
          // left it blank is opened without those rows (they are listed as problems).
          if (chosen === null && blankRows === 0) return discard();
          if (chosen !== null) {
            setBusy(file.name);
            loaded = await load(chosen);
            if (!isCurrent()) return;
          }
        }
        if (losesAllOutlets(loaded.network.outlets.length, onScreen)) {
          setBusy(null);
          const show = await ask<boolean>(
            (answer) => ({
              kind: 'empty',
              name: file.name,
              problems: loaded.issues.length,
              onScreen,
              answer,
            }),
            false,
          );
          if (!isCurrent()) return;
          if (!show) return discard();
        }
        // The source changed meanwhile ("Back to the configured data"): that choice is newer.
        if (useAppStore.getState().fileSourceId !== source) return discard();
        const shown = ids.pop();
        discard();
        if (shown) showFile(shown);
      } catch (error) {
        if (!isCurrent()) return;
        discard();
        const message =
          error instanceof Error ? error.message.replace(`${file.name}: `, '') : String(error);
        setFailure({ name: file.name, message });
      } finally {
        if (isCurrent()) setBusy(null);
      }
    },
    [client, network, crs, showFile],
  );
  return { open, busy, failure, question, dismiss: () => setFailure(null) };
}

export function useOpenFile(): OpenFileState {
  const state = useContext(OpenFileContext);
  if (!state) throw new Error('useOpenFile needs a <DropZone> around it');
  return state;
}
