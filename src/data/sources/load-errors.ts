import type { DataIssue } from '../domain/data-issue';
import type { Crs, Network } from '../domain/schema';

/** For a CSV of outlets: which coordinate system its points were read in, and why. */
export interface CsvCoordinates {
  crs: Crs;
  /** Whether the file's `crs` column names a system. */
  named: boolean;
  /** Whether a system was given with the load (`--crs`, the answer to the app's question). */
  given: boolean;
  /** Rows whose `crs` cell was blank in a file with a `crs` column. */
  blankRows: number;
}

/** A dataset as loaded: its valid records and every problem found on the way. */
export interface LoadedNetwork {
  network: Network;
  issues: DataIssue[];
  /** Where it came from, for messages: a URL or a file name. */
  origin: string;
  /** For a CSV: the coordinate system its points were read in. */
  coordinates?: CsvCoordinates;
}

/** Whether a CSV left its points' system to a guess: nothing named it, or rows left it blank. */
export function needsCrsAnswer(loaded: LoadedNetwork): boolean {
  const { coordinates } = loaded;
  if (!coordinates || coordinates.given) return false;
  return !coordinates.named || coordinates.blankRows > 0;
}

/** A load that produced no dataset at all; the message says where and why. */
export class NetworkLoadError extends Error {
  constructor(
    readonly origin: string,
    message: string,
    /** Whether trying again may help (the server or the network), or not (the content). */
    readonly retryable = false,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'NetworkLoadError';
  }
}
