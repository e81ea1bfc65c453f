/**
 * Where a document's pages live. The home page's document (the first by id) is served at the
 * root as well as under /d/<document>; its links use the root so they stay short.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** A document as links need it: its id, and whether it is the one the home page shows. */
export interface DocumentPlace {
	id: string;
	isDefault: boolean;
}

/**
 * The permalink page of a node: `/node/<id>` for the home page's document, else
 * `/d/<document>/node/<id>`.
 */
export function permalink(
	documentId: string,
	nodeId: string,
	isDefaultDocument: boolean
): ResolvedPathname {
	return isDefaultDocument
		? resolve('/node/[id]', { id: nodeId })
		: resolve('/d/[document]/node/[id]', { document: documentId, id: nodeId });
}

/** A sentence inside the permalink page of the question or answer it belongs to. */
export function sentenceLink(
	place: DocumentPlace,
	turnNodeId: string,
	sentenceId: string
): ResolvedPathname {
	return place.isDefault
		? resolve(`/node/[id]#${sentenceId}`, { id: turnNodeId })
		: resolve(`/d/[document]/node/[id]#${sentenceId}`, { document: place.id, id: turnNodeId });
}

/** The explorer, with a node selected when one is given. */
export function explorerLink(place: DocumentPlace, nodeId?: string): ResolvedPathname {
	if (nodeId === undefined) {
		return place.isDefault ? resolve('/') : resolve('/d/[document]', { document: place.id });
	}
	const select = encodeURIComponent(nodeId);
	return place.isDefault
		? resolve(`/?select=${select}`)
		: resolve(`/d/[document]?select=${select}`, { document: place.id });
}

/** The stance view of a document. */
export function stanceLink(place: DocumentPlace): ResolvedPathname {
	return place.isDefault
		? resolve('/stance')
		: resolve('/d/[document]/stance', { document: place.id });
}
