/**
 * Where a selection came from: the map moves itself only when the reader chose elsewhere (the
 * list, a link), never for a click on the map itself or for Back/Forward, which bring their camera.
 */
export type SelectionOrigin = 'map' | 'list' | 'url' | 'history';

/** The selected incident, shared by the map, the list and the details panel. */
export class Selection {
	id = $state<string | null>(null);
	origin = $state<SelectionOrigin>('url');
	/** Bumped on every select, so that re-selecting the same incident flies to it again. */
	version = $state(0);

	constructor(initial: string | null = null) {
		this.id = initial;
	}

	select(id: string | null, origin: SelectionOrigin): void {
		this.id = id;
		this.origin = origin;
		this.version++;
	}
}
