import { CLAIM_STATUSES, DATE_PRECISIONS, GEO_PRECISIONS, KINDS, type Kind } from './incident';
import type { CategoryId } from './categories';
import { readAcledBasics } from './import-acled';
import { readIsoDay } from './import-dates';
import { figures, pointIncident } from './import-incident';
import { listCell, RowReader, type CsvRow, type RowResult } from './import-row';

/**
 * Our own CSV export (`acled-row.ts`) read back: ACLED's columns plus ours (`title`, `date_end`,
 * `kind`, …). It is the export's inverse for every field the export writes; what the export
 * leaves out (source titles, dates and notes, targets, a claim's outlet and note, who reported
 * the casualties, an overlay `area`) cannot come back.
 */

/** Our columns that mark a file as our export rather than one of ACLED's. */
const EXPORT_MARKERS = ['title', 'date_end', 'date_precision', 'geo_precision_detail', 'uncertainty_km', 'kind'];

export function isAcledExport(header: readonly string[]): boolean {
	return EXPORT_MARKERS.every((c) => header.includes(c));
}

/** The export prefixes a text starting with = + - @ tab or CR with an apostrophe; take it off. */
export function unguardFormula(text: string): string {
	return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * ACLED's one pair Strategic developments › Other stands for three of our categories; the
 * export's `kind` tells them apart (a threat is a `threat`, a tally of attacks a `campaign`).
 */
function refine(category: CategoryId, kind: Kind): CategoryId {
	if (category !== 'strategic-other') return category;
	return kind === 'threat' ? 'threat' : kind === 'attack' ? 'campaign' : 'strategic-other';
}

/** A row of our own export. */
export function acledExportImporter(row: CsvRow): RowResult {
	const r = new RowReader(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v && unguardFormula(v)])));
	const b = readAcledBasics(r);
	const title = r.required('title');
	const rawEnd = r.required('date_end');
	const end = rawEnd ? readIsoDay(rawEnd) : null;
	if (rawEnd && !end) r.add('date_end', `"${rawEnd}" is not a date (expected YYYY-MM-DD)`);
	const precision = r.choice('date_precision', DATE_PRECISIONS);
	const geo = r.choice('geo_precision_detail', GEO_PRECISIONS);
	const km = r.number('uncertainty_km');
	const kind = r.choice('kind', KINDS);
	const claimStatus = r.text('claim_status') === null ? null : r.choice('claim_status', CLAIM_STATUSES);
	const deaths = [r.count('fatalities_low'), r.count('fatalities'), r.count('fatalities_high')] as const;
	const injured = r.count('injuries_best');
	if (b.eventId && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.eventId))
		r.add('event_id_cnty', `"${b.eventId}" is not one of this project's ids (a lowercase slug)`);
	if (r.problems.length || !b.category || !b.day || !b.point || !end || !precision || !geo || km === null || !kind)
		return { problems: r.problems };

	// A threat or a context event that the export gave no figures for had none to give (casualties do not apply).
	const notApplicable = kind !== 'attack';
	const publishers = listCell(r.text('source'));
	const urls = listCell(r.text('source_urls'), ' ');
	const known = (...values: (number | null)[]) => values.some((v) => v !== null);
	return {
		feature: pointIncident(b.point, {
			id: b.eventId,
			title,
			kind,
			category: refine(b.category, kind),
			date_start: b.day,
			date_end: end,
			date_precision: precision,
			place: b.place,
			geo_precision: geo,
			uncertainty_km: km,
			perpetrator: b.perpetrator,
			claim: claimStatus ? { status: claimStatus, by: r.text('claimed_by'), outlet: null, note: null } : null,
			targets: b.targets,
			fatalities: notApplicable && !known(...deaths) ? null : figures(...deaths, null),
			injuries: notApplicable && injured === null ? null : figures(null, injured, null, null),
			summary: b.notes ?? title,
			sources: urls.map((url, i) => ({
				// The export lists each publisher once but every link, so publishers pair with links only one to one.
				publisher: publishers.length === urls.length ? publishers[i]! : hostOf(url),
				title: publishers.length === urls.length ? publishers[i]! : hostOf(url),
				date: null,
				url,
				note: 'Read back from an Incident Map CSV export, which keeps only publishers and links'
			}))
		})
	};
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return url;
	}
}
