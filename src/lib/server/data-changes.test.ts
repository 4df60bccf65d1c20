import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryIncidentStore } from './memory-store';
import type { IncidentStore } from './incident-store';
import { loadCuratedIncidents } from '../data/incidents';
import { onDataChange, parseDataPollMs, watchDataVersion } from './data-changes';

afterEach(() => {
	vi.useRealTimers();
});

/** A memory store whose data version the test sets, as a database's changes with each load. */
class VersionedStore extends MemoryIncidentStore {
	version = 'a';
	failing = false;
	async dataVersion(): Promise<string> {
		if (this.failing) throw new Error('the database is away');
		return this.version;
	}
}

describe('watchDataVersion', () => {
	it('clears the registered caches once when the version changes, and keeps asking after a failure', async () => {
		vi.useFakeTimers();
		const store = new VersionedStore(loadCuratedIncidents());
		let cleared = 0;
		onDataChange(() => cleared++);
		const stop = watchDataVersion(store, 1000);
		await vi.advanceTimersByTimeAsync(2500);
		expect(cleared).toBe(0);
		store.version = 'b';
		await vi.advanceTimersByTimeAsync(1000);
		expect(cleared).toBe(1);
		store.failing = true;
		await vi.advanceTimersByTimeAsync(3000);
		expect(cleared).toBe(1);
		store.failing = false;
		store.version = 'c';
		await vi.advanceTimersByTimeAsync(1000);
		expect(cleared).toBe(2);
		stop();
		store.version = 'd';
		await vi.advanceTimersByTimeAsync(3000);
		expect(cleared).toBe(2);
	});

	it('does not watch a store whose data is read once', () => {
		const store = new MemoryIncidentStore(loadCuratedIncidents());
		expect((store as IncidentStore).dataVersion).toBeUndefined();
		expect(typeof watchDataVersion(store, 1000)).toBe('function');
	});
});

describe('parseDataPollMs', () => {
	it('defaults to 5 s and names the setting when wrong', () => {
		expect(parseDataPollMs(undefined)).toBe(5000);
		expect(parseDataPollMs('250')).toBe(250);
		for (const bad of ['0', '99', '12.5', 'often', '600001'])
			expect(() => parseDataPollMs(bad)).toThrow(/^DATA_VERSION_POLL_MS: must be a whole number of milliseconds, from 100 to 600000 \(got "/);
	});
});
