import { describe, expect, it } from 'vitest';
import { parseTileAddress, tileBounds, tileLatitude } from './tile-address';

describe('parseTileAddress', () => {
	it('reads z/x/y within the pyramid', () => {
		expect(parseTileAddress('0', '0', '0')).toEqual({ z: 0, x: 0, y: 0 });
		expect(parseTileAddress('6', '44', '25')).toEqual({ z: 6, x: 44, y: 25 });
	});

	it('names each bad part and why', () => {
		const problems = (z: string, x: string, y: string) => {
			const r = parseTileAddress(z, x, y);
			return 'problems' in r ? r.problems.map((p) => p.parameter) : [];
		};
		expect(problems('21', '0', '0')).toEqual(['z']);
		expect(problems('-1', '0', '0')).toEqual(['z']);
		expect(problems('3', '8', '0')).toEqual(['x']);
		expect(problems('3', '0', '1.5')).toEqual(['y']);
		expect(problems('a', 'b', '0')).toEqual(['z', 'x']);
		const r = parseTileAddress('2', '4', '0');
		expect('problems' in r && r.problems[0]!.reason).toBe('must be from 0 to 3 at zoom 2 (got 4)');
	});
});

describe('tile geometry', () => {
	it('bounds the world at zoom 0 and a quarter of it at zoom 1', () => {
		const [w, s, e, n] = tileBounds({ z: 0, x: 0, y: 0 });
		expect([w, e]).toEqual([-180, 180]);
		expect(n).toBeCloseTo(85.0511, 4);
		expect(s).toBeCloseTo(-85.0511, 4);
		expect(tileBounds({ z: 1, x: 1, y: 0 }).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([0, 0, 180, 85.0511]);
	});

	it('places a latitude within a tile', () => {
		expect(tileLatitude({ z: 1, x: 0, y: 0 }, 4096)).toBeCloseTo(0, 9);
		expect(tileLatitude({ z: 3, x: 5, y: 3 }, 0)).toBeCloseTo(tileBounds({ z: 3, x: 5, y: 3 })[3], 9);
	});
});
