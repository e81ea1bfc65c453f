/**
 * Every data export with text a compiler never lets through but a graph file from elsewhere
 * might hold: control characters (NUL, form feed, escape), a right-to-left override, and cells
 * a spreadsheet would run, over several lines.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FORMATS, exportData, type Graph, type GraphNode } from '../../src/lib/graph';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const claim = graph.nodes.find((n) => n.type === 'claim')!;
const HOSTILE = 'Nul\u0000 form\u000cfeed esc\u001b[31m rlo\u202Eevil';

/** The interview with hostile text in a claim's label and statement, a sentence and the title. */
const hostile: Graph = {
	...graph,
	document: { ...graph.document, title: `Title ${HOSTILE}` },
	nodes: graph.nodes.map((n) =>
		n.id === claim.id ? ({ ...n, label: HOSTILE, statement: `=1+1\n${HOSTILE}` } as GraphNode) : n
	),
	sentences: graph.sentences.map((s, i) => (i === 0 ? { ...s, text: `${s.text}${HOSTILE}` } : s))
};

const parseCsv = (csv: string) =>
	Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;

describe('exports of text with control characters', () => {
	it('GraphML stays well-formed XML, dropping only what XML cannot hold', () => {
		const xml = exportData(hostile, 'graphml');
		expect(XMLValidator.validate(xml)).toBe(true);
		// XML 1.0's Char production: no C0 control but tab and line breaks, even escaped (the
		// validator above does not check this, so it is checked here).
		// eslint-disable-next-line no-control-regex
		expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
		const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const node = doc.graphml.graph.node.find((n: { '@_id': string }) => n['@_id'] === claim.id);
		const label = node.data.find((d: { '@_key': string }) => d['@_key'] === 'n_label')['#text'];
		expect(label).toBe('Nul formfeed esc[31m rlo\u202Eevil');
		expect(doc.graphml.graph.desc).toBe('Title Nul formfeed esc[31m rlo\u202Eevil');
	});

	it('Cytoscape JSON and the graph file keep the text exactly (JSON escapes it)', () => {
		for (const format of ['cyjs', 'graph'] as const) {
			const text = exportData(hostile, format);
			// eslint-disable-next-line no-control-regex
			expect(text).not.toMatch(/\u0000|\u000c|\u001b/);
			expect(text).toContain('Nul\\u0000 form\\ffeed esc\\u001b[31m');
		}
		const cyjs = JSON.parse(exportData(hostile, 'cyjs'));
		const node = cyjs.elements.nodes.find((n: { data: { id: string } }) => n.data.id === claim.id);
		expect(node.data.label).toBe(HOSTILE);
	});

	it('the CSV keeps the text in its cell and escapes a formula that spans lines', () => {
		const rows = parseCsv(exportData(hostile, 'csv'));
		const row = rows.find((r) => r.claim_id === claim.id)!;
		expect(row.claim).toBe(HOSTILE);
		expect(row.statement).toBe(`'=1+1\n${HOSTILE}`);
	});

	it.each(['=cmd|"/c calc"!A1\nsecond line', '+1\r\n2', '-2\n', '@SUM(A1)\nx', '  =1+1'])(
		'the CSV escapes the formula %j',
		(label) => {
			const withFormula: Graph = {
				...graph,
				nodes: graph.nodes.map((n) => (n.id === claim.id ? ({ ...n, label } as GraphNode) : n))
			};
			const row = parseCsv(exportData(withFormula, 'csv')).find((r) => r.claim_id === claim.id)!;
			expect(row.claim).toBe(`'${label}`);
		}
	);

	it('covers every data format', () => {
		expect([...DATA_FORMATS].sort()).toEqual(['csv', 'cyjs', 'graph', 'graphml']);
	});
});
