import type { MultiPolygon, Polygon } from 'geojson';
import type { Source } from '../domain/incident';
import type { OverlayProperties } from '../domain/overlay';
import { borderBand } from '../geo/border-band';
import { clipToBox } from '../geo/clip-to-box';
import { tidyPolygon } from '../geo/tidy-polygon';
import { countryShape } from '../geo/country-shape';

/**
 * The overlays computed from Natural Earth 1:50m (via the `world-atlas` package) rather than
 * traced by hand: four country polygons, the Wakhan corridor and the Afghan border band. They are
 * returned unvalidated; `loadOverlays` checks them against the overlay schema like any file.
 */

/** A computed overlay before validation. */
export interface ComputedOverlay {
	type: 'Feature';
	id: string;
	geometry: Polygon | MultiPolygon;
	properties: OverlayProperties;
}

/** Decimal places kept in output coordinates (about 10 m; the input is 1:50m). */
const PRECISION = 4;

/** The countries drawn as overlays, by ISO 3166-1 alpha-3 code. */
const COUNTRIES = [
	{ id: 'country-afg', iso3: 'AFG' },
	{ id: 'country-uzb', iso3: 'UZB' },
	{ id: 'country-tjk', iso3: 'TJK' },
	{ id: 'country-kgz', iso3: 'KGZ' }
] as const;

/**
 * The Wakhan corridor is taken as Afghanistan east of this longitude: the corridor's western
 * entrance at Ishkashim (71.61°E). A convention, not a boundary.
 */
const WAKHAN_WEST_LON = 71.6;
/** A box that holds all of Afghanistan east of `WAKHAN_WEST_LON` and nothing of it elsewhere. */
const WAKHAN_BOX: [number, number, number, number] = [WAKHAN_WEST_LON, 36.0, 75.5, 38.0];

const BORDER_BAND = { id: 'afg-border-band-50km', iso3: 'AFG', neighbours: ['UZB', 'TJK'], km: 50 };

export const NATURAL_EARTH_SOURCES: Source[] = [
	{
		publisher: 'Natural Earth',
		title: 'Admin 0 – Countries, 1:50m',
		date: null,
		url: 'https://www.naturalearthdata.com/',
		note: 'Public-domain country polygons at 1:50 million scale.'
	},
	{
		publisher: 'TopoJSON (Mike Bostock)',
		title: 'world-atlas 2: countries-50m.json',
		date: null,
		url: 'https://github.com/topojson/world-atlas',
		note: 'Natural Earth 1:50m countries as TopoJSON; the package this app reads them from.'
	}
];

const WAKHAN_SOURCE: Source = {
	publisher: 'Wikipedia',
	title: 'Wakhan Corridor',
	date: null,
	url: 'https://en.wikipedia.org/wiki/Wakhan_Corridor',
	note: "A narrow strip of Afghanistan's Badakhshan province between Tajikistan and Pakistan, reaching China; about 350 km long and 13–65 km wide; its western entrance is near Ishkashim."
};

const NATURAL_EARTH_PRECISION =
	'Natural Earth 1:50m: borders are generalised for regional maps and may be off by a few kilometres; coordinates rounded to 4 decimals.';

function requireCountry(iso3: string) {
	const shape = countryShape(iso3);
	if (!shape) throw new Error(`computed overlays: no Natural Earth polygon for ${iso3}`);
	return shape;
}

function countryOverlay(id: string, iso3: string): ComputedOverlay {
	const shape = requireCountry(iso3);
	const name = shape.properties.name;
	return {
		type: 'Feature',
		id,
		geometry: tidyPolygon(shape.geometry, PRECISION),
		properties: {
			id,
			title: name,
			description: `${name} (${iso3}) as drawn in Natural Earth's 1:50m countries.`,
			kind: 'area',
			status: 'computed',
			approximate: false,
			precision_note: NATURAL_EARTH_PRECISION,
			sources: NATURAL_EARTH_SOURCES
		}
	};
}

function wakhanOverlay(): ComputedOverlay {
	const afg = requireCountry('AFG');
	const part = clipToBox(afg.geometry, WAKHAN_BOX);
	if (!part) throw new Error('computed overlays: Afghanistan has no part in the Wakhan box');
	const id = 'wakhan-corridor';
	return {
		type: 'Feature',
		id,
		geometry: tidyPolygon(part, PRECISION),
		properties: {
			id,
			title: 'Wakhan Corridor',
			description:
				"Afghanistan's Wakhan corridor in Badakhshan province: a high, narrow strip between Tajikistan to the north and Pakistan to the south that reaches Afghanistan's short border with China.",
			kind: 'area',
			status: 'computed',
			approximate: true,
			precision_note: `Afghanistan's Natural Earth 1:50m polygon east of ${WAKHAN_WEST_LON}°E, the longitude of Ishkashim at the corridor's western entrance. That western cut-off is a convention, not an official boundary; the other edges are the 1:50m national borders (off by a few kilometres at most).`,
			sources: [WAKHAN_SOURCE, ...NATURAL_EARTH_SOURCES]
		}
	};
}

function borderBandOverlay(): ComputedOverlay {
	const { id, iso3, neighbours, km } = BORDER_BAND;
	const band = borderBand(iso3, neighbours, km);
	return {
		type: 'Feature',
		id,
		geometry: band.geometry,
		properties: {
			id,
			title: 'Afghan border band, 50 km',
			description: `The land within ${km} km of Afghanistan's borders with Uzbekistan and Tajikistan, on both sides of the Amu Darya and Panj rivers. Drawn as context for the 2022 rocket fire from northern Afghanistan into Uzbekistan and Tajikistan that ISKP claimed.`,
			kind: 'area',
			status: 'computed',
			approximate: false,
			precision_note: `Computed: a ${km} km buffer of the Natural Earth 1:50m border lines, unioned, simplified at 0.01° (about 1 km) and rounded to 4 decimals; good to a few kilometres, the precision of the 1:50m borders.`,
			sources: NATURAL_EARTH_SOURCES
		}
	};
}

/** Every computed overlay: the countries, the Wakhan corridor, the border band. */
export function computedOverlays(): ComputedOverlay[] {
	return [
		...COUNTRIES.map((c) => countryOverlay(c.id, c.iso3)),
		wakhanOverlay(),
		borderBandOverlay()
	];
}
