import { baseUrl } from '../../config/base-url';
import type { DistrictTable } from '../derive/coverage/district-table';
import type { AroundPoint, Reach, ReachKind, ReachView } from '../derive/coverage/reach';
import { buildOutletTable } from '../derive/outlet-table';
import type { Network } from '../domain/schema';
import type { CoverageReply, CoverageRequest } from './coverage-messages';

/** The reach of one filter state as the worker answered it. */
export interface ReachAnswer {
  reach: Reach;
  /** 1 for the districts in scope; null: every district. */
  scope: Uint8Array | null;
  /** The worker's own time, ms. */
  ms: number;
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

interface ReachJob extends Waiting<ReachAnswer | null> {
  view: ReachView;
  cityCodes: string[] | null;
  kind: ReachKind;
}

/** Requests waiting behind the one the worker is on: older ones beyond this are dropped. */
const MAX_WAITING = 2;

const hasMeasure = typeof performance !== 'undefined' && typeof performance.measure === 'function';

function assetUrl(path: string): string {
  return new URL(path, new URL(baseUrl(), window.location.href)).href;
}

/** A copy of the view's arrays, whose buffers can be handed to the worker. */
const copyView = (view: ReachView): ReachView => ({
  visible: view.visible.slice(),
  stage: view.stage.slice(),
});

/**
 * The coverage worker of one dataset (`coverage-worker.ts`): started with the dataset's outlet
 * table, asked for the reach of each filter state and for the outlets around a point. The
 * worker takes one reach at a time; while it works, the latest requests wait and older waiting
 * ones are answered `null` (a slider dragged through dates needs only where it stops).
 */
export class CoverageClient {
  /** The districts' table, once the worker has loaded it. */
  readonly districts: Promise<DistrictTable>;
  private readonly worker: Worker;
  private nextId = 1;
  private running: (ReachJob & { id: number; start: number }) | null = null;
  private waiting: ReachJob[] = [];
  private readonly arounds = new Map<number, Waiting<AroundPoint>>();
  private ready!: Waiting<DistrictTable>;
  private failure: Error | null = null;

  constructor(network: Network) {
    this.worker = new Worker(new URL('./coverage-worker.ts', import.meta.url), { type: 'module' });
    this.districts = new Promise((resolve, reject) => (this.ready = { resolve, reject }));
    // Whoever waits for the districts hears of a failure; an unasked one is no page error.
    this.districts.catch(() => undefined);
    this.worker.onmessage = ({ data }: MessageEvent<CoverageReply>) => this.onReply(data);
    this.worker.onerror = (event) =>
      this.fail(new Error(event.message || 'coverage worker failed'));
    const table = buildOutletTable(network);
    const init: CoverageRequest = {
      type: 'init',
      table,
      crs: network.meta.crs,
      districtsUrl: assetUrl('basemap/district-points.json'),
      prefecturesUrl: assetUrl('basemap/prefecture-labels.json'),
    };
    this.worker.postMessage(init, [table]);
  }

  /** The reach of a filter state, or null when a later request took its place. */
  reach(view: ReachView, cityCodes: string[] | null, kind: ReachKind): Promise<ReachAnswer | null> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ view: copyView(view), cityCodes, kind, resolve, reject });
      while (this.waiting.length > MAX_WAITING) this.waiting.shift()?.resolve(null);
      this.next();
    });
  }

  /** The outlets of a view nearest to a point. */
  around(view: ReachView, lon: number, lat: number): Promise<AroundPoint> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.arounds.set(id, { resolve, reject });
      const copy = copyView(view);
      const request: CoverageRequest = { type: 'around', id, view: copy, lon, lat };
      this.worker.postMessage(request, [copy.visible.buffer, copy.stage.buffer]);
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.fail(new Error('coverage worker stopped'));
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    const id = this.nextId++;
    this.running = { ...job, id, start: performance.now() };
    const { view, cityCodes, kind } = job;
    const request: CoverageRequest = { type: 'reach', id, view, cityCodes, kind };
    this.worker.postMessage(request, [view.visible.buffer, view.stage.buffer]);
  }

  private onReply(reply: CoverageReply): void {
    if (reply.type === 'ready') return this.ready.resolve(reply.districts);
    if (reply.type === 'around') {
      this.arounds.get(reply.id)?.resolve(reply.around);
      this.arounds.delete(reply.id);
      return;
    }
    if (reply.type === 'error' && reply.id === null) return this.fail(new Error(reply.message));
    if (reply.id === null) return;
    const around = this.arounds.get(reply.id);
    if (around && reply.type === 'error') {
      this.arounds.delete(reply.id);
      return around.reject(new Error(reply.message));
    }
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    this.running = null;
    if (reply.type === 'error') job.reject(new Error(reply.message));
    else {
      // From the request to the answer on the page: the worker's work and both messages.
      if (hasMeasure)
        performance.measure('atlas:coverage', {
          start: job.start,
          end: performance.now(),
          detail: { workerMs: reply.ms },
        });
      job.resolve({ reach: reply.reach, scope: reply.scope, ms: reply.ms });
    }
    this.next();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.ready.reject(error);
    for (const job of [this.running, ...this.waiting]) job?.reject(error);
    for (const around of this.arounds.values()) around.reject(error);
    this.running = null;
    this.waiting = [];
    this.arounds.clear();
  }
}
