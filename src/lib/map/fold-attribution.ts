/**
 * MapLibre opens its compact attribution over the foot of the map as soon as it has something to
 * say, and folds it on the first drag. On a narrow map (a phone's) that hides the scale and the
 * southern incidents until the reader happens to drag, so the first time it opens by itself it is
 * folded again, as a drag would fold it; its ⓘ button opens it. Returns the cleanup.
 */
export function foldAttribution(container: HTMLElement): () => void {
	const attribution = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
	if (!attribution) return () => {};
	const SHOWN = 'maplibregl-compact-show';
	const fold = () => {
		if (!attribution.classList.contains(SHOWN)) return false;
		attribution.classList.remove(SHOWN);
		return true;
	};
	if (fold()) return () => {};
	const observer = new MutationObserver(() => fold() && observer.disconnect());
	observer.observe(attribution, { attributes: true, attributeFilter: ['class'] });
	return () => observer.disconnect();
}
