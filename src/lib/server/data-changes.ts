import type { IncidentStore } from './incident-store';
import { wholeNumberSetting } from './whole-number-setting';

/**
 * The server's caches of what the store holds (the API's answers, the map pages, the map data, tiles) hear here
 * when the data changes under them: a `data:load` into the database, seen by asking the store for
 * its data version every few seconds. A file's data is read once and never changes.
 */

const clearers = new Set<() => void>();

/** Have `clear` called whenever the store's data changes. */
export function onDataChange(clear: () => void): void {
	clearers.add(clear);
}

/** The data changed: clear every cache that registered. */
export function dataChanged(): void {
	for (const clear of clearers) clear();
}

/**
 * Ask `store` for its data version now and every `intervalMs`, and clear the caches when it
 * changes; a failed ask (the database away) is asked again next time. Returns a stop function.
 */
export function watchDataVersion(store: IncidentStore, intervalMs: number): () => void {
	const version = store.dataVersion?.bind(store);
	if (!version) return () => {};
	let last: string | null = null;
	let asking = false;
	const ask = async () => {
		if (asking) return;
		asking = true;
		try {
			const now = await version();
			if (last !== null && now !== last) dataChanged();
			last = now;
		} catch {
			// Serve what is kept; ask again at the next tick.
		} finally {
			asking = false;
		}
	};
	void ask();
	const timer = setInterval(() => void ask(), intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}

/** The `DATA_VERSION_POLL_MS` setting: whole milliseconds from 100 to 600000; unset is 5000. */
export function parseDataPollMs(value: string | undefined): number {
	return wholeNumberSetting('DATA_VERSION_POLL_MS', value, { fallback: 5000, unit: 'milliseconds', min: 100, max: 600_000 });
}
