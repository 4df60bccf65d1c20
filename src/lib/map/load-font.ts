import { FONT } from './ids';

/**
 * Wait (briefly) for the self-hosted web font, so that MapLibre's local glyph rendering uses it
 * from the first frame rather than a fallback family. Browser only.
 */
export async function loadMapFont(timeoutMs = 3000): Promise<void> {
	const font = `16px "${FONT[0]!}"`;
	const sample = 'Kabul Herat Fergana 0123456789';
	// Loaded already (the page preloads it): no need to wait for a font-loading task.
	if (document.fonts.check(font, sample)) return;
	const load = document.fonts
		.load(font, sample)
		.then(() => undefined)
		.catch(() => undefined);
	await Promise.race([load, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
