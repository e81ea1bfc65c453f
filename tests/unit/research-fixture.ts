/**
 * The test document (tests/fixtures/documents/harbour-power-roundtable) compiled, for the tests
 * of the research formats (GEXF, Web Annotation, REFI-QDA), and a Python that can read GEXF.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { compileDocument, type Graph } from '../../src/lib/graph';
import type { ImportedDocument } from '../../src/lib/graph/import-document';

export const HARBOUR_ID = 'harbour-power-roundtable';
export const HARBOUR_FOLDER = `tests/fixtures/documents/${HARBOUR_ID}`;
export const HARBOUR_TRANSCRIPT = readFileSync(`${HARBOUR_FOLDER}/transcript.txt`, 'utf8');
export const HARBOUR_ANNOTATIONS = readFileSync(`${HARBOUR_FOLDER}/annotations.yaml`, 'utf8');

/** The test document compiled from `annotations` (its own unless given). */
export function compileHarbour(annotations = HARBOUR_ANNOTATIONS): Graph {
	const result = compileDocument({
		id: HARBOUR_ID,
		transcriptFile: `${HARBOUR_FOLDER}/transcript.txt`,
		transcript: HARBOUR_TRANSCRIPT,
		annotationsFile: `${HARBOUR_FOLDER}/annotations.yaml`,
		annotations
	});
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.graph!;
}

/** An imported document as the browser keeps it, holding `graph` (the test document's unless given). */
export const storedDocument = (
	id: string,
	title = `Title of ${id}`,
	graph = compileHarbour()
): ImportedDocument => ({
	id,
	title,
	origin: `${id}.txt`,
	transcriptName: 'transcript.txt',
	transcript: `text of ${id}`,
	annotations: `annotations of ${id}`,
	graph,
	notes: []
});

let found: string | undefined;

/** A Python that can import networkx; throws (failing the test) when there is none. */
export function pythonWithNetworkx(): string {
	if (found) return found;
	for (const python of ['python3', '/usr/bin/python3']) {
		try {
			execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
			found = python;
			return python;
		} catch {
			// try the next one
		}
	}
	throw new Error(
		'No Python with networkx, which reads the GEXF file as Gephi users script it: ' +
			'apt-get install -y python3-networkx (bash .ci/run installs it)'
	);
}
