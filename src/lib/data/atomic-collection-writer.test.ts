import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicCollectionWriter } from './atomic-collection-writer';

const dir = mkdtempSync(join(tmpdir(), 'atomic-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AtomicCollectionWriter', () => {
	it('writes a FeatureCollection, one feature per line, only when committed', async () => {
		const target = join(dir, 'out.geojson');
		const writer = new AtomicCollectionWriter(target);
		await writer.write({ type: 'Feature', id: 'a' });
		await writer.write({ type: 'Feature', id: 'b' });
		expect(existsSync(target)).toBe(false);
		await writer.commit();
		const text = readFileSync(target, 'utf8');
		expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a' }, { type: 'Feature', id: 'b' }] });
		expect(text.split('\n')).toHaveLength(5);
		expect(readdirSync(dir)).toEqual(['out.geojson']);
	});

	it('leaves an existing target as it was when aborted, and no temporary file behind', async () => {
		const target = join(dir, 'kept.geojson');
		writeFileSync(target, 'the old file');
		const writer = new AtomicCollectionWriter(target);
		await writer.write({ type: 'Feature', id: 'a' });
		await writer.abort();
		expect(readFileSync(target, 'utf8')).toBe('the old file');
		expect(existsSync(writer.tempPath)).toBe(false);
		expect(readdirSync(dir).filter((n) => n.includes('kept'))).toEqual(['kept.geojson']);
	});

	it('fails, naming the reason, when the target directory does not exist', async () => {
		const writer = new AtomicCollectionWriter(join(dir, 'no-such-dir', 'out.geojson'));
		await expect(writer.commit()).rejects.toThrow(/ENOENT/);
		await writer.abort();
	});

	it('writes many features under backpressure', async () => {
		const target = join(dir, 'many.geojson');
		const writer = new AtomicCollectionWriter(target);
		for (let i = 0; i < 20_000; i++) await writer.write({ id: i, text: 'x'.repeat(100) });
		await writer.commit();
		expect((JSON.parse(readFileSync(target, 'utf8')) as { features: unknown[] }).features).toHaveLength(20_000);
	});
});
