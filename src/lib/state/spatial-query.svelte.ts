import type { LonLat } from '../domain/lon-lat';
import type { QueryAnswer, QueryHit } from './query-client';
import { apiParams, type MapTool, type SpatialQuery } from '../domain/spatial-query';
import { pathLengthKm } from '../geo/path-length';

/** A newer question replaced the one being retried. */
class Superseded extends Error {}

/**
 * The reader's spatial question and its answer, the active map tool, and the measured path.
 * An answer that fails for a while (the server unreachable or failing) is asked again after
 * 1, 2 and 4 s (`retrying`, with `retryInMs`); then the reader is asked to retry (`error`).
 */
export class SpatialQueryState {
	query = $state<SpatialQuery | null>(null);
	answer = $state<QueryAnswer | null>(null);
	status = $state<'idle' | 'loading' | 'retrying' | 'error'>('idle');
	error = $state<string | null>(null);
	/** While `retrying`: the pause before the next attempt. */
	retryInMs = $state(0);
	tool = $state<MapTool>('select');
	measure = $state<LonLat[]>([]);
	/** Bumped when a new question should bring the camera to it. */
	fitVersion = $state(0);
	#asked = 0;
	/** Ends the current pause early (Retry now). */
	#wake: (() => void) | null = null;
	/** Asks the current question again (Retry, after giving up). */
	#again: (() => Promise<void>) | null = null;

	/** `delays`: the pauses between attempts (`RETRY_DELAYS_MS` when not given). */
	constructor(
		initial: SpatialQuery | null,
		private readonly delays?: readonly number[]
	) {
		this.query = initial;
	}

	/** The incidents answering the question; around an incident, the other incidents. */
	get hits(): QueryHit[] {
		const q = this.query;
		return (this.answer?.hits ?? []).filter((h) => !(q?.kind === 'nearby' && h.id === q.incident));
	}

	ask(query: SpatialQuery | null, fit = true): void {
		this.query = query;
		this.tool = 'select';
		if (fit && query) this.fitVersion++;
	}

	/** Fetch the answer to the current question; a later question wins over an earlier one. */
	async answerWith(incidentPoint: (id: string) => LonLat | undefined, fetcher?: typeof fetch): Promise<void> {
		const query = this.query;
		const ticket = ++this.#asked;
		this.#again = () => this.answerWith(incidentPoint, fetcher);
		if (!query) {
			this.answer = null;
			this.status = 'idle';
			return;
		}
		const params = apiParams(query, query.kind === 'nearby' ? incidentPoint(query.incident) : undefined);
		if (!params) {
			this.status = 'error';
			this.error = 'That incident is not in the data.';
			return;
		}
		this.status = 'loading';
		try {
			// The code that asks the API, and asks again, comes with the first question (most readers
			// ask none), not in the page's first load.
			const [{ fetchQueryAnswer }, { withRetry, RETRY_DELAYS_MS }] = await Promise.all([import('./query-client'), import('./retry')]);
			if (ticket !== this.#asked) return;
			const answer = await withRetry(
				() => fetchQueryAnswer(params, fetcher),
				(ms, failure) => this.#pause(ticket, ms, failure.message),
				this.delays ?? RETRY_DELAYS_MS
			);
			if (ticket !== this.#asked) return;
			this.answer = answer;
			this.status = 'idle';
			this.error = null;
		} catch (e) {
			if (ticket !== this.#asked || e instanceof Superseded) return;
			this.answer = null;
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	/** Wait before the next attempt, saying why; a newer question ends the wait for good. */
	async #pause(ticket: number, ms: number, reason: string): Promise<void> {
		if (ticket !== this.#asked) throw new Superseded();
		this.answer = null;
		this.status = 'retrying';
		this.error = reason;
		this.retryInMs = ms;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, ms);
			const wake = () => {
				clearTimeout(timer);
				resolve();
			};
			this.#wake = wake;
		}).finally(() => {
			if (ticket === this.#asked) this.#wake = null;
		});
		if (ticket !== this.#asked) throw new Superseded();
		this.status = 'loading';
	}

	/** Ask again now: during a pause, end it; after giving up, start over. */
	retry(): void {
		if (this.#wake) this.#wake();
		else if (this.status === 'error') void this.#again?.();
	}

	/** Length of the measured path, km. */
	get measureKm(): number {
		return pathLengthKm(this.measure);
	}

	useTool(tool: MapTool): void {
		this.tool = this.tool === tool ? 'select' : tool;
		if (tool === 'measure' && this.tool === 'measure') this.measure = [];
	}
}
