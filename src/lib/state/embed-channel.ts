import {
	embedMessage,
	originAllowed,
	parseHostCommand,
	type EmbedEvent,
	type HostCommand,
	type InvalidCommand
} from '../domain/embed-protocol';

/**
 * The embed's side of the `postMessage` protocol (see `domain/embed-protocol.ts`): post events to
 * the hosting page, and hand over host commands that come from the parent window and an allowed
 * origin: valid ones, and those of a known type refused for a bad field (to be acknowledged as
 * such). Outside an iframe it posts nothing.
 */
export class EmbedChannel {
	constructor(private readonly allowedOrigins: readonly string[]) {}

	get framed(): boolean {
		return window.parent !== window;
	}

	/**
	 * Events carry nothing private (incident ids, the camera), and an embed may be framed by any
	 * site, so they go to whichever page is the parent (`'*'`).
	 */
	post(event: EmbedEvent): void {
		if (this.framed) window.parent.postMessage(embedMessage(event), '*');
	}

	/** Listen for host commands; returns the function that stops listening. */
	listen(oncommand: (command: HostCommand | InvalidCommand) => void): () => void {
		const onmessage = (e: MessageEvent) => {
			if (!this.framed || e.source !== window.parent || !originAllowed(e.origin, this.allowedOrigins)) return;
			const command = parseHostCommand(e.data);
			if (command) oncommand(command);
		};
		window.addEventListener('message', onmessage);
		return () => window.removeEventListener('message', onmessage);
	}

	/** Post `resize` whenever `element`'s height changes; returns the function that stops observing. */
	observeHeight(element: HTMLElement): () => void {
		let last = -1;
		const observer = new ResizeObserver(() => {
			const height = Math.ceil(element.getBoundingClientRect().height);
			if (height !== last) this.post({ type: 'resize', height: (last = height) });
		});
		observer.observe(element);
		return () => observer.disconnect();
	}
}
