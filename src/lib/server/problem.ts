import type { QueryProblem } from '../domain/incident-query';

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

/**
 * 400 for bad query parameters: `detail` names each parameter and why, and `invalid_params`
 * lists them as `{ name, reason }` (the RFC 9457 example's extension, spelled with an underscore).
 */
export function badRequest(problems: readonly QueryProblem[]): Response {
	const listed = problems.map((p) => `${p.parameter}: ${p.reason}`).join('; ');
	const detail = `${problems.length === 1 ? 'A query parameter is' : `${problems.length} query parameters are`} invalid. ${listed}.`;
	return problem(400, 'Bad Request', detail, {
		invalid_params: problems.map((p) => ({ name: p.parameter, reason: p.reason }))
	});
}
