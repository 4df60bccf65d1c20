import { parseArgs } from 'node:util';
import { isCsvFormat } from '../domain/import-formats';
import { importFile, ImportError, type ImportFormatName } from './import-file';

/**
 * `npm run data:import -- --format acled|ucdp|gtd|geojson <file> --out <file> [--strict]`
 *
 * Converts a dataset file into the incident schema. Every bad row is printed as
 * `file: line N: column: reason`, then one summary line. Exits 0 when the output was written (bad
 * rows skipped), 1 when nothing was written (the output, if it exists, is untouched), 2 on a
 * usage error.
 */

const USAGE = 'usage: npm run data:import -- --format acled|ucdp|gtd|geojson <input> --out <output.geojson> [--strict]';

function localToday(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function usage(message: string): never {
	console.error(`data:import: ${message}\n${USAGE}`);
	process.exit(2);
}

function parse(): { format: ImportFormatName; input: string; output: string; strict: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			options: { format: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean', default: false } },
			allowPositionals: true
		});
	} catch (e) {
		usage((e as Error).message);
	}
	const { values, positionals } = parsed;
	const format = values.format;
	if (!format) usage('--format is required');
	if (format !== 'geojson' && !isCsvFormat(format)) usage(`unknown --format "${format}"`);
	if (positionals.length !== 1) usage(positionals.length ? `one input file, not ${positionals.length}` : 'the input file is missing');
	if (!values.out) usage('--out is required');
	return { format, input: positionals[0]!, output: values.out, strict: values.strict ?? false };
}

const options = parse();
let problems = 0;
try {
	const report = await importFile({
		...options,
		today: localToday(),
		onProblem: (p) => {
			problems++;
			console.log(`${options.input}: ${p.where}: ${p.column}: ${p.reason}`);
		}
	});
	const rows = options.format === 'geojson' ? 'features' : 'rows';
	console.log(
		`data:import: ${report.read} ${rows} read, ${report.imported} imported, ` +
			`${report.skipped} bad ${rows} skipped (${problems} problem${problems === 1 ? '' : 's'}) → ${options.output}`
	);
} catch (e) {
	console.error(`data:import: ${e instanceof ImportError ? e.message : String((e as Error).stack ?? e)}`);
	process.exitCode = 1;
}
