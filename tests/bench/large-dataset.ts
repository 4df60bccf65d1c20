import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { startBuiltServer } from '../support/server';
import { writeSyntheticIncidents } from '../support/synthetic-incidents';
import { timeToIdle } from './map-load';

/**
 * The app serving 100,000 synthetic incidents (INCIDENTS_FILE): the size of the page and of what
 * it fetches, and navigation to the map's first `idle` (reported; no budget).
 */
export async function benchLargeDataset(n = 100_000, runs = 3) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
	const file = join(dir, 'incidents.geojson');
	writeSyntheticIncidents(file, n, 7);
	const server = await startBuiltServer({ INCIDENTS_FILE: file });
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const size = async (path: string) => {
			const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
			return (await response.arrayBuffer()).byteLength / 1024;
		};
		// The first answers wait for the files the server makes at start-up.
		const [digestsKb, pointsKb, pageKb] = [await size('/map-data/incidents.json'), await size('/map-data/points.json'), await size('/')];
		await timeToIdle(browser, server.url, false); // warm, untimed
		const idle: number[] = [];
		for (let i = 0; i < runs; i++) idle.push(await timeToIdle(browser, server.url, false));
		return { n, pageKb, digestsKb, pointsKb, idle, idleMedian: [...idle].sort((a, b) => a - b)[Math.floor(runs / 2)]! };
	} finally {
		await browser.close();
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
