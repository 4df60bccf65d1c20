import type { Proximity } from '../geo/proximity';

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

/** Ask `GET /api/incidents` a question; throws an Error whose message a reader can act on. */
export async function fetchQueryAnswer(params: URLSearchParams, fetcher: typeof fetch = fetch): Promise<QueryAnswer> {
	const response = await fetcher(`/api/incidents?${params}`);
	if (!response.ok) {
		const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
		throw new Error(problem?.detail ?? `The server answered ${response.status}.`);
	}
	const body = (await response.json()) as { features: ApiFeature[]; total?: number };
	const hits = body.features.map((f) => ({
		id: f.id,
		title: f.properties.title,
		distance_km: f.properties.distance_km ?? null,
		proximity: f.properties.proximity ?? null
	}));
	return { hits, total: body.total ?? hits.length };
}
