import type { IncidentFeature } from './incident';
import type { DataProblem } from './problem';

export interface IncidentRuleOptions {
	/** Today as `YYYY-MM-DD`; any later date is a problem. */
	today: string;
	/**
	 * The ids of the known overlays. When given, `properties.area` must be one of them; when
	 * omitted, `area` is not checked.
	 */
	overlayIds?: ReadonlySet<string>;
}

/**
 * The non-geographic rules for schema-valid incidents of one file: `date_end` not before
 * `date_start`, no date after today (dates of the record and of its sources), and `area` naming an
 * existing overlay. ISO `YYYY-MM-DD` dates compare correctly as strings.
 */
export function validateIncidents(
	features: IncidentFeature[],
	file: string,
	{ today, overlayIds }: IncidentRuleOptions
): DataProblem[] {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
	const problems: DataProblem[] = [];
	for (const f of features) {
		const p = f.properties;
		const add = (field: string, reason: string) =>
			problems.push({ file, feature: f.id, field, reason });

		if (p.date_end < p.date_start)
			add('properties.date_end', `${p.date_end} is before date_start ${p.date_start}`);

		const dates: [string, string | null][] = [
			['properties.date_start', p.date_start],
			['properties.date_end', p.date_end],
			...p.sources.map((s, i): [string, string | null] => [`properties.sources.${i}.date`, s.date])
		];
		for (const [field, date] of dates)
			if (date !== null && date > today) add(field, `${date} is in the future (today is ${today})`);

		if (overlayIds && p.area !== null && !overlayIds.has(p.area))
			add('properties.area', `no overlay has the id "${p.area}"`);
	}
	return problems;
}
