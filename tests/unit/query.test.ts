import { describe, expect, it } from 'vitest';
import {
	GraphIndex,
	GraphSearch,
	neighbourhood,
	NO_FILTER,
	shortestPath,
	snippet,
	visibleSubgraph,
	type GraphFilter
} from '../../src/lib/graph';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);

/** The claim that quotes `words`: tests find claims by what was said, not by their ids. */
function claimQuoting(words: string) {
	const claim = graph.nodes.find(
		(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (!claim) throw new Error(`no claim quotes "${words}"`);
	return claim;
}

describe('GraphIndex', () => {
	it('finds the elements that cite a sentence', () => {
		const sentence = graph.sentences.find((s) => s.text === 'So I think 5G will break out first.')!;
		const citing = index.citing(sentence.id);
		expect(citing.nodes).toContain(claimQuoting('So I think 5G will break out first').id);
		expect(citing.nodes).toContain('q1-wang-qing');
		for (const id of citing.edges) expect(index.edges.get(id)!.citations).toContain(sentence.id);
	});

	it.each([
		['q1', ['q1-xiang-lipeng', 'q1-wang-qing']],
		['wang-qing', ['q1-wang-qing', 'q2-wang-qing', 'q4-wang-qing', 'q5-wang-qing']],
		['q3', ['q3-xiang-lipeng']],
		['zinc-link', []]
	])('knows which answers %s expands into', (id, answers) => {
		expect(index.answersOf(id)).toEqual(answers);
	});

	it('expands a claim into the answer it was made in', () => {
		expect(index.answersOf(claimQuoting('So I think 5G will break out first').id)).toEqual([
			'q1-wang-qing'
		]);
	});
});

describe('neighbourhood', () => {
	it('grows with depth and always holds the centre', () => {
		const sizes = [0, 1, 2, 3].map((d) => neighbourhood(index, 'q1', d).nodes.size);
		expect(sizes[0]).toBe(1);
		for (let d = 1; d < sizes.length; d++) expect(sizes[d]).toBeGreaterThan(sizes[d - 1]!);
	});

	it('at depth 1 is the node and exactly its neighbours, with the edges among them', () => {
		const { nodes, edges } = neighbourhood(index, 'wang-qing', 1);
		const expected = new Set([
			'wang-qing',
			...index.edgesOf('wang-qing').map((e) => index.other(e, 'wang-qing'))
		]);
		expect(nodes).toEqual(expected);
		for (const id of edges) {
			const e = index.edges.get(id)!;
			expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
		}
	});

	it('stays inside a filtered subgraph', () => {
		const visible = visibleSubgraph(index, NO_FILTER);
		const { nodes } = neighbourhood(index, 'q1', 2, visible);
		for (const id of nodes) expect(visible.nodes.has(id)).toBe(true);
		expect(nodes.has('q1-wang-qing')).toBe(false);
	});

	it('is empty for an unknown node', () => {
		expect(neighbourhood(index, 'nope', 2).nodes.size).toBe(0);
	});
});

describe('visibleSubgraph', () => {
	const filter = (f: Partial<GraphFilter>) => visibleSubgraph(index, { ...NO_FILTER, ...f });
	const typesOf = (ids: Set<string>) => new Set([...ids].map((id) => index.node(id)!.type));

	it('collapses answers until their question, speaker or claim is expanded', () => {
		expect(typesOf(filter({}).nodes).has('answer')).toBe(false);
		expect(
			[...filter({ expanded: ['q1'] }).nodes].filter((id) => index.node(id)!.type === 'answer')
		).toEqual(['q1-xiang-lipeng', 'q1-wang-qing']);
	});

	it('keeps only the chosen node types, and edges whose ends both stay', () => {
		const { nodes, edges } = filter({ types: ['claim', 'sector'] });
		expect(typesOf(nodes)).toEqual(new Set(['claim', 'sector']));
		for (const id of edges) {
			const e = index.edges.get(id)!;
			expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
		}
	});

	it('shows only what one guest said, and what it touches', () => {
		const { nodes } = filter({ speakers: ['wang-qing'], expanded: ['wang-qing'] });
		for (const id of nodes) {
			const node = index.node(id)!;
			if (node.type === 'claim' || node.type === 'answer') expect(node.speaker).toBe('wang-qing');
			if (node.type === 'speaker') expect(node.id).toBe('wang-qing');
		}
		expect(nodes.has('q3')).toBe(false); // Wang Qing did not answer question 3
		expect(nodes.has('q5')).toBe(true);
		expect(nodes.has('xiang-lipeng')).toBe(false);
		expect(typesOf(nodes)).toContain('sector');
	});

	it('drops relations that are filtered out', () => {
		const { edges } = filter({ relations: ['disagrees-with', 'agrees-with'] });
		expect(edges.size).toBeGreaterThan(0);
		for (const id of edges)
			expect(['disagrees-with', 'agrees-with']).toContain(index.edges.get(id)!.relation);
	});
});

describe('shortestPath', () => {
	it('connects a claim to its speaker’s organisation through cited edges', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const path = shortestPath(index, claim.id, 'hubei-post-telecom-planning-design-institute')!;
		expect(path.map((s) => s.edge.relation)).toEqual(['said-by', 'affiliated-with']);
		expect(path[0]!.from).toBe(claim.id);
		expect(path[path.length - 1]!.to).toBe('hubei-post-telecom-planning-design-institute');
		for (const step of path) expect(step.edge.citations.length).toBeGreaterThan(0);
	});

	it('walks edges against their direction and chains steps end to end', () => {
		const path = shortestPath(index, 'zinc-link', 'q5')!;
		expect(path.length).toBeGreaterThan(1);
		path.forEach((step, i) => {
			if (i > 0) expect(step.from).toBe(path[i - 1]!.to);
		});
	});

	it('is empty from a node to itself and null for unknown nodes', () => {
		expect(shortestPath(index, 'q1', 'q1')).toEqual([]);
		expect(shortestPath(index, 'q1', 'nope')).toBeNull();
	});
});

describe('GraphSearch', () => {
	const search = new GraphSearch(graph);

	it('finds nodes by label, with prefixes as a person types', () => {
		const hits = search.query('Wang Qin');
		expect(hits[0]).toMatchObject({ id: 'wang-qing', field: 'label' });
	});

	it('finds nodes by the words of their source sentences, with a snippet', () => {
		// Only Xiang's Q3 answer says it: "in order to avoid liquidity risks"; no label does.
		const hits = search.query('liquidity');
		expect(hits.length).toBeGreaterThan(0);
		const hit = hits.find((h) => h.field === 'text')!;
		expect(hit.snippet.toLowerCase()).toContain('liquidity risk');
	});

	it('tolerates a typo', () => {
		expect(search.query('blokchain').length).toBeGreaterThan(0);
	});

	it('returns nothing for a blank query and respects the limit', () => {
		expect(search.query('   ')).toEqual([]);
		expect(search.query('infrastructure', 3)).toHaveLength(3);
	});
});

describe('snippet', () => {
	it.each([
		['short text with a match', ['match'], 'short text with a match'],
		[
			`${'a '.repeat(100)}needle ${'b '.repeat(100)}`,
			['needle'],
			expect.stringMatching(/^….*needle.*…$/)
		]
	])('cuts %#', (text, terms, expected) => {
		expect(snippet(text, terms)).toEqual(expected);
	});
});
