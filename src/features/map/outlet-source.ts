import { addProtocol } from 'maplibre-gl';
import {
  decodeOutletFeatures,
  encodeOutletFeatures,
  type EncodedOutletFeatures,
} from '../../data/derive/outlet-feature-codec';
import {
  buildOutletFeatures,
  encodedOutletFeatures,
  keepEncodedOutletFeatures,
} from '../../data/derive/outlet-features';
import { OUTLET_KINDS, type Network, type OutletKind } from '../../data/domain/schema';
import {
  OUTLET_BYTES_SCHEME,
  OUTLETS_SCHEME,
  outletsUrl,
  parseOutletsUrl,
} from './outlet-protocol';

/** Datasets by the name their outlet URLs carry; held weakly, a replaced dataset can go. */
const datasets = new Map<string, WeakRef<Network>>();
const names = new WeakMap<Network, string>();
let count = 0;
let registered = false;

/**
 * The bytes of a dataset's outlet features: the loader's, or made here when it made none (kept
 * with the dataset, as the loader's are).
 */
async function bytesOf(network: Network): Promise<EncodedOutletFeatures> {
  const loaded = await encodedOutletFeatures(network);
  if (loaded) return loaded;
  const made = encodeOutletFeatures(buildOutletFeatures(network));
  keepEncodedOutletFeatures(network, Promise.resolve(made));
  return made;
}

/** One kind's bytes for a URL of either scheme, as a copy: the reply transfers it away. */
export async function outletBytes(url: string): Promise<ArrayBuffer> {
  const parsed = parseOutletsUrl(url);
  const network = parsed && datasets.get(parsed.dataset)?.deref();
  if (!parsed || !network) throw new Error(`${url}: no such dataset on the page`);
  const bytes = await bytesOf(network);
  const buffer = Object.hasOwn(bytes, parsed.kind) ? bytes[parsed.kind as OutletKind] : undefined;
  if (!(buffer instanceof ArrayBuffer)) throw new Error(`${url}: no such outlet kind`);
  return buffer.slice(0);
}

function registerProtocols(): void {
  if (registered) return;
  registered = true;
  // What MapLibre's worker asks for with the outlet protocol installed (`map-worker.ts`).
  addProtocol(OUTLET_BYTES_SCHEME, async ({ url }) => ({ data: await outletBytes(url) }));
  // A worker without it asks for the URL itself: the page answers with the features.
  addProtocol(OUTLETS_SCHEME, async ({ url }) => ({
    data: decodeOutletFeatures(await outletBytes(url)),
  }));
}

/**
 * The outlet sources' data for a dataset: one URL per kind, which MapLibre's worker resolves
 * from the bytes the parse worker made (`outlet-protocol.ts`). A new dataset gets new URLs.
 */
export function outletSourceUrls(network: Network): Record<OutletKind, string> {
  registerProtocols();
  let name = names.get(network);
  if (!name) {
    count += 1;
    name = `dataset-${count}`;
    names.set(network, name);
    datasets.set(name, new WeakRef(network));
    for (const [key, ref] of datasets) if (!ref.deref()) datasets.delete(key);
  }
  const dataset = name;
  return Object.fromEntries(
    OUTLET_KINDS.map((kind) => [kind, outletsUrl(dataset, kind)]),
  ) as Record<OutletKind, string>;
}
