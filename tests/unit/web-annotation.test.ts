/**
 * W3C Web Annotation, read as its consumers read it: expanded by a JSON-LD processor (jsonld, in
 * safe mode, so a term the Web Annotation context does not define fails the test) with the
 * context file the W3C publishes, shipped in tests/fixtures/formats (no network), and every
 * selector checked against the transcript: the exact text is the slice at the positions,
 * counted in code points as the model says (computed here with the string's iterator).
 */
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { exportData, type Graph } from '../../src/lib/graph';
import { toWebAnnotations, WEB_ANNOTATION_CONTEXT } from '../../src/lib/graph/web-annotation';
import { codePointIndexer } from '../../src/lib/graph/source-texts';
import {
	compileHarbour,
	HARBOUR_ANNOTATIONS,
	HARBOUR_FOLDER,
	HARBOUR_ID,
	HARBOUR_TRANSCRIPT
} from './research-fixture';
import { compileDocument } from '../../src/lib/graph';
import { mergeGraphs } from '../../src/lib/graph/corpus';

const CONTEXT = JSON.parse(readFileSync('tests/fixtures/formats/anno.jsonld', 'utf8'));
const OA = 'http://www.w3.org/ns/oa#';
const SITE = 'https://citegraph.example.org';

/** Serves the shipped context and nothing else: no network. */
async function documentLoader(url: string) {
	if (url !== WEB_ANNOTATION_CONTEXT) throw new Error(`no network in tests: ${url}`);
	return { contextUrl: null, document: CONTEXT, documentUrl: url };
}

type Expanded = Record<string, unknown>[];
const expand = (doc: unknown) =>
	jsonld.expand(
		doc as object,
		{ documentLoader, safe: true } as never
	) as unknown as Promise<Expanded>;

const graph = compileHarbour();
const text = exportData(graph, 'webannotation', { transcript: HARBOUR_TRANSCRIPT, siteUrl: SITE });
const collection = JSON.parse(text) as ReturnType<typeof toWebAnnotations>;
const items = collection.first.items;

/** The transcript sliced by code points, as the model counts: independent of the exporter. */
const codePoints = (source: string, start: number, end: number) =>
	[...source].slice(start, end).join('');

describe('Web Annotation JSON-LD', { timeout: 60_000 }, () => {
	it('expands with the W3C context in safe mode: every term is the model’s', async () => {
		const [expanded] = await expand(collection);
		expect(expanded!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
		const page = (expanded![`http://www.w3.org/ns/activitystreams#first`] as Expanded)[0]!;
		const list = (page['http://www.w3.org/ns/activitystreams#items'] as Expanded)[0]![
			'@list'
		] as Expanded;
		expect(list).toHaveLength(items.length);
		for (const annotation of list) {
			expect(annotation['@type']).toEqual([`${OA}Annotation`]);
			const target = (annotation[`${OA}hasTarget`] as Expanded)[0]!;
			expect(target[`${OA}hasSource`]).toEqual([
				{ '@id': `${SITE}/d/${HARBOUR_ID}/transcript.txt` }
			]);
			const types = (target[`${OA}hasSelector`] as Expanded).map((s) => s['@type']);
			expect(types).toEqual([[`${OA}TextQuoteSelector`], [`${OA}TextPositionSelector`]]);
		}
	});

	it('is refused by the processor when a term is not the model’s (the check can fail)', async () => {
		const bad = structuredClone(collection) as unknown as { first: { items: object[] } };
		bad.first.items[0] = { ...bad.first.items[0], speakerName: 'not a Web Annotation term' };
		await expect(expand(bad)).rejects.toThrow();
	});

	it('annotates each claim quote and each sentence an edge cites', () => {
		// Nine claims of one quote each, as the test document reads.
		const claimQuotes = items.filter((a) => a.motivation === 'describing');
		expect(claimQuotes).toHaveLength(9);
		const edgeCitations = graph.edges.reduce((n, e) => n + e.citations.length, 0);
		expect(items).toHaveLength(9 + edgeCitations);
		expect(collection.total).toBe(items.length);
	});

	it('quotes a claim with its words, the text around them, its speaker and its permalink', () => {
		const annotation = items.find((a) =>
			a.body.some((b) => b.purpose === 'tagging' && b.value === 'alvarez-shore-power-first')
		)!;
		const [quote, position] = annotation.target.selector;
		expect(quote.exact).toBe('Yes, shore power should come first.');
		expect(quote.prefix.endsWith('Ines Alvarez:\n\n')).toBe(true);
		expect(quote.suffix.startsWith(' Ships that idle')).toBe(true);
		expect(annotation.target.creator?.name).toBe('Ines Alvarez');
		expect(annotation.body.map((b) => b.value ?? b.id)).toEqual([
			'Claim: Shore power should come first',
			'Docked ships should plug into shore power before anything else.',
			'alvarez-shore-power-first',
			`${SITE}/d/${HARBOUR_ID}/node/alvarez-shore-power-first`
		]);
		expect(codePoints(HARBOUR_TRANSCRIPT, position.start, position.end)).toBe(quote.exact);
	});

	it('names an edge by its ends and relation, citing the sentence that says it', () => {
		const annotation = items.find((a) =>
			a.body.some(
				(b) => b.value === 'becker-ferries-only--disagrees-with--alvarez-shore-power-first'
			)
		)!;
		expect(annotation.body[0]!.value).toBe(
			'Shore power first for ferries only disagrees with Shore power should come first'
		);
		expect(annotation.body.map((b) => b.value).filter(Boolean)).toContain('disagrees-with');
		expect(annotation.target.selector[0].exact).toBe(
			'Shore power should come first for ferries only.'
		);
		expect(annotation.target.creator?.name).toBe('Tom Becker');
	});

	it('every selector’s exact text is the transcript’s slice at its code point positions', () => {
		for (const annotation of items) {
			const [quote, position] = annotation.target.selector;
			expect(codePoints(HARBOUR_TRANSCRIPT, position.start, position.end)).toBe(quote.exact);
			const cps = [...HARBOUR_TRANSCRIPT];
			expect(cps.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
			expect(cps.slice(position.end).join('').startsWith(quote.suffix)).toBe(true);
		}
	});

	it('counts positions in code points, not UTF-16 units, when the text has emoji', () => {
		const transcript = HARBOUR_TRANSCRIPT.replace(
			'It is not a real interview.',
			'It is not a real interview 🚢🌊.'
		);
		const result = compileDocument({
			id: HARBOUR_ID,
			transcriptFile: `${HARBOUR_FOLDER}/transcript.txt`,
			transcript,
			annotationsFile: `${HARBOUR_FOLDER}/annotations.yaml`,
			annotations: HARBOUR_ANNOTATIONS
		});
		expect(result.ok).toBe(true);
		const emoji = toWebAnnotations(result.graph as Graph, { transcript });
		for (const annotation of emoji.first.items) {
			const [quote, position] = annotation.target.selector;
			expect(codePoints(transcript, position.start, position.end)).toBe(quote.exact);
		}
		const first = emoji.first.items[0]!.target.selector;
		expect(transcript.indexOf(first[0].exact) - first[1].start).toBe(2);
	});

	it('names the transcript by a urn when no site address is given, and links nothing', async () => {
		const bare = toWebAnnotations(graph, { transcript: HARBOUR_TRANSCRIPT });
		expect(bare.first.items[0]!.target.source).toBe(`urn:citegraph:${HARBOUR_ID}:transcript`);
		expect(bare.first.items.flatMap((a) => a.body).some((b) => b.id)).toBe(false);
		await expect(expand(bare)).resolves.toHaveLength(1);
	});

	it('refuses to export without the transcript', () => {
		expect(() => toWebAnnotations(graph)).toThrow(/transcript/);
	});
});

describe('Web Annotation of a corpus', { timeout: 60_000 }, () => {
	// The two harbour documents merged: each annotation targets the transcript its words are in.
	const FOLLOW_UP = 'harbour-wind-follow-up';
	const followUpText = readFileSync(`tests/fixtures/documents/${FOLLOW_UP}/transcript.txt`, 'utf8');
	const followUp = compileDocument({
		id: FOLLOW_UP,
		transcriptFile: `tests/fixtures/documents/${FOLLOW_UP}/transcript.txt`,
		transcript: followUpText,
		annotationsFile: `tests/fixtures/documents/${FOLLOW_UP}/annotations.yaml`,
		annotations: readFileSync(`tests/fixtures/documents/${FOLLOW_UP}/annotations.yaml`, 'utf8')
	}).graph!;
	const corpus = mergeGraphs([graph, followUp]).graph;
	const transcripts = { [HARBOUR_ID]: HARBOUR_TRANSCRIPT, [FOLLOW_UP]: followUpText };
	const textOf: Record<string, string> = {
		[`${SITE}/d/${HARBOUR_ID}/transcript.txt`]: HARBOUR_TRANSCRIPT,
		[`${SITE}/d/${FOLLOW_UP}/transcript.txt`]: followUpText
	};
	const all = toWebAnnotations(corpus, { transcripts, siteUrl: SITE }).first.items;
	const tagged = (list: typeof all, tag: string) =>
		list.find((a) => a.body.some((b) => b.purpose === 'tagging' && b.value === tag))!;

	it('expands with the W3C context in safe mode', async () => {
		await expect(
			expand(toWebAnnotations(corpus, { transcripts, siteUrl: SITE }))
		).resolves.toHaveLength(1);
	});

	it('annotates every citation of both documents, each in its own transcript', () => {
		// The roundtable's 9 quotes and the follow-up's 3, and every sentence each edge cites.
		const edgeCitations = corpus.edges.reduce((n, e) => n + e.citations.length, 0);
		expect(all).toHaveLength(9 + 3 + edgeCitations);
		expect(new Set(all.map((a) => a.target.source))).toEqual(new Set(Object.keys(textOf)));
		for (const annotation of all) {
			const [quote, position] = annotation.target.selector;
			const text = textOf[annotation.target.source]!;
			expect(codePoints(text, position.start, position.end)).toBe(quote.exact);
			expect([...text].slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
		}
	});

	it('quotes the follow-up’s claim from the follow-up, with its page there', () => {
		const annotation = tagged(all, `${FOLLOW_UP}:shah-wind-not-enough-in-winter`);
		expect(annotation.target.source).toBe(`${SITE}/d/${FOLLOW_UP}/transcript.txt`);
		expect(annotation.target.selector[0].exact).toBe(
			'The cables held up, but offshore wind alone was not enough in winter.'
		);
		expect(annotation.target.creator?.name).toBe('Ravi Shah');
		expect(annotation.body.map((b) => b.id).filter(Boolean)).toEqual([
			`${SITE}/d/${FOLLOW_UP}/node/shah-wind-not-enough-in-winter`
		]);
	});

	it('names a speaker both documents share by their page in the first document', () => {
		const annotation = tagged(all, `${FOLLOW_UP}:alvarez-wind-supplied-most-nights`);
		expect(annotation.target.creator).toEqual({
			id: `${SITE}/d/${HARBOUR_ID}/node/ines-alvarez`,
			type: 'Person',
			name: 'Ines Alvarez'
		});
	});

	it('links an edge to the corpus explorer that selects it', () => {
		const id = `${FOLLOW_UP}:shah-wind-not-enough-in-winter--disagrees-with--alvarez-wind-supplied-most-nights`;
		const annotation = tagged(all, id);
		expect(annotation.body.find((b) => b.purpose === 'identifying')?.id).toBe(
			`${SITE}/corpus?select=${encodeURIComponent(id)}`
		);
	});

	it('names a document without pages (imported in the browser) by a urn, and links none of its nodes', () => {
		const items = toWebAnnotations(corpus, {
			transcripts,
			siteUrl: SITE,
			unpublished: [FOLLOW_UP]
		}).first.items;
		const shah = tagged(items, `${FOLLOW_UP}:shah-wind-not-enough-in-winter`);
		expect(shah.target.source).toBe(`urn:citegraph:${FOLLOW_UP}:transcript`);
		expect(shah.body.some((b) => b.purpose === 'linking')).toBe(false);
		expect(shah.target.creator?.id).toBe('urn:citegraph:corpus:speaker:ravi-shah');
		const alvarez = tagged(items, `${HARBOUR_ID}:alvarez-shore-power-first`);
		expect(alvarez.target.source).toBe(`${SITE}/d/${HARBOUR_ID}/transcript.txt`);
	});

	it('refuses to export without every document’s transcript, naming the one missing', () => {
		expect(() =>
			toWebAnnotations(corpus, { transcripts: { [HARBOUR_ID]: HARBOUR_TRANSCRIPT } })
		).toThrow(`needs the transcript of "${followUp.document.title}" (${FOLLOW_UP})`);
	});
});

describe('codePointIndexer', () => {
	it.each([
		['abc', 2, 2],
		['a😀b', 1, 1],
		['a😀b', 3, 2],
		['a😀b', 4, 3],
		['😀😀x', 4, 2],
		['😀😀x', 5, 3]
	])('in %j, unit index %i is code point %i', (text, unit, point) => {
		expect(codePointIndexer(text)(unit)).toBe(point);
	});
});
