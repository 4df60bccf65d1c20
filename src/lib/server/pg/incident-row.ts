import { fatalityCount } from '../../domain/format';
import type { IncidentFeature } from '../../domain/incident';
import { digestTable } from '../../domain/incident-digest';
import { NO_CLAIM, UNKNOWN_PERPETRATOR } from '../../domain/incident-query';
import { foldText, searchableText } from '../../domain/text-match';

/** NULL in COPY's text format. */
const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value as a field of COPY's text format: backslash, tab and line breaks escaped; null as \N. */
function field(value: string | number | null): string {
	if (value === null) return NULL;
	return typeof value === 'number' ? String(value) : value.replace(SPECIAL, (c) => ESCAPED[c]!);
}

/**
 * Incidents as rows of `queries/copy-next.sql` (COPY's text format, one line each, in its column
 * order): the values the filters compare, computed as the file store computes them
 * (`fatalityCount`, `foldText(searchableText)`), the recorded point (as EWKT, for the geography and
 * the geometry column), the area's id for a record placed only to an area (`placedToArea`: one
 * whose overlay is known), the feature's own JSON and its digest (a row of `digestTable`).
 * `firstOrd` numbers the rows in file order.
 */
export function incidentCopyRows(
	features: readonly IncidentFeature[],
	firstOrd: number,
	placedToArea: (feature: IncidentFeature) => boolean
): string {
	const digests = digestTable(features).rows;
	let text = '';
	features.forEach((f, i) => {
		const p = f.properties;
		const [lon, lat] = f.geometry.coordinates;
		const point = `SRID=4326;POINT(${lon} ${lat})`;
		const row = [
			f.id,
			firstOrd + i,
			p.date_start,
			p.date_end,
			p.category,
			p.place.iso3,
			p.perpetrator ?? UNKNOWN_PERPETRATOR,
			p.claim?.status ?? NO_CLAIM,
			fatalityCount(p),
			` ${foldText(searchableText(p))} `,
			lon,
			lat,
			p.uncertainty_km,
			point,
			point,
			placedToArea(f) ? p.area : null,
			JSON.stringify(f),
			JSON.stringify(digests[i])
		];
		text += row.map(field).join('\t') + '\n';
	});
	return text;
}
