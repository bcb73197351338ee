import { z } from 'zod';
import sampleUrl from '../../data/sample-network.json?url';

const crs = z.enum(['WGS84', 'GCJ02', 'BD09']);

const basemapSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('embedded') }),
  z.object({ type: z.literal('style'), url: z.string().min(1), crs }),
  z.object({
    type: z.literal('raster'),
    tiles: z.array(z.string().min(1)).min(1),
    tileSize: z.number().int().positive().default(256),
    attribution: z.string().default(''),
    crs,
  }),
]);

/**
 * `config.json` beside `index.html`: what a deployment changes without rebuilding.
 * Every field is optional; the defaults run offline on the bundled sample.
 */
export const runtimeConfigSchema = z.object({
  /** URL of a dataset JSON document; default: the bundled sample. */
  dataUrl: z.string().min(1).optional(),
  /** The optional live API (see docs/openapi.yaml): polled, with ETag revalidation. */
  api: z
    .object({
      url: z.string().min(1),
      pollSeconds: z.number().min(5).max(86_400).default(60),
      /** The deadline of one request, from connecting to the last byte of the answer. */
      timeoutSeconds: z.number().min(1).max(600).default(15),
    })
    .optional(),
  basemap: basemapSchema.default({ type: 'embedded' }),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema> & { dataUrl: string };
export type BasemapConfig = RuntimeConfig['basemap'];

export const BUNDLED_SAMPLE_URL: string = sampleUrl;

export interface LoadedConfig {
  config: RuntimeConfig;
  /** Why part of the config file was ignored, if it was. */
  warning: string | null;
}

function withDefaults(parsed: z.infer<typeof runtimeConfigSchema>): RuntimeConfig {
  return { ...parsed, dataUrl: parsed.dataUrl ?? BUNDLED_SAMPLE_URL };
}

/** Parses the config document; a bad file falls back to the defaults and says why. */
export function parseRuntimeConfig(input: unknown): LoadedConfig {
  const parsed = runtimeConfigSchema.safeParse(input ?? {});
  if (parsed.success) return { config: withDefaults(parsed.data), warning: null };
  const where = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('; ');
  return {
    config: withDefaults(runtimeConfigSchema.parse({})),
    warning: `config.json ignored (${where})`,
  };
}

/** Loads `config.json`; a missing file means the defaults. */
export async function fetchRuntimeConfig(signal?: AbortSignal): Promise<LoadedConfig> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      ...parseRuntimeConfig({}),
      warning: `config.json could not be read (${String(error)})`,
    };
  }
  if (response.status === 404) return parseRuntimeConfig({});
  if (!response.ok)
    return { ...parseRuntimeConfig({}), warning: `config.json: HTTP ${response.status}` };
  try {
    return parseRuntimeConfig(JSON.parse(await response.text()));
  } catch (error) {
    return {
      ...parseRuntimeConfig({}),
      warning: `config.json is not valid JSON (${String(error)})`,
    };
  }
}
