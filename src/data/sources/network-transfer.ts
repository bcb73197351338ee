import type { CsvCoordinates, LoadedNetwork } from './load-errors';
import { convertNetwork, convertRecord } from '../domain/crs';
import type { City, Crs, Milestone, NetworkMeta, Outlet, Target } from '../domain/schema';
import type { ValidationHooks } from '../domain/validate-network';
import type { DataIssue } from '../domain/data-issue';

/**
 * Records (outlets, and issues) per message. One outlet takes ~1.6 µs to deserialize, so a
 * part costs ~3 ms on the main thread, and 100k outlets arrive in 50 parts: each its own
 * short task, where one message of them all was a single ~280 ms task.
 */
export const TRANSFER_SLICE = 2_000;

/**
 * A `LoadedNetwork` sent from the worker in parts: a head with the meta and the cities, the
 * records in numbered parts, then an end with the meta as settled, the milestones, the targets
 * and the counts. The parts can leave while the rest is still being validated
 * (`outletStream`), so the page takes them in while the worker works. The head's meta is the
 * meta as read: a missing `asOf` is only known once every outlet is in, so the end's meta is
 * the one the network keeps.
 */
export type TransferMessage =
  | {
      type: 'result-head';
      origin: string;
      meta: NetworkMeta;
      cities: City[];
      coordinates?: CsvCoordinates;
    }
  | { type: 'result-part'; index: number; outlets: Outlet[]; issues: DataIssue[] }
  | {
      type: 'result-end';
      meta: NetworkMeta;
      milestones: Milestone[];
      /** Absent when the dataset has no plan. */
      targets?: Target[];
      partCount: number;
      outletCount: number;
      issueCount: number;
    };

/**
 * The messages that carry a network already validated, in the order to send them. Issues
 * travel in parts too: a badly broken file can have as many of them as outlets.
 */
export function* splitLoadedNetwork(
  loaded: LoadedNetwork,
  slice = TRANSFER_SLICE,
): Generator<TransferMessage> {
  const { meta, cities, outlets, milestones, targets } = loaded.network;
  const { issues, origin, coordinates } = loaded;
  const partCount = Math.ceil(Math.max(outlets.length, issues.length) / slice);
  yield { type: 'result-head', origin, meta, cities, ...(coordinates && { coordinates }) };
  for (let index = 0; index < partCount; index++) {
    const start = index * slice;
    yield {
      type: 'result-part',
      index,
      outlets: outlets.slice(start, start + slice),
      issues: issues.slice(start, start + slice),
    };
  }
  yield {
    type: 'result-end',
    meta,
    milestones,
    ...(targets ? { targets } : {}),
    partCount,
    outletCount: outlets.length,
    issueCount: issues.length,
  };
}

/**
 * Sends a network while `validateNetwork` works through it: give `hooks` to the validation,
 * then call `end` with its result. Points are sent converted to `crs`. The messages are those of `splitLoadedNetwork`, with parts
 * cut where the validation reached `slice` new records or issues. A document the validation
 * gave up on at once (not an object) never reached the hooks: `end` sends it whole.
 */
export function outletStream(
  origin: string,
  post: (message: TransferMessage) => void,
  { slice = TRANSFER_SLICE, crs = 'WGS84' }: { slice?: number; crs?: Crs } = {},
): { hooks: ValidationHooks; end: (loaded: LoadedNetwork) => void } {
  let started = false;
  let partCount = 0;
  let from: Crs = crs;
  return {
    hooks: {
      sliceSize: slice,
      onCities: (meta, cities) => {
        started = true;
        from = meta.crs;
        post({
          type: 'result-head',
          origin,
          meta: { ...meta, crs },
          cities: cities.map((city) => convertRecord(city, from, crs)),
        });
      },
      onSlice: ({ outlets, issues }) =>
        post({
          type: 'result-part',
          index: partCount++,
          outlets: outlets.map((outlet) => convertRecord(outlet, from, crs)),
          issues,
        }),
    },
    end: (loaded) => {
      if (!started) {
        const network = convertNetwork(loaded.network, crs);
        for (const message of splitLoadedNetwork({ ...loaded, network }, slice)) post(message);
        return;
      }
      post({
        type: 'result-end',
        meta: { ...loaded.network.meta, crs },
        milestones: loaded.network.milestones,
        ...(loaded.network.targets ? { targets: loaded.network.targets } : {}),
        partCount,
        outletCount: loaded.network.outlets.length,
        issueCount: loaded.issues.length,
      });
    },
  };
}

type Head = Extract<TransferMessage, { type: 'result-head' }>;

/**
 * Puts a `LoadedNetwork` back together from the messages of `splitLoadedNetwork`; throws when
 * one comes out of order or is missing.
 */
export class NetworkAssembler {
  private head: Head | null = null;
  private nextIndex = 0;
  private done = false;
  private readonly outlets: Outlet[] = [];
  private readonly issues: DataIssue[] = [];

  /** Takes the next message; returns the whole network once the last one is in. */
  add(message: TransferMessage): LoadedNetwork | null {
    if (this.done) throw new Error(`${message.type} arrived after the result was complete`);
    if (message.type === 'result-head') {
      if (this.head) throw new Error('result-head arrived twice');
      this.head = message;
      return null;
    }
    const head = this.head;
    if (!head) throw new Error(`${message.type} arrived before result-head`);
    if (message.type === 'result-part') {
      if (message.index !== this.nextIndex) {
        throw new Error(
          `result-part ${message.index} arrived where part ${this.nextIndex} was expected`,
        );
      }
      this.nextIndex++;
      for (const outlet of message.outlets) this.outlets.push(outlet);
      for (const issue of message.issues) this.issues.push(issue);
      return null;
    }
    if (this.nextIndex !== message.partCount) {
      throw new Error(`the result ended after ${this.nextIndex} of ${message.partCount} parts`);
    }
    if (this.outlets.length !== message.outletCount || this.issues.length !== message.issueCount) {
      throw new Error(
        `the result held ${this.outlets.length} of ${message.outletCount} outlets and ` +
          `${this.issues.length} of ${message.issueCount} issues`,
      );
    }
    this.done = true;
    const { cities, origin, coordinates } = head;
    const { meta, milestones, targets } = message;
    return {
      network: { meta, cities, outlets: this.outlets, milestones, ...(targets ? { targets } : {}) },
      issues: this.issues,
      origin,
      ...(coordinates && { coordinates }),
    };
  }
}
