/**
 * A data problem, named precisely: which file, which feature, which field, and why.
 */
export interface DataProblem {
	file: string;
	/** The feature id, or `#index` when the feature has no usable id. */
	feature: string;
	/** Dotted path of the field, e.g. `properties.fatalities.low`. */
	field: string;
	reason: string;
}

export function formatProblem(p: DataProblem): string {
	return `${p.file}: ${p.feature}: ${p.field}: ${p.reason}`;
}

/** Thrown when data that must be valid is not; the message lists every problem. */
export class DataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(`${problems.length} data problem(s):\n` + problems.map(formatProblem).join('\n'));
		this.name = 'DataError';
	}
}
