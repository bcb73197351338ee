import type { DistrictTable } from '../derive/coverage/district-table';
import type { AroundPoint, Reach, ReachKind, ReachView } from '../derive/coverage/reach';
import type { Crs } from '../domain/schema';

/** What the coverage worker is asked (see `coverage-worker.ts`). */
export type CoverageRequest =
  | {
      type: 'init';
      /** The dataset's outlet table (`buildOutletTable`), its points in `crs`. */
      table: ArrayBuffer;
      crs: Crs;
      districtsUrl: string;
      prefecturesUrl: string;
    }
  | {
      type: 'reach';
      id: number;
      view: ReachView;
      /** The codes of the cities in view, whose districts count; null: every district. */
      cityCodes: string[] | null;
      kind: ReachKind;
    }
  | { type: 'around'; id: number; view: ReachView; lon: number; lat: number };

export type CoverageReply =
  | { type: 'ready'; districts: DistrictTable }
  | {
      type: 'reach';
      id: number;
      reach: Reach;
      scope: Uint8Array | null;
      /** How long the worker took, in ms. */
      ms: number;
    }
  | { type: 'around'; id: number; around: AroundPoint }
  | { type: 'error'; id: number | null; message: string };
