/**
 * The outlet kinds and stages, apart from the schema: MapLibre's worker reads outlet features
 * with them (`outlet-feature-codec.ts`) and should not carry the validation along.
 */
export const OUTLET_KINDS = ['delivery-center', 'partner-store', 'fusion-store'] as const;
/** Lifecycle order; `closed` ends it. */
export const STAGES = ['planned', 'signed', 'renovating', 'open', 'closed'] as const;
