import type { LonLat } from '../domain/lon-lat';
import { fetchQueryAnswer, type QueryAnswer } from './query-client';
import { apiParams, type MapTool, type SpatialQuery } from '../domain/spatial-query';
import { pathLengthKm } from '../geo/path-length';

/**
 * The reader's spatial question and its answer, the active map tool, and the measured path.
 */
export class SpatialQueryState {
	query = $state<SpatialQuery | null>(null);
	answer = $state<QueryAnswer | null>(null);
	status = $state<'idle' | 'loading' | 'error'>('idle');
	error = $state<string | null>(null);
	tool = $state<MapTool>('select');
	measure = $state<LonLat[]>([]);
	/** Bumped when a new question should bring the camera to it. */
	fitVersion = $state(0);
	#asked = 0;

	constructor(initial: SpatialQuery | null) {
		this.query = initial;
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
			const answer = await fetchQueryAnswer(params, fetcher);
			if (ticket !== this.#asked) return;
			this.answer = answer;
			this.status = 'idle';
			this.error = null;
		} catch (e) {
			if (ticket !== this.#asked) return;
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		}
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
