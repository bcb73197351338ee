import type { City, Crs } from '../domain/schema';
import type { LoadProgress } from './load-options';
import type { TransferMessage } from './network-transfer';

/**
 * What the parse worker reads: a dataset URL it fetches, a file the user opened (with the
 * system the user chose for points it leaves without one), or the bytes of an answer already
 * fetched (the API's), handed over without a copy.
 */
export type ParseSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File; cities: City[]; fileCrs?: Crs }
  | { kind: 'bytes'; bytes: ArrayBuffer; origin: string };

/** A request to the parse worker: read a dataset, parse and validate it. */
export type ParseRequest = ParseSource & {
  provincesUrl: string;
  /** The coordinate system the points are converted to. */
  crs: Crs;
};

export type ParseMessage =
  | { type: 'progress'; progress: LoadProgress }
  | TransferMessage
  | { type: 'error'; origin: string; message: string; retryable: boolean };
