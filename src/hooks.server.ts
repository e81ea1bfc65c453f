/**
 * Puts the still picture of a document's graph (preview.ts) into its explorer page as the build
 * prerenders it, where DocumentShell left a place for it (`data-preview-of`): inline, so it is in
 * the page's first paint, with no request of its own and no copy of it in the page's data.
 */
import type { Handle } from '@sveltejs/kit';
import { previewHtml } from '$lib/cytoscape/preview';
import { documentIds, loadGraph } from './routes/documents.server';

const PLACE = /(<div\b[^>]*\bdata-preview-of="([^"]+)"[^>]*>)(<\/div>)/;

export const handle: Handle = async ({ event, resolve }) => {
	let html = '';
	return resolve(event, {
		// Chunks are joined first: the place may be split across two of them.
		async transformPageChunk({ html: chunk, done }) {
			html += chunk;
			if (!done) return undefined;
			const place = PLACE.exec(html);
			if (!place) return html;
			const id = place[2]!;
			// Only a document's own id is looked up (the attribute is the page's, but be strict).
			if (!documentIds.includes(id)) return html;
			const picture = previewHtml(await loadGraph(id));
			return picture
				? html.replace(PLACE, (_, open: string, __, close: string) => open + picture + close)
				: html;
		}
	});
};
