import { describe, expect, it } from 'vitest';
import { applyFramePolicy, frameAncestorsFor, parseFrameAncestors } from './frame-policy';

const headersFor = (path: string, ancestors: string[], init: Record<string, string> = {}) => {
	const h = new Headers(init);
	applyFramePolicy(h, path, ancestors);
	return Object.fromEntries(h);
};

describe('frame policy', () => {
	it('lets anyone frame /embed by default', () => {
		expect(frameAncestorsFor('/embed', [])).toBeNull();
		expect(headersFor('/embed', [])).toEqual({});
	});

	it('narrows /embed to FRAME_ANCESTORS when set', () => {
		expect(headersFor('/embed', ['https://a.example', "'self'"])).toEqual({
			'content-security-policy': "frame-ancestors https://a.example 'self'"
		});
	});

	it('refuses framing of every other page except by the app itself', () => {
		for (const path of ['/', '/incidents/x', '/oembed', '/embedded', '/embed/x'])
			expect(headersFor(path, ['https://a.example'])).toEqual({
				'content-security-policy': "frame-ancestors 'self'",
				'x-frame-options': 'SAMEORIGIN'
			});
	});

	it('adds frame-ancestors to an existing policy, and keeps one that already has it', () => {
		expect(headersFor('/', [], { 'content-security-policy': "script-src 'self';" })['content-security-policy']).toBe(
			"script-src 'self'; frame-ancestors 'self'"
		);
		expect(
			headersFor('/', [], { 'content-security-policy': "frame-ancestors 'none'; script-src 'self'" })['content-security-policy']
		).toBe("frame-ancestors 'none'; script-src 'self'");
	});

	it('parses FRAME_ANCESTORS and refuses a source that would break the policy', () => {
		expect(parseFrameAncestors(' https://a.example  https://*.b.example ')).toEqual(['https://a.example', 'https://*.b.example']);
		expect(parseFrameAncestors(undefined)).toEqual([]);
		expect(() => parseFrameAncestors("https://a.example;script-src *")).toThrow(/FRAME_ANCESTORS: "https:\/\/a.example;script-src" is not a CSP source/);
	});
});
