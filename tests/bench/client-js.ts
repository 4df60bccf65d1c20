import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { FIRST_IDLE_MARK } from './map-load';

/**
 * The client JavaScript of `/`, gzip -9: what the page loads before the map's first `idle` (the
 * budget), split into MapLibre's own and the app's; and the app's panels fetched only when a reader
 * opens them (share dialog, filters, answers, timeline...), found through Vite's manifest.
 */

const CLIENT = resolve(import.meta.dirname, '../../.svelte-kit/output/client');

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}

const gzipKb = (body: Buffer) => gzipSync(body, { level: 9 }).length / 1024;
// MapLibre's own chunk carries its GLSL shaders (uniform names survive minification).
const isMapLibre = (path: string, text: string) => path.includes('maplibre-gl-worker') || text.includes('u_matrix');

export async function benchClientJs(baseUrl: string) {
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	let loaded: string[];
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(baseUrl);
		await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_IDLE_MARK, { timeout: 60_000 });
		loaded = await page.evaluate((mark) => {
			const idle = performance.getEntriesByName(mark)[0]!.startTime;
			return performance
				.getEntriesByType('resource')
				.filter((r) => r.startTime < idle && /\.m?js$/.test(new URL(r.name).pathname))
				.map((r) => new URL(r.name).pathname);
		}, FIRST_IDLE_MARK);
	} finally {
		await browser.close();
	}

	const scripts = await Promise.all(
		[...new Set(loaded)].map(async (path) => {
			const body = Buffer.from(await (await fetch(new URL(path, baseUrl))).arrayBuffer());
			return { path, kb: gzipKb(body), maplibre: isMapLibre(path, body.toString('utf8')) };
		})
	);

	// Chunks reachable through dynamic `import()` from what loaded, other routes' pages excepted.
	const manifest = JSON.parse(await readFile(resolve(CLIENT, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
	const byFile = new Map(Object.values(manifest).map((c) => [`/${c.file}`, c]));
	const seen = new Set(scripts.map((s) => s.path));
	const onDemand: { path: string; kb: number }[] = [];
	const visit = (key: string, lazy: boolean) => {
		const chunk = manifest[key];
		if (!chunk || key.includes('generated/client-optimized/nodes/')) return;
		const path = `/${chunk.file}`;
		if (seen.has(path) && lazy) return;
		if (lazy) seen.add(path);
		for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(k, true);
	};
	for (const s of scripts) {
		const chunk = byFile.get(s.path);
		for (const k of chunk?.dynamicImports ?? []) visit(k, true);
	}
	for (const path of seen) {
		if (scripts.some((s) => s.path === path)) continue;
		onDemand.push({ path, kb: gzipKb(await readFile(resolve(CLIENT, path.slice(1)))) });
	}
	const sum = (xs: { kb: number }[]) => xs.reduce((a, s) => a + s.kb, 0);
	return {
		scripts,
		appKb: sum(scripts.filter((s) => !s.maplibre)),
		maplibreKb: sum(scripts.filter((s) => s.maplibre)),
		onDemand,
		onDemandKb: sum(onDemand)
	};
}
