import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set: every level A and AA rule from WCAG 2.0, 2.1 and 2.2. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

declare global {
	interface Window {
		axe?: { run(context: Document, options: object): Promise<AxeResult> };
	}
}

/**
 * Run axe-core in the page (or frame) against WCAG 2.2 AA and return one readable line per
 * failing element (`rule: element — why`), so a failed assertion says what to fix.
 * The page's context must be opened with `bypassCSP: true`: axe is injected as a script tag.
 */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
	await page.addScriptTag({ path: AXE_PATH });
	const result = await page.evaluate(
		(tags) => window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
		WCAG_AA_TAGS
	);
	return result.violations.flatMap((v) =>
		v.nodes.map(
			(n) => `${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim()}`
		)
	);
}
