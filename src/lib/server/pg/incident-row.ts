import { fatalityCount } from '../../domain/format';
import type { IncidentFeature } from '../../domain/incident';
import { digestTable } from '../../domain/incident-digest';
import { NO_CLAIM, UNKNOWN_PERPETRATOR } from '../../domain/incident-query';
import { foldText, searchableText } from '../../domain/text-match';

/** The columns of `queries/insert.sql`, in its order, as arrays (one element per incident). */
export type IncidentColumns = [
	id: string[],
	ord: number[],
	dateStart: string[],
	dateEnd: string[],
	category: string[],
	iso3: string[],
	perpetratorKey: string[],
	claimKey: string[],
	fatalities: (number | null)[],
	searchText: string[],
	lon: number[],
	lat: number[],
	uncertaintyKm: number[],
	areaId: (string | null)[],
	feature: string[],
	digest: string[]
];

/**
 * Incidents as the columns of the `incidents` table: the values the filters compare, computed as
 * the file store computes them (`fatalityCount`, `foldText(searchableText)`), the area's id for a
 * record placed only to an area (`placedToArea`: one whose overlay is known), and the feature's own
 * JSON and its digest (a row of `digestTable`). `firstOrd` numbers the rows in file order.
 */
export function incidentColumns(
	features: readonly IncidentFeature[],
	firstOrd: number,
	placedToArea: (feature: IncidentFeature) => boolean
): IncidentColumns {
	const c: IncidentColumns = [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []];
	const digests = digestTable(features).rows;
	features.forEach((f, i) => {
		const p = f.properties;
		const [lon, lat] = f.geometry.coordinates;
		c[0].push(f.id);
		c[1].push(firstOrd + i);
		c[2].push(p.date_start);
		c[3].push(p.date_end);
		c[4].push(p.category);
		c[5].push(p.place.iso3);
		c[6].push(p.perpetrator ?? UNKNOWN_PERPETRATOR);
		c[7].push(p.claim?.status ?? NO_CLAIM);
		c[8].push(fatalityCount(p));
		c[9].push(` ${foldText(searchableText(p))} `);
		c[10].push(lon);
		c[11].push(lat);
		c[12].push(p.uncertainty_km);
		c[13].push(placedToArea(f) ? p.area : null);
		c[14].push(JSON.stringify(f));
		c[15].push(JSON.stringify(digests[i]));
	});
	return c;
}
