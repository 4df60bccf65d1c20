import { incidentFeatureSchema, type IncidentFeature } from '../domain/incident';
import type { RowProblem } from '../domain/import-row';
import { validateIncidents } from '../domain/validate-incidents';
import { placeProblems } from '../geo/place-problems';

/**
 * The checks every imported incident passes before it is written, so that the output passes
 * `npm run data:check`: the schema, no date after today, the point inside its stated country
 * (within its uncertainty; swapped coordinates are named), and an id not already imported.
 */
export class ImportGate {
	/** Where each id was first imported (a line number or a feature label). */
	readonly #seen = new Map<string, string>();

	constructor(
		private readonly file: string,
		private readonly today: string
	) {}

	/** The incident as the schema parses it, or the reasons it cannot be imported. */
	check(candidate: unknown, where: string): { feature: IncidentFeature } | { problems: RowProblem[] } {
		const parsed = incidentFeatureSchema.safeParse(candidate);
		if (!parsed.success)
			return {
				problems: parsed.error.issues.map((i) => ({ column: i.path.join('.') || 'feature', reason: i.message }))
			};
		const feature = parsed.data;
		const problems: RowProblem[] = [
			...validateIncidents([feature], this.file, { today: this.today }),
			...placeProblems([feature], this.file)
		].map((p) => ({ column: p.field, reason: p.reason }));
		if (feature.properties.id !== feature.id)
			problems.push({ column: 'properties.id', reason: `"${feature.properties.id}" differs from the feature id "${feature.id}"` });
		const first = this.#seen.get(feature.id);
		if (first !== undefined) problems.push({ column: 'id', reason: `"${feature.id}" was already imported from ${first}` });
		if (problems.length) return { problems };
		this.#seen.set(feature.id, where);
		return { feature };
	}
}
