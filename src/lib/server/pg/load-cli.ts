import { delimiter } from 'node:path';
import pg from 'pg';
import { getOverlay } from '../../data/overlays';
import { DataError, formatProblem } from '../../domain/problem';
import { loadIncidentFiles } from '../incident-files';
import { loadIncidents } from './load-incidents';

/**
 * `npm run data:load -- <file.geojson>…`: validate one or more incident FeatureCollections (as the
 * app validates `INCIDENTS_FILE` at start-up, `loadIncidentFiles`: every schema problem, and every
 * id used twice, within a file or across files) and load them, as one dataset, into the database
 * named by `DATABASE_URL`, replacing what is there atomically (`loadIncidents`): on any problem
 * nothing changes and the previous data keeps serving. Several files are how a large dataset
 * travels (a million incidents are more text than one JavaScript string may hold). Exits 1 on a
 * problem, listing each as `file: feature-id: field: reason`.
 */
async function main(args: string[]): Promise<number> {
	const url = process.env.DATABASE_URL;
	if (args.length === 0) {
		console.error('usage: npm run data:load -- <incidents.geojson>…   (with DATABASE_URL set)');
		return 2;
	}
	if (!url) {
		console.error('data:load: DATABASE_URL is not set (e.g. postgres://user:password@host:5432/incidents)');
		return 2;
	}
	const file = args.join(', ');
	const started = performance.now();
	const collection = (() => {
		try {
			// As INCIDENTS_FILE: `curated` stands for the curated dataset.
			return loadIncidentFiles(args.join(delimiter));
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			for (const problem of e.problems) console.error(formatProblem(problem));
			console.error(`data:load: ${e.problems.length} problem(s) in ${file}; the database was not changed`);
			return null;
		}
	})();
	if (!collection) return 1;
	const unknownArea = collection.features.find((f) => f.properties.area && !getOverlay(f.properties.area));
	if (unknownArea) {
		console.error(`${file}: ${unknownArea.id}: area: no overlay has the id "${unknownArea.properties.area}"; the database was not changed`);
		return 1;
	}
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	try {
		console.log(`data:load: ${collection.features.length} incidents valid (${((performance.now() - started) / 1000).toFixed(1)} s)`);
		const progress = (step: string, seconds: number) => console.log(`data:load: ${step} (${seconds.toFixed(1)} s)`);
		const count = await loadIncidents(pool, collection, { findOverlay: getOverlay, progress });
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`data:load: ${count} incidents from ${file} now serving (${seconds} s)`);
		return 0;
	} catch (e) {
		console.error(`data:load: the load failed and was rolled back; the previous data keeps serving: ${(e as Error).message}`);
		return 1;
	} finally {
		await pool.end();
	}
}

process.exitCode = await main(process.argv.slice(2));
