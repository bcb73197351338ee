/** Where a load stands, for the progress bar: phase, and bytes for the download. */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'validate' | 'done';
  loaded: number;
  /** Bytes expected, when the server said. */
  total: number | null;
}

type Listener = (progress: LoadProgress | null) => void;
const listeners = new Set<Listener>();
let current: LoadProgress | null = null;

/** The progress of the load under way, shared by the loader and the loading screen. */
export const loadProgress = {
  set(progress: LoadProgress | null): void {
    current = progress;
    for (const listener of listeners) listener(progress);
  },
  get(): LoadProgress | null {
    return current;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
