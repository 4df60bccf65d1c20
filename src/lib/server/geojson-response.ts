/** A GeoJSON response (RFC 7946 media type), cacheable briefly with revalidation. */
export function geojson(body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		headers: {
			'content-type': 'application/geo+json',
			'cache-control': 'public, max-age=60, must-revalidate',
			...headers
		}
	});
}
