/**
 * Values of the perpetrator and claim filters that stand for a missing field. Kept apart from
 * the zod schema (`incident.ts`) so the browser's filtering code does not load zod;
 * `filter-values.test.ts` holds the claim statuses equal to the schema's.
 */

/** The perpetrator filter's value for a record with no known perpetrator. */
export const UNKNOWN_PERPETRATOR = 'unknown';
/** The claim filter's value for a record where a claim makes no sense (`claim: null`). */
export const NO_CLAIM = 'none';
/** The schema's claim statuses, then `none`. */
export const CLAIM_FILTER_VALUES = ['claimed', 'attributed', 'unclaimed', NO_CLAIM] as const;
export type ClaimFilterValue = (typeof CLAIM_FILTER_VALUES)[number];
