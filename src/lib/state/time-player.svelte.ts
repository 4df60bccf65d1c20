import { monthEnd, monthIndex, monthStart } from '../domain/month-bins';
import type { Filters } from './filters.svelte';

export type PlayMode = 'cumulative' | 'moving';

/**
 * Steps the time window through the months of the data: cumulative (from the first month up to
 * the step) or moving (a window of `months` months ending at the step). Playing steps on a timer;
 * each step is also a button. With reduced motion nothing is animated: the window jumps.
 */
export class TimePlayer {
	mode = $state<PlayMode>('cumulative');
	/** The moving window's length, in months. */
	months = $state(3);
	playing = $state(false);
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(
		private readonly filters: Filters,
		/** The data's first and last month indices. */
		private readonly span: () => [number, number] | null,
		private readonly intervalMs = 1000
	) {}

	/** The month the window currently ends at (the data's last month when there is no window). */
	get at(): number | null {
		const span = this.span();
		if (!span) return null;
		const to = this.filters.to;
		return to ? Math.min(Math.max(monthIndex(to), span[0]), span[1]) : span[1];
	}

	/** Put the window's end at month `index`. */
	show(index: number): void {
		const span = this.span();
		if (!span) return;
		const end = Math.min(Math.max(index, span[0]), span[1]);
		const start = this.mode === 'cumulative' ? span[0] : Math.max(span[0], end - this.months + 1);
		this.filters.setWindow(monthStart(start), monthEnd(end));
	}

	/** One step forward (or back); playing stops at the last month. Returns false at the end. */
	step(delta: 1 | -1 = 1): boolean {
		const span = this.span();
		const at = this.at;
		if (!span || at === null) return false;
		// A window not yet stepped starts at the first month.
		const from = this.filters.to ? at : span[0] - 1;
		const next = from + delta;
		if (next > span[1] || next < span[0]) return false;
		this.show(next);
		return true;
	}

	play(): void {
		if (this.playing) return;
		const span = this.span();
		// From the end, start again at the beginning.
		if (span && this.filters.to && this.at === span[1]) this.filters.setWindow(undefined, undefined);
		this.playing = true;
		if (!this.step(1)) return this.pause();
		this.#timer = setInterval(() => {
			if (!this.step(1)) this.pause();
		}, this.intervalMs);
	}

	pause(): void {
		this.playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}
}
