import { tick } from 'svelte';
import type { IncidentFeature } from '../domain/incident';
import { isFullIncident, type IncidentDigest } from '../domain/incident-digest';
import type { OverlayProperties } from '../domain/overlay';
import type { LonLat } from '../domain/lon-lat';
import { cameraFromHash } from '../domain/camera-hash';
import { describeQuery } from '../domain/describe-query';
import { DEFAULT_RADIUS_KM, readSpatialQuery } from '../domain/spatial-query';
import { OverlayGeometries } from './overlay-geometries.svelte';
import { OverlayVisibility } from './overlay-visibility.svelte';
import { Selection } from './selection.svelte';
import { SpatialQueryState } from './spatial-query.svelte';

export interface MapViewData {
	/** Whole records (a small dataset) or digests (a large one: then `full` gives whole records). */
	incidents: IncidentDigest[];
	/** The whole record of an incident, when the page holds it. */
	full?: (id: string) => IncidentFeature | null;
	overlays: OverlayProperties[];
	selectedId: string | null;
}

/**
 * Everything the reader has chosen on a map page — the selected incident, the overlays shown,
 * the spatial question and tool. Shared by `/` and `/embed`; `ViewUrl` keeps the URL in step.
 */
export class MapView {
	readonly selection: Selection;
	readonly overlays: OverlayVisibility;
	readonly spatial: SpatialQueryState;
	readonly geometries = new OverlayGeometries();
	menu = $state<{ at: LonLat; x: number; y: number } | null>(null);
	notice = $state<string | null>(null);
	unsupported = $state<string | null>(null);
	#opener: HTMLElement | null = null;

	constructor(
		private readonly data: () => MapViewData,
		url: URL
	) {
		const d = data();
		this.selection = new Selection(d.selectedId);
		// A link with both a selection and a camera (#zoom/lat/lon, as the map writes it) keeps its
		// camera: the map does not fly to the incident (on `/` and in an embed alike).
		if (cameraFromHash(url.hash)) this.selection.origin = 'map';
		// Country outlines repeat the basemap, so they start hidden; the article's regions start shown.
		this.overlays = new OverlayVisibility(d.overlays.filter((o) => !o.id.startsWith('country-')).map((o) => o.id));
		this.spatial = new SpatialQueryState(readSpatialQuery(url.searchParams));
	}

	/** Is there an incident with this id? */
	knows(id: string): boolean {
		return this.data().incidents.some((f) => f.id === id);
	}

	get selected(): IncidentFeature | null {
		const id = this.selection.id;
		if (!id) return null;
		const d = this.data();
		if (d.full) return d.full(id);
		const f = d.incidents.find((i) => i.id === id);
		return f && isFullIncident(f) ? f : null;
	}

	pointOf = (id: string): LonLat | undefined =>
		this.data().incidents.find((i) => i.id === id)?.geometry.coordinates as LonLat | undefined;

	get heading(): string {
		const q = this.spatial.query;
		if (!q) return '';
		const d = this.data();
		return describeQuery(q, {
			overlayTitle: (id) => d.overlays.find((o) => o.id === id)?.title ?? id,
			incidentTitle: (id) => d.incidents.find((f) => f.id === id)?.properties.title ?? id
		});
	}

	/** Fetch the answer to the current question and the outline it needs. */
	answer(): void {
		const q = this.spatial.query;
		void this.spatial.answerWith(this.pointOf);
		if (q && (q.kind === 'region' || q.kind === 'corridor')) {
			const title = this.data().overlays.find((o) => o.id === q.overlay)?.title ?? q.overlay;
			this.geometries.load(q.overlay).catch((e: unknown) => {
				this.notice = `The outline of ${title} could not be loaded (${e instanceof Error ? e.message : e}); the list still answers the question.`;
			});
		}
	}

	select(id: string, origin: 'map' | 'list'): void {
		this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		this.selection.select(id, origin);
	}

	async close(): Promise<void> {
		this.selection.select(null, 'list');
		await tick();
		const back = this.#opener?.isConnected ? this.#opener : document.querySelector<HTMLElement>('.maplibregl-canvas');
		back?.focus();
	}

	pick(at: LonLat): void {
		const s = this.spatial;
		if (s.tool === 'near') s.ask({ kind: 'near', center: at, radius_km: DEFAULT_RADIUS_KM });
		else if (s.tool === 'measure') s.measure = [...s.measure, at];
	}

	queryOverlay(id: string): void {
		const o = this.data().overlays.find((x) => x.id === id);
		if (!o) return;
		this.spatial.ask(
			o.kind === 'area' ? { kind: 'region', overlay: id } : { kind: 'corridor', overlay: id, radius_km: DEFAULT_RADIUS_KM }
		);
	}

	onkeydown = (e: KeyboardEvent): void => {
		if (e.key === 'Escape' && this.spatial.tool !== 'select') this.spatial.tool = 'select';
	};
}
