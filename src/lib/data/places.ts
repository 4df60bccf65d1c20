/**
 * The gazetteer for basemap labels: the places the incidents and the article mention, plus the
 * capitals that orient a reader. Coordinates are city centres from GeoNames (https://www.geonames.org/),
 * rounded to 0.01° (about 1 km): good for a label, never used to place an incident.
 */
export interface PlaceLabel {
	name: string;
	/** `capital` and `city` draw a dot; `region` is a lettered area name with no dot. */
	type: 'capital' | 'city' | 'region';
	/** Lower shows first when labels collide and from a lower zoom. */
	rank: 1 | 2 | 3;
	lon: number;
	lat: number;
}

export const PLACES: readonly PlaceLabel[] = [
	{ name: 'Kabul', type: 'capital', rank: 1, lon: 69.17, lat: 34.53 },
	{ name: 'Herat', type: 'city', rank: 1, lon: 62.2, lat: 34.35 },
	{ name: 'Kandahar', type: 'city', rank: 1, lon: 65.71, lat: 31.61 },
	{ name: 'Termez', type: 'city', rank: 1, lon: 67.28, lat: 37.22 },
	{ name: 'Mazar-i-Sharif', type: 'city', rank: 2, lon: 67.11, lat: 36.71 },
	{ name: 'Dushanbe', type: 'capital', rank: 1, lon: 68.78, lat: 38.54 },
	{ name: 'Tashkent', type: 'capital', rank: 1, lon: 69.22, lat: 41.26 },
	{ name: 'Bishkek', type: 'capital', rank: 1, lon: 74.59, lat: 42.87 },
	{ name: 'Moscow', type: 'capital', rank: 1, lon: 37.62, lat: 55.75 },
	{ name: 'Fergana', type: 'city', rank: 2, lon: 71.78, lat: 40.38 },
	{ name: 'Andijan', type: 'city', rank: 2, lon: 72.34, lat: 40.78 },
	{ name: 'Osh', type: 'city', rank: 2, lon: 72.8, lat: 40.53 },
	{ name: 'Khujand', type: 'city', rank: 2, lon: 69.62, lat: 40.28 },
	{ name: 'Islamabad', type: 'capital', rank: 2, lon: 73.04, lat: 33.72 },
	{ name: 'Fergana Valley', type: 'region', rank: 1, lon: 71.6, lat: 40.85 }
];
