import type { DataIssue } from '../domain/data-issue';
import type { Network } from '../domain/schema';

/** A dataset as loaded: its valid records and every problem found on the way. */
export interface LoadedNetwork {
  network: Network;
  issues: DataIssue[];
  /** Where it came from, for messages: a URL or a file name. */
  origin: string;
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
