import { describe, expect, it } from 'vitest';
import { incidentFeatureSchema, type IncidentFeature } from '../domain/incident';
import { parseCollection } from '../domain/parse-collection';
import raw from './incidents.geojson?raw';

const FILE = 'incidents.geojson';
const collection: unknown = JSON.parse(raw);
const { features, problems } = parseCollection(collection, incidentFeatureSchema, FILE);

/** Overlay ids a region- or country-level record may point at. */
const OVERLAY_IDS = [
	'fergana-valley',
	'country-afg',
	'country-uzb',
	'country-tjk',
	'country-kgz',
	'wakhan-corridor',
	'cagp-lines-a-c',
	'cagp-line-d',
	'kazakhstan-china-oil-pipeline',
	'afg-border-band-50km'
];
const ARTICLE_URL =
	'https://www.hstoday.us/subject-matter-areas/counterterrorism/following-the-russian-embassy-suicide-bombing-iskp-declares-expansion-of-holy-jihad-into-central-asia/';

function byId(id: string): IncidentFeature {
	const found = features.find((f) => f.id === id);
	if (!found) throw new Error(`${FILE}: no feature with id "${id}"`);
	return found;
}

describe('incidents.geojson', () => {
	it('parses every feature against the incident schema with no problems', () => {
		expect(problems).toEqual([]);
		expect(features).toHaveLength(13);
	});

	it('gives every feature a unique id equal to properties.id', () => {
		const ids = features.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const f of features) expect(f.id, f.id).toBe(f.properties.id);
	});

	it('is ordered by date_start, and no record ends before it starts', () => {
		const starts = features.map((f) => f.properties.date_start);
		expect(starts).toEqual([...starts].sort());
		for (const f of features)
			expect(f.properties.date_end >= f.properties.date_start, f.id).toBe(true);
	});

	it('links region- and country-level records to an overlay, and point records to none', () => {
		for (const f of features) {
			const { geo_precision, area } = f.properties;
			if (geo_precision === 'region' || geo_precision === 'country')
				expect(OVERLAY_IDS, f.id).toContain(area);
			else expect(area, f.id).toBeNull();
		}
	});

	it('cites the article in every record, and only http(s) sources', () => {
		for (const f of features) {
			const urls = f.properties.sources.map((s) => s.url);
			expect(urls, f.id).toContain(ARTICLE_URL);
			for (const url of urls) expect(new URL(url).protocol, `${f.id}: ${url}`).toMatch(/^https?:$/);
		}
	});

	it('never files a context record as a suicide bombing', () => {
		const contextSuicide = features.filter(
			(f) => f.properties.kind === 'context' && f.properties.category === 'suicide-bomb'
		);
		expect(contextSuicide.map((f) => f.id)).toEqual([]);
	});

	it('records 183 dead at Abbey Gate as the best figure', () => {
		const abbey = byId('2021-08-26-kabul-airport-abbey-gate-bombing');
		expect(abbey.properties.fatalities?.best).toBe(183);
	});

	it('records the Russian embassy bombing as claimed through Amaq', () => {
		const { claim } = byId('2022-09-05-kabul-russian-embassy-bombing').properties;
		expect(claim?.status).toBe('claimed');
		expect(claim?.outlet).toContain('Amaq');
	});

	it('keeps the Dhu al-Hijja tally at country level with its claimed 59 dead', () => {
		const tally = byId('2022-06-30-iskp-dhu-al-hijja-campaign-tally').properties;
		expect(tally.geo_precision).toBe('country');
		expect(tally.area).toBe('country-afg');
		expect(tally.category).toBe('campaign');
		expect(tally.fatalities?.best).toBe(59);
	});
});
