/** Permalink pages' data on the server; in the browser, a 404 (vite.config.ts). */
declare module 'virtual:citegraph/permalinks' {
	type Server = typeof import('./routes/permalinks.server');
	export const documentNodeEntries: Server['documentNodeEntries'];
	export const homeNodeEntries: Server['homeNodeEntries'];
	export const nodePermalink: Server['nodePermalink'];
}
