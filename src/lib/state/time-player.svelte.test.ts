import { afterEach, describe, expect, it, vi } from 'vitest';
import { monthIndex } from '../domain/month-bins';
import { Filters } from './filters.svelte';
import { TimePlayer } from './time-player.svelte';

const span: [number, number] = [monthIndex('2022-01-01'), monthIndex('2022-04-01')];
const windowOf = (f: Filters) => [f.from, f.to];

afterEach(() => vi.useRealTimers());

describe('TimePlayer', () => {
	it('steps a cumulative window from the first month to the last, then stops', () => {
		const filters = new Filters();
		const player = new TimePlayer(filters, () => span);
		expect(player.step(1)).toBe(true);
		expect(windowOf(filters)).toEqual(['2022-01-01', '2022-01-31']);
		player.step(1);
		expect(windowOf(filters)).toEqual(['2022-01-01', '2022-02-28']);
		player.step(1);
		player.step(1);
		expect(windowOf(filters)).toEqual(['2022-01-01', '2022-04-30']);
		expect(player.step(1)).toBe(false);
		player.step(-1);
		expect(windowOf(filters)).toEqual(['2022-01-01', '2022-03-31']);
	});

	it('moves a window of N months', () => {
		const filters = new Filters();
		const player = new TimePlayer(filters, () => span);
		player.mode = 'moving';
		player.months = 2;
		player.show(monthIndex('2022-03-01'));
		expect(windowOf(filters)).toEqual(['2022-02-01', '2022-03-31']);
		player.step(1);
		expect(windowOf(filters)).toEqual(['2022-03-01', '2022-04-30']);
	});

	it('plays on a timer until the last month, and pause stops it', () => {
		vi.useFakeTimers();
		const filters = new Filters({ text: 'kabul' });
		const player = new TimePlayer(filters, () => span, 1000);
		player.play();
		expect(player.playing).toBe(true);
		expect(filters.to).toBe('2022-01-31');
		vi.advanceTimersByTime(1000);
		expect(filters.to).toBe('2022-02-28');
		player.pause();
		vi.advanceTimersByTime(5000);
		expect(filters.to).toBe('2022-02-28');
		player.play();
		vi.advanceTimersByTime(10_000);
		expect(filters.to).toBe('2022-04-30');
		expect(player.playing).toBe(false);
		// The other filters are left alone.
		expect(filters.text).toBe('kabul');
	});
});
