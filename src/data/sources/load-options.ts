import type { Crs } from '../domain/schema';

/** Where a load stands, for the progress bar: phase, and bytes for the download. */
export interface LoadProgress {
  phase: 'download' | 'parse' | 'validate' | 'done';
  loaded: number;
  /** Bytes expected, when the server said. */
  total: number | null;
}

/** What every loader takes besides what it loads. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** The coordinate system the points are converted to (the basemap's); default WGS-84. */
  crs?: Crs;
  /** Told how the load is going; `null` when it is over. */
  onProgress?: (progress: LoadProgress | null) => void;
}
