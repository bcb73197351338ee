import type { WorkerGlobalScopeInterface } from 'maplibre-gl';
import { readOutletTable } from '../../../data/derive/outlet-table';
import { OUTLET_KINDS, type OutletKind } from '../../../data/domain/schema';
import { buildOutletFeatures } from './outlet-features';

/**
 * The outlet sources' data URLs: `atlas-outlets://<kind>?table=<blob URL>`. The page puts the
 * dataset's outlet table (`buildOutletTable`) in a blob; MapLibre's worker answers the URL
 * itself (`installOutletProtocol`), so the outlets' features are built there and never on the
 * page.
 */
export const OUTLETS_SCHEME = 'atlas-outlets';

export const outletsUrl = (tableUrl: string, kind: OutletKind) =>
  `${OUTLETS_SCHEME}://${kind}?table=${encodeURIComponent(tableUrl)}`;

/** The kind and the table's URL an outlet URL names, or null. */
export function parseOutletsUrl(url: string): { kind: OutletKind; table: string } | null {
  const match = /^atlas-outlets:\/\/([a-z-]+)\?table=([^&#]+)$/.exec(url);
  const kind = OUTLET_KINDS.find((candidate) => candidate === match?.[1]);
  return kind && match?.[2] ? { kind, table: decodeURIComponent(match[2]) } : null;
}

/**
 * Teaches MapLibre's worker the outlet URLs through its documented `self.addProtocol`: the
 * worker reads the table from the page's blob and returns one kind's features.
 */
export function installOutletProtocol(scope: Pick<WorkerGlobalScopeInterface, 'addProtocol'>) {
  scope.addProtocol(OUTLETS_SCHEME, async ({ url }, abort) => {
    const parsed = parseOutletsUrl(url);
    if (!parsed) throw new Error(`${url}: not an outlet URL`);
    const response = await fetch(parsed.table, { signal: abort.signal });
    if (!response.ok) throw new Error(`${url}: the outlet table is gone (${response.status})`);
    const table = readOutletTable(await response.arrayBuffer());
    return { data: buildOutletFeatures(table, parsed.kind) };
  });
}
