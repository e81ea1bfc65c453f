// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Core } from 'cytoscape';
import type { PlacedKeys } from '$lib/cytoscape/label-room';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	interface Window {
		/**
		 * The live Cytoscape instance, set by GraphCanvas while it is mounted: a handle for
		 * Playwright tests and the browser console (cytoscape.js's own tests do the same).
		 */
		cy?: Core;
		/** The claims' keys the canvas draws now (label-room.ts), likewise for tests. */
		claimKeys?: () => PlacedKeys | undefined;
	}
}

export {};
