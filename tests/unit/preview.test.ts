/**
 * The still picture of a document's opening view (preview.ts), on the test document, whose
 * opening view is known by hand: 3 speakers, 3 organisations, 2 questions, 3 topics and 9 claims
 * (its 4 answers start collapsed).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/lib/cytoscape/layout';
import {
	PREVIEW_MAX_NODES,
	PREVIEW_OUTLINE_ABOVE,
	previewHtml,
	wrapLabel
} from '../../src/lib/cytoscape/preview';
import type { Graph } from '../../src/lib/graph';
import { GraphIndex, NO_FILTER, visibleSubgraph } from '../../src/lib/graph/query';
import { compiledSynthetic } from '../../src/lib/graph/synthetic';
import { compileHarbour } from './research-fixture';

const laidOut = (graph: Graph): Graph => ({ ...graph, layout: layoutDocument(graph) });
const harbour = laidOut(compileHarbour());
const picture = previewHtml(harbour)!;

describe('previewSvg', () => {
	it('is well-formed markup, hidden from assistive technology, in the proportions of its view box', () => {
		expect(XMLValidator.validate(picture)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(picture);
		expect(parsed.div['@_aria-hidden']).toBe('true');
		const [, , w, h] = parsed.div.svg['@_viewBox'].split(' ').map(Number);
		expect(parsed.div['@_style']).toContain(`--ratio:${w}/${h}`);
	});

	it('draws the opening view: every node but the collapsed answers, and names the landmarks', () => {
		expect(picture.match(/<(circle|rect|polygon) /g)).toHaveLength(20);
		expect(picture.match(/class="t-claim"/g)).toHaveLength(9);
		expect(picture).not.toContain('t-answer');
		const names = [...picture.matchAll(/<span[^>]*>(.*?)<\/span>/g)].flatMap((m) =>
			m[1]!.split('<br/>')
		);
		// Speakers, questions, sectors and concepts are named, wrapped at about 20 characters.
		expect(names).toEqual([
			'Mara Quinn',
			'Ines Alvarez',
			'Tom Becker',
			'Shore power for',
			'docked ships?',
			'Who pays for grid',
			'storage?',
			'Offshore wind',
			'Storage on the grid'
		]);
	});

	it('frames every node it draws inside its view box', () => {
		const [x, y, w, h] = picture
			.match(/viewBox="([^"]+)"/)![1]!
			.split(' ')
			.map(Number) as [number, number, number, number];
		for (const node of harbour.nodes.filter((n) => n.type !== 'answer')) {
			const p = harbour.layout!.positions[node.id]!;
			expect(p.x).toBeGreaterThan(x);
			expect(p.x).toBeLessThan(x + w);
			expect(p.y).toBeGreaterThan(y);
			expect(p.y).toBeLessThan(y + h);
		}
	});

	it('shows text from the document as text: markup in a label is escaped', () => {
		const hostile = '<script>alert(1)</script> & "quotes"';
		const graph: Graph = {
			...harbour,
			nodes: harbour.nodes.map((n) => (n.id === 'mara-quinn' ? { ...n, label: hostile } : n))
		};
		const shown = previewHtml(graph)!;
		expect(shown).not.toContain('<script');
		expect(XMLValidator.validate(shown)).toBe(true);
		const spans = new XMLParser({ ignoreAttributes: false, stopNodes: ['div.span'] }).parse(shown)
			.div.span as { '#text': string }[];
		const text = spans
			.map((span) =>
				span['#text']
					.split('<br/>')
					.join(' ')
					.replaceAll('&lt;', '<')
					.replaceAll('&gt;', '>')
					.replaceAll('&quot;', '"')
					.replaceAll('&amp;', '&')
			)
			.find((t) => t.includes('alert'));
		expect(text).toBe(hostile);
	});

	it('is not drawn for a graph without positions', () => {
		expect(previewHtml({ ...harbour, layout: undefined })).toBeNull();
	});
});

/** A synthetic panel of about `n` nodes, compiled and laid out as the build does. */
const panel = (n: number): Graph => laidOut(compiledSynthetic(n));

describe('previewSvg of a large view', { timeout: 120_000 }, () => {
	const graph = panel(1600);
	const opening = visibleSubgraph(new GraphIndex(graph), NO_FILTER);
	const shown = previewHtml(graph)!;

	it('draws one path per node type and per relation, every node and edge of the view in them', () => {
		expect(opening.nodes.size + opening.edges.size).toBeGreaterThan(PREVIEW_OUTLINE_ABOVE);
		expect(XMLValidator.validate(shown)).toBe(true);
		expect(shown).not.toMatch(/<(circle|rect|polygon|line) /);
		const paths = [...shown.matchAll(/<path class="([rt])-([a-z-]+)" d="([^"]+)"\/>/g)];
		const byClass = new Map(paths.map((m) => [`${m[1]}-${m[2]}`, m[3]!]));
		// Each class once; a node is one closed outline, an edge one line from its source.
		expect(byClass.size).toBe(paths.length);
		const count = (prefix: string, key: string, mark: RegExp) =>
			[...paths.filter((m) => m[1] === prefix && m[2] === key)]
				.map((m) => m[3]!.match(mark)?.length ?? 0)
				.reduce((a, b) => a + b, 0);
		const types = new Set(graph.nodes.filter((n) => opening.nodes.has(n.id)).map((n) => n.type));
		for (const type of types) {
			const inView = graph.nodes.filter((n) => n.type === type && opening.nodes.has(n.id));
			expect(count('t', type, /Z/g), type).toBe(inView.length);
		}
		const relations = new Set(
			graph.edges.filter((e) => opening.edges.has(e.id)).map((e) => e.relation)
		);
		for (const relation of relations) {
			const inView = graph.edges.filter((e) => e.relation === relation && opening.edges.has(e.id));
			expect(count('r', relation, /M/g), relation).toBe(inView.length);
		}
		expect(paths).toHaveLength(types.size + relations.size);
		// No answer (they start collapsed), and the edges solid at this scale.
		expect(byClass.has('t-answer')).toBe(false);
		expect(shown).not.toMatch(/stroke-dasharray:(?!none)/);
	});

	it('still names the landmarks', () => {
		const names = [...shown.matchAll(/<span style="--x:([\d.]+)%;--y:([\d.]+)%/g)];
		expect(names.length).toBeGreaterThan(10);
	});

	it('is not drawn past its limit', () => {
		// The panel's nodes on a grid (the picture reads positions, however they were found).
		const big = compiledSynthetic(PREVIEW_MAX_NODES + 1500);
		const positions = Object.fromEntries(
			big.nodes.map((node, i) => [node.id, { x: (i % 100) * 50, y: Math.floor(i / 100) * 50 }])
		);
		const view = visibleSubgraph(new GraphIndex(big), NO_FILTER);
		expect(view.nodes.size).toBeGreaterThan(PREVIEW_MAX_NODES);
		expect(
			previewHtml({ ...big, layout: { ...graph.layout!, positions, arrangements: {} } })
		).toBeNull();
	});
});

describe('wrapLabel', () => {
	it('breaks between words at about 20 characters, never inside a word', () => {
		expect(wrapLabel('Why new infrastructure now? Which field breaks out first?')).toEqual([
			'Why new',
			'infrastructure now?',
			'Which field breaks',
			'out first?'
		]);
		expect(wrapLabel('Supercalifragilisticexpialidocious wins')).toEqual([
			'Supercalifragilisticexpialidocious',
			'wins'
		]);
	});
});
