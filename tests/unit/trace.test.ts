import { describe, expect, it } from 'vitest';
import { GraphIndex, shortestPath, type PathStep } from '../../src/lib/graph/query';
import { connection, isSubstantive, traceToSpeaker } from '../../src/lib/graph/trace';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);

/** The claim that quotes `words`: tests find claims by what was said, not by their ids. */
function claimQuoting(words: string): string {
	const claim = graph.nodes.find(
		(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (!claim) throw new Error(`no claim quotes "${words}"`);
	return claim.id;
}

/** A chain as "from -relation-> to" hops, arrows showing the direction each edge is walked. */
function hops(chain: PathStep[]): string[] {
	return chain.map((s) =>
		s.edge.source === s.from
			? `${s.from} -${s.edge.relation}-> ${s.to}`
			: `${s.from} <-${s.edge.relation}- ${s.to}`
	);
}

/** Every chain starts at `start`, is joined end to end, and cites at least one sentence per step. */
function expectWellFormed(start: string, chains: PathStep[][]) {
	for (const chain of chains) {
		expect(chain[0]!.from).toBe(start);
		chain.forEach((step, i) => {
			if (i > 0) expect(step.from).toBe(chain[i - 1]!.to);
			expect([step.edge.source, step.edge.target].sort()).toEqual([step.from, step.to].sort());
			expect(step.edge.citations.length).toBeGreaterThan(0);
			for (const id of step.edge.citations) expect(index.sentences.has(id)).toBe(true);
		});
	}
}

describe('traceToSpeaker', () => {
	const wangFirst = claimQuoting('So I think 5G will break out first');
	const xiangFirst = claimQuoting('I expect that the industrial Internet will emerge first');
	// The one view the host passes on (Q4's "There are comments that …"); it is not his claim.
	const hostRelay = 'relayed-blockchain-only-basic-technology';

	it.each([
		[
			'a guest’s claim: where it was said, and who said it',
			wangFirst,
			['wang-qing'],
			[
				[`${wangFirst} -made-in-> q1-wang-qing`, 'q1-wang-qing -answers-> q1'],
				[
					`${wangFirst} -said-by-> wang-qing`,
					'wang-qing -affiliated-with-> hubei-post-telecom-planning-design-institute'
				]
			]
		],
		[
			'the other guest’s claim on the same question',
			xiangFirst,
			['xiang-lipeng'],
			[
				[`${xiangFirst} -made-in-> q1-xiang-lipeng`, 'q1-xiang-lipeng -answers-> q1'],
				[
					`${xiangFirst} -said-by-> xiang-lipeng`,
					'xiang-lipeng -affiliated-with-> miit-fifth-research-institute'
				]
			]
		],
		[
			'a view the host relays inside a question, by relayed-by',
			hostRelay,
			['gong-haihan'],
			[
				[`${hostRelay} -made-in-> q4`],
				[`${hostRelay} -relayed-by-> gong-haihan`, 'gong-haihan -affiliated-with-> zinc-link']
			]
		],
		[
			// Made in the introduction, in no answer or question: one chain, to the author, who has no
			// organisation.
			'the article’s author’s claim, which has no place in an answer',
			'article-tens-of-trillions-ride',
			['wang-qiao'],
			[['article-tens-of-trillions-ride -said-by-> wang-qiao']]
		],
		[
			'an answer',
			'q2-xiang-lipeng',
			['xiang-lipeng'],
			[
				['q2-xiang-lipeng -answers-> q2'],
				[
					'q2-xiang-lipeng -said-by-> xiang-lipeng',
					'xiang-lipeng -affiliated-with-> miit-fifth-research-institute'
				]
			]
		],
		[
			'a question',
			'q3',
			['gong-haihan'],
			[['q3 -asked-by-> gong-haihan', 'gong-haihan -affiliated-with-> zinc-link']]
		],
		[
			'a speaker',
			'wang-qing',
			['wang-qing'],
			[['wang-qing -affiliated-with-> hubei-post-telecom-planning-design-institute']]
		],
		[
			'an organisation',
			'zinc-link',
			['gong-haihan'],
			[['zinc-link <-affiliated-with- gong-haihan']]
		]
	])('traces %s', (_, id, speakers, chains) => {
		const trace = traceToSpeaker(index, id);
		expect(trace.speakers).toEqual(speakers);
		expect(trace.chains.map(hops)).toEqual(chains);
		expectWellFormed(id, trace.chains);
	});

	it.each([
		// The first claim about 5G in reading order is Wang's "5G, UHV, then the Industrial Internet".
		['uhv', 'wang-qing', claimQuoting('In chronological order, I think it is 5G, UHV')],
		['big-data-center', 'xiang-lipeng', null],
		['technology-readiness-level', 'wang-qing', null]
	])('traces the topic %s through a claim about it to %s', (topic, speaker, via) => {
		const { speakers, chains } = traceToSpeaker(index, topic);
		expect(speakers).toEqual([speaker]);
		expect(chains).toHaveLength(1);
		const chain = chains[0]!;
		expectWellFormed(topic, [chain]);
		expect(chain[0]!.edge.relation).toBe('about');
		expect(chain[0]!.edge.target).toBe(topic);
		const claim = chain[0]!.to;
		expect(index.node(claim)!.type).toBe('claim');
		if (via) expect(claim).toBe(via);
		expect(hops(chain.slice(1))[0]).toBe(`${claim} -said-by-> ${speaker}`);
		expect(chain.at(-1)!.edge.relation).toBe('affiliated-with');
	});

	it('traces 5G to the article’s author: the introduction names it first, as the "leader"', () => {
		const { speakers, chains } = traceToSpeaker(index, '5g');
		expect(speakers).toEqual(['wang-qiao']);
		expect(hops(chains[0]!)).toEqual([
			'5g <-about- article-policy-makes-new-infrastructure-main-theme',
			'article-policy-makes-new-infrastructure-main-theme -said-by-> wang-qiao'
		]);
	});

	it('reaches every topic’s speaker through a claim, each chain as short as any', () => {
		for (const node of graph.nodes) {
			if (node.type !== 'sector' && node.type !== 'scenario' && node.type !== 'concept') continue;
			const { speakers, chains } = traceToSpeaker(index, node.id);
			expect(speakers, node.id).toHaveLength(1);
			expectWellFormed(node.id, chains);
			const chain = chains[0]!;
			const saidBy = chain.findIndex((s) => s.edge.relation === 'said-by');
			expect(index.node(chain[saidBy]!.from)!.type, node.id).toBe('claim');
			// No claim (about any topic) is nearer than the one the chain went through.
			const toClaim = shortestPathToAnyClaim(node.id);
			expect(saidBy, node.id).toBe(toClaim);
		}
	});

	it('gives no chains for an unknown node', () => {
		expect(traceToSpeaker(index, 'nope')).toEqual({ speakers: [], chains: [] });
	});
});

/** Steps from a topic to the nearest claim about a topic, walking only between topics. */
function shortestPathToAnyClaim(topic: string): number {
	const topicTypes = new Set(['sector', 'scenario', 'concept']);
	let frontier = [topic];
	const seen = new Set(frontier);
	for (let depth = 1; frontier.length > 0; depth++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const edge of index.edgesOf(id)) {
				const other = index.other(edge, id);
				if (edge.relation === 'about' && index.node(other)!.type === 'claim') return depth;
				if (
					(edge.relation === 'part-of' || edge.relation === 'applies-to') &&
					topicTypes.has(index.node(other)!.type) &&
					!seen.has(other)
				) {
					seen.add(other);
					next.push(other);
				}
			}
		}
		frontier = next;
	}
	return -1;
}

describe('connection', () => {
	const wangFirst = claimQuoting('So I think 5G will break out first');
	const xiangFirst = claimQuoting('I expect that the industrial Internet will emerge first');
	const wangOrder = claimQuoting('In chronological order, I think it is 5G, UHV');

	it.each([
		['two claims that disagree', wangFirst, xiangFirst, ['disagrees-with']],
		// Both are Wang's, so said-by → Wang ← said-by is as short; the refines edge wins ("5G will
		// break out first" makes the first step of "5G, UHV, then the Industrial Internet" precise).
		['two claims of one speaker, through what was said', wangFirst, wangOrder, ['refines']],
		['two sectors, through a claim about both', '5g', 'industrial-internet', ['about', 'about']],
		// Not through the host who asked both (asked-by, asked-by): through a topic they share.
		['two questions, through a shared topic', 'q1', 'q2', ['about', 'about']],
		[
			'two guests, through claims that agree',
			'wang-qing',
			'xiang-lipeng',
			['said-by', 'agrees-with', 'said-by']
		],
		['an organisation and a question', 'zinc-link', 'q5', ['affiliated-with', 'asked-by']]
	])('joins %s', (_, a, b, relations) => {
		const path = connection(index, a, b)!;
		expect(path.map((s) => s.edge.relation)).toEqual(relations);
		expect(path[0]!.from).toBe(a);
		expect(path.at(-1)!.to).toBe(b);
		path.forEach((step, i) => {
			if (i > 0) expect(step.from).toBe(path[i - 1]!.to);
		});
	});

	it('is never longer than the shortest path, and never more structural', () => {
		const ids = graph.nodes.map((n) => n.id).filter((_, i) => i % 7 === 0);
		const structural = (path: PathStep[]) => path.filter((s) => !isSubstantive(s.edge)).length;
		for (const a of ids) {
			for (const b of ids) {
				const preferred = connection(index, a, b);
				const shortest = shortestPath(index, a, b);
				expect(preferred?.length, `${a} → ${b}`).toBe(shortest?.length);
				if (preferred && shortest) {
					expect(structural(preferred)).toBeLessThanOrEqual(structural(shortest));
				}
			}
		}
	});

	it('gives the same chain every time', () => {
		const first = connection(index, 'q1', 'blockchain')!.map((s) => s.edge.id);
		for (let i = 0; i < 3; i++) {
			expect(connection(index, 'q1', 'blockchain')!.map((s) => s.edge.id)).toEqual(first);
		}
	});

	it('stays inside a subgraph, and is empty to itself and null for unknown nodes', () => {
		expect(connection(index, 'q1', 'q1')).toEqual([]);
		expect(connection(index, 'q1', 'nope')).toBeNull();
		const onlyStructure = {
			nodes: new Set(graph.nodes.map((n) => n.id)),
			edges: new Set(graph.edges.filter((e) => !isSubstantive(e)).map((e) => e.id))
		};
		const path = connection(index, wangFirst, xiangFirst, onlyStructure)!;
		expect(path.length).toBeGreaterThan(1);
		for (const step of path) expect(isSubstantive(step.edge)).toBe(false);
		expect(connection(index, '5g', 'industrial-internet', onlyStructure)).toBeNull();
	});
});
