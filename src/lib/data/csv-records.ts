import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import Papa from 'papaparse';

/**
 * A CSV file read as a stream, record by record, with the physical line each record starts on
 * (right even when quoted cells hold line breaks). Papaparse parses each chunk the file stream
 * gives; when the reader falls behind, the file stream is paused, so a 500 MB file is never held
 * in memory, only a few 64 KB chunks and the records parsed from them.
 */

export type CsvItem =
	/** The first record: the column names, trimmed and lowercased (ACLED once wrote them in capitals). */
	| { kind: 'header'; columns: string[] }
	/** A later record: its cells as written, the line it starts on, and any quoting error in it. */
	| { kind: 'record'; line: number; cells: string[]; errors: string[] };

/** Records parsed but not yet read at which the file stream is paused. */
const HIGH_WATER = 2000;
const CHUNK = 1 << 16;

/** Line breaks in a cell: CRLF, LF or CR each count once. */
export function lineBreaks(text: string): number {
	return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The file's line ending, from its first line (so that papaparse never guesses from a short first
 * chunk, and a CRLF file does not read as CR-separated).
 */
async function lineEnding(path: string): Promise<'\r\n' | '\n' | '\r'> {
	const file = await open(path, 'r');
	try {
		const { buffer, bytesRead } = await file.read(Buffer.alloc(CHUNK), 0, CHUNK, 0);
		const text = buffer.subarray(0, bytesRead).toString('utf8');
		const lf = text.indexOf('\n');
		if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
		if (lf >= 0) return '\n';
		return text.includes('\r') ? '\r' : '\n';
	} finally {
		await file.close();
	}
}

/** The records of a CSV file, header first. Throws when the file cannot be read. */
export async function* csvRecords(path: string): AsyncGenerator<CsvItem> {
	const newline = await lineEnding(path);
	const input = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK });
	const queue: CsvItem[] = [];
	let head = 0;
	let finished = false;
	let failure: Error | null = null;
	let wake: (() => void) | null = null;
	const notify = () => {
		wake?.();
		wake = null;
	};
	let line = 1;
	let headerSeen = false;

	Papa.parse(input, {
		header: false,
		delimiter: ',',
		quoteChar: '"',
		newline,
		skipEmptyLines: false,
		chunk(results: Papa.ParseResult<string[]>) {
			const errors = new Map<number, Set<string>>();
			// A chunk's errors may also describe its unfinished last line, parsed again with the next chunk.
			for (const e of results.errors)
				if (e.type === 'Quotes' && e.row !== undefined && e.row < results.data.length)
					errors.set(e.row, (errors.get(e.row) ?? new Set()).add(e.message));
			results.data.forEach((cells, i) => {
				const start = line;
				line += 1 + cells.reduce((n, cell) => n + lineBreaks(cell), 0);
				if (cells.length === 1 && cells[0]!.trim() === '') return; // an empty line
				if (!headerSeen) {
					headerSeen = true;
					queue.push({ kind: 'header', columns: cells.map((c) => c.replace(/^\uFEFF/, '').trim().toLowerCase()) });
				} else queue.push({ kind: 'record', line: start, cells, errors: [...(errors.get(i) ?? [])] });
			});
			if (queue.length - head > HIGH_WATER) input.pause();
			notify();
		},
		complete() {
			finished = true;
			notify();
		},
		error(error: Error) {
			failure = error;
			notify();
		}
	});

	try {
		for (;;) {
			if (head < queue.length) {
				const item = queue[head]!;
				queue[head++] = undefined as never;
				if (head === queue.length) {
					queue.length = head = 0;
					if (input.isPaused() && !finished) input.resume();
				}
				yield item;
				continue;
			}
			if (failure) throw failure;
			if (finished) return;
			await new Promise<void>((resolve) => (wake = resolve));
		}
	} finally {
		input.destroy();
	}
}
