declare module 'vt-pbf' {
	/** Encodes geojson-vt-shaped tiles (supercluster's `getTile`), one per layer name. */
	export function fromGeojsonVt(
		layers: Record<string, { features: unknown[] }>,
		options?: { version?: number; extent?: number }
	): Uint8Array;
}
