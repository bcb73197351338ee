import { z } from 'zod';
import { TIER_GROUPS } from '../../data/domain/filters';
import { OUTLET_KINDS, REGIONS, STAGES } from '../../data/domain/schema';
import { DEFAULT_LAYERS } from '../../stores/app-store';
import { COVERAGE_RADII } from '../../stores/coverage-slice';
import type { Scene } from '../../stores/app-state';

/** What a scenes file (and the stored list) says it is. */
export const SCENES_FORMAT = 'channel-atlas-scenes';
export const SCENES_VERSION = 1;
export const MAX_SCENES = 500;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const filtersSchema = z.object({
  tiers: z.array(z.enum(TIER_GROUPS)).max(10).default([]),
  regions: z.array(z.enum(REGIONS)).max(20).default([]),
  provinces: z.array(z.string().min(1).max(60)).max(40).default([]),
  kinds: z.array(z.enum(OUTLET_KINDS)).max(10).default([]),
  stages: z.array(z.enum(STAGES)).max(10).default([]),
  recruitmentOnly: z.boolean().default(false),
  asOf: isoDate.nullable().default(null),
});

const layer = z.boolean().optional();
const layersSchema = z
  .object({
    cities: layer,
    'delivery-center': layer,
    'partner-store': layer,
    'fusion-store': layer,
  })
  .default({})
  .transform((layers) => ({ ...DEFAULT_LAYERS, ...stripUndefined(layers) }));

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const coverageSchema = z.object({
  mode: z.enum(['off', 'sales', 'service']),
  radiusKm: z
    .number()
    .refine(
      (km) => (COVERAGE_RADII as readonly number[]).includes(km),
      `expected one of ${COVERAGE_RADII.join(', ')} km`,
    ),
  rings: z.boolean().default(false),
});

const viewSchema = z.object({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-85.06).max(85.06),
  zoom: z.number().min(0).max(24),
});

export const sceneSchema = z.object({
  id: z.string().regex(/^[\w-]{1,100}$/, 'expected letters, digits, "-" or "_"'),
  name: z.string().trim().min(1, 'must not be empty').max(120, 'longer than 120 characters'),
  view: viewSchema.nullable().default(null),
  filters: filtersSchema.default(filtersSchema.parse({})),
  layers: layersSchema,
  selectedCityId: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'not a city id')
    .nullable()
    .default(null),
  coverage: coverageSchema.optional(),
  compare: z
    .object({ from: isoDate, to: isoDate })
    .refine((range) => range.from <= range.to, 'the from-date is after the to-date')
    .nullable()
    .optional(),
  focus: z.enum(['plan']).nullable().optional(),
}) satisfies z.ZodType<Scene, unknown>;

const documentSchema = z.object({
  format: z.literal(SCENES_FORMAT),
  version: z.literal(SCENES_VERSION),
  scenes: z.array(z.unknown()).max(MAX_SCENES, `more than ${MAX_SCENES} scenes`),
});

/** The document a scenes file and the stored list hold. */
export function scenesDocument(scenes: readonly Scene[]) {
  return { format: SCENES_FORMAT, version: SCENES_VERSION, scenes };
}

export interface ParsedScenes {
  scenes: Scene[];
  /** One line per problem, e.g. `scenes[2].view.zoom: Too big: expected number to be <=24`. */
  problems: string[];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    'scenes',
  );
}

/**
 * Reads a scenes document (or a bare list of scenes), keeping every valid scene and naming
 * each problem with where it is.
 */
export function parseScenes(value: unknown): ParsedScenes {
  const items = Array.isArray(value) ? value : null;
  const document = items ? null : documentSchema.safeParse(value);
  if (document && !document.success) {
    const issue = document.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { scenes: [], problems: [`${where}${issue?.message ?? 'not a scenes document'}`] };
  }
  const list = (items ?? document?.data?.scenes ?? []).slice(0, MAX_SCENES);
  const scenes: Scene[] = [];
  const problems: string[] = [];
  list.forEach((item, index) => {
    const result = sceneSchema.safeParse(item);
    if (result.success) scenes.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${formatPath([index, ...issue.path])}: ${issue.message}`);
  });
  return { scenes, problems };
}
