import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

/**
 * Writes a GeoJSON FeatureCollection feature by feature into a temporary file beside the target,
 * and only when told the whole file is written renames it over the target (a rename within one
 * directory is atomic). Until then, and whenever anything fails, the target is untouched: a
 * reader never sees half a file. One feature per line, so a large output is easy to inspect.
 */
export class AtomicCollectionWriter {
	readonly tempPath: string;
	#out: WriteStream;
	#count = 0;
	#failed: Error | null = null;

	constructor(readonly path: string) {
		this.tempPath = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
		// `wx`: never reuse a file that happens to exist.
		this.#out = createWriteStream(this.tempPath, { flags: 'wx', encoding: 'utf8' });
		this.#out.on('error', (e) => (this.#failed ??= e));
		this.#out.write('{"type":"FeatureCollection","features":[\n');
	}

	get count(): number {
		return this.#count;
	}

	/** Append a feature; resolves when the stream can take more (backpressure). */
	async write(feature: unknown): Promise<void> {
		this.#check();
		const ok = this.#out.write(`${this.#count === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
		this.#count++;
		if (!ok) await Promise.race([once(this.#out, 'drain'), once(this.#out, 'error')]);
		this.#check();
	}

	/** Finish the file, flush it to disk and move it over the target. */
	async commit(): Promise<void> {
		this.#check();
		this.#out.end('\n]}\n');
		await once(this.#out, 'close');
		this.#check();
		const file = await open(this.tempPath, 'r');
		try {
			await file.sync();
		} finally {
			await file.close();
		}
		await rename(this.tempPath, this.path);
	}

	/** Give up: close and delete the temporary file; the target stays as it was. */
	async abort(): Promise<void> {
		if (!this.#out.closed) {
			this.#out.destroy();
			await once(this.#out, 'close').catch(() => {});
		}
		await unlink(this.tempPath).catch(() => {});
	}

	#check(): void {
		if (this.#failed) throw this.#failed;
	}
}
