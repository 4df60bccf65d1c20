/**
 * Talking to the app's own API when it may fail for a while (a restart, a proxy timing out):
 * failures a reader can wait out are tried again with growing pauses; the rest are said at once.
 */

/** A failed request, in words a reader can act on; `retryable` when waiting may help. */
export class FetchFailure extends Error {
	constructor(
		message: string,
		readonly retryable: boolean
	) {
		super(message);
		this.name = 'FetchFailure';
	}
}

/** The pauses before each new attempt: 1 s, 2 s, then 4 s; then the reader is asked to retry. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000];

/**
 * `fetch` that answers only with a successful response. The network failing, a 5xx or a 429 is a
 * retryable FetchFailure; any other status is a final one whose message is the problem's `detail`.
 */
export async function fetchOk(url: string, fetcher: typeof fetch = fetch): Promise<Response> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new FetchFailure('The server could not be reached.', true);
	}
	if (response.ok) return response;
	const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
	const retryable = response.status >= 500 || response.status === 429;
	throw new FetchFailure(problem?.detail ?? `The server answered ${response.status}.`, retryable);
}

/**
 * Run `attempt` until it succeeds. After a retryable failure, `wait(ms, failure)` is awaited
 * before the next attempt (it may end early, or throw to give up); after a final failure, or
 * when the delays are used up, the failure is thrown.
 */
export async function withRetry<T>(
	attempt: () => Promise<T>,
	wait: (ms: number, failure: FetchFailure) => Promise<void>,
	delays: readonly number[] = RETRY_DELAYS_MS
): Promise<T> {
	for (let i = 0; ; i++) {
		try {
			return await attempt();
		} catch (e) {
			const failure = e instanceof FetchFailure ? e : new FetchFailure(e instanceof Error ? e.message : String(e), false);
			if (!failure.retryable || i >= delays.length) throw failure;
			await wait(delays[i]!, failure);
		}
	}
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
