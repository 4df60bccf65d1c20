import type { Geometry } from 'geojson';
import { fetchOk, RETRY_DELAYS_MS, sleep, withRetry } from './retry';

/**
 * Overlay geometries fetched on demand from `/api/overlays/{id}` (to outline a chosen region).
 * A failing server is asked again after 1, 2 and 4 s; then `load` rejects with a FetchFailure.
 */
export class OverlayGeometries {
	/** Replaced, never changed in place, so readers react. */
	#byId = $state.raw<ReadonlyMap<string, Geometry>>(new Map());

	constructor(private readonly delays: readonly number[] = RETRY_DELAYS_MS) {}

	get(id: string): Geometry | undefined {
		return this.#byId.get(id);
	}

	async load(id: string, fetcher: typeof fetch = fetch): Promise<void> {
		if (this.#byId.has(id)) return;
		const response = await withRetry(() => fetchOk(`/api/overlays/${encodeURIComponent(id)}`, fetcher), sleep, this.delays);
		const feature = (await response.json()) as { geometry: Geometry };
		this.#byId = new Map([...this.#byId, [id, feature.geometry]]);
	}
}
