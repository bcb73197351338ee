/**
 * The outlet kinds and stages, apart from the schema: code that runs in MapLibre's worker reads
 * outlets with them (`outlet-features.ts`) and should not carry the validation along.
 */
export const OUTLET_KINDS = ['delivery-center', 'partner-store', 'fusion-store'] as const;
/** Lifecycle order; `closed` ends it. */
export const STAGES = ['planned', 'signed', 'renovating', 'open', 'closed'] as const;

/** What the map draws: the cities, and the outlets of each kind; each can be switched off. */
export const LAYER_IDS = ['cities', ...OUTLET_KINDS] as const;
export type LayerId = (typeof LAYER_IDS)[number];
