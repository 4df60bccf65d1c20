import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Announcer', () => {
	it('does not say what the page showed when it opened', () => {
		const a = new Announcer(1000);
		a.update('counts', '13 of 13 incidents.');
		vi.advanceTimersByTime(5000);
		expect(a.message).toBe('');
	});

	it('says a change once the reader pauses, only the last of a burst', () => {
		const a = new Announcer(1000);
		a.update('counts', '13 of 13 incidents.');
		a.update('counts', '9 of 13 incidents.');
		vi.advanceTimersByTime(600);
		a.update('counts', '7 of 13 incidents.');
		vi.advanceTimersByTime(600);
		expect(a.message).toBe('');
		vi.advanceTimersByTime(400);
		expect(a.message).toBe('7 of 13 incidents.');
	});

	it('says nothing when a burst ends where it started', () => {
		const a = new Announcer(1000);
		a.update('counts', '13 of 13 incidents.');
		a.update('counts', '9 of 13 incidents.');
		a.update('counts', '13 of 13 incidents.');
		vi.advanceTimersByTime(2000);
		expect(a.message).toBe('');
	});

	it('says only the topics that changed, in a stable order; an empty text says nothing', () => {
		const a = new Announcer(1000);
		a.update('counts', '13 of 13 incidents.');
		a.update('answer', '');
		a.update('answer', 'Within 25 km of Kabul: 4 incidents (3 certain, 1 possible).');
		vi.advanceTimersByTime(1000);
		expect(a.message).toBe('Within 25 km of Kabul: 4 incidents (3 certain, 1 possible).');
		a.update('answer', 'Within 50 km of Kabul: 6 incidents (4 certain, 2 possible).');
		a.update('counts', '7 of 13 incidents.');
		vi.advanceTimersByTime(1000);
		expect(a.message).toBe('7 of 13 incidents. Within 50 km of Kabul: 6 incidents (4 certain, 2 possible).');
		a.update('answer', '');
		vi.advanceTimersByTime(1000);
		expect(a.message).toBe('7 of 13 incidents. Within 50 km of Kabul: 6 incidents (4 certain, 2 possible).');
	});
});
