/**
 * URL state at its edges: what a hand-edited or pasted link may hold (spaces around ids and list
 * items, a fractional depth, a focus the filters hide, a sentence beside a selection) and the
 * URLSearchParams the app's router hands over. Found by mutation testing; ids and sentences are
 * the interview's as a reader sees them.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { viewFromSearch, viewToSearch } from '../../src/lib/state/url';
import { INITIAL_VIEW, type ViewState } from '../../src/lib/state/view';
import { compiledInterview } from './helpers';

const index = new GraphIndex(compiledInterview());
const view = (change: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...change });

/** Wang Qing's claim resting on "So I think 5G will break out first." (sentence t3-s16). */
const CLAIM = 'wang-5g-breaks-out-first';

describe('viewFromSearch reads a link as a person may have typed it', () => {
	it.each<[string, string, Partial<ViewState>]>([
		['spaces around list items', '?types=%20sector%20,%20claim', { types: ['claim', 'sector'] }],
		['spaces around an id', '?select=%20q1%20', { selected: 'q1' }],
		[
			'spaces around a sentence id',
			'?sentence=%20t3-s16%20',
			{ sentence: 't3-s16', expanded: ['q1'] }
		],
		['a depth between two, to the nearest', '?focus=q1&depth=2.4', { focus: 'q1', depth: 2 }],
		['a depth just under three, to the nearest', '?focus=q1&depth=2.6', { focus: 'q1', depth: 3 }],
		[
			'a focus on a claim with only sectors shown, showing claims again',
			`?focus=${CLAIM}&types=sector`,
			{ focus: CLAIM, types: ['claim', 'sector'] }
		],
		[
			'a sentence beside a selection as the selection alone',
			'?select=q1&sentence=t3-s16',
			{ selected: 'q1' }
		],
		[
			'a connection with an empty item between its two ends',
			'?select=q1&connect=q1,,wang-qing',
			{ selected: 'q1', expanded: ['q1'], connect: ['q1', 'wang-qing'] }
		],
		[
			'a connection of three nodes as none',
			'?select=q1&connect=q1,wang-qing,q2',
			{ selected: 'q1' }
		]
	])('reads %s', (_, search, expected) => {
		expect(viewFromSearch(search, index)).toEqual(view(expected));
	});

	it('reads the URLSearchParams of a page as it reads a query string', () => {
		const params = new URLSearchParams('select=q1&step=3&reader=0');
		expect(viewFromSearch(params, index)).toEqual(view({ selected: 'q1', step: 2, reader: false }));
	});

	it('writes a trace beside the selection it starts from', () => {
		expect(viewToSearch(view({ selected: 'wang-qing', trace: 'wang-qing' }))).toBe(
			'?select=wang-qing&trace=wang-qing'
		);
	});

	it('writes a focused claim with its types and reads it back the same', () => {
		const search = viewToSearch(view({ focus: CLAIM, types: ['claim', 'sector'], depth: 2 }));
		expect(search).toBe(`?focus=${CLAIM}&depth=2&types=claim,sector`);
		expect(viewFromSearch(search, index)).toEqual(
			view({ focus: CLAIM, types: ['claim', 'sector'], depth: 2 })
		);
	});
});

describe('the arrangement in a link', () => {
	it.each<[Partial<ViewState>, string]>([
		[{ layout: 'question' }, '?layout=question'],
		[{ layout: 'overview' }, '?layout=overview'],
		// By speaker is the arrangement the explorer opens on: a link leaves it out.
		[{ layout: 'speaker' }, '']
	])('is written only when it is not the one the explorer opens on: %o', (change, search) => {
		expect(viewToSearch(view(change))).toBe(search);
	});

	it.each<[string, Partial<ViewState>]>([
		['?layout=question', { layout: 'question' }],
		['?layout=overview', { layout: 'overview' }],
		['?layout=speaker', {}],
		// Not an arrangement (nor one in another case): the one the explorer opens on.
		['?layout=sideways', {}],
		['?layout=Question', {}]
	])('is read back from %s, or is the default', (search, expected) => {
		expect(viewFromSearch(search, index)).toEqual(view(expected));
	});
});
