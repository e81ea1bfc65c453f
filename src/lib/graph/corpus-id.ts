/**
 * The corpus's id and the ids of a document's own nodes, turns and sentences inside it, with no
 * dependencies, so links in the page can use them without loading the merge (corpus.ts).
 */

/** The id the corpus goes by, in URLs and in its graph file; no document may take it. */
export const CORPUS_ID = 'corpus';

/** `<document>:<id>`, the id of a document's own node, turn, sentence or edge in a corpus. */
export function corpusId(document: string, id: string): string {
	return `${document}:${id}`;
}

/**
 * The document and the document's own id of a corpus id; `document` is null for a merged node,
 * whose id is the same in every document.
 */
export function splitCorpusId(id: string): { document: string | null; id: string } {
	const colon = id.indexOf(':');
	return colon < 0
		? { document: null, id }
		: { document: id.slice(0, colon), id: id.slice(colon + 1) };
}

/**
 * The title of the document a corpus's sentence or turn comes from, or null outside a corpus
 * (where every sentence is the one document's).
 */
export function documentTitle(
	graph: { documents?: { id: string; title: string }[] },
	document: string | undefined
): string | null {
	if (document === undefined) return null;
	return graph.documents?.find((d) => d.id === document)?.title ?? document;
}
