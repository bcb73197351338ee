import type { ProvinceIndex } from '../domain/province-check';
import { validateNetwork, type ValidationHooks } from '../domain/validate-network';
import { describeJsonError } from './json-error';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';

/** Parses and validates a dataset document; throws only when there is no document at all. */
export function parseNetworkText(
  text: string,
  origin: string,
  provinces?: ProvinceIndex,
  hooks?: ValidationHooks,
): LoadedNetwork {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.length === 0) throw new NetworkLoadError(origin, 'the response is empty');
  if (trimmed.startsWith('<')) {
    throw new NetworkLoadError(origin, 'got an HTML page where a JSON dataset was expected');
  }
  let document: unknown;
  try {
    document = JSON.parse(trimmed);
  } catch (error) {
    throw new NetworkLoadError(origin, describeJsonError(trimmed, error));
  }
  const { network, issues } = validateNetwork(document, { provinces, hooks });
  return { network, issues, origin };
}
