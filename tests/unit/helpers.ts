import { readFileSync } from 'node:fs';
import { compileDocument, type CompileResult, type Graph } from '../../src/lib/graph';

export const INTERVIEW_ID = 'five-questions-on-new-infrastructure';
export const TRANSCRIPT_FILE = `graph-data/${INTERVIEW_ID}/transcript.txt`;
export const ANNOTATIONS_FILE = `graph-data/${INTERVIEW_ID}/annotations.yaml`;

/** The bundled interview's source text. */
export const transcript = readFileSync(TRANSCRIPT_FILE, 'utf8');

/** Compiles `annotations` against a transcript (the bundled interview unless given). */
export function compileWith(annotations: string, source = transcript): CompileResult {
	return compileDocument({
		id: INTERVIEW_ID,
		transcriptFile: TRANSCRIPT_FILE,
		transcript: source,
		annotationsFile: ANNOTATIONS_FILE,
		annotations
	});
}

/** `annotations` compiled against `source` (the bundled interview's) in the folder `id`. */
export function compileAs(id: string, annotations: string, source = transcript): CompileResult {
	return compileDocument({
		id,
		transcriptFile: `graph-data/${id}/transcript.txt`,
		transcript: source,
		annotationsFile: `graph-data/${id}/annotations.yaml`,
		annotations
	});
}

/** A test document of tests/fixtures/documents compiled from its folder (it must compile). */
export function compiledTestDocument(id: string): Graph {
	const folder = `tests/fixtures/documents/${id}`;
	const result = compileDocument({
		id,
		transcriptFile: `${folder}/transcript.txt`,
		transcript: readFileSync(`${folder}/transcript.txt`, 'utf8'),
		annotationsFile: `${folder}/annotations.yaml`,
		annotations: readFileSync(`${folder}/annotations.yaml`, 'utf8')
	});
	if (!result.graph) throw new Error(`${id} does not compile`);
	return result.graph;
}

/** An edge as the compiler names it (`<source>--<relation>--<target>`), for graphs written by hand. */
export const edgeOf = (
	source: string,
	relation: string,
	target: string,
	citations: string[] = []
) => ({ id: `${source}--${relation}--${target}`, source, target, relation, citations });

/** The bundled interview compiled from its real annotations: the golden fixture. */
export function compiledInterview(): Graph {
	const result = compileWith(readFileSync(ANNOTATIONS_FILE, 'utf8'));
	if (!result.ok) {
		throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
	}
	return result.graph;
}

/** Minimal valid annotations for the bundled interview; tests append to them. */
export const SPEAKERS_YAML = `document:
  language: en
speakers:
  - id: gong-haihan
    name: Gong Haihan
    aliases: [Zinc link]
    role: host
    organization: zinc-link
    introduced: 'Gong Haihan, the founder of Zinc Link'
  - id: xiang-lipeng
    name: Xiang Lipeng
    aliases: [Xiang Lipeng]
    role: guest
    introduced: 'Xiang Lipeng, the head of the Blockchain'
  - id: wang-qing
    name: Wang Qing
    aliases: [Wang Qing]
    role: guest
    introduced: 'Wang Qing, the chief engineer'
organizations:
  - id: zinc-link
    name: Zinc Link
    quote: 'the founder of Zinc Link'
`;
