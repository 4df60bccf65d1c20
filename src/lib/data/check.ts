import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { clarifySchemaProblems } from '../domain/clarify-schema-problems';
import { idProblems } from '../domain/id-problems';
import { incidentFeatureSchema, type IncidentFeature } from '../domain/incident';
import { overlayFeatureSchema, type OverlayFeature } from '../domain/overlay';
import { parseCollection } from '../domain/parse-collection';
import type { DataProblem } from '../domain/problem';
import { validateIncidents } from '../domain/validate-incidents';
import { placeProblems } from '../geo/place-problems';
import { ringProblems } from '../geo/ring-problems';

export interface CheckOptions {
	/** Paths of incident FeatureCollections; problems name each file exactly as given here. */
	incidentFiles: string[];
	/**
	 * Paths of overlay files, each a FeatureCollection or a single Feature; when empty, incidents'
	 * `area` is not checked.
	 */
	overlayFiles: string[];
	/**
	 * Overlays built in code rather than read from a file (e.g. `computedOverlays()`), checked like
	 * overlay files; `file` names them in problems. They count as given overlays.
	 */
	overlayCollections?: { file: string; raw: unknown }[];
	/** Today as `YYYY-MM-DD`. */
	today: string;
}

export interface CheckReport {
	files: number;
	/** Features read, valid or not. */
	features: number;
	problems: DataProblem[];
}

/** Read and check the given incident and overlay files; every problem found, grouped by file. */
export function checkData(options: CheckOptions): DataProblem[] {
	return checkDataReport(options).problems;
}

/** As `checkData`, with the number of files and features read (for the command's summary line). */
export function checkDataReport({
	incidentFiles,
	overlayFiles,
	overlayCollections = [],
	today
}: CheckOptions): CheckReport {
	const problems: DataProblem[] = [];
	let featureCount = 0;

	function parse<T>(file: string, schema: z.ZodType<T>, given?: { raw: unknown }) {
		const raw = given ? { value: given.raw } : readJson(file);
		if ('problem' in raw) {
			problems.push(raw.problem);
			return { file, features: [] as T[] };
		}
		const collection = asCollection(raw.value);
		const parsed = parseCollection(collection, schema, file);
		featureCount += countFeatures(collection);
		problems.push(...clarifySchemaProblems(parsed.problems, collection));
		return { file, features: parsed.features };
	}

	const overlays = [
		...overlayFiles.map((file) => parse<OverlayFeature>(file, overlayFeatureSchema)),
		...overlayCollections.map(({ file, raw }) =>
			parse<OverlayFeature>(file, overlayFeatureSchema, { raw })
		)
	];
	const overlaysGiven = overlays.length > 0;
	const incidents = incidentFiles.map((file) => parse<IncidentFeature>(file, incidentFeatureSchema));

	const overlayIds = new Set(overlays.flatMap(({ features }) => features.map((f) => f.id)));

	for (const { file, features } of overlays) problems.push(...ringProblems(features, file));
	problems.push(...idProblems(overlays));
	problems.push(...idProblems(incidents));
	for (const { file, features } of incidents) {
		problems.push(
			...validateIncidents(features, file, {
				today,
				overlayIds: overlaysGiven ? overlayIds : undefined
			})
		);
		problems.push(...placeProblems(features, file));
	}

	const order = [...overlays.map((o) => o.file), ...incidentFiles];
	const rank = (p: DataProblem) => order.indexOf(p.file);
	problems.sort((a, b) => rank(a) - rank(b)); // stable: keeps rule order within a file
	return { files: order.length, features: featureCount, problems };
}

function readJson(file: string): { value: unknown } | { problem: DataProblem } {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		return { problem: { file, feature: '-', field: '-', reason: `cannot read file: ${message(e)}` } };
	}
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (e) {
		return { problem: { file, feature: '-', field: '-', reason: `not valid JSON: ${message(e)}` } };
	}
}

/** An overlay file may hold a single Feature; treat it as a collection of one. */
function asCollection(raw: unknown): unknown {
	return (raw as { type?: unknown } | null)?.type === 'Feature'
		? { type: 'FeatureCollection', features: [raw] }
		: raw;
}

function countFeatures(raw: unknown): number {
	const features = (raw as { features?: unknown } | null)?.features;
	return Array.isArray(features) ? features.length : 0;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
