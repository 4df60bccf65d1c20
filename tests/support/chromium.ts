import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Find a Chromium for the browser tests: `CHROMIUM_PATH`, else Debian's `chromium`. Where it is
 * missing and this is root with apt, install Debian's package; otherwise stop and say what to do.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function hasApt(): boolean {
	return executable('/usr/bin/apt-get');
}

export function findChromium(): string {
	const configured = process.env.CHROMIUM_PATH;
	if (configured) {
		if (executable(configured)) return configured;
		throw new Error(`CHROMIUM_PATH is set to "${configured}", which is not an executable file.`);
	}
	const found = CANDIDATES.find(executable);
	if (found) return found;
	if (process.getuid?.() === 0 && hasApt()) {
		console.log('[tests] Chromium is missing: installing Debian\'s "chromium" package with apt-get…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
		const installed = CANDIDATES.find(executable);
		if (installed) return installed;
	}
	throw new Error(
		'The browser tests need Chromium and none was found.\n' +
			'  Debian/Ubuntu: sudo apt-get install chromium\n' +
			'  Or point CHROMIUM_PATH at a Chromium or Chrome executable: CHROMIUM_PATH=/path/to/chromium npm test'
	);
}

/** Flags that make headless Chromium render WebGL2 through SwiftShader here, with no network chatter. */
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
