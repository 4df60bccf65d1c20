import type { LonLat } from './lon-lat';
import { MAX_RADIUS_KM } from './query-parameters';

/**
 * The reader's spatial question, as it lives in the page URL. The parameter names are the API's
 * (`near`, `radius_km`, `region`, `corridor`), so a link reproduces the question and the page asks
 * the API with the same words. `nearby=R` with `incident=id` asks around that incident, the one
 * selected; when the reader has since selected another incident or closed the details, the question's
 * incident is `nearby_incident=id`, so the link keeps both the question and the selection.
 */
export type SpatialQuery =
	| { kind: 'near'; center: LonLat; radius_km: number }
	| { kind: 'nearby'; incident: string; radius_km: number }
	| { kind: 'region'; overlay: string }
	| { kind: 'corridor'; overlay: string; radius_km: number };

/** What a click on the map does: select an incident, or pick a place for a tool. */
export type MapTool = 'select' | 'near' | 'measure';

/** The radius choices offered to the reader. */
export const RADIUS_CHOICES_KM = [10, 25, 50, 100, 250] as const;
export const DEFAULT_RADIUS_KM = 50;

function parseLonLat(text: string | null): LonLat | null {
	if (!text) return null;
	const parts = text.split(',').map(Number);
	if (parts.length !== 2 || !parts.every(Number.isFinite)) return null;
	const [lon, lat] = parts as LonLat;
	return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

function parseRadius(text: string | null): number | null {
	const r = Number(text);
	return text && Number.isFinite(r) && r > 0 && r <= MAX_RADIUS_KM ? r : null;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;
export const formatLonLat = ([lon, lat]: LonLat) => `${round(lon)},${round(lat)}`;

/** Read the question from page URL parameters; anything malformed is ignored (null). */
export function readSpatialQuery(params: URLSearchParams): SpatialQuery | null {
	const center = parseLonLat(params.get('near'));
	const radius = parseRadius(params.get('radius_km'));
	if (center && radius) return { kind: 'near', center, radius_km: radius };
	const incident = params.get('nearby_incident') ?? params.get('incident');
	const nearby = parseRadius(params.get('nearby'));
	if (incident && nearby) return { kind: 'nearby', incident, radius_km: nearby };
	const region = params.get('region');
	if (region) return { kind: 'region', overlay: region };
	const corridor = params.get('corridor');
	if (corridor && radius) return { kind: 'corridor', overlay: corridor, radius_km: radius };
	return null;
}

const OWN_PARAMS = ['near', 'radius_km', 'nearby', 'nearby_incident', 'region', 'corridor'];

/**
 * Write the question into URL parameters, replacing any earlier one and keeping the rest. With
 * `selected` (the selected incident, or null for none) it also writes `incident`; without it,
 * `incident` is left as it is.
 */
export function writeSpatialQuery(
	params: URLSearchParams,
	query: SpatialQuery | null,
	selected?: string | null
): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const p of OWN_PARAMS) out.delete(p);
	// Written after the rest, so that one view always has one URL (a copied link stays as it is).
	if (selected !== undefined) {
		out.delete('incident');
		if (selected) out.append('incident', selected);
	}
	if (!query) return out;
	switch (query.kind) {
		case 'near':
			out.set('near', formatLonLat(query.center));
			out.set('radius_km', String(query.radius_km));
			break;
		case 'nearby':
			if (selected === undefined) out.set('incident', query.incident);
			if (out.get('incident') !== query.incident) out.set('nearby_incident', query.incident);
			out.set('nearby', String(query.radius_km));
			break;
		case 'region':
			out.set('region', query.overlay);
			break;
		case 'corridor':
			out.set('corridor', query.overlay);
			out.set('radius_km', String(query.radius_km));
			break;
	}
	return out;
}

/** The API parameters that answer the question (`nearby` needs the incident's point). */
export function apiParams(query: SpatialQuery, incidentPoint?: LonLat): URLSearchParams | null {
	switch (query.kind) {
		case 'near':
			return new URLSearchParams({ near: formatLonLat(query.center), radius_km: String(query.radius_km) });
		case 'nearby':
			return incidentPoint
				? new URLSearchParams({ near: formatLonLat(incidentPoint), radius_km: String(query.radius_km) })
				: null;
		case 'region':
			return new URLSearchParams({ region: query.overlay });
		case 'corridor':
			return new URLSearchParams({ corridor: query.overlay, radius_km: String(query.radius_km) });
	}
}
