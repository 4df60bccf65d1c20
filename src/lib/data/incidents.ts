import raw from './incidents.geojson?raw';
import type { IncidentCollection } from '../domain/incident';
import { incidentFeatureSchema } from '../domain/incident';
import { parseCollection } from '../domain/parse-collection';
import { DataError } from '../domain/problem';

/** Parse and validate an incident dataset's text; throws DataError naming every problem. */
export function parseIncidents(text: string, file: string): IncidentCollection {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new DataError([{ file, feature: '-', field: '-', reason: `not valid JSON: ${(e as Error).message}` }]);
	}
	const { features, problems } = parseCollection(json, incidentFeatureSchema, file);
	if (problems.length) throw new DataError(problems);
	return { type: 'FeatureCollection', features };
}

/** The curated dataset drawn from the seed article, validated. */
export function loadCuratedIncidents(): IncidentCollection {
	return parseIncidents(raw, 'incidents.geojson');
}
