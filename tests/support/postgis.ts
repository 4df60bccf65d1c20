import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

/**
 * A throwaway PostgreSQL + PostGIS cluster for the tests: Debian's PostgreSQL binaries
 * (`/usr/lib/postgresql/<major>/bin`) with the PostGIS extension. Where PostgreSQL or PostGIS is
 * missing and this is root with apt, Debian's packages are installed; otherwise the run stops and
 * says what to install. The cluster lives in a temporary folder, listens on a free loopback port,
 * trusts local connections, and is removed by `stop()`.
 */
const PG_ROOT = '/usr/lib/postgresql';
const DEFAULT_MAJOR = '15';

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function installedMajors(): string[] {
	if (!existsSync(PG_ROOT)) return [];
	return readdirSync(PG_ROOT)
		.filter((v) => executable(join(PG_ROOT, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
}

const hasPostgis = (major: string) => existsSync(`/usr/share/postgresql/${major}/extension/postgis.control`);

function aptInstall(packages: string[]): void {
	console.log(`[tests] installing Debian's ${packages.join(', ')} with apt-get…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/** The bin folder of a PostgreSQL that has PostGIS, installing Debian's packages where possible. */
export function findPostgis(): string {
	const major = installedMajors().find(hasPostgis);
	if (major) return join(PG_ROOT, major, 'bin');
	const canInstall = process.getuid?.() === 0 && executable('/usr/bin/apt-get');
	const wanted = installedMajors()[0] ?? DEFAULT_MAJOR;
	if (canInstall) {
		aptInstall([`postgresql-${wanted}`, `postgresql-${wanted}-postgis-3`]);
		if (hasPostgis(wanted) && executable(join(PG_ROOT, wanted, 'bin', 'postgres'))) return join(PG_ROOT, wanted, 'bin');
	}
	throw new Error(
		'The PostGIS store tests need PostgreSQL with the PostGIS extension, and none was found.\n' +
			`  Debian/Ubuntu: sudo apt-get install postgresql-${wanted} postgresql-${wanted}-postgis-3\n` +
			'  (the tests start a throwaway cluster of their own; no running server is needed)'
	);
}

export interface Cluster {
	/** Connection URL of the cluster's `postgres` database, as the superuser `postgres`. */
	url: string;
	stop(): void;
}

/** initdb into a temporary folder and start it on a free loopback port (as `postgres` when root). */
export async function startCluster(bin: string): Promise<Cluster> {
	const dir = mkdtempSync(join(tmpdir(), 'incident-map-pg-'));
	const data = join(dir, 'data');
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		// PostgreSQL refuses to run as root: the cluster belongs to the `postgres` OS user.
		const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
		const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
		if (ids.status !== 0) throw new Error('Running as root, the tests need the "postgres" OS user (Debian\'s postgresql package creates it).');
		chownSync(dir, Number(ids.stdout.trim()), Number(gid.stdout.trim()));
	}
	const run = (cmd: string, args: string[]) => {
		const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
		const r = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
		if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
	};
	const port = await freePort();
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
	const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			try {
				run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
