import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import land50m from 'world-atlas/land-50m.json' with { type: 'json' };
import isoCountries from 'i18n-iso-countries';

// i18n-iso-countries is CommonJS whose named exports Node's ESM loader cannot detect (tsx, `node
// build`), so take the function off the default export.
const { numericToAlpha3 } = isoCountries;

/**
 * Natural Earth 1:50m data from the `world-atlas` package, as GeoJSON. Everything here is pure
 * and computed once per process.
 */

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string; iso3: string | null }>;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type LandTopology = Topology<{ land: GeometryCollection }>;

const countriesTopo = countries50m as unknown as CountryTopology;
const landTopo = land50m as unknown as LandTopology;

let countryCache: CountryFeature[] | null = null;

/** Every country polygon, with its Natural Earth name and ISO 3166-1 alpha-3 code where known. */
export function worldCountries(): CountryFeature[] {
	if (countryCache) return countryCache;
	const fc = feature(countriesTopo, countriesTopo.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	countryCache = fc.features.map((f) => ({
		type: 'Feature',
		id: f.id,
		geometry: f.geometry,
		properties: {
			name: f.properties.name,
			iso3: f.id === undefined ? null : (numericToAlpha3(String(f.id)) ?? null)
		}
	}));
	return countryCache;
}

/** The land polygons. */
export function worldLand(): FeatureCollection<Polygon | MultiPolygon> {
	return feature(landTopo, landTopo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
}

/** Borders shared by two countries (coastlines excluded), as one MultiLineString. */
export function worldBorders(): MultiLineString {
	return mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
}

/** The border shared by two countries, by ISO alpha-3 code (empty if they do not touch). */
export function sharedBorder(iso3A: string, iso3B: string): MultiLineString {
	const ids = new Set([iso3A, iso3B]);
	const code = (g: { id?: string | number }) =>
		g.id === undefined ? null : numericToAlpha3(String(g.id));
	return mesh(
		countriesTopo,
		countriesTopo.objects.countries,
		(a, b) => a !== b && ids.has(code(a) ?? '') && ids.has(code(b) ?? '')
	);
}
