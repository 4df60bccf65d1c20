import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Retry the map's failed sources (`source-retry.ts`) with code fetched at the map's first error:
 * most readers never need it. Errors raised while it loads wait for it. Returns the cleanup.
 */
export function retryFailedSourcesWhenNeeded(map: MapLibreMap, onnotice: (message: string | null) => void): () => void {
	const failed: ErrorEvent[] = [];
	let stop = (): void => void map.off('error', onError);
	let stopped = false;
	function onError(e: ErrorEvent) {
		if (failed.push(e) > 1) return;
		import('./source-retry')
			.then(({ retryFailedSources }) => {
				map.off('error', onError);
				if (!stopped) stop = retryFailedSources(map, onnotice, failed);
			})
			.catch(() => {
				if (!stopped) onnotice('Part of the map could not be loaded. Reload the page to try again.');
			});
	}
	map.on('error', onError);
	return () => {
		stopped = true;
		stop();
	};
}
