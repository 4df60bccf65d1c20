/** The advisory lock loads take (and tile-table rebuilds, `tile-tables.ts`): one at a time, released at the transaction's end. */
export const LOAD_LOCK = "SELECT pg_advisory_xact_lock(hashtext('incident-map:load'))";
