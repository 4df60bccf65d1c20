import type { IncidentCollection, IncidentFeature } from '../domain/incident';
import type { IncidentStore } from './incident-store';

/** An IncidentStore over a validated collection held in memory (the file-backed default). */
export class MemoryIncidentStore implements IncidentStore {
	readonly #features: IncidentFeature[];
	readonly #byId: Map<string, IncidentFeature>;

	constructor(collection: IncidentCollection) {
		this.#features = [...collection.features].sort((a, b) =>
			a.properties.date_start.localeCompare(b.properties.date_start)
		);
		this.#byId = new Map(this.#features.map((f) => [f.id, f]));
	}

	async list(): Promise<IncidentFeature[]> {
		return this.#features;
	}

	async get(id: string): Promise<IncidentFeature | undefined> {
		return this.#byId.get(id);
	}
}
