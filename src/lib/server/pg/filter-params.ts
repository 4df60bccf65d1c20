import type { IncidentFilter } from '../../domain/incident-query';
import { queryTerms } from '../../domain/text-match';

/**
 * The parameters $1..$10 of `queries/filtered.sql` for a filter (null where a filter is absent).
 * The text filter becomes LIKE patterns over the folded `search_text` (` folded text `), numbered
 * by term: a plain word is found at the start of a word, a known name as whole words, optionally
 * followed by "s", exactly as `textMatcher` finds them.
 */
export function filterParams(filter: IncidentFilter): unknown[] {
	const patterns: string[] = [];
	const termNumbers: number[] = [];
	if (filter.text !== undefined)
		queryTerms(filter.text).forEach((term, i) => {
			for (const s of term.spellings) {
				const found = term.whole ? [`% ${s} %`, `% ${s}s %`] : [`% ${s}%`];
				for (const pattern of found) {
					patterns.push(pattern);
					termNumbers.push(i);
				}
			}
		});
	return [
		filter.from ?? null,
		filter.to ?? null,
		filter.categories ?? null,
		filter.countries ?? null,
		filter.perpetrators ?? null,
		filter.claims ?? null,
		patterns.length > 0 ? patterns : null,
		patterns.length > 0 ? termNumbers : null,
		filter.bbox ?? null,
		filter.minFatalities ?? null
	];
}
