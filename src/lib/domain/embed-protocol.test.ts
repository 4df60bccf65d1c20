import { describe, expect, it } from 'vitest';
import { embedMessage, originAllowed, parseHostCommand, parseHostFilters, parseOriginList } from './embed-protocol';

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

	it('accepts setFilters, as the page’s own filter', () => {
		expect(parseHostCommand(cmd({ type: 'setFilters', filters: { category: ['suicide-bomb'], q: 'Kabul' } }))).toEqual({
			type: 'setFilters',
			filters: { categories: ['suicide-bomb'], text: 'Kabul' }
		});
		expect(parseHostCommand(cmd({ type: 'setFilters', filters: {} }))).toEqual({ type: 'setFilters', filters: {} });
	});

	it.each([
		['another source', { source: 'someone-else', version: 1, type: 'select', id: 'a' }],
		['another version', { source: 'incident-map-host', version: 2, type: 'select', id: 'a' }],
		['the embed’s own events', { source: 'incident-map', version: 1, type: 'select', id: 'a' }],
		['an unknown type', cmd({ type: 'remove' })],
		['a string', 'select'],
		['null', null]
	])('ignores %s', (_, data) => {
		expect(parseHostCommand(data)).toBeNull();
	});

	it.each([
		['a non-slug id', cmd({ type: 'select', id: '<img src=x>' }), 'select', 'id: '],
		['a numeric id', cmd({ type: 'select', id: 7 }), 'select', 'id: '],
		['swapped or out-of-range coordinates', cmd({ type: 'flyTo', center: [34.5, 190] }), 'flyTo', 'center: '],
		['a centre of strings', cmd({ type: 'flyTo', center: ['69', '34'] }), 'flyTo', 'center: '],
		['a centre with three numbers', cmd({ type: 'flyTo', center: [1, 2, 3] }), 'flyTo', 'center: '],
		['a NaN zoom', cmd({ type: 'flyTo', center: [69, 34], zoom: Number.NaN }), 'flyTo', 'zoom: '],
		['a zoom beyond 22', cmd({ type: 'flyTo', center: [69, 34], zoom: 40 }), 'flyTo', 'zoom: '],
		['filters that are not an object', cmd({ type: 'setFilters', filters: ['a'] }), 'setFilters', 'filters: '],
		['missing filters', cmd({ type: 'setFilters' }), 'setFilters', 'filters: ']
	])('refuses %s, naming the field', (_, data, command, field) => {
		const parsed = parseHostCommand(data);
		expect(parsed).toMatchObject({ type: 'invalid', command });
		expect(parsed && parsed.type === 'invalid' && parsed.reason.startsWith(field)).toBe(true);
	});
});

describe('parseHostFilters', () => {
	it('reads every filter under its URL name', () => {
		expect(
			parseHostFilters({
				category: ['suicide-bomb', 'threat'],
				country: 'afg',
				perpetrator: ['Islamic State Khorasan Province (ISKP)', 'unknown'],
				claim: ['claimed', 'none'],
				from: '2022-08-01',
				to: '2022-09-30',
				q: ' Hirat ',
				min_fatalities: 5
			})
		).toEqual({
			filter: {
				categories: ['suicide-bomb', 'threat'],
				countries: ['AFG'],
				perpetrators: ['Islamic State Khorasan Province (ISKP)', 'unknown'],
				claims: ['claimed', 'none'],
				from: '2022-08-01',
				to: '2022-09-30',
				text: 'Hirat',
				minFatalities: 5
			}
		});
	});

	it('takes an empty list as “none of them” and an empty search as no search', () => {
		expect(parseHostFilters({ category: [], country: [], q: '  ' })).toEqual({ filter: { categories: [], countries: [] } });
	});

	it.each([
		[{ colour: 'red' }, 'filters.colour: is not a filter'],
		[{ category: ['bogus'] }, 'filters.category: unknown category "bogus"'],
		[{ category: [7] }, 'filters.category: must be an array of non-empty strings'],
		[{ country: ['Afghanistan'] }, 'filters.country: must be comma-separated ISO 3166-1 alpha-3 codes'],
		[{ claim: ['maybe'] }, 'filters.claim: unknown claim status "maybe"'],
		[{ perpetrator: [''] }, 'filters.perpetrator: must be an array of non-empty strings'],
		[{ from: '2022-13-01' }, 'filters.from: must be a calendar date'],
		[{ from: 20220801 }, 'filters.from: must be a string'],
		[{ from: '2022-09-01', to: '2022-08-01' }, 'filters.to: must not be before from'],
		[{ q: 5 }, 'filters.q: must be a string'],
		[{ q: 'x'.repeat(201) }, 'filters.q: must be at most 200 characters'],
		[{ min_fatalities: -1 }, 'filters.min_fatalities: must be a whole number'],
		[{ min_fatalities: '5' }, 'filters.min_fatalities: must be a whole number']
	])('refuses %j, naming the field', (filters, problem) => {
		const parsed = parseHostFilters(filters);
		expect('problems' in parsed && parsed.problems.some((p) => p.startsWith(problem))).toBe(true);
	});

	it('names every bad field at once', () => {
		const parsed = parseHostFilters({ category: ['bogus'], min_fatalities: 1.5, shape: 'x' });
		expect('problems' in parsed && parsed.problems.map((p) => p.split(':')[0]).sort()).toEqual([
			'filters.category',
			'filters.min_fatalities',
			'filters.shape'
		]);
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
