import { pushState, replaceState } from '$app/navigation';
import type { ViewHistory } from './explorer.svelte';

/** The current page with another query string (and the same path and hash). */
function withSearch(search: string): string {
	return `${location.pathname}${search}${location.hash}`;
}

/**
 * The browser's history, through SvelteKit's shallow routing: the view changes, the page does
 * not reload, and back/forward fire `popstate` for the explorer to restore from.
 */
export const pageHistory: ViewHistory = {
	// The path is the current page's own, already resolved: only the query string changes.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	push: (search) => pushState(withSearch(search), {}),
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replace: (search) => replaceState(withSearch(search), {})
};
