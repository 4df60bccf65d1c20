import { describe, expect, it } from 'vitest';
import type { TileAddress } from '../../domain/tile-address';
import { CachedTileSource } from './cached-tile-source';
import type { TileSource } from './tile-source';

/** A source that counts what it is asked, answering `size` bytes (or failing, once, when told). */
function counting(size = 10) {
	const asked: string[] = [];
	let failNext = false;
	const source: TileSource = {
		async tile({ z, x, y }: TileAddress, filter) {
			asked.push(`${z}/${x}/${y} ${JSON.stringify(filter)}`);
			if (failNext) {
				failNext = false;
				throw new Error('database gone');
			}
			return new Uint8Array(size);
		}
	};
	return { source, asked, fail: () => (failNext = true) };
}

const at = (x: number): TileAddress => ({ z: 3, x, y: 2 });

describe('CachedTileSource', () => {
	it('asks once for the same tile and filter, however the filter is spelled, and again for another', async () => {
		const { source, asked } = counting();
		const cached = new CachedTileSource(source);
		await Promise.all([cached.tile(at(1), { categories: ['threat', 'attack'] }), cached.tile(at(1), { categories: ['attack', 'threat'] })]);
		await cached.tile(at(1), { categories: ['attack', 'threat'] });
		await cached.tile(at(1), {});
		expect(asked).toHaveLength(2);
	});

	it('drops the least recently used past its bounds, in entries and in bytes', async () => {
		const { source, asked } = counting(100);
		const cached = new CachedTileSource(source, 3, 250);
		for (const x of [0, 1, 2]) await cached.tile(at(x), {});
		expect(cached.size).toBe(2); // 300 bytes > 250: the oldest went
		await cached.tile(at(2), {});
		await cached.tile(at(0), {});
		expect(asked.map((a) => a.split(' ')[0])).toEqual(['3/0/2', '3/1/2', '3/2/2', '3/0/2']);
	});

	it('does not keep a failure', async () => {
		const { source, asked, fail } = counting();
		const cached = new CachedTileSource(source);
		fail();
		await expect(cached.tile(at(5), {})).rejects.toThrow('database gone');
		await cached.tile(at(5), {});
		expect(asked).toHaveLength(2);
		expect(cached.size).toBe(1);
	});
});
