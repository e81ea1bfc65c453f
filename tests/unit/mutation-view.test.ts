/**
 * The view's rules at their edges (src/lib/state/view.ts): what `normalize` drops from a view that
 * cannot be shown (a step past the interview, a sentence nothing cites or beside a selection, a
 * trace or a connection that does not start at the selection, a focus on an edge), and what a
 * change does to what it does not carry. Ids are the interview's as a reader sees them; every
 * expected view is written out by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { applyChange, INITIAL_VIEW, normalize, type ViewState } from '../../src/lib/state/view';
import { compiledInterview } from './helpers';

const view = (change: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...change });
const index = () => new GraphIndex(compiledInterview());

/** Wang Qing's claim resting on "So I think 5G will break out first." (sentence t3-s16, Q1). */
const CLAIM = 'wang-5g-breaks-out-first';
/** An edge: question 1 was asked by Gong Haihan. */
const EDGE = 'q1--asked-by--gong-haihan';

describe('normalize drops what cannot be shown', () => {
	it.each<[string, Partial<ViewState>, Partial<ViewState>]>([
		// The interview has 14 turns: steps 0 to 13.
		['a step past the last turn', { step: 14 }, {}],
		['a step before the first', { step: -1 }, {}],
		['a step between two turns', { step: 2.5 }, {}],
		['the last step', { step: 13 }, { step: 13 }],
		['the first step', { step: 0 }, { step: 0 }],
		// t0-s1 is the title: nothing cites it.
		['a sentence nothing cites', { sentence: 't0-s1' }, {}],
		['a sentence beside a selection', { selected: 'q1', sentence: 't3-s16' }, { selected: 'q1' }],
		[
			'a trace from another node than the selection',
			{ selected: 'q1', trace: 'wang-qing' },
			{ selected: 'q1' }
		],
		['a trace of an edge', { selected: EDGE, trace: EDGE }, { selected: EDGE }],
		['a connection of one node', { selected: 'q1', connect: ['q1'] }, { selected: 'q1' }],
		[
			'a connection that does not start at the selection',
			{ selected: 'q1', connect: ['wang-qing', 'q1'] },
			{ selected: 'q1' }
		],
		['a connection to an edge', { selected: 'q1', connect: ['q1', EDGE] }, { selected: 'q1' }],
		[
			'a connection beside a trace',
			{ selected: 'q1', trace: 'q1', connect: ['q1', 'wang-qing'] },
			{ selected: 'q1', trace: 'q1' }
		],
		['a focus on an edge', { focus: EDGE }, {}]
	])('%s', (_, given, kept) => {
		expect(normalize(index(), view(given))).toEqual(view(kept));
	});

	it.each<[string, Partial<ViewState>]>([
		['a sentence alone', { sentence: 't3-s16', expanded: ['q1'] }],
		['a trace from the selection', { selected: 'q1', trace: 'q1' }],
		['a connection from the selection', { selected: 'q1', connect: ['q1', 'wang-qing'] }],
		['a focus on a node', { focus: 'q1' }]
	])('keeps %s as it is', (_, given) => {
		const shown = view(given);
		expect(normalize(index(), shown)).toBe(shown);
	});
});

describe('applyChange', () => {
	it('ends a trace and a connection when another node is selected', () => {
		const from = view({ selected: 'q1', trace: 'q1' });
		expect(applyChange(index(), from, { selected: 'wang-qing' })).toEqual(
			view({ selected: 'wang-qing' })
		);
		const connecting = view({ selected: 'q1', connect: ['q1', 'wang-qing'] });
		expect(applyChange(index(), connecting, { selected: 'xiang-lipeng' })).toEqual(
			view({ selected: 'xiang-lipeng' })
		);
	});

	it('ends them when the same node is selected again, and a sentence when the selection is cleared', () => {
		expect(applyChange(index(), view({ selected: 'q1', trace: 'q1' }), { selected: 'q1' })).toEqual(
			view({ selected: 'q1' })
		);
		expect(
			applyChange(
				index(),
				view({ selected: 'q1', connect: ['q1', 'wang-qing'], expanded: ['q1'] }),
				{
					selected: 'q1'
				}
			)
		).toEqual(view({ selected: 'q1', expanded: ['q1'] }));
		expect(
			applyChange(index(), view({ sentence: 't3-s16', expanded: ['q1'] }), { selected: null })
		).toEqual(view({ expanded: ['q1'] }));
	});

	it('keeps the trace a selection brings with it', () => {
		expect(
			applyChange(index(), view({ selected: 'q1', trace: 'q1' }), {
				selected: 'wang-qing',
				trace: 'wang-qing'
			})
		).toEqual(view({ selected: 'wang-qing', trace: 'wang-qing' }));
	});

	it('ends a sentence’s selection when a node is selected, and the reverse', () => {
		const reading = view({ sentence: 't3-s16', expanded: ['q1'] });
		expect(applyChange(index(), reading, { selected: 'q1' })).toEqual(
			view({ selected: 'q1', expanded: ['q1'] })
		);
		// Selecting the sentence ends the selection and the focus, and shows what cites it: the
		// claim and Wang Qing's answer to question 1, which opens.
		expect(
			applyChange(index(), view({ selected: 'q1', focus: 'wang-qing' }), { sentence: 't3-s16' })
		).toEqual(view({ sentence: 't3-s16', expanded: ['q1'] }));
	});

	it('shows a focus the filters hid', () => {
		expect(applyChange(index(), view({ types: ['sector'] }), { focus: CLAIM })).toEqual(
			view({ focus: CLAIM, types: ['claim', 'sector'] })
		);
	});

	it('leaves a focus for a trace, and opens the answer on its chain', () => {
		expect(applyChange(index(), view({ focus: 'q2' }), { selected: CLAIM, trace: CLAIM })).toEqual(
			view({ selected: CLAIM, trace: CLAIM, expanded: ['q1'] })
		);
	});

	it('leaves a focus for a connection of two nodes, and opens the answer on its chain', () => {
		expect(
			applyChange(index(), view({ focus: 'q2' }), {
				selected: 'q1',
				connect: ['q1', 'wang-qing']
			})
			// The shortest chain runs through Wang Qing's answer to question 1, which opens.
		).toEqual(view({ selected: 'q1', connect: ['q1', 'wang-qing'], expanded: ['q1'] }));
	});
});
