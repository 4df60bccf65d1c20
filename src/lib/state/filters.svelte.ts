import type { CategoryId } from '../domain/categories';
import type { ClaimFilterValue } from '../domain/incident-query';
import type { ViewFilter } from '../domain/view-params';

/** A list filter: undefined = no filter (everything passes), [] = nothing ticked. */
export type ListKey = 'categories' | 'countries' | 'perpetrators' | 'claims';

/**
 * The reader's filters on the map page. The time window of the timeline is `from`/`to`: an
 * incident is in it when its [date_start, date_end] overlaps it. `filter` is a plain object
 * for `filterIncidents` and the URL.
 */
export class Filters {
	from = $state<string | undefined>(undefined);
	to = $state<string | undefined>(undefined);
	categories = $state<CategoryId[] | undefined>(undefined);
	countries = $state<string[] | undefined>(undefined);
	perpetrators = $state<string[] | undefined>(undefined);
	claims = $state<ClaimFilterValue[] | undefined>(undefined);
	text = $state('');
	minFatalities = $state(0);
	/** A change in progress (a drag on the timeline): everything follows it but the URL, which waits for its end. */
	adjusting = $state(false);

	constructor(initial: ViewFilter = {}) {
		this.set(initial);
	}

	get filter(): ViewFilter {
		const f: ViewFilter = {};
		if (this.from) f.from = this.from;
		if (this.to) f.to = this.to;
		return Object.assign(f, this.withoutTime);
	}

	/** The filter without its time window (and not reading it): what the timeline's histogram counts. */
	get withoutTime(): ViewFilter {
		const f: ViewFilter = {};
		if (this.categories) f.categories = [...this.categories];
		if (this.countries) f.countries = [...this.countries];
		if (this.perpetrators) f.perpetrators = [...this.perpetrators];
		if (this.claims) f.claims = [...this.claims];
		if (this.text.trim()) f.text = this.text.trim();
		if (this.minFatalities > 0) f.minFatalities = this.minFatalities;
		return f;
	}

	get active(): boolean {
		return Object.keys(this.filter).length > 0;
	}

	set(f: ViewFilter): void {
		this.from = f.from;
		this.to = f.to;
		this.categories = f.categories ? [...f.categories] : undefined;
		this.countries = f.countries ? [...f.countries] : undefined;
		this.perpetrators = f.perpetrators ? [...f.perpetrators] : undefined;
		this.claims = f.claims ? [...f.claims] : undefined;
		this.text = f.text ?? '';
		this.minFatalities = f.minFatalities ?? 0;
	}

	reset(): void {
		this.set({});
	}

	/** Is `value` ticked in a list filter (every value is, when there is no filter)? */
	has(key: ListKey, value: string): boolean {
		const list = this[key] as string[] | undefined;
		return !list || list.includes(value);
	}

	/** Tick or untick `value`; when every one of `all` is ticked the filter goes away. */
	toggle(key: ListKey, value: string, on: boolean, all: readonly string[]): void {
		const current = new Set<string>((this[key] as string[] | undefined) ?? all);
		if (on) current.add(value);
		else current.delete(value);
		const next = all.filter((v) => current.has(v));
		(this as Record<ListKey, string[] | undefined>)[key] = next.length === all.length ? undefined : next;
	}

	setWindow(from: string | undefined, to: string | undefined): void {
		this.from = from;
		this.to = to;
	}
}
