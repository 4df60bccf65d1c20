import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run data:import -- …`, as a user runs it (the script is `tsx src/lib/data/import-cli.ts`). */
function dataImport(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'import-cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts tsx once or twice: seconds on a busy machine.
describe('npm run data:import', { timeout: 60_000 }, () => {
	it('writes the output, lists each bad row as file: line N: column: reason, and sums up', () => {
		const out = join(dir, 'gtd.geojson');
		const run = dataImport('--format', 'gtd', 'src/lib/data/fixtures/import/gtd.csv', '--out', out);
		expect(run.status).toBe(0);
		const lines = run.stdout.trim().split('\n');
		expect(lines[0]).toBe(
			'src/lib/data/fixtures/import/gtd.csv: line 7: specificity: 5: GTD could not identify a first-order region, so the coordinates are unknown'
		);
		expect(lines).toHaveLength(6);
		expect(lines[5]).toBe(`data:import: 9 rows read, 4 imported, 5 bad rows skipped (5 problems) → ${out}`);
		expect((JSON.parse(readFileSync(out, 'utf8')) as { features: unknown[] }).features).toHaveLength(4);
		const check = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'check-cli.ts'), out], { cwd: root, encoding: 'utf8' });
		expect(check.stdout).toContain('no problems');
		expect(check.status).toBe(0);
	});

	it('with --strict exits 1 at the first bad row and leaves an existing output untouched', () => {
		const out = join(dir, 'kept.geojson');
		writeFileSync(out, 'old');
		const run = dataImport('--format', 'ucdp', 'src/lib/data/fixtures/import/ucdp.csv', '--out', out, '--strict');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('ucdp.csv: line 6: where_prec: 7 (over water or in international airspace) cannot be placed in a country');
		expect(readFileSync(out, 'utf8')).toBe('old');
	});

	it('exits 2 with the usage on a bad command line, writing nothing', () => {
		const out = join(dir, 'never.geojson');
		const run = dataImport('--format', 'xls', 'x.csv', '--out', out);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('unknown --format "xls"');
		expect(run.stderr).toContain('usage: npm run data:import');
		expect(existsSync(out)).toBe(false);
	});
});
