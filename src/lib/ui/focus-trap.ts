/** What a keyboard can reach inside a container, in order. */
const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A Svelte action: Tab from the last control goes to the first, Shift+Tab from the first to the
 * last, so the keyboard stays inside a dialog (a native modal lets it out into the browser's
 * own toolbar instead).
 */
export function cycleTab(node: HTMLElement) {
	const onkeydown = (e: KeyboardEvent) => {
		if (e.key !== 'Tab') return;
		const all = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
		const first = all[0];
		const last = all[all.length - 1];
		if (!first || !last) return;
		if (e.shiftKey && document.activeElement === first) {
			e.preventDefault();
			last.focus();
		} else if (!e.shiftKey && document.activeElement === last) {
			e.preventDefault();
			first.focus();
		}
	};
	node.addEventListener('keydown', onkeydown);
	return { destroy: () => node.removeEventListener('keydown', onkeydown) };
}

/**
 * A Svelte action for a small non-modal dialog (the map's context menu): focus moves to its
 * first control, Tab and Shift+Tab cycle inside it, and when it goes away focus returns to
 * where it was before (unless the reader has already moved it elsewhere).
 */
export function focusTrap(node: HTMLElement) {
	const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	node.querySelector<HTMLElement>(FOCUSABLE)?.focus();
	const cycling = cycleTab(node);
	return {
		destroy() {
			cycling.destroy();
			const active = document.activeElement;
			const lost = !active || active === document.body || node.contains(active);
			if (lost && opener?.isConnected) opener.focus();
		}
	};
}
