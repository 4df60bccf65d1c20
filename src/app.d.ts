// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** Automation handle: the live map, set once the map has been created. */
		incidentMap?: Map;
	}
}

export {};
