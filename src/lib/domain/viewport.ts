import type { BBox } from './incident-query';
import type { LonLat } from './lon-lat';

/** What the map reports after each move: the box in view, its centre and the zoom. */
export interface Viewport {
	bounds: BBox;
	center: LonLat;
	zoom: number;
}
