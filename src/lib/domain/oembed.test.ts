import { describe, expect, it } from 'vitest';
import { embedTargetFor, oembedSize, parseOEmbedRequest } from './oembed';

describe('oembedSize', () => {
	it('is 640 × 480 when the consumer sets no limit', () => {
		expect(oembedSize(null, null)).toEqual({ width: 640, height: 480 });
	});

	it('shrinks to maxwidth and maxheight', () => {
		expect(oembedSize(500, 300)).toEqual({ width: 500, height: 300 });
		expect(oembedSize(1000, 2000)).toEqual({ width: 640, height: 480 });
	});

	it('never exceeds a limit, even one below the usable minimum', () => {
		expect(oembedSize(120, 90)).toEqual({ width: 120, height: 90 });
	});
});

describe('parseOEmbedRequest', () => {
	it('reads url, limits and format (json by default)', () => {
		expect(parseOEmbedRequest(new URLSearchParams('url=https://m.example/&maxwidth=400'))).toEqual({
			request: { url: 'https://m.example/', maxwidth: 400, maxheight: null, format: 'json' }
		});
	});

	it('names a url longer than 2048 characters', () => {
		expect(parseOEmbedRequest(new URLSearchParams({ url: `https://m.example/?q=${'a'.repeat(2028)}` }))).toEqual({
			problems: [{ parameter: 'url', reason: 'must be at most 2048 characters (got 2049)' }]
		});
		expect('request' in parseOEmbedRequest(new URLSearchParams({ url: `https://m.example/?q=${'a'.repeat(2027)}` }))).toBe(true);
	});

	it('names a missing url and bad limits', () => {
		expect(parseOEmbedRequest(new URLSearchParams('maxwidth=-3&maxheight=abc'))).toEqual({
			problems: [
				{ parameter: 'url', reason: 'is required: the URL of the map page to embed' },
				{ parameter: 'maxwidth', reason: 'must be a positive whole number of pixels, got "-3"' },
				{ parameter: 'maxheight', reason: 'must be a positive whole number of pixels, got "abc"' }
			]
		});
	});
});

describe('embedTargetFor', () => {
	const origin = 'https://m.example';

	it('maps / with its map state to /embed', () => {
		expect(embedTargetFor('https://m.example/?region=fergana-valley&x=1', origin)?.href).toBe(
			'https://m.example/embed?region=fergana-valley'
		);
	});

	it('keeps an /embed URL as it is', () => {
		expect(embedTargetFor('https://m.example/embed?theme=dark', origin)?.href).toBe('https://m.example/embed?theme=dark');
	});

	it('maps an incident page to the embed selecting that incident', () => {
		expect(embedTargetFor('https://m.example/incidents/2022-09-05-kabul-russian-embassy-bombing', origin)?.href).toBe(
			'https://m.example/embed?incident=2022-09-05-kabul-russian-embassy-bombing'
		);
	});

	it('accepts the other scheme on the same host, keeping the one asked about', () => {
		expect(embedTargetFor('http://m.example/?region=fergana-valley', origin)?.href).toBe(
			'http://m.example/embed?region=fergana-valley'
		);
	});

	it.each([
		['a javascript: URL', 'javascript:alert(1)'],
		['another origin', 'https://evil.example/'],
		['another port', 'https://m.example:8443/'],
		['a page that is not a map', 'https://m.example/api/incidents'],
		['not a URL', 'not a url']
	])('refuses %s', (_, url) => {
		expect(embedTargetFor(url, origin)).toBeNull();
	});
});
