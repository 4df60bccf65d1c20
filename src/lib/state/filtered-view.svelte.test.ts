import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { loadOverlays } from '../data/overlays';
import { inBBox } from '../domain/filter-incidents';
import type { BBox } from '../domain/incident-query';
import type { AreaGeometry } from '../geo/intersects-box';
import { incidentMapData } from '../map/incident-features';
import { FilteredView } from './filtered-view.svelte';

const incidents = loadCuratedIncidents().features;
const areas = new Map<string | number | undefined, Geometry>(
	incidentMapData(incidents, loadOverlays().features).areas.features.map((f) => [f.id, f.geometry])
);
const areaOf = (id: string) => areas.get(id) as AreaGeometry | undefined;

function listedIn(bounds: BBox): string[] {
	const view = new FilteredView(() => incidents, {}, areaOf);
	view.onlyOnMap = true;
	view.viewport = { bounds, center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom: 9 };
	return view.listed.map((f) => f.id);
}

const TALLY = '2022-06-30-iskp-dhu-al-hijja-campaign-tally';
const PIPELINE_THREAT = '2022-09-09-tawhid-news-pipeline-threat';

describe('FilteredView: the list follows the map', () => {
	it('lists a record placed to a country when its area, not its point, is in view', () => {
		const kabul: BBox = [68.9, 34.3, 69.5, 34.8];
		const tally = incidents.find((f) => f.id === TALLY)!;
		expect(inBBox(tally.geometry.coordinates, kabul)).toBe(false);
		const ids = listedIn(kabul);
		expect(ids).toContain(TALLY);
		expect(ids).toContain('2022-09-05-kabul-russian-embassy-bombing');
		expect(ids).not.toContain('2022-08-30-tawhid-news-central-asia-threat');
		expect(ids).not.toContain('2022-09-02-herat-gazargah-mosque-bombing');
	});

	it('lists a record placed to a pipeline where the route, far from its point, is in view', () => {
		const route = areaOf(PIPELINE_THREAT)!;
		expect(route.type).toMatch(/LineString/);
		const [lon, lat] = (route.type === 'LineString' ? route.coordinates[0] : (route.coordinates as number[][][])[0]![0])!;
		const box: BBox = [lon! - 0.2, lat! - 0.2, lon! + 0.2, lat! + 0.2];
		const threat = incidents.find((f) => f.id === PIPELINE_THREAT)!;
		expect(inBBox(threat.geometry.coordinates, box)).toBe(false);
		expect(listedIn(box)).toContain(PIPELINE_THREAT);
	});

	it('leaves out records whose area is out of view', () => {
		// Moscow: nothing of Afghanistan, the Fergana Valley or the pipelines.
		expect(listedIn([37, 55.5, 38, 56])).toEqual(['2022-08-15-moscow-azizi-delimkhanov-meeting']);
	});
});
