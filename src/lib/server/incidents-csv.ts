import Papa from 'papaparse';
import { acledColumns, acledRow } from '../domain/acled-row';
import type { IncidentFeature } from '../domain/incident';
import type { ProximityHit } from '../geo/proximity';

/**
 * Incidents as an ACLED-style CSV (RFC 4180: a header row, CRLF line ends, fields with commas,
 * quotes or line breaks quoted), one row per incident in the order given. `hits` — a proximity
 * query's distances — adds the `distance_km` and `proximity` columns. Text cells are already
 * guarded against formula injection by `acledRow`.
 */
export function incidentsCsv(features: readonly IncidentFeature[], hits: ReadonlyMap<string, ProximityHit> | null): string {
	const columns = acledColumns(hits !== null);
	const rows = features.map((f) => {
		const row = acledRow(f, hits?.get(f.id));
		return columns.map((c) => row[c] ?? null);
	});
	return Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n', escapeFormulae: false });
}
