import { createWriteStream } from 'node:fs';
import { delimiter, join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { IncidentFeature } from '../../src/lib/domain/incident';
import { syntheticIncidents } from './synthetic-incidents';

/**
 * `syntheticIncidents(n, seed)` written as several GeoJSON files of at most `perFile` features
 * each (1,000,000 whole features do not fit in one JavaScript string, ~512 MB at most), one
 * feature per line. Returns the `INCIDENTS_FILE` setting naming them all, and the features.
 */
export async function writeSyntheticFiles(
	dir: string,
	n: number,
	seed = 1,
	perFile = 250_000
): Promise<{ setting: string; features: IncidentFeature[] }> {
	const { features } = syntheticIncidents(n, seed);
	const files: string[] = [];
	for (let start = 0; start < n; start += perFile) {
		const file = join(dir, `synthetic-${seed}-${files.length}.geojson`);
		files.push(file);
		const out = createWriteStream(file);
		out.write('{"type":"FeatureCollection","features":[\n');
		const end = Math.min(n, start + perFile);
		for (let i = start; i < end; i++) out.write(`${JSON.stringify(features[i])}${i + 1 < end ? ',' : ''}\n`);
		out.end(']}\n');
		await finished(out);
	}
	return { setting: files.join(delimiter), features };
}
