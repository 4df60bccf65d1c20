import type { Geometry } from 'geojson';

/**
 * Overlay geometries fetched on demand from `/api/overlays/{id}` (to outline a chosen region).
 * A failing server is asked again after 1, 2 and 4 s; then `load` rejects with a FetchFailure.
 * The code that fetches and retries comes with the first region asked for.
 */
export class OverlayGeometries {
	/** Replaced, never changed in place, so readers react. */
	#byId = $state.raw<ReadonlyMap<string, Geometry>>(new Map());

	/** `delays`: the pauses between attempts (`RETRY_DELAYS_MS` when not given). */
	constructor(private readonly delays?: readonly number[]) {}

	get(id: string): Geometry | undefined {
		return this.#byId.get(id);
	}

	async load(id: string, fetcher: typeof fetch = fetch): Promise<void> {
		if (this.#byId.has(id)) return;
		const { fetchOk, RETRY_DELAYS_MS, sleep, withRetry } = await import('./retry');
		const response = await withRetry(() => fetchOk(`/api/overlays/${encodeURIComponent(id)}`, fetcher), sleep, this.delays ?? RETRY_DELAYS_MS);
		const feature = (await response.json()) as { geometry: Geometry };
		this.#byId = new Map([...this.#byId, [id, feature.geometry]]);
	}
}
