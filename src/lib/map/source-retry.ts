import { GeoJSONSource, type ErrorEvent, type Map as MapLibreMap, type MapSourceDataEvent } from 'maplibre-gl';
import { RETRY_DELAYS_MS } from '$lib/state/retry';
import { SOURCE } from './ids';

/** What a failed source means to a reader. */
function describe(sourceId: string): string {
	if (sourceId === SOURCE.overlays) return 'The overlays (regions and pipelines)';
	if (sourceId.startsWith('basemap-')) return 'Part of the basemap';
	return 'Part of the map';
}

/**
 * A GeoJSON source loaded from a URL (the overlays from `/api/overlays`, the basemap's layers)
 * that fails — the server unreachable or failing for a while — is loaded again after 1, 2 and 4 s,
 * each time with a notice in words; once it loads, the notice goes; after the last try it says to
 * reload. Any other map error is logged as MapLibre would. `earlier` are errors the map raised
 * before this was called (they are handled first). Returns the function that undoes it.
 */
export function retryFailedSources(
	map: MapLibreMap,
	onnotice: (message: string | null) => void,
	earlier: readonly ErrorEvent[] = [],
	delays: readonly number[] = RETRY_DELAYS_MS
): () => void {
	const tries = new Map<string, number>();
	const timers = new Set<ReturnType<typeof setTimeout>>();

	const onError = (e: ErrorEvent & { sourceId?: string }) => {
		const id = e.sourceId;
		const source = id ? map.getSource(id) : undefined;
		const url = source instanceof GeoJSONSource ? source.serialize().data : undefined;
		if (!id || !source || typeof url !== 'string') {
			console.error(e.error);
			return;
		}
		const n = tries.get(id) ?? 0;
		tries.set(id, n + 1);
		const delay = delays[n];
		if (delay === undefined) {
			onnotice(`${describe(id)} could not be loaded. Reload the page to try again.`);
			return;
		}
		onnotice(`${describe(id)} could not be loaded; trying again in ${Math.round(delay / 1000)} s.`);
		const timer = setTimeout(() => {
			timers.delete(timer);
			(source as GeoJSONSource).setData(url);
		}, delay);
		timers.add(timer);
	};

	const onData = (e: MapSourceDataEvent) => {
		if (e.sourceDataType !== 'content' || !tries.has(e.sourceId)) return;
		tries.delete(e.sourceId);
		if (!tries.size) onnotice(null);
	};

	map.on('error', onError);
	map.on('sourcedata', onData);
	earlier.forEach(onError);
	return () => {
		map.off('error', onError);
		map.off('sourcedata', onData);
		for (const t of timers) clearTimeout(t);
	};
}
