import type { IncidentQuery } from '../domain/incident-query';
import { MAX_LIMIT, type ExportFormat } from '../domain/query-parameters';
import { foldText } from '../domain/text-match';

/** The longest name before the extension; what a file system and a download bar can show. */
const MAX_STEM = 180;
/** The longest piece a text search contributes. */
const MAX_TEXT = 40;

/**
 * The file name of an export, saying what it holds, in the order of the query's parts:
 *
 *   incidents-all.geojson
 *   incidents-2022-08-01_2022-08-31-suicide-bomb-near-69.17_34.53-25km.csv
 *
 * dates `from_to` (or `from-…`, `to-…`), categories and countries joined by `_`, `q-<words>`,
 * `bbox-w_s_e_n`, `min-N-killed`, then the proximity mode (`near-lon_lat-Rkm`,
 * `nearest-K-to-lon_lat`, `in-<area>`, `along-<line>-Rkm`), then `first-N` for a limit, or
 * `results-A-B` for a page further on (`offset`: results A to B of the answer, counted from 1).
 * Only `A–Z a–z 0–9 . _ -` are used, so the name needs no quoting in `Content-Disposition`.
 */
export function exportFilename(query: IncidentQuery, format: ExportFormat): string {
	const parts: string[] = [];
	if (query.from && query.to) parts.push(`${query.from}_${query.to}`);
	else if (query.from) parts.push(`from-${query.from}`);
	else if (query.to) parts.push(`to-${query.to}`);
	if (query.categories) parts.push(query.categories.join('_'));
	if (query.countries) parts.push(query.countries.map((c) => c.toLowerCase()).join('_'));
	if (query.text) parts.push(`q-${foldText(query.text).slice(0, MAX_TEXT).trim().replaceAll(' ', '-')}`);
	if (query.bbox) parts.push(`bbox-${query.bbox.join('_')}`);
	if (query.minFatalities !== undefined) parts.push(`min-${query.minFatalities}-killed`);
	const p = query.proximity;
	if (p?.mode === 'near') parts.push(`near-${p.center.join('_')}-${p.radiusKm}km`);
	if (p?.mode === 'nearest') parts.push(`nearest-${p.k}-to-${p.center.join('_')}`);
	if (p?.mode === 'region') parts.push(`in-${p.overlayId}`);
	if (p?.mode === 'corridor') parts.push(`along-${p.overlayId}-${p.radiusKm}km`);
	if (query.offset) parts.push(`results-${query.offset + 1}-${query.offset + query.limit}`);
	else if (query.limit < MAX_LIMIT) parts.push(`first-${query.limit}`);

	const stem = ['incidents', ...(parts.length ? parts : ['all'])]
		.join('-')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.slice(0, MAX_STEM)
		.replace(/[-_.]+$/, '');
	return `${stem}.${format}`;
}

/** `Content-Disposition` for a file: `attachment` to download it, `inline` to show it but name it. */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline'): string {
	return `${disposition}; filename="${filename}"`;
}
