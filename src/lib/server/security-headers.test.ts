import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, ROUTE_ANNOUNCER_STYLE_HASH } from '../../../svelte.config.js';
import { addSources, applySecurityHeaders, basemapOrigins, SECURITY_HEADERS } from './security-headers';

const KIT_POLICY = "default-src 'self'; script-src 'self' 'nonce-abc'; connect-src 'self'; object-src 'none'";

const headersFor = (path: string, init: Record<string, string>, connectOrigins: string[] = [], frameAncestors: string[] = []) => {
	const h = new Headers(init);
	applySecurityHeaders(h, path, { frameAncestors, connectOrigins });
	return Object.fromEntries(h);
};

describe('security headers', () => {
	it('sets nosniff, a referrer policy and a permissions policy on every response', () => {
		const h = headersFor('/api/incidents', { 'content-type': 'application/geo+json' });
		expect(h['x-content-type-options']).toBe('nosniff');
		expect(h['referrer-policy']).toBe('same-origin');
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
			expect(h['permissions-policy']).toContain(`${feature}=()`);
		expect(h['permissions-policy']).not.toMatch(/fullscreen|clipboard/);
	});

	it('makes one policy of the page CSP and frame-ancestors, on every page', () => {
		expect(headersFor('/', { 'content-security-policy': KIT_POLICY })['content-security-policy']).toBe(
			`${KIT_POLICY}; frame-ancestors 'self'`
		);
		expect(headersFor('/embed', { 'content-security-policy': KIT_POLICY })['content-security-policy']).toBe(KIT_POLICY);
		expect(
			headersFor('/embed', { 'content-security-policy': KIT_POLICY }, [], ['https://news.example'])['content-security-policy']
		).toBe(`${KIT_POLICY}; frame-ancestors https://news.example`);
	});

	it("adds the remote basemap's origins to connect-src only", () => {
		const policy = headersFor('/embed', { 'content-security-policy': KIT_POLICY }, ['https://tiles.example', 'https://a.example'])[
			'content-security-policy'
		];
		expect(policy).toBe(
			"default-src 'self'; script-src 'self' 'nonce-abc'; connect-src 'self' https://tiles.example https://a.example; object-src 'none'"
		);
		// An endpoint's policy (frame-ancestors alone) gets no connect-src.
		expect(headersFor('/api/incidents', {}, ['https://tiles.example'])['content-security-policy']).toBe("frame-ancestors 'self'");
	});

	it('adds sources to one directive, once, and leaves a policy without it alone', () => {
		expect(addSources("connect-src 'self';", 'connect-src', ['https://a.example', "'self'"])).toBe(
			"connect-src 'self' https://a.example"
		);
		expect(addSources("img-src 'self'", 'connect-src', ['https://a.example'])).toBe("img-src 'self'");
		expect(addSources(KIT_POLICY, 'connect-src', [])).toBe(KIT_POLICY);
	});

	it('keeps headers a route set itself', () => {
		expect(headersFor('/x', { 'referrer-policy': 'no-referrer' })['referrer-policy']).toBe('no-referrer');
		expect(Object.keys(SECURITY_HEADERS)).toEqual(['x-content-type-options', 'referrer-policy', 'permissions-policy']);
	});
});

describe('basemap origins (PUBLIC_BASEMAP_STYLE, BASEMAP_ORIGINS)', () => {
	it('is nothing without a remote basemap, or with one on this site', () => {
		expect(basemapOrigins(undefined, undefined)).toEqual([]);
		expect(basemapOrigins('', '')).toEqual([]);
		expect(basemapOrigins('/styles/dark.json', undefined)).toEqual([]);
	});

	it("is the style's origin and the extra origins, each once", () => {
		expect(basemapOrigins('https://tiles.example/styles/liberty.json?key=1', undefined)).toEqual(['https://tiles.example']);
		expect(basemapOrigins('http://127.0.0.1:8123/style.json', 'https://cdn.example  http://127.0.0.1:8123')).toEqual([
			'http://127.0.0.1:8123',
			'https://cdn.example'
		]);
	});

	it('refuses a value that is not a URL or an origin, by name', () => {
		expect(() => basemapOrigins('javascript:alert(1)', undefined)).toThrow(/PUBLIC_BASEMAP_STYLE: "javascript:alert\(1\)" is neither/);
		expect(() => basemapOrigins('tiles.example/style.json', undefined)).toThrow(/PUBLIC_BASEMAP_STYLE/);
		expect(() => basemapOrigins(undefined, 'https://a.example; script-src *')).toThrow(/BASEMAP_ORIGINS: "script-src" is not an origin/);
		// The URL parser lets `;` into a host; written into the policy it would end the directive.
		expect(() => basemapOrigins(undefined, 'https://a.example;')).toThrow(/BASEMAP_ORIGINS: "https:\/\/a.example;" cannot be written/);
		expect(() => basemapOrigins('https://a.example%3B/style.json', undefined)).toThrow(/PUBLIC_BASEMAP_STYLE: "https:\/\/a.example;" cannot/);
	});
});

describe('the page CSP (kit.csp in svelte.config.js)', () => {
	const words = (directive: string) => (CSP_DIRECTIVES as Record<string, string[]>)[directive] ?? [];

	it("allows no inline or eval'd script, and no inline style but the route announcer's", () => {
		for (const directive of ['default-src', 'script-src', 'style-src', 'worker-src'])
			expect(words(directive).filter((w) => w === 'unsafe-inline' || w === 'unsafe-eval'), directive).toEqual([]);
		expect(words('script-src')).toEqual(['self']);
		expect(words('worker-src')).toEqual(['self']);
		expect(words('connect-src')).toEqual(['self']);
		expect(words('style-src')).toEqual(['self', 'unsafe-hashes', ROUTE_ANNOUNCER_STYLE_HASH]);
	});

	it("hashes the style attribute of the route announcer in this version of SvelteKit", () => {
		const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		const root = readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
		const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(root)?.[1];
		expect(style).toBeDefined();
		expect(`sha256-${createHash('sha256').update(style!).digest('base64')}`).toBe(ROUTE_ANNOUNCER_STYLE_HASH);
	});
});
