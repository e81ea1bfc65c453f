/**
 * Where a document's pages live. The home page's document (the first by id) is served at the
 * root as well as under /d/<document>; its links use the root so they stay short.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { CORPUS_ID, splitCorpusId } from '$lib/graph/corpus-id';

/**
 * A document as links need it: its id, and whether it is the one the home page shows. For the
 * corpus (all documents in one graph, at /corpus), `homes` gives the document whose page stands
 * for each merged node (a speaker, organisation or topic that several documents share).
 */
export interface DocumentPlace {
	id: string;
	isDefault: boolean;
	homes?: Record<string, string>;
}

/**
 * The permalink page of a node: `/node/<id>` for the home page's document, else
 * `/d/<document>/node/<id>`. In the corpus a node's page is in its own document: a claim's id
 * (`<document>:<id>`) names it, a merged node's `home` does; a merged node with no home given is
 * shown selected in the corpus explorer.
 */
export function permalink(
	documentId: string,
	nodeId: string,
	isDefaultDocument: boolean,
	home?: string
): ResolvedPathname {
	if (documentId === CORPUS_ID) {
		const own = splitCorpusId(nodeId);
		const document = own.document ?? home;
		if (document === undefined) {
			return resolve(`/corpus?select=${encodeURIComponent(nodeId)}`);
		}
		return resolve('/d/[document]/node/[id]', { document, id: own.id });
	}
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
	if (place.id === CORPUS_ID) {
		const turn = splitCorpusId(turnNodeId);
		const sentence = splitCorpusId(sentenceId).id;
		return resolve(`/d/[document]/node/[id]#${sentence}`, {
			document: turn.document ?? CORPUS_ID,
			id: turn.id
		});
	}
	return place.isDefault
		? resolve(`/node/[id]#${sentenceId}`, { id: turnNodeId })
		: resolve(`/d/[document]/node/[id]#${sentenceId}`, { document: place.id, id: turnNodeId });
}

/** The explorer, with a node selected when one is given. */
export function explorerLink(place: DocumentPlace, nodeId?: string): ResolvedPathname {
	if (place.id === CORPUS_ID) {
		return nodeId === undefined
			? resolve('/corpus')
			: resolve(`/corpus?select=${encodeURIComponent(nodeId)}`);
	}
	if (nodeId === undefined) {
		return place.isDefault ? resolve('/') : resolve('/d/[document]', { document: place.id });
	}
	const select = encodeURIComponent(nodeId);
	return place.isDefault
		? resolve(`/?select=${select}`)
		: resolve(`/d/[document]?select=${select}`, { document: place.id });
}

/** The stance view of a document (or of the corpus, every document's speakers side by side). */
export function stanceLink(place: DocumentPlace): ResolvedPathname {
	if (place.id === CORPUS_ID) return resolve('/corpus/stance');
	return place.isDefault
		? resolve('/stance')
		: resolve('/d/[document]/stance', { document: place.id });
}
