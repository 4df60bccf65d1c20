import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { worldBorders, worldCountries, worldLand } from '../geo/world-atlas';
import { labelPoint } from '../geo/label-point';
import { roundCoordinates } from '../geo/round-coordinates';
import { PLACES, type PlaceLabel } from './places';

/**
 * The offline basemap's data, built from Natural Earth 1:50m (`world-atlas`) and a small
 * gazetteer. Served as static GeoJSON files prerendered at build time.
 */

const DECIMALS = 3;

export function basemapLand(): FeatureCollection<Polygon | MultiPolygon> {
	return roundCoordinates(worldLand(), DECIMALS);
}

export function basemapBorders(): FeatureCollection<MultiLineString> {
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: {}, geometry: roundCoordinates(worldBorders(), DECIMALS) }
		]
	};
}

export interface CountryLabelProps {
	name: string;
	iso3: string | null;
	/** Area in km², so that larger countries are labelled first. */
	area_km2: number;
	/** The zoom from which the label shows. */
	min_zoom: number;
}

/** Large countries are named from the world view, small ones once the reader zooms in. */
const countryMinZoom = (km2: number) => (km2 > 600_000 ? 1 : km2 > 60_000 ? 3 : 5);
const PLACE_MIN_ZOOM = { 1: 2, 2: 5, 3: 7 } as const;

export function basemapCountryLabels(): FeatureCollection<Point, CountryLabelProps> {
	const features = worldCountries()
		.map((c) => {
			const km2 = Math.round(area(c) / 1e6);
			return {
				type: 'Feature' as const,
				properties: {
					name: c.properties.name,
					iso3: c.properties.iso3,
					area_km2: km2,
					min_zoom: countryMinZoom(km2)
				},
				geometry: { type: 'Point' as const, coordinates: labelPoint(c.geometry) }
			};
		})
		.sort((a, b) => b.properties.area_km2 - a.properties.area_km2);
	return roundCoordinates({ type: 'FeatureCollection', features }, DECIMALS);
}

export type PlaceLabelProps = Omit<PlaceLabel, 'lon' | 'lat'> & { min_zoom: number };

export function basemapPlaceLabels(): FeatureCollection<Point, PlaceLabelProps> {
	return {
		type: 'FeatureCollection',
		features: PLACES.map(({ lon, lat, ...place }) => ({
			type: 'Feature',
			properties: { ...place, min_zoom: PLACE_MIN_ZOOM[place.rank] },
			geometry: { type: 'Point', coordinates: [lon, lat] }
		}))
	};
}
