import type { Casualties, IncidentFeature, IncidentProperties } from './incident';

/**
 * Small builders the row importers share, so every importer writes an incident the same way.
 */

/** An incident placed at a point (imports never name an overlay area). */
export function pointIncident(
	point: [number, number],
	properties: Omit<IncidentProperties, 'area'>
): IncidentFeature {
	return {
		type: 'Feature',
		id: properties.id,
		geometry: { type: 'Point', coordinates: point },
		properties: { ...properties, area: null }
	};
}

/** Casualty figures; each null figure means unknown, never 0. */
export function figures(
	low: number | null,
	best: number | null,
	high: number | null,
	reportedBy: string | null
): Casualties {
	return { low, best, high, reported_by: reportedBy };
}

/** Figures all unknown (casualties apply, nobody reported them). */
export const UNKNOWN_FIGURES: Casualties = figures(null, null, null, null);

/** A sentence: the text with a full stop, unless it already ends in punctuation. */
export function sentence(text: string): string {
	const t = text.trim();
	return /[.!?…]$/.test(t) ? t : `${t}.`;
}
