import { FONT } from './ids';

/**
 * Wait (briefly) for the self-hosted web font, so that MapLibre's local glyph rendering uses it
 * from the first frame rather than a fallback family. Browser only.
 */
export async function loadMapFont(timeoutMs = 3000): Promise<void> {
	const family = FONT[0]!;
	const load = document.fonts
		.load(`16px "${family}"`, 'Kabul Herat Fergana 0123456789')
		.then(() => undefined)
		.catch(() => undefined);
	await Promise.race([load, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
