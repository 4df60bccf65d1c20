import { parseOriginList } from '../domain/embed-protocol';
import { applyFramePolicy } from './frame-policy';

/**
 * The security headers of every response the app renders (pages, the API, oEmbed). The page's
 * Content-Security-Policy itself is Kit's (`kit.csp` in svelte.config.js, allowing its inline
 * script by hash); here it gets what only the running server knows: who may frame the page
 * (`frame-ancestors`, see frame-policy.ts) and the remote basemap's origins in `connect-src`.
 *
 * Static files (the built JS and CSS, fonts, `/embed.js`, the prerendered basemap) are served by
 * adapter-node's file server before any hook runs, so they carry none of these: set them at the
 * reverse proxy if they matter there (the README's Security section says how).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	// Nothing of a reader's path (which may name an incident or a place) goes to the sites of the
	// sources they open; same-origin requests keep it.
	'referrer-policy': 'same-origin',
	// No powerful feature is used; deny them, so that neither the app nor anything injected into
	// it can ask. Only features Chromium knows (an unknown one is a console error).
	'permissions-policy': [
		'accelerometer',
		'autoplay',
		'camera',
		'display-capture',
		'encrypted-media',
		'geolocation',
		'gyroscope',
		'hid',
		'magnetometer',
		'microphone',
		'midi',
		'payment',
		'publickey-credentials-get',
		'screen-wake-lock',
		'serial',
		'usb',
		'xr-spatial-tracking'
	]
		.map((feature) => `${feature}=()`)
		.join(', ')
};

export interface SecuritySettings {
	/** `FRAME_ANCESTORS`: who may frame `/embed` (empty: anyone). */
	frameAncestors: readonly string[];
	/** Origins beyond the app's own that the page may fetch from (the remote basemap's). */
	connectOrigins: readonly string[];
}

/**
 * The origins a remote basemap needs in `connect-src`: that of `PUBLIC_BASEMAP_STYLE` (nothing
 * when it is unset or a path on this site) and `BASEMAP_ORIGINS`, for styles whose tiles, sprites
 * or glyphs live elsewhere. A value that is neither is refused by name, at start-up.
 */
export function basemapOrigins(styleUrl: string | undefined, extra: string | undefined): string[] {
	const origins: string[] = [];
	const style = styleUrl?.trim();
	if (style && !style.startsWith('/')) {
		let url: URL | null = null;
		try {
			url = new URL(style);
		} catch {
			/* reported below */
		}
		if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
			throw new Error(`PUBLIC_BASEMAP_STYLE: "${style}" is neither an http(s) URL nor a path on this site`);
		if (!CSP_ORIGIN.test(url.origin)) throw new Error(`PUBLIC_BASEMAP_STYLE: "${url.origin}" cannot be written into a CSP`);
		origins.push(url.origin);
	}
	const parsed = parseOriginList(extra);
	if (parsed.problems.length) throw new Error(`BASEMAP_ORIGINS: ${parsed.problems.join('; ')}`);
	for (const origin of parsed.origins) {
		// The URL parser lets `;` and `,` into a host; in a policy they would end the directive.
		if (!CSP_ORIGIN.test(origin)) throw new Error(`BASEMAP_ORIGINS: "${origin}" cannot be written into a CSP`);
		if (!origins.includes(origin)) origins.push(origin);
	}
	return origins;
}

const CSP_ORIGIN = /^https?:\/\/[^\s;,'"]+$/;

/** Add sources to one directive of a policy, if the policy has that directive. */
export function addSources(policy: string, directive: string, sources: readonly string[]): string {
	if (!sources.length) return policy;
	return policy
		.split(';')
		.map((part) => {
			const [name, ...values] = part.trim().split(/\s+/);
			if (name?.toLowerCase() !== directive) return part.trim();
			return [name, ...values, ...sources.filter((s) => !values.includes(s))].join(' ');
		})
		.filter(Boolean)
		.join('; ');
}

/** Set every security header on a response's headers, for the page (or endpoint) at `pathname`. */
export function applySecurityHeaders(headers: Headers, pathname: string, settings: SecuritySettings): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
	const csp = headers.get('content-security-policy');
	if (csp) headers.set('content-security-policy', addSources(csp, 'connect-src', settings.connectOrigins));
	applyFramePolicy(headers, pathname, settings.frameAncestors);
}
