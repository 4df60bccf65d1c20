import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { CATEGORY_IDS } from '../../src/lib/domain/categories';
import type { GeoPrecision, IncidentCollection, IncidentFeature } from '../../src/lib/domain/incident';
import { prng } from './prng';

/**
 * A large synthetic dataset for tests and the bench: `n` incidents, deterministic for a seed, valid
 * in the schema. Every record says it is synthetic (title, summary and source); none is a fact.
 * Points are scattered within ~10 km of real town centres of Afghanistan and Central Asia, away
 * from borders, so each lies inside its country; uncertainty is 0.5, 2 or 5 km; dates fall in
 * 2000–2024. (`npm run data:check` passes on it.)
 */

const TOWNS: { name: string; admin1: string; country: string; iso3: string; lon: number; lat: number }[] = [
	{ name: 'Kabul', admin1: 'Kabul', country: 'Afghanistan', iso3: 'AFG', lon: 69.17, lat: 34.53 },
	{ name: 'Herat', admin1: 'Herat', country: 'Afghanistan', iso3: 'AFG', lon: 62.2, lat: 34.35 },
	{ name: 'Kandahar', admin1: 'Kandahar', country: 'Afghanistan', iso3: 'AFG', lon: 65.71, lat: 31.61 },
	{ name: 'Mazar-i-Sharif', admin1: 'Balkh', country: 'Afghanistan', iso3: 'AFG', lon: 67.11, lat: 36.71 },
	{ name: 'Jalalabad', admin1: 'Nangarhar', country: 'Afghanistan', iso3: 'AFG', lon: 70.45, lat: 34.43 },
	{ name: 'Kunduz', admin1: 'Kunduz', country: 'Afghanistan', iso3: 'AFG', lon: 68.86, lat: 36.73 },
	{ name: 'Dushanbe', admin1: 'Dushanbe', country: 'Tajikistan', iso3: 'TJK', lon: 68.78, lat: 38.56 },
	{ name: 'Kulob', admin1: 'Khatlon', country: 'Tajikistan', iso3: 'TJK', lon: 69.78, lat: 37.91 },
	{ name: 'Bukhara', admin1: 'Bukhara', country: 'Uzbekistan', iso3: 'UZB', lon: 64.42, lat: 39.77 },
	{ name: 'Samarkand', admin1: 'Samarqand', country: 'Uzbekistan', iso3: 'UZB', lon: 66.96, lat: 39.65 },
	{ name: 'Naryn', admin1: 'Naryn', country: 'Kyrgyzstan', iso3: 'KGZ', lon: 75.99, lat: 41.43 },
	{ name: 'Karakol', admin1: 'Issyk-Kul', country: 'Kyrgyzstan', iso3: 'KGZ', lon: 78.39, lat: 42.49 }
];

const PRECISIONS: [GeoPrecision, number][] = [
	['site', 0.5],
	['neighbourhood', 2],
	['city', 5]
];

const PERPETRATORS = ['Synthetic group A', 'Synthetic group B', 'Synthetic group C', null];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 25 * 365;

export function syntheticIncidents(n: number, seed = 1): IncidentCollection {
	return { type: 'FeatureCollection', features: [...syntheticFeatures(n, seed)] };
}

/** The features of `syntheticIncidents(n, seed)`, one at a time (a million do not need to be held at once). */
export function* syntheticFeatures(n: number, seed = 1): Generator<IncidentFeature> {
	const rnd = prng(seed);
	for (let i = 0; i < n; i++) {
		const town = TOWNS[Math.floor(rnd() * TOWNS.length)]!;
		const lon = Math.round((town.lon + (rnd() - 0.5) * 0.2) * 1e4) / 1e4;
		const lat = Math.round((town.lat + (rnd() - 0.5) * 0.2) * 1e4) / 1e4;
		const [geo, km] = PRECISIONS[Math.floor(rnd() * PRECISIONS.length)]!;
		const day = new Date(FIRST_DAY + Math.floor(rnd() * DAYS) * DAY_MS).toISOString().slice(0, 10);
		const category = CATEGORY_IDS[Math.floor(rnd() * 6)]!; // the six violent categories
		const deaths = rnd() < 0.2 ? null : Math.floor(rnd() * 40);
		const id = `syn-${String(i).padStart(6, '0')}`;
		yield {
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: {
				id,
				title: `Synthetic incident ${i} near ${town.name}`,
				kind: 'attack',
				category,
				date_start: day,
				date_end: day,
				date_precision: 'day',
				place: { name: town.name, admin1: town.admin1, country: town.country, iso3: town.iso3 },
				geo_precision: geo,
				uncertainty_km: km,
				area: null,
				perpetrator: PERPETRATORS[Math.floor(rnd() * PERPETRATORS.length)]!,
				claim: null,
				targets: [],
				fatalities: { low: deaths, best: deaths, high: deaths, reported_by: 'synthetic' },
				injuries: { low: null, best: null, high: null, reported_by: null },
				summary: `Synthetic record ${i}, generated for testing a large dataset; it describes no real event.`,
				sources: [
					{ publisher: 'Synthetic', title: 'Generated test data', date: null, url: `https://example.org/synthetic/${i}`, note: 'Not a fact' }
				]
			}
		};
	}
}

/** Write `syntheticIncidents(n, seed)` to `path`, one feature per line (as `data:import` writes). */
export function writeSyntheticIncidents(path: string, n: number, seed = 1): IncidentCollection {
	const collection = syntheticIncidents(n, seed);
	writeFileSync(path, `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
	return collection;
}

/**
 * `syntheticIncidents(n, seed)` written as `parts` files of about equal size (`paths[i]`), one
 * feature per line, without holding them all: a million full features are more text than one
 * JavaScript string may hold, so a large dataset is served as several files (`INCIDENTS_FILE`
 * takes a list; so does `data:load`).
 */
export function writeSyntheticIncidentFiles(paths: readonly string[], n: number, seed = 1): void {
	const per = Math.ceil(n / paths.length);
	const features = syntheticFeatures(n, seed);
	for (const path of paths) {
		const fd = openSync(path, 'w');
		try {
			writeSync(fd, '{"type":"FeatureCollection","features":[\n');
			let written = 0;
			let lines: string[] = [];
			const flush = () => {
				if (lines.length) writeSync(fd, (written ? ',\n' : '') + lines.join(',\n'));
				written += lines.length;
				lines = [];
			};
			for (let i = 0; i < per; i++) {
				const next = features.next();
				if (next.done) break;
				lines.push(JSON.stringify(next.value));
				if (lines.length === 10_000) flush();
			}
			flush();
			writeSync(fd, '\n]}\n');
		} finally {
			closeSync(fd);
		}
	}
}
