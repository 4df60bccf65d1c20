import type { IncidentFilter } from '../../domain/incident-query';
import type { TileAddress } from '../../domain/tile-address';
import { writeTileFilter } from '../../domain/write-tile-filter';
import type { TileSource } from './tile-source';

/**
 * A tile source whose recent tiles are kept (least recently used dropped first, bounded in
 * entries and bytes), so that readers asking for the same tiles — the low zooms everyone opens
 * at — cost one query between them. Like the API's answers (`response-cache.ts`), cleared when a
 * `data:load` changes the data; a tile still being made is shared, a failed one is not kept.
 */
export class CachedTileSource implements TileSource {
	readonly #tiles = new Map<string, Promise<Uint8Array>>();
	readonly #sizes = new Map<string, number>();
	#bytes = 0;

	constructor(
		private readonly source: TileSource,
		readonly maxEntries = 5000,
		readonly maxBytes = 64 * 1024 * 1024
	) {}

	get size(): number {
		return this.#tiles.size;
	}

	tile(address: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		const key = `${address.z}/${address.x}/${address.y}?${writeTileFilter(filter)}`;
		const kept = this.#tiles.get(key);
		if (kept) {
			this.#tiles.delete(key);
			this.#tiles.set(key, kept);
			return kept;
		}
		const made = this.source.tile(address, filter);
		this.#tiles.set(key, made);
		made.then(
			(body) => {
				if (this.#tiles.get(key) !== made) return;
				this.#sizes.set(key, body.byteLength);
				this.#bytes += body.byteLength;
				this.#trim();
			},
			() => this.#drop(key)
		);
		this.#trim();
		return made;
	}

	/** Forget every tile (the data changed: `data-changes.ts`). */
	clear(): void {
		this.#tiles.clear();
		this.#sizes.clear();
		this.#bytes = 0;
	}

	#trim(): void {
		for (const key of this.#tiles.keys()) {
			if (this.#tiles.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
			this.#drop(key);
		}
	}

	#drop(key: string): void {
		this.#tiles.delete(key);
		this.#bytes -= this.#sizes.get(key) ?? 0;
		this.#sizes.delete(key);
	}
}
