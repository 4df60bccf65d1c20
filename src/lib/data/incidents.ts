import raw from './incidents.geojson?raw';
import type { IncidentCollection } from '../domain/incident';
import { incidentFeatureSchema } from '../domain/incident';
import { parseCollection } from '../domain/parse-collection';
import { DataError } from '../domain/problem';

/** The curated dataset drawn from the seed article, validated; throws DataError naming every problem. */
export function loadCuratedIncidents(): IncidentCollection {
	const { features, problems } = parseCollection(JSON.parse(raw), incidentFeatureSchema, 'incidents.geojson');
	if (problems.length) throw new DataError(problems);
	return { type: 'FeatureCollection', features };
}
