/** Colours of the offline basemap and map furniture. */
export interface MapTheme {
	water: string;
	land: string;
	border: string;
	countryLabel: string;
	placeLabel: string;
	labelHalo: string;
	overlayArea: string;
	overlayLine: string;
	clusterFill: string;
	clusterText: string;
	markerStroke: string;
	selected: string;
}

export const LIGHT: MapTheme = {
	water: '#c9dbe6',
	land: '#f4f1ea',
	border: '#8a8f96',
	countryLabel: '#5b6067',
	placeLabel: '#22262b',
	labelHalo: '#ffffff',
	overlayArea: '#3b6ea5',
	overlayLine: '#1d4f91',
	clusterFill: '#31404f',
	clusterText: '#ffffff',
	markerStroke: '#ffffff',
	selected: '#111111'
};

export const DARK: MapTheme = {
	water: '#10202c',
	land: '#26292e',
	border: '#6c737c',
	countryLabel: '#aab1b9',
	placeLabel: '#eef1f4',
	labelHalo: '#101214',
	overlayArea: '#6ea6e0',
	overlayLine: '#8cbcf0',
	clusterFill: '#d5dde5',
	clusterText: '#111418',
	markerStroke: '#101214',
	selected: '#ffffff'
};
