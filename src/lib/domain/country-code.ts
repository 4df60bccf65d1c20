import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

// CommonJS whose named exports Node's ESM loader cannot see: take the functions off the default.
const { getAlpha3Code, numericToAlpha3, registerLocale } = isoCountries;
registerLocale(en);

/**
 * Country names the datasets use that the ISO list (English names of i18n-iso-countries) does not
 * know, each mapped to the ISO 3166-1 alpha-3 code of the same country. Historical states that
 * no longer exist (Soviet Union, Yugoslavia, West Germany) are deliberately absent: which country
 * a point in them lies in today depends on the point, so such rows are reported, not guessed.
 */
const ALIASES: Record<string, string> = {
	'bosnia-herzegovina': 'BIH',
	burma: 'MMR',
	congo: 'COG',
	'democratic republic of congo': 'COD',
	'democratic republic of the congo': 'COD',
	'dr congo': 'COD',
	'east timor': 'TLS',
	kampuchea: 'KHM',
	laos: 'LAO',
	macedonia: 'MKD',
	'republic of congo': 'COG',
	'republic of the congo': 'COG',
	'slovak republic': 'SVK',
	swaziland: 'SWZ',
	syria: 'SYR',
	'west bank and gaza strip': 'PSE',
	zaire: 'COD'
};

function byName(name: string): string | null {
	const key = name.trim().toLowerCase();
	if (!key) return null;
	return ALIASES[key] ?? getAlpha3Code(name.trim(), 'en') ?? null;
}

/**
 * The ISO 3166-1 alpha-3 code for a country name as a dataset writes it, or null. Tries the whole
 * name, then the name without a parenthesis and the parenthesis alone (UCDP writes
 * "DR Congo (Zaire)", "Myanmar (Burma)", "Yemen (North Yemen)"; GTD "West Germany (FRG)").
 */
export function iso3FromName(name: string): string | null {
	const whole = byName(name);
	if (whole) return whole;
	const m = /^(.*?)\s*\((.+)\)\s*$/.exec(name);
	return m ? (byName(m[1]!) ?? byName(m[2]!)) : null;
}

/** The alpha-3 code for an ISO 3166-1 numeric code ("4" or "004"), or null. */
export function iso3FromNumeric(code: string): string | null {
	if (!/^\d{1,3}$/.test(code.trim())) return null;
	return numericToAlpha3(code.trim().padStart(3, '0')) ?? null;
}
