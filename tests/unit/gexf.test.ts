/**
 * GEXF 1.3, read as its consumers read it: by networkx's `read_gexf` (what Gephi users script
 * with), compared against what a reader of the test document sees.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { toGexf } from '../../src/lib/graph/gexf';
import type { Graph, GraphNode } from '../../src/lib/graph';
import { compileHarbour, pythonWithNetworkx } from './research-fixture';

const graph = compileHarbour();
const dir = mkdtempSync(join(tmpdir(), 'citegraph-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Read {
	graph: Record<string, unknown>;
	nodes: Record<string, Record<string, unknown>>;
	edges: { source: string; target: string; data: Record<string, unknown> }[];
}

/** Writes `text` and reads it back with networkx.read_gexf; nodes by id, edges in file order. */
function readWithNetworkx(text: string): Read {
	const file = join(dir, `g${Math.random().toString(36).slice(2)}.gexf`);
	writeFileSync(file, text);
	const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "graph": {"directed": g.is_directed(), "multi": g.is_multigraph()},
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [{"source": u, "target": v, "data": d} for u, v, d in g.edges(data=True)],
}))`;
	const out = execFileSync(pythonWithNetworkx(), ['-c', script, file], { encoding: 'utf8' });
	return JSON.parse(out) as Read;
}

const positions = Object.fromEntries(
	graph.nodes.map((n, i) => [n.id, { x: i * 10 + 0.5, y: i * -3 + 7 }])
);
const read = readWithNetworkx(
	toGexf(graph, {
		positions,
		colours: { claim: '#e15759', speaker: '#4e79a7' },
		sizes: { 'ines-alvarez': 40, 'alvarez-shore-power-first': 22.5 },
		date: new Date('2026-05-04T12:00:00Z')
	})
);

// Each case runs Python, slow to start on a busy machine.
describe('GEXF read by networkx', { timeout: 60_000 }, () => {
	it('has every node and edge of the graph, directed', () => {
		expect(read.graph.directed).toBe(true);
		expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
		expect(read.edges.length).toBe(graph.edges.length);
	});

	it('gives a claim its label, type, speaker, statement, citation and quoted sentence', () => {
		const claim = read.nodes['alvarez-shore-power-first']!;
		expect(claim).toMatchObject({
			label: 'Shore power should come first',
			type: 'claim',
			speaker: 'ines-alvarez',
			text: 'Docked ships should plug into shore power before anything else.',
			citations: 't2-s1',
			cited_text: 'Yes, shore power should come first.'
		});
		expect(claim.viz).toEqual({
			color: { r: 225, g: 87, b: 89, a: 1.0 },
			size: 22.5,
			position: { x: expect.any(Number), y: expect.any(Number), z: 0 }
		});
	});

	it('draws positions the right way up: y negated, since Gephi’s y axis points up', () => {
		const i = graph.nodes.findIndex((n) => n.id === 'tom-becker');
		const viz = read.nodes['tom-becker']!.viz as { position: { x: number; y: number } };
		expect(viz.position.x).toBeCloseTo(i * 10 + 0.5);
		expect(viz.position.y).toBeCloseTo(-(i * -3 + 7));
		expect(read.nodes['tom-becker']).toMatchObject({ label: 'Tom Becker', type: 'speaker' });
	});

	it('gives a speaker its colour and size', () => {
		const viz = read.nodes['ines-alvarez']!.viz as Record<string, unknown>;
		expect(viz.color).toEqual({ r: 78, g: 121, b: 167, a: 1.0 });
		expect(viz.size).toBe(40);
	});

	it('gives an edge its relation and the sentence it cites, id and text', () => {
		const edge = read.edges.find(
			(e) => e.source === 'becker-ferries-only' && e.target === 'alvarez-shore-power-first'
		)!;
		expect(edge.data).toMatchObject({
			id: 'becker-ferries-only--disagrees-with--alvarez-shore-power-first',
			label: 'disagrees with',
			relation: 'disagrees-with',
			citations: 't3-s1',
			cited_text: 'Shore power should come first for ferries only.'
		});
		const agrees = read.edges.find((e) => e.data.relation === 'agrees-with')!;
		expect([agrees.source, agrees.target, agrees.data.cited_text]).toEqual([
			'becker-batteries-needed',
			'alvarez-batteries-smooth-load',
			'I agree that batteries at the quay are needed.'
		]);
	});

	it('writes no position when none is known (no layout in the graph file)', () => {
		const bare = readWithNetworkx(toGexf(graph));
		const viz = bare.nodes['ines-alvarez']!.viz as Record<string, unknown> | undefined;
		expect(viz?.position).toBeUndefined();
		expect(bare.nodes['ines-alvarez']!.label).toBe('Ines Alvarez');
	});

	it('keeps only the current view when given one', () => {
		const view = readWithNetworkx(
			toGexf(graph, {
				subgraph: {
					nodes: new Set(['becker-ferries-only', 'alvarez-shore-power-first', 'tom-becker']),
					edges: new Set(graph.edges.map((e) => e.id))
				}
			})
		);
		expect(Object.keys(view.nodes).sort()).toEqual([
			'alvarez-shore-power-first',
			'becker-ferries-only',
			'tom-becker'
		]);
		expect(view.edges.map((e) => e.data.relation).sort()).toEqual(['disagrees-with', 'said-by']);
	});
});

describe('GEXF with hostile text', { timeout: 60_000 }, () => {
	const hostile = 'A <b>&amp; "quoted" \'x\' ]]> end';
	const withLabel: Graph = {
		...graph,
		document: { ...graph.document, title: hostile },
		nodes: graph.nodes.map((n) =>
			n.id === 'tom-becker' ? ({ ...n, label: hostile } as GraphNode) : n
		)
	};
	const text = toGexf(withLabel);

	it('stays well-formed XML and gives the text back character for character', () => {
		expect(XMLValidator.validate(text)).toBe(true);
		expect(readWithNetworkx(text).nodes['tom-becker']!.label).toBe(hostile);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(text);
		expect(parsed.gexf.meta.title).toBe(hostile);
	});
});
