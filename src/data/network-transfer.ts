import type { LoadedNetwork } from './load-network';
import type { Network, Outlet } from './schema';
import type { DataIssue } from './validate-network';

/**
 * Records (outlets, and issues) per message. One outlet takes ~1.6 µs to deserialize, so a
 * part costs ~3 ms on the main thread, and 100k outlets arrive in 50 parts: each its own
 * short task, where one message of them all was a single ~280 ms task.
 */
export const TRANSFER_SLICE = 2_000;

/**
 * A `LoadedNetwork` sent from the worker in parts: a head with everything small, the records
 * in numbered parts, then an end.
 */
export type TransferMessage =
  | {
      type: 'result-head';
      origin: string;
      network: Omit<Network, 'outlets'>;
      outletCount: number;
      issueCount: number;
      partCount: number;
    }
  | { type: 'result-part'; index: number; outlets: Outlet[]; issues: DataIssue[] }
  | { type: 'result-end'; partCount: number };

/**
 * The messages that carry `loaded`, in the order to send them. Issues travel in parts too:
 * a badly broken file can have as many of them as outlets.
 */
export function* splitLoadedNetwork(
  loaded: LoadedNetwork,
  slice = TRANSFER_SLICE,
): Generator<TransferMessage> {
  const { outlets, ...network } = loaded.network;
  const { issues, origin } = loaded;
  const partCount = Math.ceil(Math.max(outlets.length, issues.length) / slice);
  yield {
    type: 'result-head',
    origin,
    network,
    outletCount: outlets.length,
    issueCount: issues.length,
    partCount,
  };
  for (let index = 0; index < partCount; index++) {
    const start = index * slice;
    yield {
      type: 'result-part',
      index,
      outlets: outlets.slice(start, start + slice),
      issues: issues.slice(start, start + slice),
    };
  }
  yield { type: 'result-end', partCount };
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
    if (this.nextIndex !== head.partCount || message.partCount !== head.partCount) {
      throw new Error(`the result ended after ${this.nextIndex} of ${head.partCount} parts`);
    }
    if (this.outlets.length !== head.outletCount || this.issues.length !== head.issueCount) {
      throw new Error(
        `the result held ${this.outlets.length} of ${head.outletCount} outlets and ` +
          `${this.issues.length} of ${head.issueCount} issues`,
      );
    }
    this.done = true;
    return {
      network: { ...head.network, outlets: this.outlets },
      issues: this.issues,
      origin: head.origin,
    };
  }
}
