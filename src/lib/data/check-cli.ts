import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../domain/problem';
import { checkDataReport } from './check';
import { computedOverlays } from './computed-overlays';

/**
 * `npm run data:check [file ...]`: check the dataset and print every problem as
 * `file: feature-id: field: reason`. Exits 1 on any problem.
 *
 * Without arguments, checks `src/lib/data/incidents.geojson` and every
 * `src/lib/data/overlays/*.geojson`. With arguments, checks those files, treating a collection
 * holding any polygon or line as overlays and any other as incidents.
 * The overlays computed in code (`computed-overlays.ts`) are always checked too, so `area` is
 * always checked against every overlay the app has.
 */

const dataDir = fileURLToPath(new URL('.', import.meta.url));
const shown = (path: string) => relative(process.cwd(), path) || path;

function defaultFiles() {
	const overlayDir = join(dataDir, 'overlays');
	const overlayFiles = existsSync(overlayDir)
		? readdirSync(overlayDir)
				.filter((name) => name.endsWith('.geojson'))
				.sort()
				.map((name) => shown(join(overlayDir, name)))
		: [];
	return { incidentFiles: [shown(join(dataDir, 'incidents.geojson'))], overlayFiles };
}

function classify(paths: string[]) {
	const incidentFiles: string[] = [];
	const overlayFiles: string[] = [];
	for (const path of paths.map((p) => shown(resolve(p))))
		(isOverlayCollection(path) ? overlayFiles : incidentFiles).push(path);
	return { incidentFiles, overlayFiles };
}

const OVERLAY_GEOMETRIES: unknown[] = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'];

/** A Feature or collection with any polygon or line is an overlay file; anything else, even unreadable, is
 * checked as incidents (and the check then says what is wrong with it). */
function isOverlayCollection(path: string): boolean {
	try {
		const raw = JSON.parse(readFileSync(path, 'utf8')) as { type?: unknown; features?: unknown };
		const features = raw.type === 'Feature' ? [raw] : raw.features;
		if (!Array.isArray(features)) return false;
		return features.some((f) =>
			OVERLAY_GEOMETRIES.includes((f as { geometry?: { type?: unknown } } | null)?.geometry?.type)
		);
	} catch {
		return false;
	}
}

function localToday(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const args = process.argv.slice(2);
const files = args.length > 0 ? classify(args) : defaultFiles();
const report = checkDataReport({
	...files,
	overlayCollections: [
		{
			file: shown(join(dataDir, 'computed-overlays.ts')),
			raw: { type: 'FeatureCollection', features: computedOverlays() }
		}
	],
	today: localToday()
});
for (const problem of report.problems) console.log(formatProblem(problem));
const counts = `${report.files} files, ${report.features} features`;
if (report.problems.length > 0) {
	console.log(`data:check: ${counts}, ${report.problems.length} problem(s)`);
	process.exitCode = 1;
} else console.log(`data:check: ${counts}, no problems`);
