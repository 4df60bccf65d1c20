/**
 * Result counts in words, as the live region says them (and the page shows them).
 */

const incidents = (n: number) => (n === 1 ? '1 incident' : `${n} incidents`);

/** "7 of 13 incidents." — and, when the list follows the map, ", 5 on the map". */
export function countsSentence(matching: number, total: number, onMap: number | null = null): string {
	return `${matching} of ${incidents(total)}${onMap === null ? '' : `, ${onMap} on the map`}.`;
}

/** "4 incidents (3 certain, 1 possible)", "No incidents". */
export function hitsSummary(hits: { proximity: string | null }[]): string {
	if (!hits.length) return 'No incidents';
	const certain = hits.filter((h) => h.proximity === 'certain').length;
	return `${incidents(hits.length)} (${certain} certain, ${hits.length - certain} possible)`;
}

/** "Within 25 km of the Russian embassy bombing: 4 incidents (3 certain, 1 possible)." */
export function answerSentence(heading: string, hits: { proximity: string | null }[]): string {
	return `${heading}: ${hitsSummary(hits)}.`;
}
