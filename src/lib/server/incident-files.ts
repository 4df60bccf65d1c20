import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { loadCuratedIncidents, parseIncidents } from '../data/incidents';
import { idProblems } from '../domain/id-problems';
import type { IncidentCollection, IncidentFeature } from '../domain/incident';
import { DataError, type DataProblem } from '../domain/problem';

/** In `INCIDENTS_FILE`, this entry stands for the curated dataset shipped with the app. */
export const CURATED = 'curated';

/**
 * The entries of the `INCIDENTS_FILE` setting: one or more paths separated like `PATH` (`:`, or
 * `;` on Windows), `curated` standing for the curated dataset. Unset or blank: the curated one.
 */
export function incidentFileEntries(setting: string | undefined): string[] {
	const entries = (setting ?? '').split(delimiter).map((s) => s.trim()).filter(Boolean);
	return entries.length ? entries : [CURATED];
}

/**
 * Every incident of the files `INCIDENTS_FILE` names, as one collection, validated: every schema
 * problem of every file, and every id used twice — within a file or across files — is a
 * `DataError` that names them all (a clash names both files).
 */
export function loadIncidentFiles(setting: string | undefined): IncidentCollection {
	const problems: DataProblem[] = [];
	const files: { file: string; features: IncidentFeature[] }[] = [];
	for (const entry of incidentFileEntries(setting)) {
		try {
			const collection = entry === CURATED ? loadCuratedIncidents() : parseIncidents(readText(entry), entry);
			files.push({ file: entry === CURATED ? 'the curated dataset' : entry, features: collection.features });
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			problems.push(...e.problems);
		}
	}
	problems.push(...idProblems(files));
	if (problems.length) throw new DataError(problems);
	return { type: 'FeatureCollection', features: files.flatMap((f) => f.features) };
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (e) {
		throw new DataError([{ file, feature: '-', field: '-', reason: `cannot read file: ${(e as Error).message}` }]);
	}
}
