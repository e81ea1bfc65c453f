import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { viewFromSearch, viewToSearch } from '../../src/lib/state/url';
import { INITIAL_VIEW, type ViewState } from '../../src/lib/state/view';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);
const view = (change: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...change });
const claim = graph.nodes.find((n) => n.type === 'claim')!;
const agreement = graph.edges.find((e) => e.relation === 'agrees-with')!;

describe('viewToSearch', () => {
	it.each<[string, Partial<ViewState>, string]>([
		['the initial view as no query at all', {}, ''],
		['a selection', { selected: 'q1' }, '?select=q1'],
		['a focus with its depth', { focus: 'q1', depth: 2 }, '?focus=q1&depth=2'],
		['the default depth by omission', { focus: 'q1', depth: 1 }, '?focus=q1'],
		['lists with readable commas', { types: ['claim', 'sector'] }, '?types=claim,sector'],
		[
			'every parameter in a fixed order',
			{
				query: '5G',
				expanded: ['q1'],
				relations: ['agrees-with'],
				speakers: ['wang-qing'],
				types: ['claim'],
				depth: 3,
				focus: 'wang-qing',
				selected: 'q1'
			},
			'?select=q1&focus=wang-qing&depth=3&types=claim&speakers=wang-qing&relations=agrees-with&expand=q1&q=5G'
		],
		[
			'search text, encoded',
			{ query: 'break out, first & last' },
			'?q=break%20out,%20first%20%26%20last'
		]
	])('writes %s', (_, change, expected) => {
		expect(viewToSearch(view(change))).toBe(expected);
	});
});

describe('viewFromSearch', () => {
	it.each<[string, string, Partial<ViewState>]>([
		['an empty query as the initial view', '', {}],
		['a node selection', '?select=q1', { selected: 'q1' }],
		['an edge selection', `?select=${agreement.id}`, { selected: agreement.id }],
		['lists, in canonical order', '?types=sector,claim', { types: ['claim', 'sector'] }],
		['commas however they are encoded', '?types=sector%2Cclaim', { types: ['claim', 'sector'] }],
		['search text', '?q=break%20out', { query: 'break out' }],
		['a focus and depth', '?focus=q1&depth=3', { focus: 'q1', depth: 3 }]
	])('reads %s', (_, search, expected) => {
		expect(viewFromSearch(search, index)).toEqual(view(expected));
	});

	it.each<[string, string, Partial<ViewState>]>([
		['unknown ids', '?select=nope&focus=nope&speakers=nope&expand=nope', {}],
		['unknown types and relations', '?types=claim,bogus&relations=bogus', { types: ['claim'] }],
		[
			'every type as no restriction',
			`?types=${[...new Set(graph.nodes.map((n) => n.type))].join(',')}`,
			{}
		],
		['a depth out of range', '?focus=q1&depth=9', { focus: 'q1', depth: 3 }],
		['a depth that is not a number', '?focus=q1&depth=deep', { focus: 'q1', depth: 1 }],
		['a focus on an edge', `?focus=${agreement.id}`, {}],
		['a speaker that is not one', '?speakers=q1', {}],
		['an expansion of a node without answers', '?expand=zinc-link', {}]
	])('drops %s', (_, search, expected) => {
		expect(viewFromSearch(search, index)).toEqual(view(expected));
	});

	it('brings a selected answer into view by expanding its question', () => {
		expect(viewFromSearch('?select=q1-wang-qing', index)).toEqual(
			view({ selected: 'q1-wang-qing', expanded: ['q1'] })
		);
	});

	it('shows the type of a selected node again', () => {
		expect(viewFromSearch(`?select=${claim.id}&types=sector`, index)).toEqual(
			view({ selected: claim.id, types: ['claim', 'sector'] })
		);
	});

	it('round-trips every view it writes', () => {
		const views: Partial<ViewState>[] = [
			{},
			{ selected: claim.id, focus: claim.id, depth: 2 },
			{ types: ['claim', 'sector', 'scenario'], relations: ['about', 'agrees-with'] },
			{ speakers: ['wang-qing'], expanded: ['wang-qing', 'q3'], query: 'trusted data' },
			{ selected: agreement.id, query: '5G, "first"' }
		];
		for (const change of views) {
			const original = viewFromSearch(viewToSearch(view(change)), index);
			expect(viewFromSearch(viewToSearch(original), index)).toEqual(original);
			expect(original).toEqual(view(change));
		}
	});
});

// Hand-written from the transcript: a narrated introduction, then 13 labelled turns, so 14 turns
// the reader can step through; the URL counts them from 1, the view from 0.
describe('the reader’s step and pane in the URL', () => {
	it.each<[Partial<ViewState>, string]>([
		[{ step: 0 }, '?step=1'],
		[{ step: 2 }, '?step=3'],
		[{ step: 13 }, '?step=14'],
		[{ reader: false }, '?reader=0'],
		[{ selected: 'q1', step: 4, reader: false }, '?select=q1&step=5&reader=0']
	])('writes %j as %s', (change, expected) => {
		expect(viewToSearch(view(change))).toBe(expected);
	});

	it.each<[string, number | null]>([
		['?step=1', 0],
		['?step=3', 2],
		['?step=14', 13],
		['?step=15', null],
		['?step=0', null],
		['?step=-2', null],
		['?step=2.5', null],
		['?step=second', null]
	])('reads %s as step %j', (search, step) => {
		expect(viewFromSearch(search, index)).toEqual(view({ step }));
	});

	it('reads reader=0 as the transcript closed, anything else as open', () => {
		expect(viewFromSearch('?reader=0', index).reader).toBe(false);
		expect(viewFromSearch('?reader=1', index).reader).toBe(true);
		expect(viewFromSearch('', index).reader).toBe(true);
	});

	it('reads a sentence and opens the answer it is in', () => {
		// Sentence 16 of Wang Qing's answer to question 1: "So I think 5G will break out first."
		expect(viewFromSearch('?sentence=t3-s16', index)).toEqual(
			view({ sentence: 't3-s16', expanded: ['q1'] })
		);
		expect(viewToSearch(view({ sentence: 't3-s16', expanded: ['q1'] }))).toBe(
			'?expand=q1&sentence=t3-s16'
		);
		expect(viewFromSearch('?sentence=t99-s1', index)).toEqual(view({}));
	});

	it('reads a trace and a connection only beside the selection they start from', () => {
		expect(viewFromSearch('?select=wang-qing&trace=wang-qing', index)).toEqual(
			view({ selected: 'wang-qing', trace: 'wang-qing' })
		);
		expect(viewFromSearch('?trace=wang-qing', index)).toEqual(view({}));
		expect(viewFromSearch('?select=q1&connect=q1,wang-qing', index)).toEqual(
			view({ selected: 'q1', expanded: ['q1'], connect: ['q1', 'wang-qing'] })
		);
		expect(viewFromSearch('?select=q1&connect=wang-qing,q1', index)).toEqual(
			view({ selected: 'q1' })
		);
		expect(viewToSearch(view({ selected: 'q1', connect: ['q1', 'wang-qing'] }))).toBe(
			'?select=q1&connect=q1,wang-qing'
		);
	});
});
