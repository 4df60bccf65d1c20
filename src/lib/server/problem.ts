/**
 * An RFC 9457 problem details response (`application/problem+json`).
 */
export function problem(
	status: number,
	title: string,
	detail: string,
	extra: Record<string, unknown> = {}
): Response {
	return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), {
		status,
		headers: { 'content-type': 'application/problem+json' }
	});
}

export const notFound = (what: string, id: string) =>
	problem(404, 'Not Found', `No ${what} has the id "${id}".`, { id });
