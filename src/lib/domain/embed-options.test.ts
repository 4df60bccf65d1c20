import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, embedUrlFor, fullMapUrlFor, readEmbedOptions } from './embed-options';
import { embedCode } from './embed-code';

describe('readEmbedOptions', () => {
	it('takes the defaults when nothing is given', () => {
		expect(readEmbedOptions(new URLSearchParams())).toEqual(EMBED_DEFAULTS);
	});

	it('reads theme and the 0/1 flags, ignoring malformed values', () => {
		expect(readEmbedOptions(new URLSearchParams('theme=dark&legend=0&controls=1&list=1'))).toEqual({
			theme: 'dark',
			legend: false,
			controls: true,
			list: true
		});
		expect(readEmbedOptions(new URLSearchParams('theme=purple&legend=yes&list=true'))).toEqual(EMBED_DEFAULTS);
	});
});

describe('embedUrlFor and fullMapUrlFor', () => {
	it('carries the map state and hash to /embed, options only when not the default', () => {
		const page = new URL('https://map.example/?incident=a-b&near=69.1,34.5&radius_km=25&foo=1#here');
		expect(embedUrlFor(page).href).toBe('https://map.example/embed?incident=a-b&near=69.1%2C34.5&radius_km=25#here');
		expect(embedUrlFor(page, { theme: 'dark', legend: false, list: false }).href).toBe(
			'https://map.example/embed?incident=a-b&near=69.1%2C34.5&radius_km=25&theme=dark&legend=0#here'
		);
	});

	it('carries the filters and overlays too', () => {
		const page = new URL('https://map.example/?category=suicide-bomb,threat&q=Kabul&from=2022-08-01&overlays=&foo=1');
		expect(embedUrlFor(page).search).toBe('?from=2022-08-01&category=suicide-bomb%2Cthreat&q=Kabul&overlays=');
	});

	it('goes back to / with the same map state and no embed options', () => {
		const embed = new URL('https://map.example/embed?incident=a-b&theme=dark&legend=0&list=1&region=fergana-valley#x');
		expect(fullMapUrlFor(embed).href).toBe('https://map.example/?incident=a-b&region=fergana-valley#x');
	});
});

describe('embedCode', () => {
	it('writes one iframe with every required attribute, values escaped', () => {
		const html = embedCode({ src: 'https://map.example/embed?a=1&b="2"', title: 'A <map>', width: '100%', height: 480 });
		expect(html).toBe(
			'<iframe src="https://map.example/embed?a=1&amp;b=&quot;2&quot;" title="A &lt;map&gt;" width="100%" height="480" ' +
				'loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin" style="border:0" data-incident-map></iframe>'
		);
	});
});
