import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
	CLAIMS_CSV_COLUMNS,
	captionFor,
	exportData,
	exportFileName,
	GraphIndex,
	shortestPath,
	toCytoscapeJson,
	traceCaption,
	type Graph,
	type GraphNode,
	type Positions
} from '../../src/lib/graph';
import { compiledInterview, INTERVIEW_ID } from './helpers';

/** The document written for the tests (tests/fixtures/documents), built by `npm run test:unit`. */
const TEST_DOCUMENT = 'harbour-power-roundtable';

const graph = compiledInterview();
const index = new GraphIndex(graph);
const claims = graph.nodes.filter((n) => n.type === 'claim');

/** Every node somewhere different, so a lost or swapped position shows. */
const positions: Positions = Object.fromEntries(
	graph.nodes.map((node, i) => [node.id, { x: i * 10.5, y: 1 - i * 3.25 }])
);

/** The claim that quotes `words`: tests find claims by what was said, not by their ids. */
function claimQuoting(words: string) {
	const claim = claims.find(
		(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (!claim || claim.type !== 'claim') throw new Error(`no claim quotes "${words}"`);
	return claim;
}

/** A copy of the interview with one node's label replaced. */
function withLabel(id: string, label: string): Graph {
	return {
		...graph,
		nodes: graph.nodes.map((n) => (n.id === id ? ({ ...n, label } as GraphNode) : n))
	};
}

/** The subgraph of one speaker's claims and the edges among them. */
function claimsOf(speaker: string) {
	const nodes = new Set(
		claims.filter((c) => c.type === 'claim' && c.speaker === speaker).map((c) => c.id)
	);
	nodes.add(speaker);
	const edges = new Set(
		graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id)
	);
	return { nodes, edges };
}

describe('exportFileName', () => {
	it.each([
		[
			'five-questions',
			'whole graph 2x',
			new Date(2026, 10, 24),
			'png',
			'five-questions_whole-graph-2x_2026-11-24.png'
		],
		[
			'five-questions',
			'Current view',
			new Date(2026, 0, 5, 23, 59),
			'svg',
			'five-questions_current-view_2026-01-05.svg'
		],
		[
			'doc',
			'claims whole graph',
			new Date(2030, 11, 31),
			'csv',
			'doc_claims-whole-graph_2030-12-31.csv'
		],
		['doc', '  ', new Date(2026, 5, 1), 'graph.json', 'doc_graph_2026-06-01.graph.json']
	])('names %s / %s', (document, view, date, extension, expected) => {
		expect(exportFileName(document, view, date, extension)).toBe(expected);
	});
});

describe('the compiled graph file', () => {
	it('is byte for byte the file the compiler wrote', () => {
		const written = readFileSync(`graph-data/build/${INTERVIEW_ID}.graph.json`, 'utf8');
		const built = JSON.parse(written) as Graph;
		expect(exportData(built, 'graph')).toBe(written);
	});
});

describe('Cytoscape JSON (.cyjs)', () => {
	const cyjs = JSON.parse(exportData(graph, 'cyjs', { positions }));

	it('loads into cytoscape with cy.json(), with every node, edge and position', () => {
		const cy = cytoscape({ headless: true, styleEnabled: false });
		cy.json(cyjs);
		expect(cy.nodes().length).toBe(graph.nodes.length);
		expect(cy.edges().length).toBe(graph.edges.length);
		for (const node of graph.nodes) {
			expect(cy.getElementById(node.id).position()).toEqual(positions[node.id]);
		}
		cy.destroy();
	});

	it('keeps every field of every node and edge, citations included', () => {
		const byId = new Map(
			cyjs.elements.nodes.map((n: { data: { id: string } }) => [n.data.id, n.data])
		);
		for (const node of graph.nodes) {
			const data = byId.get(node.id) as Record<string, unknown>;
			for (const [key, value] of Object.entries(node)) {
				if (key === 'quotes' && node.type === 'claim') {
					expect(data.quotes).toEqual(node.quotes.map((q) => q.text));
				} else if (value !== null) {
					expect(data[key], `${node.id}.${key}`).toEqual(value);
				}
			}
			expect(data.cited_text).toBe(
				index
					.sentencesOf(node.id)
					.map((s) => s.text)
					.join(' ')
			);
		}
		const edges = new Map(
			cyjs.elements.edges.map((e: { data: { id: string } }) => [e.data.id, e.data])
		);
		for (const edge of graph.edges) {
			expect(edges.get(edge.id)).toMatchObject({ ...edge, interaction: edge.relation });
		}
	});

	it('says which document it is, as Cytoscape desktop reads network attributes', () => {
		expect(cyjs.data).toMatchObject({
			name: graph.document.title,
			document: graph.document.id,
			author: graph.document.author
		});
		expect(cyjs.format_version).toBe('1.0');
	});

	it('exports only the current view, without edges that leave it', () => {
		const view = claimsOf('wang-qing');
		const part = toCytoscapeJson(graph, { subgraph: view });
		expect(part.elements.nodes.map((n) => n.data.id).sort()).toEqual([...view.nodes].sort());
		expect(part.elements.edges.length).toBe(view.edges.size);
		expect(part.elements.edges.length).toBeGreaterThan(0);
	});

	it('leaves positions out when none are known', () => {
		expect(toCytoscapeJson(graph).elements.nodes.every((n) => n.position === undefined)).toBe(true);
	});
});

describe('GraphML', () => {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (name, _path, _leaf, isAttribute) =>
			!isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
		parseTagValue: false
	});
	const read = (xml: string) => {
		expect(XMLValidator.validate(xml)).toBe(true);
		const doc = parser.parse(xml).graphml;
		const keys = new Map<string, { name: string; type: string; for: string }>(
			doc.key.map((k: Record<string, string>) => [
				k.id,
				{ name: k['attr.name'], type: k['attr.type'], for: k.for }
			])
		);
		const attributes = (element: { data?: { key: string; '#text': string }[] }) =>
			Object.fromEntries((element.data ?? []).map((d) => [keys.get(d.key)!.name, d['#text']]));
		return { doc, keys, attributes };
	};

	it('declares type, label, relation and citations, and gives them to every node and edge', () => {
		const { doc, keys, attributes } = read(exportData(graph, 'graphml', { positions }));
		const declared = [...keys.values()].map((k) => `${k.for}:${k.name}:${k.type}`);
		expect(declared).toEqual(
			expect.arrayContaining([
				'node:type:string',
				'node:label:string',
				'node:citations:string',
				'node:x:double',
				'node:y:double',
				'edge:relation:string',
				'edge:citations:string'
			])
		);
		expect(doc.graph.node).toHaveLength(graph.nodes.length);
		expect(doc.graph.edge).toHaveLength(graph.edges.length);
		for (const element of doc.graph.node) {
			const node = index.node(element.id)!;
			const data = attributes(element);
			expect(data.type).toBe(node.type);
			expect(data.label).toBe(node.label);
			expect(data.citations ?? '').toBe(node.citations.join(' '));
			expect(Number(data.x)).toBe(positions[node.id]!.x);
			expect(Number(data.y)).toBe(positions[node.id]!.y);
		}
		for (const element of doc.graph.edge) {
			const edge = index.edges.get(element.id)!;
			expect([element.source, element.target]).toEqual([edge.source, edge.target]);
			expect(attributes(element)).toMatchObject({
				relation: edge.relation,
				citations: edge.citations.join(' ')
			});
		}
	});

	it('gives colours as r, g, b and leaves out what is unknown', () => {
		const { doc, attributes } = read(
			exportData(graph, 'graphml', { colours: { speaker: '#4e79a7' } })
		);
		const speaker = attributes(doc.graph.node.find((n: { id: string }) => n.id === 'wang-qing'));
		expect([speaker.r, speaker.g, speaker.b]).toEqual(['78', '121', '167']);
		const claim = attributes(
			doc.graph.node.find((n: { id: string }) => index.node(n.id)?.type === 'claim')
		);
		expect(claim.r).toBeUndefined();
		expect(claim.x).toBeUndefined();
	});

	it('escapes markup in labels and text', () => {
		const id = claims[0]!.id;
		const label = 'Tags like <b> & "quotes" stay text';
		const { doc, attributes } = read(exportData(withLabel(id, label), 'graphml'));
		expect(attributes(doc.graph.node.find((n: { id: string }) => n.id === id)).label).toBe(label);
	});
});

describe('CSV of claims', () => {
	const parse = (csv: string) => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		return Papa.parse<Record<(typeof CLAIMS_CSV_COLUMNS)[number], string>>(csv.slice(1), {
			header: true,
			skipEmptyLines: true
		});
	};

	it('has one row per claim with its speaker, organisation, question and quoted sentences', () => {
		const { data, errors, meta } = parse(exportData(graph, 'csv'));
		expect(errors).toEqual([]);
		expect(meta.fields).toEqual([...CLAIMS_CSV_COLUMNS]);
		expect(data).toHaveLength(claims.length);
		const claim = claimQuoting('So I think 5G will break out first');
		const row = data.find((r) => r.claim_id === claim.id)!;
		expect(row).toMatchObject({
			claim: claim.label,
			statement: claim.statement,
			speaker: 'Wang Qing',
			organisation: 'Hubei Post and Telecommunications Planning and Design Institute'
		});
		expect(row.question).toBe(index.node('q1')!.label);
		const sentences = index.sentencesOf(claim.id);
		expect(row.quoted_sentences.split('\n')).toEqual(sentences.map((s) => s.text));
		expect(row.sentence_ids.split(' ')).toEqual(sentences.map((s) => s.id));
		expect(row.lines.split(' ').map(Number)).toEqual(sentences.map((s) => s.line));
	});

	it('gives every claim its quoted sentences', () => {
		for (const row of parse(exportData(graph, 'csv')).data) {
			expect(row.quoted_sentences, row.claim_id).not.toBe('');
			expect(row.sentence_ids.split(' ')).toEqual(
				index
					.node(row.claim_id)!
					.citations.slice()
					.sort((a, b) => index.sentences.get(a)!.start - index.sentences.get(b)!.start)
			);
		}
	});

	it('keeps a spreadsheet from running a cell as a formula', () => {
		const id = claims[0]!.id;
		const { data } = parse(exportData(withLabel(id, '=HYPERLINK("x")'), 'csv'));
		expect(data.find((r) => r.claim_id === id)!.claim).toBe(`'=HYPERLINK("x")`);
	});

	it('lists only the claims in the current view', () => {
		const view = claimsOf('xiang-lipeng');
		const { data } = parse(exportData(graph, 'csv', { subgraph: view }));
		expect(data.map((r) => r.claim_id).sort()).toEqual(
			[...view.nodes].filter((id) => index.node(id)?.type === 'claim').sort()
		);
	});
});

describe('captions', () => {
	it('quote a claim’s sentences, with speaker and line', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const caption = captionFor(index, claim.id)!;
		expect(caption.title).toBe(`Claim: ${claim.label} (Wang Qing)`);
		expect(caption.sentences).toEqual(
			index.sentencesOf(claim.id).map((s) => ({
				id: s.id,
				text: s.text,
				speaker: 'Wang Qing',
				line: s.line
			}))
		);
	});

	it('quote the sentences an edge cites, and name its ends', () => {
		const edge = graph.edges.find((e) => e.relation === 'disagrees-with')!;
		const caption = captionFor(index, edge.id)!;
		expect(caption.title).toBe(
			`${index.node(edge.source)!.label} disagrees with ${index.node(edge.target)!.label}`
		);
		expect(caption.sentences.map((s) => s.id)).toEqual(index.sentencesOf(edge.id).map((s) => s.id));
	});

	it.each([[null], ['no-such-element']])('are null for %s', (id) => {
		expect(captionFor(index, id)).toBeNull();
	});

	it('follow an evidence path, each sentence once', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const steps = shortestPath(index, claim.id, 'zinc-link')!;
		const caption = traceCaption(index, steps)!;
		expect(caption.title).toMatch(new RegExp(`^Evidence path: ${claim.label} → .* → Zinc Link$`));
		const ids = caption.sentences.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(expect.arrayContaining(steps.flatMap((s) => s.edge.citations)));
		expect(traceCaption(index, [])).toBeNull();
	});
});

describe('npm run graph:export in Node', { timeout: 60_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-export-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', ...args], { encoding: 'utf8' });

	// Expected values are written by hand from the test document, not computed by exportData.
	it('writes the CSV of claims of a chosen document', async () => {
		const out = join(dir, 'claims.csv');
		const { stderr } = await run('--format', 'csv', '--document', TEST_DOCUMENT, '--out', out);
		expect(stderr).toContain(`wrote ${out}`);
		const csv = readFileSync(out, 'utf8');
		expect(
			csv.startsWith(
				'\uFEFFclaim_id,claim,statement,kind,speaker,relayed_by,organisation,question,'
			)
		).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
		expect(rows.map((r) => [r[0], r[4], r[7]])).toEqual([
			['alvarez-shore-power-first', 'Ines Alvarez', 'Shore power for docked ships?'],
			['alvarez-idling-burns-fuel', 'Ines Alvarez', 'Shore power for docked ships?'],
			['alvarez-wind-supplies-harbour', 'Ines Alvarez', 'Shore power for docked ships?'],
			['becker-ferries-only', 'Tom Becker', 'Shore power for docked ships?'],
			['becker-cargo-too-rare', 'Tom Becker', 'Shore power for docked ships?'],
			['alvarez-batteries-smooth-load', 'Ines Alvarez', 'Who pays for grid storage?'],
			['alvarez-port-pays', 'Ines Alvarez', 'Who pays for grid storage?'],
			['becker-batteries-needed', 'Tom Becker', 'Who pays for grid storage?'],
			['becker-lines-share-cost', 'Tom Becker', 'Who pays for grid storage?']
		]);
	});

	it('writes the compiled graph file byte for byte', async () => {
		const out = join(dir, 'out.graph.json');
		await run('--format', 'graph', '--out', out);
		expect(readFileSync(out, 'utf8')).toBe(
			readFileSync(`graph-data/build/${INTERVIEW_ID}.graph.json`, 'utf8')
		);
	});

	it('writes GraphML without positions, coloured as the app draws', async () => {
		const out = join(dir, 'out.graphml');
		await run('--format', 'graphml', '--no-positions', '--document', TEST_DOCUMENT, '--out', out);
		const xml = readFileSync(out, 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		// 3 organisations, 3 speakers, 2 questions, 4 answers, 3 topics and 9 claims; 44 edges.
		expect(xml.match(/<node id=/g)).toHaveLength(24);
		expect(xml.match(/<edge id=/g)).toHaveLength(44);
		expect(xml).not.toContain('key="n_x"');
		// Speakers in the colour the app draws them with.
		const hex = (await appColours()).speaker!;
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
		const speaker = xml.slice(xml.indexOf('<node id="tom-becker">'));
		expect(speaker.slice(0, speaker.indexOf('</node>'))).toContain(
			`<data key="n_r">${r}</data>\n      <data key="n_g">${g}</data>\n      <data key="n_b">${b}</data>`
		);
	});

	it('refuses what it does not know, and says how to ask', async () => {
		await expect(run('--format', 'gif')).rejects.toMatchObject({
			stderr: expect.stringContaining('--format must be one of png, svg, pdf')
		});
		await expect(run('--format', 'csv', '--document', 'nope')).rejects.toMatchObject({
			stderr: expect.stringContaining(
				`no compiled graph for "nope"; the documents are: ${INTERVIEW_ID}, ${TEST_DOCUMENT}`
			)
		});
	});
});

/** The node colours the app draws with, as the CLI passes them to GraphML. */
async function appColours() {
	const { typeColour } = await import('../../src/lib/cytoscape/style');
	const { NODE_TYPES } = await import('../../src/lib/graph/vocabulary');
	return Object.fromEntries(NODE_TYPES.map((type) => [type, typeColour(type)]));
}
