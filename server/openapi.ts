import { z } from 'zod';
import {
  citySchema,
  localizedTextSchema,
  metaSchema,
  milestoneSchema,
  outletSchema,
  pointSchema,
  stageDatesSchema,
  targetSchema,
} from '../src/data/domain/schema';

/** The dataset as the API serves it: only records that passed validation. */
export const networkSchema = z.object({
  meta: metaSchema,
  cities: z.array(citySchema),
  outlets: z.array(outletSchema),
  milestones: z.array(milestoneSchema),
  /** The plan; absent when the data file has none. */
  targets: z.array(targetSchema).optional(),
});

export const dataIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  line: z.number().int().optional(),
});

export const healthSchema = z.object({
  /** `degraded`: the newest version of the file was kept out (`lastError` says why). */
  status: z.enum(['ok', 'degraded', 'unavailable']),
  dataFile: z.string(),
  loadedAt: z.string().nullable(),
  etag: z.string().nullable(),
  outlets: z.number().int().min(0),
  cities: z.number().int().min(0),
  /** Targets served (0 when the data file has no plan). */
  targets: z.number().int().min(0),
  /** How many problems the served version has; the first 100 are in `issueList`. */
  issues: z.number().int().min(0),
  issueList: z.array(dataIssueSchema),
  lastError: z.string().nullable(),
});

export type Health = z.infer<typeof healthSchema>;

export const errorSchema = z.object({
  error: z.string(),
  reason: z.string().nullable().optional(),
});

const COMPONENTS = {
  Network: networkSchema,
  Meta: metaSchema,
  City: citySchema,
  Outlet: outletSchema,
  StageDates: stageDatesSchema,
  Milestone: milestoneSchema,
  Target: targetSchema,
  LocalizedText: localizedTextSchema,
  Point: pointSchema,
  Health: healthSchema,
  DataIssue: dataIssueSchema,
  Error: errorSchema,
};

/** The component schemas, generated from the zod schemas the app and the server validate with. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      // A component is not a document: `$id` with a fragment and `$schema` do not belong in it.
      const rest: Record<string, unknown> = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}
