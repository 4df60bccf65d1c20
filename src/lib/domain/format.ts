import type { Casualties, Claim, DatePrecision, GeoPrecision, IncidentProperties } from './incident';

/**
 * Words for the reader. Everything unknown is said to be unknown, never shown as 0 or blank.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y!, m!, d!];
}

function day(iso: string): string {
	const [y, m, d] = parts(iso);
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "5 September 2022", "April 2022", "30 June – 29 July 2022", "2022". */
export function formatDateRange(start: string, end: string, precision: DatePrecision): string {
	const [ys, ms] = parts(start);
	const [ye, me] = parts(end);
	if (precision === 'year') return ys === ye ? `${ys}` : `${ys}–${ye}`;
	if (precision === 'month' && ys === ye && ms === me) return `${MONTHS[ms - 1]} ${ys}`;
	if (start === end) return day(start);
	return `${day(start)} – ${day(end)}`;
}

export const DATE_PRECISION_LABEL: Record<DatePrecision, string> = {
	day: 'exact day',
	week: 'known to the week',
	month: 'known to the month',
	year: 'known to the year'
};

export const GEO_PRECISION_LABEL: Record<GeoPrecision, string> = {
	site: 'exact site',
	neighbourhood: 'neighbourhood',
	city: 'city (exact site unknown)',
	district: 'district',
	province: 'province',
	region: 'region',
	country: 'country only'
};

export function formatPlacePrecision(p: Pick<IncidentProperties, 'geo_precision' | 'uncertainty_km'>): string {
	const km = p.uncertainty_km < 1 ? '< 1' : `${Math.round(p.uncertainty_km)}`;
	return `${GEO_PRECISION_LABEL[p.geo_precision]}, within about ${km} km`;
}

/** "183", "6–11 (best 6)", "unknown". */
export function formatCasualties(c: Casualties | null): string {
	if (!c) return 'not applicable';
	const { low, best, high } = c;
	if (best === null && low === null && high === null) return 'unknown';
	if (low !== null && high !== null && low !== high)
		return best !== null ? `${best} (reported range ${low}–${high})` : `${low}–${high}`;
	return `${best ?? low ?? high}`;
}

/** The number used to size and sort by deaths: best, else low; null when unknown. */
export function fatalityCount(p: { fatalities: { low: number | null; best: number | null } | null }): number | null {
	return p.fatalities?.best ?? p.fatalities?.low ?? null;
}

export function formatClaim(claim: Claim | null): string {
	if (!claim) return 'not applicable';
	switch (claim.status) {
		case 'claimed':
			return ['Claimed', claim.by && `by ${claim.by}`, claim.outlet && `through ${claim.outlet}`]
				.filter(Boolean)
				.join(' ');
		case 'attributed':
			return claim.by ? `Attributed by ${claim.by}` : 'Attributed';
		case 'unclaimed':
			return 'Unclaimed';
	}
}

/**
 * A whole number with its thousands grouped as in English: "13", "1,234", "1,000,000". Not
 * `toLocaleString`: its first call in a page loads the Intl data, ≈15 ms before the map starts.
 */
export function formatCount(n: number): string {
	const [sign, digits] = n < 0 ? ['-', String(Math.round(-n))] : ['', String(Math.round(n))];
	return sign + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "420 m", "3.46 km", "42.3 km", "1,234 km". */
export function formatKm(km: number): string {
	if (km < 1) return `${Math.round(km * 1000)} m`;
	if (km < 10) return `${km.toFixed(2)} km`;
	if (km < 100) return `${km.toFixed(1)} km`;
	return `${formatCount(km)} km`;
}

/**
 * Text shortened for a `<meta name="description">`: whitespace collapsed, and cut at a word
 * boundary with an ellipsis when longer than `max` characters (the ellipsis included).
 */
export function excerpt(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
