import type { IncidentDigest } from './incident-digest';
import { UNKNOWN_PERPETRATOR } from './filter-values';

/**
 * The choices the filter panel offers, from the data: every country (ISO3 with its most used
 * name, sorted by name) and every perpetrator (sorted; `unknown` last when a record has none).
 */
export function filterOptions(incidents: readonly IncidentDigest[]): {
	countries: { iso3: string; name: string }[];
	perpetrators: string[];
} {
	const names = new Map<string, Map<string, number>>();
	const perpetrators = new Set<string>();
	let unknown = false;
	for (const { properties: p } of incidents) {
		const counts = names.get(p.place.iso3) ?? new Map<string, number>();
		counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
		names.set(p.place.iso3, counts);
		if (p.perpetrator) perpetrators.add(p.perpetrator);
		else unknown = true;
	}
	const countries = [...names].map(([iso3, counts]) => ({
		iso3,
		name: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
	}));
	countries.sort((a, b) => a.name.localeCompare(b.name));
	return { countries, perpetrators: [...[...perpetrators].sort(), ...(unknown ? [UNKNOWN_PERPETRATOR] : [])] };
}
