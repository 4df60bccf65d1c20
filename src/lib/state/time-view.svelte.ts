import { monthBins, monthSpan, type MonthBin } from '../domain/month-bins';
import type { FilteredView } from './filtered-view.svelte';
import type { ServerMonths } from './server-months.svelte';
import { TimePlayer } from './time-player.svelte';

/**
 * The timeline's view of the incidents: the months the data spans, per-month counts of the
 * incidents passing every filter but the time window, and the player that steps the window. The
 * counts are made here from the incidents the page holds, or, where it does not hold them all
 * (tile mode), are the server's (`ServerMonths`). Made by the timeline when it loads (after the
 * map, not in the page's first load); from then on the filtered view's `player` is this one's, so
 * the page can pause it.
 */
export class TimeView {
	readonly player: TimePlayer;

	/** The data's first and last month indices; null without incidents (or before the server says). */
	readonly span = $derived.by(() => (this.server ? this.server.span : monthSpan(this.filtered.all.map((f) => f.properties))));

	readonly bins = $derived.by((): MonthBin[] => {
		if (this.server) return this.server.bins;
		if (!this.span) return [];
		const rest = this.filtered.passing(this.filtered.filters.withoutTime);
		return monthBins(
			rest.map((f) => f.properties),
			...this.span
		);
	});

	constructor(
		private readonly filtered: FilteredView,
		/** Where the counts come from when the page does not hold every incident; null: counted here. */
		readonly server: ServerMonths | null = null
	) {
		this.player = new TimePlayer(filtered.filters, () => this.span);
		filtered.player = this.player;
	}
}
