import type { Proximity } from '../geo/proximity';
import { fetchOk } from './retry';

/** One incident answering the reader's spatial question, as the API returns it. */
export interface QueryHit {
	id: string;
	title: string;
	distance_km: number | null;
	proximity: Proximity | null;
}

export interface QueryAnswer {
	hits: QueryHit[];
	total: number;
}

interface ApiFeature {
	id: string;
	properties: { title: string; distance_km?: number; proximity?: Proximity };
}

/**
 * Ask `GET /api/incidents` a question; throws a `FetchFailure` whose message a reader can act on
 * (retryable when the server could not be reached or failed).
 */
export async function fetchQueryAnswer(params: URLSearchParams, fetcher: typeof fetch = fetch): Promise<QueryAnswer> {
	const response = await fetchOk(`/api/incidents?${params}`, fetcher);
	const body = (await response.json()) as { features: ApiFeature[]; total?: number };
	const hits = body.features.map((f) => ({
		id: f.id,
		title: f.properties.title,
		distance_km: f.properties.distance_km ?? null,
		proximity: f.properties.proximity ?? null
	}));
	return { hits, total: body.total ?? hits.length };
}
