import {
	overlayFeatureSchema,
	type OverlayCollection,
	type OverlayFeature
} from '../domain/overlay';
import { idProblems } from '../domain/id-problems';
import { parseCollection } from '../domain/parse-collection';
import { DataError, type DataProblem } from '../domain/problem';
import { ringProblems } from '../geo/ring-problems';
import { computedOverlays } from './computed-overlays';
import cagpLineD from './overlays/cagp-line-d.geojson?raw';
import cagpLinesAC from './overlays/cagp-lines-a-c.geojson?raw';
import ferganaValley from './overlays/fergana-valley.geojson?raw';
import kazakhstanChinaOilPipeline from './overlays/kazakhstan-china-oil-pipeline.geojson?raw';

/**
 * The regional overlays: hand-traced GeoJSON files in `./overlays/` plus overlays computed from
 * Natural Earth (`computed-overlays.ts`), validated together and computed once per process.
 */

/** Every overlay id, in drawing order: countries first, then areas, then lines. */
export const OVERLAY_IDS = [
	'country-afg',
	'country-uzb',
	'country-tjk',
	'country-kgz',
	'fergana-valley',
	'wakhan-corridor',
	'afg-border-band-50km',
	'cagp-lines-a-c',
	'cagp-line-d',
	'kazakhstan-china-oil-pipeline'
] as const;

/** One overlay to check: where it came from (for problem reports) and the untrusted value. */
export interface OverlayInput {
	file: string;
	raw: unknown;
}

/** The hand-traced files, as text, by file name (each holds one Feature). */
const HAND_TRACED: Record<string, string> = {
	'overlays/fergana-valley.geojson': ferganaValley,
	'overlays/cagp-lines-a-c.geojson': cagpLinesAC,
	'overlays/cagp-line-d.geojson': cagpLineD,
	'overlays/kazakhstan-china-oil-pipeline.geojson': kazakhstanChinaOilPipeline
};

const COMPUTED_FILE = 'computed-overlays.ts';

let cache: { collection: OverlayCollection; byId: Map<string, OverlayFeature> } | null = null;

/**
 * All overlays in drawing order (countries, then areas, then lines), validated. Throws a
 * `DataError` listing every problem if any overlay is invalid. Computed once per process.
 */
export function loadOverlays(): OverlayCollection {
	return load().collection;
}

/** One overlay by id, or `undefined` if there is none. */
export function getOverlay(id: string): OverlayFeature | undefined {
	return load().byId.get(id);
}

function load(): NonNullable<typeof cache> {
	if (cache) return cache;
	const inputs: OverlayInput[] = [];
	const problems: DataProblem[] = [];
	for (const [file, text] of Object.entries(HAND_TRACED)) {
		try {
			inputs.push({ file, raw: JSON.parse(text) });
		} catch (e) {
			const reason = `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
			problems.push({ file, feature: '-', field: '-', reason });
		}
	}
	for (const overlay of computedOverlays()) inputs.push({ file: COMPUTED_FILE, raw: overlay });

	const checked = checkOverlays(inputs, OVERLAY_IDS);
	problems.push(...checked.problems);
	if (problems.length > 0) throw new DataError(problems);

	const order = new Map<string, number>(OVERLAY_IDS.map((id, i) => [id, i]));
	const features = [...checked.features].sort(
		(a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity)
	);
	cache = {
		collection: { type: 'FeatureCollection', features },
		byId: new Map(features.map((f) => [f.id, f]))
	};
	return cache;
}

/**
 * Check untrusted overlays: each against the schema, then beyond it: `id` equals `properties.id`
 * and is used once (`idProblems`), polygon rings are closed and wound per RFC 7946
 * (`ringProblems`), `kind` matches the geometry, and the ids are exactly the `expected` ones.
 * Returns the features that parsed and a problem for every fault found.
 */
export function checkOverlays(
	inputs: OverlayInput[],
	expected: readonly string[]
): { features: OverlayFeature[]; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const files = inputs.map(({ file, raw }) => {
		const collection = { type: 'FeatureCollection', features: [raw] };
		const parsed = parseCollection(collection, overlayFeatureSchema, file);
		problems.push(...parsed.problems);
		return { file, features: parsed.features };
	});
	problems.push(...idProblems(files));
	for (const { file, features } of files) {
		problems.push(...ringProblems(features, file));
		problems.push(...kindProblems(features, file));
	}
	const features = files.flatMap((f) => f.features);
	const seen = new Set(features.map((f) => f.id));
	for (const id of expected)
		if (!seen.has(id))
			problems.push({ file: '-', feature: id, field: 'id', reason: 'expected overlay is missing' });
	for (const id of seen)
		if (!expected.includes(id))
			problems.push({ file: '-', feature: id, field: 'id', reason: 'not in OVERLAY_IDS' });
	return { features, problems };
}

/** An area must be a (Multi)Polygon, a line a (Multi)LineString. */
function kindProblems(features: OverlayFeature[], file: string): DataProblem[] {
	return features.flatMap((f) => {
		const isArea = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
		return isArea === (f.properties.kind === 'area')
			? []
			: [
					{
						file,
						feature: f.id,
						field: 'properties.kind',
						reason: `"${f.properties.kind}" does not match a ${f.geometry.type} geometry`
					}
				];
	});
}
