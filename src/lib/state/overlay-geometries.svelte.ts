import type { Geometry } from 'geojson';

/** Overlay geometries fetched on demand from `/api/overlays/{id}` (to outline a chosen region). */
export class OverlayGeometries {
	/** Replaced, never changed in place, so readers react. */
	#byId = $state.raw<ReadonlyMap<string, Geometry>>(new Map());

	get(id: string): Geometry | undefined {
		return this.#byId.get(id);
	}

	async load(id: string, fetcher: typeof fetch = fetch): Promise<void> {
		if (this.#byId.has(id)) return;
		const response = await fetcher(`/api/overlays/${encodeURIComponent(id)}`);
		if (!response.ok) return;
		const feature = (await response.json()) as { geometry: Geometry };
		this.#byId = new Map([...this.#byId, [id, feature.geometry]]);
	}
}
