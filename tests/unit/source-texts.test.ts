/**
 * Which transcript a citation points into (source-texts.ts): one document's, or in a corpus the
 * document's its words come from. On the two harbour test documents, by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDocument, type Graph } from '../../src/lib/graph';
import { mergeGraphs } from '../../src/lib/graph/corpus';
import { SourceTexts } from '../../src/lib/graph/source-texts';

const ROUNDTABLE = 'harbour-power-roundtable';
const FOLLOW_UP = 'harbour-wind-follow-up';
const text = (id: string) => readFileSync(`tests/fixtures/documents/${id}/transcript.txt`, 'utf8');
function compiled(id: string): Graph {
	const folder = `tests/fixtures/documents/${id}`;
	return compileDocument({
		id,
		transcriptFile: `${folder}/transcript.txt`,
		transcript: text(id),
		annotationsFile: `${folder}/annotations.yaml`,
		annotations: readFileSync(`${folder}/annotations.yaml`, 'utf8')
	}).graph!;
}
const roundtable = compiled(ROUNDTABLE);
const corpus = mergeGraphs([roundtable, compiled(FOLLOW_UP)]).graph;
const transcripts = { [ROUNDTABLE]: text(ROUNDTABLE), [FOLLOW_UP]: text(FOLLOW_UP) };

describe('SourceTexts', () => {
	it('a document has its one transcript, given as `transcript` or under its id', () => {
		const given = new SourceTexts(roundtable, { transcript: 'the text' }, 'X');
		expect(given.corpus).toBe(false);
		expect(given.sources.map((s) => [s.document, s.text])).toEqual([[ROUNDTABLE, 'the text']]);
		const byId = new SourceTexts(roundtable, { transcripts }, 'X');
		expect(byId.sources[0]!.text).toBe(text(ROUNDTABLE));
		// Every sentence and claim of a document points into it.
		expect(byId.ofSentence({ document: undefined }).document).toBe(ROUNDTABLE);
		expect(byId.ofClaim('alvarez-shore-power-first').document).toBe(ROUNDTABLE);
	});

	it('a corpus has one per document, in its order, and a citation points into its own', () => {
		const texts = new SourceTexts(corpus, { transcripts }, 'X');
		expect(texts.corpus).toBe(true);
		expect(texts.sources.map((s) => s.document)).toEqual([ROUNDTABLE, FOLLOW_UP]);
		expect(texts.sources.map((s) => s.title)).toEqual(corpus.documents!.map((d) => d.title));
		expect(texts.ofClaim(`${FOLLOW_UP}:shah-wind-not-enough-in-winter`).text).toBe(text(FOLLOW_UP));
		expect(texts.ofSentence({ document: ROUNDTABLE }).text).toBe(text(ROUNDTABLE));
		expect(() => texts.of('elsewhere')).toThrow('no transcript for document "elsewhere"');
	});

	it('a corpus without one of its transcripts is refused, naming that document', () => {
		const only = { [FOLLOW_UP]: text(FOLLOW_UP) };
		expect(() => new SourceTexts(corpus, { transcripts: only }, 'REFI-QDA export')).toThrow(
			`REFI-QDA export needs the transcript of "${roundtable.document.title}" (${ROUNDTABLE}), which its positions index`
		);
		// A single `transcript` does not stand in for a corpus's.
		expect(() => new SourceTexts(corpus, { transcript: 'x' }, 'X')).toThrow(/needs the transcript/);
		expect(() => new SourceTexts(roundtable, {}, 'Web Annotation export')).toThrow(
			'Web Annotation export needs the transcript text its positions index'
		);
	});

	it('counts a pair of surrogates as one code point, at the ends of their ranges too', () => {
		// U+10000 (D800 DC00) and U+10FFFF (DBFF DFFF): the first and last of the astral planes.
		const text = 'a\u{10000}b\u{10FFFF}c';
		const [source] = new SourceTexts(roundtable, { transcript: text }, 'X').sources;
		const units = [0, 1, 3, 4, 6, 7];
		expect(units.map(source!.codePoint)).toEqual(units.map((u) => [...text.slice(0, u)].length));
		expect(source!.codePoint(text.length)).toBe([...text].length);
	});

	it('counts a lone surrogate as a code point of its own', () => {
		// A low surrogate with no high one before it, and high ones with none after them.
		const text = 'a\uDC00b\uD800c\uD800';
		const [source] = new SourceTexts(roundtable, { transcript: text }, 'X').sources;
		expect([1, 2, 3, 4, 5, 6].map(source!.codePoint)).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...text]).toHaveLength(6);
	});

	it('counts positions in code points', () => {
		const [source] = new SourceTexts(roundtable, { transcript: 'a😀b😀c' }, 'X').sources;
		expect([0, 1, 3, 4, 6, 7].map(source!.codePoint)).toEqual([0, 1, 2, 3, 4, 5]);
	});
});
