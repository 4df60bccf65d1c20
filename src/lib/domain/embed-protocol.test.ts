import { describe, expect, it } from 'vitest';
import { embedMessage, originAllowed, parseHostCommand, parseOriginList } from './embed-protocol';

const cmd = (fields: Record<string, unknown>) => ({ source: 'incident-map-host', version: 1, ...fields });

describe('embedMessage', () => {
	it('stamps source and version on an event', () => {
		expect(embedMessage({ type: 'resize', height: 512 })).toEqual({
			source: 'incident-map',
			version: 1,
			type: 'resize',
			height: 512
		});
	});
});

describe('parseHostCommand', () => {
	it('accepts select with a slug id, or null to close', () => {
		expect(parseHostCommand(cmd({ type: 'select', id: '2022-09-05-kabul-russian-embassy-bombing' }))).toEqual({
			type: 'select',
			id: '2022-09-05-kabul-russian-embassy-bombing'
		});
		expect(parseHostCommand(cmd({ type: 'select', id: null }))).toEqual({ type: 'select', id: null });
	});

	it('accepts flyTo with [lon, lat] and an optional zoom', () => {
		expect(parseHostCommand(cmd({ type: 'flyTo', center: [69.17, 34.53], zoom: 9 }))).toEqual({
			type: 'flyTo',
			center: [69.17, 34.53],
			zoom: 9
		});
		expect(parseHostCommand(cmd({ type: 'flyTo', center: [69.17, 34.53] }))).toEqual({ type: 'flyTo', center: [69.17, 34.53] });
	});

	it('accepts setFilters with an object, copying it', () => {
		const filters = { category: ['suicide-bomb'] };
		const parsed = parseHostCommand(cmd({ type: 'setFilters', filters }));
		expect(parsed).toEqual({ type: 'setFilters', filters });
		expect(parsed && parsed.type === 'setFilters' && parsed.filters).not.toBe(filters);
	});

	it.each([
		['another source', { source: 'someone-else', version: 1, type: 'select', id: 'a' }],
		['another version', { source: 'incident-map-host', version: 2, type: 'select', id: 'a' }],
		['the embed’s own events', { source: 'incident-map', version: 1, type: 'select', id: 'a' }],
		['an unknown type', cmd({ type: 'remove' })],
		['a non-slug id', cmd({ type: 'select', id: '<img src=x>' })],
		['a numeric id', cmd({ type: 'select', id: 7 })],
		['swapped or out-of-range coordinates', cmd({ type: 'flyTo', center: [34.5, 190] })],
		['a centre of strings', cmd({ type: 'flyTo', center: ['69', '34'] })],
		['a centre with three numbers', cmd({ type: 'flyTo', center: [1, 2, 3] })],
		['a NaN zoom', cmd({ type: 'flyTo', center: [69, 34], zoom: Number.NaN })],
		['a zoom beyond 22', cmd({ type: 'flyTo', center: [69, 34], zoom: 40 })],
		['filters that are not an object', cmd({ type: 'setFilters', filters: ['a'] })],
		['a string', 'select'],
		['null', null]
	])('ignores %s', (_, data) => {
		expect(parseHostCommand(data)).toBeNull();
	});
});

describe('parseOriginList', () => {
	it('reads space-separated origins and names each bad entry', () => {
		expect(parseOriginList('https://a.example  http://localhost:8080/\nhttps://b.example/path ftp://c.example nonsense')).toEqual({
			origins: ['https://a.example', 'http://localhost:8080'],
			problems: [
				'"https://b.example/path" is not an origin (scheme://host[:port], http or https, no path)',
				'"ftp://c.example" is not an origin (scheme://host[:port], http or https, no path)',
				'"nonsense" is not an origin (scheme://host[:port], http or https, no path)'
			]
		});
	});

	it('is empty when unset', () => {
		expect(parseOriginList(undefined)).toEqual({ origins: [], problems: [] });
	});
});

describe('originAllowed', () => {
	it('allows only listed origins, exactly, and never the opaque "null" origin', () => {
		const allowed = ['http://localhost:8080'];
		expect(originAllowed('http://localhost:8080', allowed)).toBe(true);
		expect(originAllowed('http://localhost:8081', allowed)).toBe(false);
		expect(originAllowed('http://127.0.0.1:8080', allowed)).toBe(false);
		expect(originAllowed('null', ['null'])).toBe(false);
		expect(originAllowed('http://localhost:8080', [])).toBe(false);
	});
});
