import { datasetShapeProblem } from '../domain/dataset-gate';
import type { ProvinceIndex } from '../domain/province-check';
import { validateNetwork, type ValidationHooks } from '../domain/validate-network';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { parseJsonDocument } from './parse-json';

/**
 * Parses and validates a dataset document. Throws `NetworkLoadError` when there is no dataset
 * at all: no JSON document, or one that is not a dataset (`datasetShapeProblem`).
 */
export function parseNetworkText(
  text: string,
  origin: string,
  provinces?: ProvinceIndex,
  hooks?: ValidationHooks,
): LoadedNetwork {
  const document = parseJsonDocument(text, origin);
  const notDataset = datasetShapeProblem(document);
  if (notDataset) throw new NetworkLoadError(origin, notDataset);
  const { network, issues } = validateNetwork(document, { provinces, hooks });
  return { network, issues, origin };
}
