import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { openAnswersOf } from '../../src/lib/graph/query';
import {
	answersOpen,
	collapseAnswers,
	applyChange,
	canonicalTypes,
	INITIAL_VIEW,
	normalize,
	reveal,
	shownSubgraph,
	unjoinedCount,
	visibleOf,
	type ViewState
} from '../../src/lib/state/view';
import { expectedNeighbourhood, expectedView } from '../oracle/view';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);
const view = (change: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...change });
const xiangClaim = graph.nodes.find((n) => n.type === 'claim' && n.speaker === 'xiang-lipeng')!;
const disagreement = graph.edges.find((e) => e.relation === 'disagrees-with')!;
const shows = (v: ViewState, id: string) => {
	const shown = shownSubgraph(index, v);
	return shown.nodes.has(id) || shown.edges.has(id);
};

describe('shownSubgraph', () => {
	// Expected values from the tests' own simple implementation (tests/oracle/view.ts).
	const sorted = (set: Set<string>) => [...set].sort();

	it('is what the filters leave when nothing is in focus', () => {
		const v = view({ types: ['claim', 'sector'] });
		const expected = expectedView(graph, { types: ['claim', 'sector'] });
		const shown = shownSubgraph(index, v);
		expect([sorted(shown.nodes), sorted(shown.edges)]).toEqual([
			sorted(expected.nodes),
			sorted(expected.edges)
		]);
	});

	it('is the focus’s neighbourhood, to its depth, within the filters', () => {
		const v = view({ focus: 'q1', depth: 2, types: ['question', 'claim', 'sector'] });
		const within = expectedView(graph, { types: ['question', 'claim', 'sector'] });
		const expected = expectedNeighbourhood(graph, 'q1', 2, within);
		const shown = shownSubgraph(index, v);
		expect([sorted(shown.nodes), sorted(shown.edges)]).toEqual([
			sorted(expected.nodes),
			sorted(expected.edges)
		]);
	});
});

describe('reveal', () => {
	it.each<[string, Partial<ViewState>, string, Partial<ViewState>]>([
		['expands the question of a collapsed answer', {}, 'q1-wang-qing', { expanded: ['q1'] }],
		[
			'shows a hidden type again',
			{ types: ['sector'] },
			xiangClaim.id,
			{ types: ['claim', 'sector'] }
		],
		[
			'lifts a speaker filter that excludes the node',
			{ speakers: ['wang-qing'] },
			xiangClaim.id,
			{ speakers: [] }
		],
		[
			'moves a focus onto a node outside it',
			{ focus: 'zinc-link' },
			xiangClaim.id,
			{ focus: xiangClaim.id }
		],
		['changes nothing for a node on screen', {}, xiangClaim.id, {}],
		['changes nothing for an unknown id', { types: ['sector'] }, 'nope', { types: ['sector'] }]
	])('%s', (_, start, id, expected) => {
		const next = reveal(index, view(start), id);
		expect(next).toEqual(view(expected));
		if (index.nodes.has(id)) expect(shows(next, id)).toBe(true);
	});

	it('shows an edge’s relation and both its ends', () => {
		const start = view({ types: ['sector'], relations: ['about'] });
		const next = reveal(index, start, disagreement.id);
		expect(next.relations).toEqual(['about', 'disagrees-with']);
		expect(next.types).toEqual(['claim', 'sector']);
		expect(shows(next, disagreement.id)).toBe(true);
	});
});

describe('normalize', () => {
	it('drops a focus that the filters hide', () => {
		expect(normalize(index, view({ focus: 'q1', types: ['claim'] }))).toEqual(
			view({ types: ['claim'] })
		);
	});

	it('drops a selection that is not on screen', () => {
		expect(normalize(index, view({ selected: 'q1-wang-qing' }))).toEqual(view({}));
		expect(normalize(index, view({ selected: 'zinc-link', focus: 'q1' }))).toEqual(
			view({ focus: 'q1' })
		);
	});

	it('returns the same object when there is nothing to drop', () => {
		const v = view({ selected: 'q1', expanded: ['q1'] });
		expect(normalize(index, v)).toBe(v);
	});
});

describe('applyChange', () => {
	it('reveals a new selection before dropping what cannot be shown', () => {
		expect(applyChange(index, view({}), { selected: 'q2-wang-qing' })).toEqual(
			view({ selected: 'q2-wang-qing', expanded: ['q2'] })
		);
	});

	it('clears a selection that a filter change hides', () => {
		expect(applyChange(index, view({ selected: xiangClaim.id }), { types: ['sector'] })).toEqual(
			view({ types: ['sector'] })
		);
	});

	it('collapsing a question puts its selected answer away', () => {
		const start = view({ selected: 'q1-wang-qing', expanded: ['q1'] });
		expect(applyChange(index, start, { expanded: [] })).toEqual(view({}));
	});
});

describe('canonicalTypes', () => {
	it('orders types as the legend does and writes all of them as none', () => {
		expect(canonicalTypes(['sector', 'claim', 'sector'])).toEqual(['claim', 'sector']);
		expect(
			canonicalTypes([
				'speaker',
				'organization',
				'question',
				'answer',
				'claim',
				'sector',
				'scenario',
				'concept'
			])
		).toEqual([]);
	});
});

describe('a relation filter shows what those relations join', () => {
	// The interview's seven disagreements: Wang Qing's three claims on which sector comes first
	// against Xiang Lipeng's "the industrial Internet will emerge first"; "still a basic technology"
	// against "not just a basic technology", which also answers the commentators' view the host
	// relays; and Wang's two Q5 claims against Xiang's "rare development opportunities".
	const disagreements = view({ relations: ['disagrees-with'] });
	const claimQuoting = (words: string) =>
		graph.nodes.find((n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words)))!.id;
	const joined = [
		'I expect that the industrial Internet will emerge first',
		'So I think 5G will break out first',
		'In chronological order, I think it is 5G, UHV',
		'so the Industrial Internet will break out later',
		'Blockchain is still a basic technology',
		'It is not just a basic technology',
		'blockchain can only be used as a basic technology at the moment',
		'On the one hand, the construction content',
		'So I think the effect is an expanded market',
		'The key point of blockchain technology for new infrastructure'
	];

	it('keeps only the nodes the shown edges join', () => {
		const visible = visibleOf(index, disagreements);
		expect(visible.edges.size).toBe(7);
		expect([...visible.nodes].sort()).toEqual(joined.map(claimQuoting).sort());
	});

	it('counts the nodes it hides for having no edge left', () => {
		// Answers start collapsed, so the filtered graph has every node but the answers.
		const answers = graph.nodes.filter((n) => n.type === 'answer').length;
		expect(unjoinedCount(index, disagreements)).toBe(graph.nodes.length - answers - joined.length);
		expect(unjoinedCount(index, INITIAL_VIEW)).toBe(0);
	});

	it('is lifted when the reader selects a node it hides', () => {
		const next = applyChange(index, disagreements, { selected: 'q1' });
		expect(next.relations).toEqual([]);
		expect(next.selected).toBe('q1');
	});

	it('keeps the filter when a hidden edge is selected, adding its relation', () => {
		const agreement = graph.edges.find((e) => e.relation === 'agrees-with')!;
		const next = applyChange(index, disagreements, { selected: agreement.id });
		expect(next.relations).toEqual(['agrees-with', 'disagrees-with']);
		expect(shows(next, agreement.id)).toBe(true);
	});
});

describe('collapseAnswers and answersOpen', () => {
	// The interview's answers, by hand: Xiang Lipeng answers q1 to q4, Wang Qing q1, q2, q4 and q5.
	const XIANG = ['q1-xiang-lipeng', 'q2-xiang-lipeng', 'q3-xiang-lipeng', 'q4-xiang-lipeng'];
	const WANG = ['q1-wang-qing', 'q2-wang-qing', 'q4-wang-qing', 'q5-wang-qing'];
	const ALL = ['q1', 'q2', 'q3', 'q4', 'q5'];
	/** The answers a list of expanded nodes opens, as a sorted list. */
	const opened = (expanded: string[]) =>
		[...openAnswersOf(index, expanded)].filter((id) => id.includes('-')).sort();

	it('after Expand all, a speaker’s answers are open though only the questions were expanded', () => {
		const open = openAnswersOf(index, ALL);
		expect(answersOpen(index, open, 'wang-qing')).toBe(true);
		expect(answersOpen(index, openAnswersOf(index, ['q1']), 'wang-qing')).toBe(false);
		expect(answersOpen(index, open, 'q3')).toBe(true);
		// A node that opens no answer is never "expanded".
		expect(answersOpen(index, open, 'blockchain')).toBe(false);
	});

	it('collapsing a speaker after Expand all closes theirs and keeps the other’s open', () => {
		const after = collapseAnswers(index, ALL, 'wang-qing');
		// q3 opens only Xiang's answer and stays; Xiang's other answers are opened by Xiang.
		expect(after).toEqual(['q3', 'xiang-lipeng']);
		expect(opened(after)).toEqual([...XIANG].sort());
	});

	it('collapsing a question the speaker opened keeps the speaker’s other answers through their claims or questions', () => {
		const after = collapseAnswers(index, ['wang-qing'], 'q1');
		expect(opened(after)).toEqual(['q2-wang-qing', 'q4-wang-qing', 'q5-wang-qing']);
		// q5 has only Wang's answer; q2 and q4 also have Xiang's, so a claim made there opens it.
		expect(after).toContain('q5');
		expect(after).not.toContain('q2');
		expect(after).not.toContain('wang-qing');
	});

	it('collapsing the one expanded node leaves nothing expanded', () => {
		expect(collapseAnswers(index, ['q1'], 'q1')).toEqual([]);
		expect(collapseAnswers(index, ['q1', 'q3'], 'q1')).toEqual(['q3']);
		expect(opened(collapseAnswers(index, ALL, 'q2'))).toEqual(
			[...XIANG, ...WANG].filter((a) => !a.startsWith('q2-')).sort()
		);
	});
});
