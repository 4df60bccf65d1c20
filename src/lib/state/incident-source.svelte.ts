import type { IncidentFeature } from '../domain/incident';
import { isFullIncident, readDigestTable, type DigestTable, type IncidentDigest } from '../domain/incident-digest';

export interface IncidentSourceData {
	/** Every incident (a small dataset, whole) or the newest few as digests (a large one). */
	incidents: IncidentDigest[];
	/** How many incidents the dataset has. */
	total: number;
	/** True when `incidents` is the whole dataset. */
	complete: boolean;
	/** The incident the page was asked for, whole (large datasets). */
	selected: IncidentFeature | null;
}

/** Full records kept for a large dataset (the ones the reader opened). */
const KEEP = 50;

/**
 * The incidents a map page works with. A small dataset comes whole with the page. A large one
 * comes as a preview; `load()` fetches every incident's digest, and `open(id)` an incident's whole
 * record when the reader selects it (the details need its summary and sources).
 */
export class IncidentSource {
	list = $state.raw<IncidentDigest[]>([]);
	complete = $state(false);
	/** Why loading failed, for the reader; null while all is well. */
	failure = $state<string | null>(null);
	readonly total: number;
	#full = $state.raw<ReadonlyMap<string, IncidentFeature>>(new Map());
	readonly #byId = $derived(new Map(this.list.map((f) => [f.id, f])));

	constructor(
		data: IncidentSourceData,
		private readonly fetcher: typeof fetch = (...args) => fetch(...args)
	) {
		this.list = data.incidents;
		this.complete = data.complete;
		this.total = data.total;
		if (data.selected) this.#full = new Map([[data.selected.id, data.selected]]);
	}

	/** Whether an incident of this id exists, as far as the page knows. */
	has(id: string): boolean {
		return this.#byId.has(id) || this.#full.has(id);
	}

	get(id: string): IncidentDigest | undefined {
		return this.#byId.get(id) ?? this.#full.get(id);
	}

	/** The whole record of an incident, if the page holds it. */
	full(id: string): IncidentFeature | null {
		const f = this.#full.get(id) ?? this.#byId.get(id);
		return f && isFullIncident(f) ? f : null;
	}

	/** Fetch every incident's digest (once). */
	async load(): Promise<void> {
		if (this.complete) return;
		try {
			const response = await this.fetcher('/map-data/incidents.json');
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			this.list = readDigestTable((await response.json()) as DigestTable);
			this.complete = true;
		} catch (e) {
			this.failure = `The list could not be loaded (${(e as Error).message}).`;
		}
	}

	/** Fetch an incident's whole record, unless the page holds it. */
	async open(id: string): Promise<void> {
		if (this.full(id)) return;
		const response = await this.fetcher(`/api/incidents/${encodeURIComponent(id)}`);
		if (!response.ok) return;
		const feature = (await response.json()) as IncidentFeature;
		this.#full = new Map([...[...this.#full].slice(-(KEEP - 1)), [id, feature]]);
	}
}
