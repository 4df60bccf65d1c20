import { readFile } from 'node:fs/promises';
import { CSV_FORMATS, type CsvFormatName } from '../domain/import-formats';
import type { CsvRow, RowProblem, RowResult } from '../domain/import-row';
import { countryReachKm } from '../geo/country-reach-km';
import { AtomicCollectionWriter } from './atomic-collection-writer';
import { csvRecords } from './csv-records';
import { ImportGate } from './import-gate';

export type ImportFormatName = CsvFormatName | 'geojson';

export interface ImportOptions {
	format: ImportFormatName;
	input: string;
	output: string;
	/** Stop at the first bad row, writing nothing. Otherwise bad rows are skipped and reported. */
	strict?: boolean;
	/** Today as `YYYY-MM-DD`: a later date is a bad row. */
	today: string;
	/** Called for every problem of every bad row, as it is found. */
	onProblem?: (problem: ImportProblem) => void;
}

/** A problem of one bad row: where (a CSV line, or a GeoJSON feature), the column or field, why. */
export interface ImportProblem {
	/** `line 12` for a CSV row (the physical line it starts on), `feature #3 (id)` for GeoJSON. */
	where: string;
	/** The physical line, for CSV rows. */
	line: number | null;
	column: string;
	reason: string;
}

export interface ImportReport {
	/** Rows (or features) read. */
	read: number;
	imported: number;
	/** Bad rows, skipped. */
	skipped: number;
}

/** The import could not be done at all; the output was not touched. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

interface Candidate {
	where: string;
	line: number | null;
	result: RowResult | { candidate: unknown };
}

/**
 * Convert a dataset file into an incident FeatureCollection. Rows are read as a stream, checked
 * (`ImportGate`) and written one by one to a temporary file renamed over `output` at the end;
 * if anything fails — a missing column, an unreadable file, a bad row under `strict`, no row at
 * all — the temporary file is deleted and `output` is left exactly as it was.
 */
export async function importFile(options: ImportOptions): Promise<ImportReport> {
	const { format, input, output, strict = false, today, onProblem } = options;
	const candidates = format === 'geojson' ? geojsonCandidates(input) : csvCandidates(input, format);
	const gate = new ImportGate(input, today);
	const writer = new AtomicCollectionWriter(output);
	const report: ImportReport = { read: 0, imported: 0, skipped: 0 };
	try {
		for await (const c of candidates) {
			report.read++;
			const r = c.result;
			const checked = 'candidate' in r ? gate.check(r.candidate, c.where) : 'feature' in r ? gate.check(r.feature, c.where) : r;
			if ('problems' in checked) {
				report.skipped++;
				for (const p of checked.problems) onProblem?.({ where: c.where, line: c.line, ...p });
				if (strict) {
					const first = checked.problems[0]!;
					throw new ImportError(`${input}: ${c.where}: ${first.column}: ${first.reason} (--strict: stopped at the first bad row; ${output} not written)`);
				}
				continue;
			}
			await writer.write(checked.feature);
			report.imported++;
		}
		if (report.imported === 0)
			throw new ImportError(
				report.read === 0 ? `${input}: no rows to import; ${output} not written` : `${input}: none of the ${report.read} rows could be imported; ${output} not written`
			);
		await writer.commit();
		return report;
	} catch (e) {
		await writer.abort();
		throw e;
	}
}

async function* csvCandidates(input: string, format: CsvFormatName): AsyncGenerator<Candidate> {
	const spec = CSV_FORMATS[format];
	let header: string[] | null = null;
	let importRow: ((row: CsvRow) => RowResult) | null = null;
	for await (const item of readable(csvRecords(input), input)) {
		if (item.kind === 'header') {
			header = item.columns;
			const missing = spec.required.filter((c) => !header!.includes(c));
			if (missing.length)
				throw new ImportError(
					`${input}: line 1: the header lacks the ${spec.name} column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`
				);
			const repeated = header.filter((c, i) => c && header!.indexOf(c) !== i);
			if (repeated.length) throw new ImportError(`${input}: line 1: the header repeats ${[...new Set(repeated)].join(', ')}`);
			importRow = spec.importer(header, { countryReachKm });
			continue;
		}
		const where = `line ${item.line}`;
		const shape = rowShapeProblems(item.cells.length, header!.length, item.errors);
		if (shape.length) {
			yield { where, line: item.line, result: { problems: shape } };
			continue;
		}
		const row: Record<string, string> = {};
		header!.forEach((column, i) => (row[column] = item.cells[i]!));
		yield { where, line: item.line, result: importRow!(row) };
	}
}

/** The file's records; a file that cannot be opened or read is an `ImportError` naming it. */
async function* readable<T>(items: AsyncGenerator<T>, input: string): AsyncGenerator<T> {
	try {
		yield* items;
	} catch (e) {
		if (e instanceof ImportError) throw e;
		throw new ImportError(`${input}: cannot be read: ${(e as Error).message}`);
	}
}

/** A row the parser could not read cleanly: broken quotes, or not one cell per column. */
function rowShapeProblems(cells: number, columns: number, quoting: string[]): RowProblem[] {
	const problems = quoting.map((reason) => ({ column: 'row', reason: `${reason} (check the quotes)` }));
	if (cells !== columns)
		problems.push({ column: 'row', reason: `has ${cells} cell${cells === 1 ? '' : 's'}, the header has ${columns} columns` });
	return problems;
}

/** A GeoJSON FeatureCollection already in the incident schema, read whole, feature by feature. */
async function* geojsonCandidates(input: string): AsyncGenerator<Candidate> {
	let raw: unknown;
	try {
		raw = JSON.parse(await readFile(input, 'utf8'));
	} catch (e) {
		throw new ImportError(`${input}: ${(e as Error).message}`);
	}
	const features = (raw as { type?: unknown; features?: unknown } | null)?.features;
	if ((raw as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features))
		throw new ImportError(`${input}: not a GeoJSON FeatureCollection`);
	for (const [i, f] of features.entries()) {
		const id = (f as { id?: unknown } | null)?.id;
		yield { where: `feature #${i}${typeof id === 'string' ? ` (${id})` : ''}`, line: null, result: { candidate: f } };
	}
}
