import { describe, expect, it } from 'vitest';
import { DEFAULT_TILES_ABOVE, tilesAbove, withTiles } from './tile-mode';

describe('TILES_ABOVE', () => {
	it('defaults to 200,000 and reads a whole number', () => {
		expect(tilesAbove(undefined)).toBe(DEFAULT_TILES_ABOVE);
		expect(tilesAbove(' ')).toBe(200_000);
		expect(tilesAbove('0')).toBe(0);
		expect(tilesAbove('5000')).toBe(5000);
	});

	it('stops on anything else, naming the setting', () => {
		expect(() => tilesAbove('2e5')).toThrow('TILES_ABOVE: must be a whole number of incidents, 0 or more (got "2e5")');
		expect(() => tilesAbove('-1')).toThrow(/^TILES_ABOVE/);
	});

	it('gives a page the tiles only above the threshold', () => {
		expect(withTiles({ total: DEFAULT_TILES_ABOVE }).tiles).toBeNull();
		expect(withTiles({ total: DEFAULT_TILES_ABOVE + 1 }).tiles).toBe('/tiles/{z}/{x}/{y}.mvt');
	});
});
