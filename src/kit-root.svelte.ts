import { hydrate, mount, type Component } from 'svelte';

type Props = Record<string, unknown>;

/** What SvelteKit's client does with its root: `new Root({ target, props, hydrate })`, then `$set`. */
interface RootOptions {
	target: Element;
	props: Props;
	hydrate?: boolean;
	context?: Map<unknown, unknown>;
	transformError?: (error: unknown) => unknown;
}

/**
 * SvelteKit's generated root (`.svelte-kit/generated/root.js`) wraps its component with
 * `asClassComponent` from `svelte/legacy`, which brings the Svelte 4 class API into the first load
 * for two calls. `vite.config.ts` makes the browser build use this instead: the same two calls
 * (Kit passes `sync: false`, so nothing is flushed here, and never destroys its root), the props
 * one `$state.raw` record that `$set` replaces (Kit sets them together on each navigation, so one
 * signal serves them all).
 */
export function kitRoot(Root: Component<Props>) {
	return class KitRoot {
		#props = $state.raw<Props>({});

		constructor(options: RootOptions) {
			this.#props = { ...options.props };
			// Kit's root reads its props by name (`$props()` destructured), never enumerates them.
			const props = new Proxy({} as Props, {
				get: (_, key) => this.#props[key as string],
				has: (_, key) => key in this.#props
			});
			const mountOptions = { target: options.target, props, context: options.context, transformError: options.transformError };
			if (options.hydrate) hydrate(Root, mountOptions);
			else mount(Root, mountOptions);
		}

		$set(next: Props): void {
			this.#props = { ...this.#props, ...next };
		}
	};
}
