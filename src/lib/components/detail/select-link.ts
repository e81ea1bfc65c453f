import type { Explorer } from '$lib/state/explorer.svelte';

/**
 * The attributes of a link that selects a node or an edge: its address is the page with that
 * element selected (for a new tab or a copied link), and a plain click selects it in place.
 */
export function selectLink(explorer: Explorer, id: string) {
	return {
		href: `?select=${encodeURIComponent(id)}`,
		onclick(event: MouseEvent) {
			// Modified and middle clicks keep their usual meaning (new tab, new window…).
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
				return;
			}
			event.preventDefault();
			explorer.select(id);
		}
	};
}
