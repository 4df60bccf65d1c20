import { worldCountries, type CountryFeature } from './world-atlas';

/** The Natural Earth 1:50m polygon of a country by ISO 3166-1 alpha-3 code, or null if unknown. */
export function countryShape(iso3: string): CountryFeature | null {
	return worldCountries().find((c) => c.properties.iso3 === iso3) ?? null;
}
