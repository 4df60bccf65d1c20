import { SvelteSet } from 'svelte/reactivity';

/** Which overlays are drawn. */
export class OverlayVisibility {
	readonly visible: SvelteSet<string>;

	constructor(initial: Iterable<string>) {
		this.visible = new SvelteSet(initial);
	}

	toggle(id: string, on: boolean): void {
		if (on) this.visible.add(id);
		else this.visible.delete(id);
	}
}
