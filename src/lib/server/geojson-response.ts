/** The headers of a GeoJSON answer: RFC 7946's media type, cacheable briefly with revalidation. */
export const GEOJSON_HEADERS = {
	'content-type': 'application/geo+json',
	'cache-control': 'public, max-age=60, must-revalidate'
} as const;

/** A GeoJSON response. */
export function geojson(body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { headers: { ...GEOJSON_HEADERS, ...headers } });
}
