/**
 * The text of a polite live region that says result counts once the reader pauses, so that a
 * screen reader hears "7 of 13 incidents." after a change, not once per keystroke, map frame or
 * player step.
 *
 * Each topic (the counts, the answer to a spatial question) is updated whenever it may have
 * changed; after `delayMs` without updates the topics whose text differs from what was last
 * said are said together, in the order the topics were first seen. A topic's first text is what
 * the page already shows when it opens, so it is not said; an empty text says nothing.
 */
export class Announcer {
	message = $state('');
	readonly #said = new Map<string, string>();
	readonly #pending = new Map<string, string>();
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly delayMs = 1200) {}

	update(topic: string, text: string): void {
		if (!this.#said.has(topic)) {
			this.#said.set(topic, text);
			return;
		}
		if (this.#said.get(topic) === text) this.#pending.delete(topic);
		else this.#pending.set(topic, text);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), this.delayMs);
	}

	/** Say what changed now (the timer calls this). */
	flush(): void {
		clearTimeout(this.#timer);
		const changed = [...this.#said.keys()].filter((t) => this.#pending.has(t));
		if (!changed.length) return;
		const parts = changed.map((t) => this.#pending.get(t)!).filter(Boolean);
		for (const t of changed) this.#said.set(t, this.#pending.get(t)!);
		this.#pending.clear();
		if (parts.length) this.message = parts.join(' ');
	}

	stop(): void {
		clearTimeout(this.#timer);
	}
}
