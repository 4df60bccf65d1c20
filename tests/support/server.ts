import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const srv = createServer();
		srv.once('error', fail);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
		});
	});
}

export interface RunningServer {
	url: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Start the built app (`node build`) on a free loopback port and wait until it answers (30 s by default). */
export async function startBuiltServer(env: Record<string, string> = {}, timeoutMs = 30_000): Promise<RunningServer> {
	const root = resolve(import.meta.dirname, '../..');
	if (!existsSync(resolve(root, 'build/index.js')))
		throw new Error('No build found: run `npm run build` first (`npm test` does it for you).');
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
		try {
			const res = await fetch(`${url}/favicon.svg`);
			if (res.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`The server did not answer within ${timeoutMs / 1000} s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	return {
		url,
		process: child,
		stop: () =>
			new Promise<void>((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}
