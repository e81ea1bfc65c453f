/**
 * The still picture of a document's opening view (preview.ts), on the test document, whose
 * opening view is known by hand: 3 speakers, 3 organisations, 2 questions, 3 topics and 9 claims
 * (its 4 answers start collapsed).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/lib/cytoscape/layout';
import { previewHtml, wrapLabel } from '../../src/lib/cytoscape/preview';
import type { Graph } from '../../src/lib/graph';
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
