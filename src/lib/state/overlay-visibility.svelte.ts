/** Which overlays are drawn. The set is replaced, never changed in place, so readers react. */
export class OverlayVisibility {
	visible = $state.raw<ReadonlySet<string>>(new Set());

	constructor(initial: Iterable<string>) {
		this.visible = new Set(initial);
	}

	toggle(id: string, on: boolean): void {
		if (this.visible.has(id) === on) return;
		const next = new Set(this.visible);
		if (on) next.add(id);
		else next.delete(id);
		this.visible = next;
	}
}
