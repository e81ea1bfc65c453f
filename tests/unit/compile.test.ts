import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, readGraph } from '../../src/lib/graph';
import { compiledInterview, compileWith, SPEAKERS_YAML } from './helpers';

const FILE = 'graph-data/five-questions-on-new-infrastructure/annotations.yaml';

/** The messages of a failed compile, as `line:column message`. */
function problems(yaml: string): string[] {
	const result = compileWith(yaml);
	expect(result.ok).toBe(false);
	return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('compile errors name the file, line and column', () => {
	it('reports malformed YAML', () => {
		const result = compileWith('document:\n  title: "unclosed\nspeakers: []\n');
		expect(result.ok).toBe(false);
		expect(result.diagnostics[0]).toMatchObject({ file: FILE, line: 2, column: 10 });
		expect(result.diagnostics[0]!.message).toMatch(/^invalid YAML: /);
	});

	it('reports an unknown node type with the types it accepts', () => {
		const yaml = `${SPEAKERS_YAML}entities:
  - id: fifth-gen
    type: technology
    label: 5G
    quotes: ['5G networks and data centers']
`;
		expect(problems(yaml)).toEqual([
			'26:11 entities[0].type: must be one of: sector, scenario, concept'
		]);
	});

	it('reports a missing field and an unknown one', () => {
		const yaml = `${SPEAKERS_YAML}entities:
  - id: fifth-gen
    type: sector
    lable: 5G
    quotes: ['5G networks and data centers']
`;
		expect(problems(yaml)).toEqual([
			'25:5 entities[0].label: is required',
			'27:12 entities[0].lable: unknown field (check its spelling against the format in README.md)'
		]);
	});

	it('reports a duplicate id, pointing at the first use', () => {
		const yaml = `${SPEAKERS_YAML}entities:
  - id: zinc-link
    type: concept
    label: Zinc
    quotes: ['5G networks and data centers']
`;
		expect(problems(yaml)).toEqual(['25:9 duplicate id "zinc-link" (first used at line 21)']);
	});

	it('reports an edge to a missing node and a relation between the wrong types', () => {
		const yaml = `${SPEAKERS_YAML}claims:
  - id: wang-5g-first
    speaker: wang-qing
    label: 5G will break out first
    statement: 5G will break out first.
    quotes: ['So I think 5G will break out first']
    about: [five-g]
relations:
  - source: wang-5g-first
    relation: disagrees-with
    target: xiang-industrial-internet-first
    quotes: ['So I think 5G will break out first']
  - source: wang-5g-first
    relation: applies-to
    target: zinc-link
    quotes: ['So I think 5G will break out first']
`;
		expect(problems(yaml)).toEqual([
			'30:13 claim "wang-5g-first" is about "five-g", which is not a node of this document',
			'34:13 the target of "disagrees-with" "xiang-industrial-internet-first", which is not a node of this document',
			'36:13 the source of "applies-to" "wang-5g-first", which is a claim; expected scenario',
			'38:13 the target of "applies-to" "zinc-link", which is an organization; expected sector or concept'
		]);
	});

	it('reports a speaker label in the transcript that no speaker claims, in the transcript', () => {
		const yaml = SPEAKERS_YAML.replace('aliases: [Wang Qing]', 'aliases: [Wang Q.]');
		const result = compileWith(yaml);
		const located = result.diagnostics.map((d) => `${d.file}:${d.line}`);
		expect(located).toEqual([
			'graph-data/five-questions-on-new-infrastructure/transcript.txt:33',
			'graph-data/five-questions-on-new-infrastructure/transcript.txt:70',
			'graph-data/five-questions-on-new-infrastructure/transcript.txt:106',
			'graph-data/five-questions-on-new-infrastructure/transcript.txt:116'
		]);
		expect(result.diagnostics[0]!.message).toBe(
			'"Wang Qing:" looks like a speaker label, but no speaker has the alias "Wang Qing"'
		);
	});

	it('reports every problem in one run, each formatted for an editor', () => {
		const yaml = `${SPEAKERS_YAML}claims:
  - id: one
    speaker: nobody
    label: One
    statement: One.
    quotes: ['not in the interview at all']
  - id: one
    speaker: wang-qing
    label: Two
    statement: Two.
    quotes: ['Take 5G as an example']
`;
		const result = compileWith(yaml);
		expect(result.diagnostics).toHaveLength(3);
		expect(result.diagnostics.map(formatDiagnostic)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${FILE}:26:14: error: claim "one" names an unknown speaker "nobody"\\n    Known speaker ids: gong-haihan, xiang-lipeng, wang-qing$`
				)
			),
			expect.stringMatching(
				new RegExp(`^${FILE}:29:14: error: quote not found in transcript.txt; nearest text`)
			),
			expect.stringMatching(
				new RegExp(`^${FILE}:30:9: error: duplicate id "one" \\(first used at line 25\\)`)
			)
		]);
	});

	it('compiles minimal annotations: structural edges cite the sentences that establish them', () => {
		const result = compileWith(SPEAKERS_YAML);
		expect(result.diagnostics).toEqual([]);
		const edges = new Map(result.graph!.edges.map((e) => [e.id, e.citations]));
		expect(edges.get('gong-haihan--affiliated-with--zinc-link')).toEqual(['t0-s12']);
		expect(edges.get('q1-wang-qing--answers--q1')).toEqual(['t3-s1']);
		expect(edges.get('q5--asked-by--gong-haihan')).toEqual(['t12-s1']);
	});
});

describe('the compiled interview', () => {
	const graph = compiledInterview();
	const sentenceIds = new Set(graph.sentences.map((s) => s.id));

	it('is stamped with its format, version and source', () => {
		expect(graph).toMatchObject({
			type: 'citegraph.graph',
			version: 2,
			document: {
				id: 'five-questions-on-new-infrastructure',
				source: 'graph-data/five-questions-on-new-infrastructure/transcript.txt'
			}
		});
	});

	it('has every node type the product shows', () => {
		const types = new Set(graph.nodes.map((n) => n.type));
		for (const t of [
			'speaker',
			'organization',
			'question',
			'answer',
			'sector',
			'scenario',
			'claim'
		]) {
			expect(types).toContain(t);
		}
	});

	it('has edges that each cite at least one real sentence', () => {
		for (const edge of graph.edges) {
			expect(edge.citations.length, edge.id).toBeGreaterThan(0);
			for (const id of edge.citations)
				expect(sentenceIds.has(id), `${edge.id} cites ${id}`).toBe(true);
		}
	});

	it('loads into headless Cytoscape, which refuses an edge with a missing end', () => {
		const elements = [
			...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
			...graph.edges.map((e) => ({
				group: 'edges' as const,
				data: { id: e.id, source: e.source, target: e.target }
			}))
		];
		const cy = cytoscape({ headless: true, elements });
		expect(cy.nodes()).toHaveLength(graph.nodes.length);
		expect(cy.edges()).toHaveLength(graph.edges.length);
		cy.destroy();
		const dangling = {
			group: 'edges' as const,
			data: { id: 'x', source: 'q1', target: 'nowhere' }
		};
		expect(() => cytoscape({ headless: true, elements: [...elements, dangling] })).toThrow();
	});
});

describe('relayed views', () => {
	const relayedClaim = (relayed: string) => `${SPEAKERS_YAML}
claims:
  - id: commentators-view
    speaker: gong-haihan
    label: blockchain can only be a basic technology for now
    statement: Commentators say blockchain can only be a basic technology for now.
    quotes: ['blockchain can only be used as a basic technology at the moment']
    relayed: ${relayed}
`;

	it('compile to a claim relayed by its speaker, never said by them', () => {
		const result = compileWith(relayedClaim('{ holder: commentators }'));
		if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
		const node = result.graph.nodes.find((n) => n.id === 'commentators-view')!;
		expect(node).toMatchObject({
			type: 'claim',
			speaker: 'gong-haihan',
			label:
				'Relayed by Gong Haihan: commentators say blockchain can only be a basic technology for now',
			relayed: {
				holder: 'commentators',
				source: null,
				view: 'blockchain can only be a basic technology for now'
			}
		});
		const from = result.graph.edges.filter((e) => e.source === 'commentators-view');
		expect(from.map((e) => e.relation).sort()).toEqual(['made-in', 'relayed-by']);
		expect(from.find((e) => e.relation === 'relayed-by')!.target).toBe('gong-haihan');
	});

	it('refuse a named holder that is not an organisation or speaker of the document', () => {
		const result = compileWith(relayedClaim('{ holder: the ministry, source: no-such-body }'));
		expect(result.ok).toBe(false);
		expect(result.diagnostics.map((d) => d.message)).toContainEqual(
			expect.stringContaining('the relayed view "commentators-view" is held by "no-such-body"')
		);
	});

	it('refuse a relayed view without a holder', () => {
		const result = compileWith(relayedClaim('{}'));
		expect(result.ok).toBe(false);
		expect(result.diagnostics[0]!.message).toContain('claims[0].relayed.holder: is required');
	});
});

describe('readGraph', () => {
	const graph = compiledInterview();

	it('reads a graph of this version', () => {
		expect(readGraph(JSON.parse(JSON.stringify(graph)), 'x.graph.json')).toEqual(graph);
	});

	it('refuses a version 1 file, saying to rebuild it', () => {
		expect(() => readGraph({ ...graph, version: 1 }, 'build/x.graph.json')).toThrow(
			/build\/x\.graph\.json uses graph format version 1, but this Citegraph reads version 2 .*rebuild it with npm run graph:build/
		);
	});

	it('refuses a file that is not a Citegraph graph', () => {
		expect(() => readGraph({ nodes: [] }, 'other.json')).toThrow(
			'other.json is not a Citegraph graph file'
		);
	});
});
