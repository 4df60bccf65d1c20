import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** What a test needs to know of a cached synthetic dataset without reading it: its files and counts. */
export interface SyntheticManifest {
	setting: string;
	n: number;
	seed: number;
	/** Incidents per category. */
	categories: Record<string, number>;
}

/**
 * `writeSyntheticFiles(…)` once per machine: kept in the system's temporary folder by size and
 * seed (the data is deterministic), so that only the first run pays for writing a million
 * incidents. The manifest is written last: a run stopped half-way leaves no manifest, and the
 * next run writes the files again.
 */
export async function cachedSyntheticFiles(n: number, seed: number): Promise<SyntheticManifest> {
	const dir = join(tmpdir(), 'incident-map-synthetic', `n${n}-seed${seed}`);
	const manifestFile = join(dir, 'manifest.json');
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SyntheticManifest;
		if (manifest.setting.split(delimiter).every(existsSync)) return manifest;
	}
	mkdirSync(dir, { recursive: true });
	const { setting, features } = await writeSyntheticFiles(dir, n, seed);
	const categories: Record<string, number> = {};
	for (const f of features) categories[f.properties.category] = (categories[f.properties.category] ?? 0) + 1;
	const manifest: SyntheticManifest = { setting, n, seed, categories };
	writeFileSync(manifestFile, JSON.stringify(manifest));
	return manifest;
}
