import type { SpatialQuery } from './spatial-query';

const hemi = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;

/** The reader's question in words, for the results heading. */
export function describeQuery(
	q: SpatialQuery,
	names: { overlayTitle: (id: string) => string; incidentTitle: (id: string) => string }
): string {
	switch (q.kind) {
		case 'near':
			return `Within ${q.radius_km} km of ${hemi(q.center[1], 'N', 'S')}, ${hemi(q.center[0], 'E', 'W')}`;
		case 'nearby':
			return `Within ${q.radius_km} km of “${names.incidentTitle(q.incident)}”`;
		case 'region':
			return `Inside ${names.overlayTitle(q.overlay)}`;
		case 'corridor':
			return `Within ${q.radius_km} km of ${names.overlayTitle(q.overlay)}`;
	}
}
