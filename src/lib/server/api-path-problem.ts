import { problem } from './problem';

/** Paths answered by the JSON API (and oEmbed), whose errors are `application/problem+json`. */
export const isApiPath = (pathname: string) => /^\/(api|oembed)(\/|$)/.test(pathname);

/**
 * The problem for an API path SvelteKit would otherwise answer with its HTML error page: a 400
 * when the path's percent-encoding is not UTF-8 (`/api/incidents/%E0%A4%A`), a 404 when no
 * endpoint matches it (`routeId` null: `/api/incidents//x`, `/api/nothing`). Null for any other
 * path, which its route answers.
 */
export function apiPathProblem(pathname: string, routeId: string | null): Response | null {
	if (!isApiPath(pathname)) return null;
	if (!decodes(pathname))
		return problem(400, 'Bad Request', 'The path is not valid percent-encoded UTF-8.', {
			invalid_params: [{ name: 'path', reason: 'is not valid percent-encoded UTF-8' }]
		});
	if (routeId === null) return problem(404, 'Not Found', `No endpoint answers at ${JSON.stringify(pathname)}.`, { path: pathname });
	return null;
}

function decodes(pathname: string): boolean {
	try {
		// The result is used: the bundler drops a bare `decodeURI(…)` statement as free of effects.
		return typeof decodeURI(pathname) === 'string';
	} catch {
		return false;
	}
}
