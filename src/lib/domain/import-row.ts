import type { IncidentFeature } from './incident';

/**
 * What every row importer shares: a CSV row as the parser gives it (column name → raw cell), the
 * problems found in it, and a reader that parses cells and collects one problem per bad cell, so
 * that a row's report names every bad column at once rather than the first.
 */

/** A CSV row: header name → the cell as written (absent when the row is short). */
export type CsvRow = Readonly<Record<string, string | undefined>>;

/** One reason a row cannot be imported, naming the column (or `row` for the whole row). */
export interface RowProblem {
	column: string;
	reason: string;
}

/** A row turned into an incident, or the reasons it cannot be. */
export type RowResult = { feature: IncidentFeature } | { problems: RowProblem[] };

/** Imports one row of a dataset's CSV into an incident. */
export type RowImporter = (row: CsvRow) => RowResult;

/** What an importer needs from outside the domain: geography, given by the caller. */
export interface ImportContext {
	/**
	 * For a record placed only to a country: the radius (km) from its point that covers the whole
	 * country, or null when no country has the code (`geo/country-reach-km.ts`).
	 */
	countryReachKm(iso3: string, point: [number, number]): number | null;
}

/** A dataset format: the columns it must have and how a row becomes an incident. */
export interface ImportFormat {
	/** The dataset's name, for messages. */
	name: string;
	/** Header columns without which no row can be read. */
	required: readonly string[];
	/** Given the header, the row importer (a header may switch a format's variant on, e.g. our own export). */
	importer(header: readonly string[], context: ImportContext): RowImporter;
}

/** Reads a row's cells (trimmed) and records a problem for every cell that is missing or malformed. */
export class RowReader {
	readonly problems: RowProblem[] = [];

	constructor(private readonly row: CsvRow) {}

	add(column: string, reason: string): void {
		this.problems.push({ column, reason });
	}

	/** The trimmed cell, or null when it is empty or the row has no such cell. */
	text(column: string): string | null {
		const value = this.row[column]?.trim();
		return value ? value : null;
	}

	/** A cell that must not be empty; records "is empty" and returns '' when it is. */
	required(column: string): string {
		const value = this.text(column);
		if (value === null) this.add(column, 'is empty');
		return value ?? '';
	}

	/** A number; null when empty (a problem only if `required`) or not a number. */
	number(column: string, required = true): number | null {
		const raw = required ? this.required(column) : this.text(column);
		if (!raw) return null;
		const value = Number(raw);
		if (!Number.isFinite(value)) {
			this.add(column, `"${raw}" is not a number`);
			return null;
		}
		return value;
	}

	/** A count of people: empty is unknown (null), never 0; anything else must be a whole number ≥ 0. */
	count(column: string): number | null {
		const raw = this.text(column);
		if (raw === null) return null;
		const value = Number(raw);
		if (!Number.isInteger(value) || value < 0) {
			this.add(column, `"${raw}" is not a whole number of 0 or more`);
			return null;
		}
		return value;
	}

	/** One of a code list, e.g. a precision code 1–3. */
	code<T extends number>(column: string, codes: readonly T[]): T | null {
		const raw = this.required(column);
		if (!raw) return null;
		const value = Number(raw);
		if (!(codes as readonly number[]).includes(value)) {
			this.add(column, `"${raw}" is not one of the codes ${codes.join(', ')}`);
			return null;
		}
		return value as T;
	}

	/** One of a list of words, e.g. a precision name. */
	choice<T extends string>(column: string, values: readonly T[]): T | null {
		const raw = this.required(column);
		if (!raw) return null;
		if (!(values as readonly string[]).includes(raw)) {
			this.add(column, `"${raw}" is not one of ${values.join(', ')}`);
			return null;
		}
		return raw as T;
	}

	/**
	 * The point `[lon, lat]` from two columns: both must be numbers within range. A pair that is out
	 * of range but would be in range the other way round is reported as swapped.
	 */
	point(latColumn = 'latitude', lonColumn = 'longitude'): [number, number] | null {
		const lat = this.number(latColumn);
		const lon = this.number(lonColumn);
		if (lat === null || lon === null) return null;
		const latOk = Math.abs(lat) <= 90;
		const lonOk = Math.abs(lon) <= 180;
		if (latOk && lonOk) return [lon, lat];
		const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
		const hint = swapped ? '; latitude and longitude look swapped' : '';
		if (!latOk) this.add(latColumn, `${lat} is outside -90…90${hint}`);
		if (!lonOk) this.add(lonColumn, `${lon} is outside -180…180${hint}`);
		return null;
	}
}

/**
 * A lowercase slug for an id: letters and digits of any script are folded to ASCII where they
 * decompose (é → e), anything else becomes a hyphen. Returns '' when nothing is left.
 */
export function slugPart(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Split a list cell ("A; B;C") into its trimmed, non-empty, distinct items. */
export function listCell(value: string | null, separator = ';'): string[] {
	if (!value) return [];
	return [...new Set(value.split(separator).map((s) => s.trim()).filter(Boolean))];
}
