import type { StyleSpecification } from 'maplibre-gl';

/**
 * Fetch an optional remote basemap style, giving up after `timeoutMs`. Returns null (and the
 * reason) when it cannot be had, so that the caller falls back to the offline basemap.
 */
export async function fetchRemoteStyle(
	url: string,
	timeoutMs = 5000
): Promise<{ style: StyleSpecification } | { style: null; reason: string }> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetch(url, { signal: controller.signal });
		if (!response.ok) return { style: null, reason: `it answered HTTP ${response.status}` };
		const style = (await response.json()) as StyleSpecification;
		if (style?.version !== 8 || !Array.isArray(style.layers))
			return { style: null, reason: 'it is not a MapLibre style' };
		return { style };
	} catch (e) {
		return {
			style: null,
			reason: controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : String(e)
		};
	} finally {
		clearTimeout(timer);
	}
}
