/**
 * The view state in the URL's query string, so that a copied link opens the same view and
 * back/forward step through what the reader did. Parameters, each omitted when it has its
 * default: `select` (node or edge id), `focus` (node id), `depth` (1–3), `types`, `speakers`,
 * `relations`, `expand` (comma-separated lists), `q` (the search text), `sentence` (a transcript
 * sentence whose citing elements are selected), `trace` (node traced to its speaker), `connect`
 * (two node ids), `step` (the turn followed up to, 1-based), `reader=0` (transcript closed) and `layout` (`question` or
 * `overview`; by speaker when absent).
 */
import type { GraphIndex } from '$lib/graph/query';
import { ARRANGEMENTS, type NodeType, type Relation } from '$lib/graph/vocabulary';
import { applyChange, INITIAL_VIEW, normalize, reveal, type ViewState } from './view';

/** Query parameter names, in the order a URL lists them. */
export const PARAMS = {
	selected: 'select',
	focus: 'focus',
	depth: 'depth',
	types: 'types',
	speakers: 'speakers',
	relations: 'relations',
	expanded: 'expand',
	query: 'q',
	sentence: 'sentence',
	trace: 'trace',
	connect: 'connect',
	step: 'step',
	reader: 'reader',
	layout: 'layout'
} as const satisfies Record<keyof ViewState, string>;

/**
 * The query string for a view, with a leading `?`, or the empty string for the initial view.
 * List items are ids (lower-case words and hyphens), so commas stay readable.
 *
 * @example
 * viewToSearch({ ...INITIAL_VIEW, selected: 'q1', types: ['claim', 'sector'] });
 * // '?select=q1&types=claim,sector'
 */
export function viewToSearch(view: ViewState): string {
	const parts: string[] = [];
	const add = (name: string, value: string) =>
		parts.push(`${name}=${encodeURIComponent(value).replaceAll('%2C', ',')}`);
	const list = (name: string, items: readonly string[]) => {
		if (items.length > 0) add(name, items.join(','));
	};
	if (view.selected !== null) add(PARAMS.selected, view.selected);
	if (view.focus !== null) add(PARAMS.focus, view.focus);
	if (view.depth !== INITIAL_VIEW.depth) add(PARAMS.depth, String(view.depth));
	list(PARAMS.types, view.types);
	list(PARAMS.speakers, view.speakers);
	list(PARAMS.relations, view.relations);
	list(PARAMS.expanded, view.expanded);
	if (view.query !== '') add(PARAMS.query, view.query);
	if (view.sentence !== null) add(PARAMS.sentence, view.sentence);
	if (view.trace !== null) add(PARAMS.trace, view.trace);
	list(PARAMS.connect, view.connect);
	if (view.step !== null) add(PARAMS.step, String(view.step + 1));
	if (!view.reader) add(PARAMS.reader, '0');
	if (view.layout !== INITIAL_VIEW.layout) add(PARAMS.layout, view.layout);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * The view a query string describes, checked against the graph: unknown ids, types and
 * relations are dropped, the depth is clamped to 1–3, and a selected or focused element that
 * the filters would hide is brought into view, as choosing it in the app would.
 */
export function viewFromSearch(search: string | URLSearchParams, index: GraphIndex): ViewState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const list = (name: string) =>
		(params.get(name) ?? '')
			.split(',')
			.map((item) => item.trim())
			.filter((item) => item !== '');
	const id = (name: string) => {
		const value = params.get(name)?.trim();
		return value && (index.nodes.has(value) || index.edges.has(value)) ? value : null;
	};
	const depth = Number(params.get(PARAMS.depth) ?? INITIAL_VIEW.depth);
	const focus = id(PARAMS.focus);
	const selected = id(PARAMS.selected);
	const sentence = params.get(PARAMS.sentence)?.trim() ?? '';
	const trace = id(PARAMS.trace);
	const connect = list(PARAMS.connect);
	const step = Number(params.get(PARAMS.step) ?? NaN);

	let view: ViewState = {
		selected,
		focus: focus !== null && index.nodes.has(focus) ? focus : null,
		depth: Number.isFinite(depth) ? Math.round(depth) : INITIAL_VIEW.depth,
		types: list(PARAMS.types) as NodeType[],
		speakers: list(PARAMS.speakers),
		relations: list(PARAMS.relations) as Relation[],
		expanded: list(PARAMS.expanded),
		query: params.get(PARAMS.query) ?? '',
		sentence: null,
		trace: null,
		connect: [],
		step: Number.isInteger(step) ? step - 1 : null,
		reader: params.get(PARAMS.reader) !== '0',
		layout: ARRANGEMENTS.find((name) => name === params.get(PARAMS.layout)) ?? INITIAL_VIEW.layout
	};
	view = normalize(index, { ...view, selected: null });
	if (view.focus === null && focus !== null && index.nodes.has(focus)) {
		view = reveal(index, { ...view, focus }, focus);
	}
	if (selected !== null) view = reveal(index, { ...view, selected }, selected);
	view = normalize(index, view);
	// The transcript, trace and connection views are restored as the app makes them.
	if (index.sentences.has(sentence) && view.selected === null) {
		view = applyChange(index, view, { sentence });
	} else if (trace !== null && trace === view.selected) {
		view = applyChange(index, view, { trace });
	} else if (connect.length === 2 && connect[0] === view.selected) {
		view = applyChange(index, view, { connect });
	}
	return view;
}
