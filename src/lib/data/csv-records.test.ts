import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecords, lineBreaks, type CsvItem } from './csv-records';

const dir = mkdtempSync(join(tmpdir(), 'csv-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text, 'utf8');
	return path;
}

async function all(path: string, slow = false): Promise<CsvItem[]> {
	const items: CsvItem[] = [];
	for await (const item of csvRecords(path)) {
		items.push(item);
		if (slow && items.length % 500 === 0) await new Promise((r) => setTimeout(r, 1));
	}
	return items;
}

const records = (items: CsvItem[]) =>
	items.flatMap((i) => (i.kind === 'record' ? [{ line: i.line, cells: i.cells, errors: i.errors }] : []));

describe('csvRecords', () => {
	it('gives each record the physical line it starts on, across quoted line breaks and empty lines', async () => {
		const path = file('lines.csv', 'a,b\n1,"x\ny\nz"\n\n2,"q, ""r"""\n3,4\n');
		expect(records(await all(path))).toEqual([
			{ line: 2, cells: ['1', 'x\ny\nz'], errors: [] },
			{ line: 6, cells: ['2', 'q, "r"'], errors: [] },
			{ line: 7, cells: ['3', '4'], errors: [] }
		]);
	});

	it('reads CRLF files with a byte-order mark and a capitalised header', async () => {
		const path = file('crlf.csv', '\uFEFFEVENT_ID_CNTY, Notes \r\nAFG1,"one\r\ntwo"\r\nAFG2,three\r\n');
		const items = await all(path);
		expect(items[0]).toEqual({ kind: 'header', columns: ['event_id_cnty', 'notes'] });
		expect(records(items)).toEqual([
			{ line: 2, cells: ['AFG1', 'one\r\ntwo'], errors: [] },
			{ line: 4, cells: ['AFG2', 'three'], errors: [] }
		]);
	});

	it('keeps UTF-8 text in Dari, Pashto and Cyrillic whole, also where a chunk boundary splits a character', async () => {
		// 64 KB chunks: pad so that a multi-byte character straddles the first boundary.
		const pad = 'x'.repeat(65_535 - 'a,b\n1,'.length);
		const path = file('utf8.csv', `a,b\n1,${pad}کابل\n2,ننګرهار\n3,Душанбе\n`);
		const cells = records(await all(path)).map((r) => r.cells[1]);
		expect(cells).toEqual([`${pad}کابل`, 'ننګرهار', 'Душанбе']);
	});

	it('counts lines right when a quoted cell spans chunks, and reads many records in order when the reader is slow', async () => {
		const rows = ['id,text'];
		for (let i = 1; i <= 20_000; i++) rows.push(i % 997 === 0 ? `${i},"two\nlines, ${'w'.repeat(i % 50)}"` : `${i},plain ${i}`);
		const path = file('many.csv', rows.join('\n') + '\n');
		const got = records(await all(path, true));
		expect(got).toHaveLength(20_000);
		let line = 2;
		for (const [i, r] of got.entries()) {
			expect(r.cells[0]).toBe(String(i + 1));
			expect(r.line).toBe(line);
			line += 1 + lineBreaks(r.cells[1]!);
		}
	});

	it('counts lines right when a quoted cell with line breaks straddles the 64 KB chunk boundary', async () => {
		const head = 'a,b\n1,' + 'p'.repeat(65_520 - 'a,b\n1,'.length) + '\n';
		const path = file('straddle.csv', `${head}2,"one\ntwo\nthree\nfour, five"\n3,after\n`);
		expect(records(await all(path)).map((r) => [r.line, r.cells[0]])).toEqual([
			[2, '1'],
			[3, '2'],
			[7, '3']
		]);
	});

	it('reports broken quotes on the record they break, with its line', async () => {
		const path = file('quotes.csv', 'a,b\n1,ok\n2,"never closed\n3,x\n');
		expect(records(await all(path))).toEqual([
			{ line: 2, cells: ['1', 'ok'], errors: [] },
			{ line: 3, cells: ['2', 'never closed\n3,x\n'], errors: ['Quoted field unterminated'] }
		]);
	});

	it('throws when the file cannot be read', async () => {
		await expect(all(join(dir, 'missing.csv'))).rejects.toThrow(/ENOENT/);
	});
});
