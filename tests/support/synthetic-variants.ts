import type { IncidentCollection, IncidentFeature } from '../../src/lib/domain/incident';
import { prng } from './prng';

const UNCERTAINTY_KM = [0, 0.5, 2, 12, 50, 300];
/** Areas a synthetic record may be placed to (overlay ids), besides the curated records' own. */
const AREAS = ['country-afg', 'country-uzb', 'country-tjk', 'country-kgz', 'fergana-valley', 'wakhan-corridor', 'cagp-lines-a-c', 'kazakhstan-china-oil-pipeline'];

/**
 * `count` synthetic incidents made from the curated ones (`templates`), seeded: each copies a
 * template's text, category, perpetrator and claim, with its own id, dates, fatalities and place.
 * Most lie around a few dozen centres in Central Asia (where the overlays are), some anywhere on
 * Earth, some near the antimeridian; about 1% are placed only to an area, at an area record's
 * recorded point (so several share one point, and nearest-ties are ranked by id).
 */
export function syntheticIncidents(templates: readonly IncidentFeature[], count: number, seed = 9): IncidentCollection {
	const random = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
	const round = (x: number) => Math.round(x * 1e5) / 1e5;
	const centres = Array.from({ length: 40 }, () => [60 + random() * 20, 33 + random() * 12] as const);
	const areaPoints = templates.filter((t) => t.properties.area).map((t) => t.geometry.coordinates);
	const features: IncidentFeature[] = [];
	for (let i = 0; i < count; i++) {
		const t = pick(templates);
		const id = `synthetic-${String(i).padStart(6, '0')}`;
		const day = Math.floor(random() * 3650);
		const start = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		const end = new Date(Date.UTC(2015, 0, 1) + (day + (random() < 0.8 ? 0 : Math.floor(random() * 30))) * 86_400_000)
			.toISOString()
			.slice(0, 10);
		const r = random();
		let coordinates: [number, number];
		let area: string | null = null;
		if (r < 0.01) {
			coordinates = [...pick(areaPoints)] as [number, number];
			area = pick(AREAS);
		} else if (r < 0.1) coordinates = [round(-180 + random() * 360), round(-80 + random() * 160)];
		else if (r < 0.12) coordinates = [round(random() < 0.5 ? 179 + random() : -180 + random()), round(-10 + random() * 20)];
		else {
			const [lon, lat] = pick(centres);
			coordinates = [round(lon + (random() - 0.5) * 2), round(lat + (random() - 0.5) * 1.5)];
		}
		const best = random() < 0.2 ? null : Math.floor(random() * 60);
		features.push({
			...t,
			id,
			geometry: { type: 'Point', coordinates },
			properties: {
				...t.properties,
				id,
				date_start: start,
				date_end: end,
				uncertainty_km: area ? 900 : pick(UNCERTAINTY_KM),
				area,
				fatalities: best === null ? null : { low: best, best: random() < 0.3 ? null : best, high: null, reported_by: 'synthetic' }
			}
		} as IncidentFeature);
	}
	return { type: 'FeatureCollection', features };
}
