import { z } from 'zod';
import { OUTLET_KINDS, STAGES } from './vocabulary';

/**
 * The network dataset format — the one source of truth for its types.
 * Each record is validated on its own so that one bad record never hides the others.
 */

// A dataset repeats a few thousand dates over all its records: check each string once.
const calendarDates = new Map<string, boolean>();
const MAX_CACHED_DATES = 10_000;

/** Whether a `YYYY-MM-DD` string names a day that exists (`2024-02-30` does not). */
export function isCalendarDate(value: string): boolean {
  const known = calendarDates.get(value);
  if (known !== undefined) return known;
  const date = new Date(`${value}T00:00:00Z`);
  const isValid = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  if (calendarDates.size >= MAX_CACHED_DATES) calendarDates.clear();
  calendarDates.set(value, isValid);
  return isValid;
}

/** The shape of a date (`isCalendarDate` then checks it is a real day). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/**
 * The dates a dataset may hold, a rollout's with decades to spare on both sides: every pass
 * over time (day numbers, months, the as-of date) stays bounded, far from the day numbers that
 * stand for "never reached".
 */
export const DATE_RANGE = { first: '1990-01-01', last: '2100-12-31' } as const;

/** Whether a `YYYY-MM-DD` date lies within `DATE_RANGE`. */
export function isDateInRange(value: string): boolean {
  return value >= DATE_RANGE.first && value <= DATE_RANGE.last;
}
/** An outlet id: letters, digits, dashes and underscores. */
export const OUTLET_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
/** The longest name, operator or address, in characters, after trimming. */
export const LOCALIZED_TEXT_MAX = 300;

const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date')
  .refine(isDateInRange, `outside ${DATE_RANGE.first} to ${DATE_RANGE.last}`);

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `longer than ${max} characters`);

const localizedText = (max: number) => z.object({ en: text(max), zh: text(max) });

/** A name or short text in both languages. */
export const localizedTextSchema = localizedText(LOCALIZED_TEXT_MAX);

const SWAPPED = 'latitude must be within ±90 (are longitude and latitude swapped?)';

export const pointSchema = z.object({
  lon: z
    .number()
    .min(-180, 'longitude must be within ±180')
    .max(180, 'longitude must be within ±180'),
  lat: z.number().min(-90, SWAPPED).max(90, SWAPPED),
});

export const CRS_VALUES = ['WGS84', 'GCJ02', 'BD09'] as const;
export const TIERS = ['1', 'new1', '2', '3', '4', '5'] as const;
export const REGIONS = [
  'north',
  'northeast',
  'east',
  'central',
  'south',
  'southwest',
  'northwest',
] as const;
export { OUTLET_KINDS, STAGES };
export const SERVICES = ['sales', 'delivery', 'after-sales'] as const;
export const RECRUITMENT_STATUSES = ['recruiting', 'none'] as const;

export const metaSchema = z.object({
  title: localizedTextSchema,
  /**
   * The date the data describes. When it is missing or not a real date, validation dates the
   * dataset by the latest stage date of its valid outlets (today's date when none has one) and
   * says so in a warning: the app never shows a placeholder date.
   */
  asOf: isoDate,
  source: text(2000),
  illustrative: z.boolean(),
  crs: z.enum(CRS_VALUES),
  tierYear: z.number().int().min(2013).max(2100),
});

export const citySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: localizedTextSchema,
  province: localizedTextSchema,
  adcode: z.string().regex(/^\d{6}$/, 'expected a 6-digit administrative code'),
  region: z.enum(REGIONS),
  tier: z.enum(TIERS),
  point: pointSchema,
  /**
   * Open partner recruitment. A `recruiting` city is a recruitment city from `since` on, and not
   * before (`isRecruitingOn`); without `since` it recruits from the start of the data, at every
   * date the app shows. `since` means nothing for `none`.
   */
  recruitment: z.object({
    status: z.enum(RECRUITMENT_STATUSES),
    since: isoDate.optional(),
  }),
});

export const stageDatesSchema = z.object({
  planned: isoDate.optional(),
  signed: isoDate.optional(),
  renovating: isoDate.optional(),
  open: isoDate.optional(),
  closed: isoDate.optional(),
});

export const outletSchema = z.object({
  id: z.string().regex(OUTLET_ID_PATTERN, 'use letters, digits, dashes and underscores'),
  cityId: z.string().min(1),
  kind: z.enum(OUTLET_KINDS),
  name: localizedTextSchema,
  operator: localizedTextSchema,
  status: z.enum(STAGES),
  stages: stageDatesSchema,
  services: z.array(z.enum(SERVICES)).min(1, 'at least one service'),
  address: localizedTextSchema,
  point: pointSchema,
});

/** The stages a target can ask for: an outlet counts once it has reached the stage or a later one. */
export const TARGET_STAGES = ['signed', 'renovating', 'open'] as const;

/**
 * A plan target: `count` outlets of a city (of one kind, or of any kind when `kind` is absent)
 * must have reached `stage` (default `open`) by `due` and not closed. Counts are cumulative:
 * "3 open by March, 8 open by June" are two targets of the same city, kind and stage.
 */
export const targetSchema = z.object({
  id: z.string().regex(OUTLET_ID_PATTERN, 'use letters, digits, dashes and underscores'),
  cityId: z.string().min(1),
  kind: z.enum(OUTLET_KINDS).optional(),
  stage: z.enum(TARGET_STAGES).default('open'),
  count: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1 (a target of no outlet is always met)'),
  due: isoDate,
  note: localizedText(2000).optional(),
});

export const milestoneSchema = z.object({
  date: isoDate,
  title: localizedTextSchema,
  description: localizedText(2000),
  source: text(2000),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Crs = (typeof CRS_VALUES)[number];
export type Tier = (typeof TIERS)[number];
export type Region = (typeof REGIONS)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type Service = (typeof SERVICES)[number];
export type NetworkMeta = z.infer<typeof metaSchema>;
export type City = z.infer<typeof citySchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type StageDates = z.infer<typeof stageDatesSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type TargetStage = (typeof TARGET_STAGES)[number];
/** A target after validation: its stage filled in. */
export type Target = z.infer<typeof targetSchema>;

/** A dataset after validation: only valid records. */
export interface Network {
  meta: NetworkMeta;
  cities: City[];
  outlets: Outlet[];
  milestones: Milestone[];
  /** The plan, when the dataset has one (see `targetSchema`); absent means no targets. */
  targets?: Target[];
}
