import { describe, expect, it } from 'vitest';
import type { OverlayFeature } from '../domain/overlay';
import { ringProblems } from './ring-problems';

const ccw: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const cw = [...ccw].reverse();
const smallCcw: [number, number][] = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.4], [0.2, 0.2]];

function overlay(geometry: OverlayFeature['geometry']): OverlayFeature {
	return {
		type: 'Feature',
		id: 'o',
		geometry,
		properties: {
			id: 'o',
			title: 't',
			description: 'd',
			kind: geometry.type.endsWith('Polygon') ? 'area' : 'line',
			status: 'existing',
			approximate: true,
			precision_note: 'n',
			sources: [{ publisher: 'p', title: 't', date: null, url: 'https://example.org', note: null }]
		}
	};
}

describe('ringProblems', () => {
	it('accepts a counter-clockwise exterior with a clockwise hole, and ignores lines', () => {
		const problems = ringProblems(
			[
				overlay({ type: 'Polygon', coordinates: [ccw, [...smallCcw].reverse()] }),
				overlay({ type: 'LineString', coordinates: cw })
			],
			'f'
		);
		expect(problems).toEqual([]);
	});

	it('names the ring of a counter-clockwise hole inside a MultiPolygon', () => {
		const problems = ringProblems(
			[overlay({ type: 'MultiPolygon', coordinates: [[ccw], [ccw, smallCcw]] })],
			'f'
		);
		expect(problems).toEqual([
			{
				file: 'f',
				feature: 'o',
				field: 'geometry.coordinates.1.1',
				reason: 'hole is counter-clockwise; RFC 7946 wants holes clockwise'
			}
		]);
	});

	it('judges the winding of an unclosed ring as if it were closed', () => {
		const unclosedCcw = ccw.slice(0, 4).concat([[0, 0.5]]);
		const reasons = ringProblems([overlay({ type: 'Polygon', coordinates: [unclosedCcw] })], 'f').map(
			(p) => p.reason
		);
		expect(reasons).toEqual([expect.stringContaining('ring is not closed')]);
	});
});
