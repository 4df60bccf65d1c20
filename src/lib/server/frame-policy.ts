/**
 * Who may frame which page. `/embed` is meant to be framed: by any site unless `FRAME_ANCESTORS`
 * (space-separated CSP sources) narrows it. Every other page may be framed only by the app itself.
 *
 * Written so it can live beside a full CSP (`kit.csp`): `frame-ancestors` is added to a policy the
 * response already carries, and left alone if that policy already says who may frame it.
 */
export const EMBED_PATH = '/embed';

/** Paths that answer with an embeddable page. */
export const isEmbedPath = (pathname: string) => pathname === EMBED_PATH || pathname === `${EMBED_PATH}/`;

const SOURCE = /^[^\s;,]+$/;

/** Parse `FRAME_ANCESTORS`; a source with `;` or `,` would break the policy, so it is refused by name. */
export function parseFrameAncestors(text: string | undefined): string[] {
	const sources = (text ?? '').split(/\s+/).filter(Boolean);
	const bad = sources.filter((s) => !SOURCE.test(s));
	if (bad.length) throw new Error(`FRAME_ANCESTORS: ${bad.map((s) => `"${s}"`).join(', ')} is not a CSP source expression`);
	return sources;
}

/** The `frame-ancestors` value for a path, or `null` for "anyone" (no restriction). */
export function frameAncestorsFor(pathname: string, embedAncestors: readonly string[]): string | null {
	if (!isEmbedPath(pathname)) return "'self'";
	return embedAncestors.length ? embedAncestors.join(' ') : null;
}

/** Add `frame-ancestors` to a response's headers (and `X-Frame-Options` where only the app may frame). */
export function applyFramePolicy(headers: Headers, pathname: string, embedAncestors: readonly string[]): void {
	const ancestors = frameAncestorsFor(pathname, embedAncestors);
	if (ancestors === "'self'") headers.set('x-frame-options', 'SAMEORIGIN');
	if (ancestors === null) return;
	const csp = headers.get('content-security-policy');
	if (!csp) headers.set('content-security-policy', `frame-ancestors ${ancestors}`);
	else if (!/(^|;)\s*frame-ancestors\s/i.test(csp))
		headers.set('content-security-policy', `${csp.replace(/;\s*$/, '')}; frame-ancestors ${ancestors}`);
}
