import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kNearest } from './k-nearest';
import { LocatedIndex } from './located-index';
import { arbitrary } from './located.arbitrary';
import { naive } from './naive-proximity';
import type { Located } from './proximity';

const at = (id: string, lon: number, u = 0): Located => ({ id, lon, lat: 0, uncertainty_km: u });

describe('kNearest', () => {
	// Along the equator: 1° ≈ 111.2 km.
	const items = [at('self', 0), at('one', 1, 5), at('two', 2, 200), at('three', 3, 30), at('far', 10, 40)];
	const index = new LocatedIndex(items);

	it('returns the k nearest, leaving out the excluded id', () => {
		expect(kNearest(index, [0, 0], 2, 'self').map((h) => h.id)).toEqual(['one', 'two']);
		expect(kNearest(index, [0, 0], 2).map((h) => h.id)).toEqual(['self', 'one']);
	});

	it('is certain when the whole circle lies within the k-th distance, possible otherwise', () => {
		const hits = kNearest(index, [0, 0], 3, 'self');
		// d_k ≈ 333.6 km: 'one' (111 + 5) and 'three' (333.6 + 30 > d_k) and 'two' (222 + 200 > d_k)
		expect(hits.map((h) => [h.id, h.proximity])).toEqual([
			['one', 'certain'],
			['two', 'possible'],
			['three', 'possible']
		]);
	});

	it('includes wide-uncertainty items by their recorded point', () => {
		expect(index.tierUncertaintiesKm).toEqual([0, 5, 40, 200]);
		expect(kNearest(index, [2, 0], 1).map((h) => h.id)).toEqual(['two']);
	});

	it('breaks distance ties by id, and returns fewer when fewer exist', () => {
		const ties = new LocatedIndex([at('c', 1), at('a', -1), at('b', 1)]);
		expect(kNearest(ties, [0, 0], 2).map((h) => h.id)).toEqual(['a', 'b']);
		expect(kNearest(ties, [0, 0], 50, 'b').map((h) => h.id)).toEqual(['a', 'c']);
		expect(kNearest(new LocatedIndex([]), [0, 0], 3)).toEqual([]);
	});

	it('refuses k < 1 or a fractional k, and a bad centre', () => {
		expect(() => kNearest(index, [0, 0], 0)).toThrow(/k must be/);
		expect(() => kNearest(index, [0, 0], 1.5)).toThrow(RangeError);
		expect(() => kNearest(index, [Number.NaN, 0], 1)).toThrow(/center longitude/);
	});

	it('equals the naive Turf scan (poles, antimeridian, wide uncertainty, ties, exclusion; k 1–50)', () => {
		fc.assert(
			fc.property(arbitrary.scene(), fc.integer({ min: 1, max: 50 }), fc.nat(), ({ items, center }, k, pick) => {
				const excludeId = items.length && pick % 2 ? items[pick % items.length]?.id : undefined;
				const index = new LocatedIndex(items);
				expect(kNearest(index, center, k, excludeId)).toEqual(naive.kNearest(items, center, k, excludeId));
			}),
			{ seed: 20240612, numRuns: 200 }
		);
	});
});
