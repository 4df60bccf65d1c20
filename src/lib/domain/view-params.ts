import { CATEGORY_IDS, type CategoryId } from './categories';
import type { IncidentFilter } from './incident-query';
import { CLAIM_FILTER_VALUES, type ClaimFilterValue } from './filter-values';
import { FILTER_PARAMETERS, parseFilterParam } from './filter-param';

/**
 * The map page's filters and visible overlays as they live in the query string, so that a copied
 * link reproduces the view. Filters use the API's own parameter names and are validated by the
 * API's own parser (`parseFilterParam`, as `parseIncidentQuery` uses it), one parameter at a time, so a malformed one is dropped
 * and the rest still apply:
 *
 *   from, to, category, country, q, min_fatalities   as in `GET /api/incidents`
 *   perpetrator   comma-separated perpetrator names; `unknown` for records with none
 *   claim         comma-separated claim statuses (claimed, attributed, unclaimed) or `none`
 *   overlays      comma-separated overlay ids drawn on the map; absent = the default set
 *
 * An empty list (`category=`) means "none of them" (the reader unticked every box); an absent
 * parameter means no filter. The selected incident (`incident`) and the spatial question
 * (`near`, `region`, …) are written by `spatial-query.ts`; the camera lives in the hash.
 */

/** The filters the page offers: the API's, minus the box (the map view does that), plus two. */
export type ViewFilter = Pick<
	IncidentFilter,
	'from' | 'to' | 'categories' | 'countries' | 'text' | 'minFatalities' | 'perpetrators' | 'claims'
>;

export interface ViewParams {
	filter: ViewFilter;
	/** Overlay ids shown; null = the page's default set. */
	overlays: string[] | null;
}

export const VIEW_PARAMS = [...FILTER_PARAMETERS, 'perpetrator', 'claim', 'overlays'] as const;

const list = (value: string): string[] =>
	value === '' ? [] : [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];

export function readViewParams(params: URLSearchParams): ViewParams {
	const filter: ViewFilter = {};
	for (const name of FILTER_PARAMETERS) {
		const value = params.get(name);
		if (value === null) continue;
		if ((name === 'category' || name === 'country') && value === '') {
			filter[name === 'category' ? 'categories' : 'countries'] = [];
			continue;
		}
		const parsed = parseFilterParam(name, value);
		if ('filter' in parsed) Object.assign(filter, parsed.filter);
	}
	if (filter.from && filter.to && filter.to < filter.from) delete filter.to;
	const perpetrator = params.get('perpetrator');
	if (perpetrator !== null) filter.perpetrators = list(perpetrator);
	const claim = params.get('claim');
	if (claim !== null)
		filter.claims = list(claim).filter((c): c is ClaimFilterValue => (CLAIM_FILTER_VALUES as readonly string[]).includes(c));
	const overlays = params.get('overlays');
	return { filter, overlays: overlays === null ? null : list(overlays) };
}

/** Write the view into `params`, replacing any earlier view and keeping every other parameter. */
export function writeViewParams(params: URLSearchParams, view: ViewParams): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of VIEW_PARAMS) out.delete(name);
	const f = view.filter;
	if (f.from) out.set('from', f.from);
	if (f.to) out.set('to', f.to);
	if (f.categories) out.set('category', CATEGORY_IDS.filter((c: CategoryId) => f.categories!.includes(c)).join(','));
	if (f.countries) out.set('country', [...f.countries].sort().join(','));
	if (f.text && f.text.trim()) out.set('q', f.text.trim());
	if (f.minFatalities) out.set('min_fatalities', String(f.minFatalities));
	if (f.perpetrators) out.set('perpetrator', [...f.perpetrators].sort().join(','));
	if (f.claims) out.set('claim', CLAIM_FILTER_VALUES.filter((c) => f.claims!.includes(c)).join(','));
	if (view.overlays) out.set('overlays', [...view.overlays].sort().join(','));
	return out;
}
