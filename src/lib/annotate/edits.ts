/**
 * Edits of the annotations' YAML text, for the annotation mode (issue #16): each edit adds,
 * changes or removes one item and returns the new text, which the compiler then checks.
 *
 * The text is parsed with `yaml` to find where things are, and changed by splicing only the
 * lines of what is added, changed or removed: everything else (comments, blank lines, key order,
 * the quoting and folding of untouched items) is kept byte for byte. New items are written the
 * way the bundled annotations are: quotes as quoted scalars, `about` as `[a, b]`, a long
 * statement as a `>-` folded block. Pure and free of the DOM: it runs in Node and in a worker.
 */
import {
	isAlias,
	isMap,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Document,
	type Node,
	type Pair,
	type YAMLMap,
	type YAMLSeq
} from 'yaml';
import { slugWords } from '../graph/ids';
import type { AnnotatedRelation, ClaimKind, EntityType } from '../graph/vocabulary';

export type { ClaimKind };
export type Collection = 'claims' | 'entities' | 'organizations';
export type Edit =
	| {
			op: 'add-claim';
			speaker: string;
			quote: string;
			label: string;
			statement?: string;
			kind?: ClaimKind;
			about?: string[];
			id?: string;
	  }
	| { op: 'add-entity'; type: EntityType; label: string; quote: string; id?: string }
	| { op: 'add-organization'; name: string; quote: string; id?: string }
	| {
			op: 'add-relation';
			source: string;
			relation: AnnotatedRelation;
			target: string;
			quote: string;
	  }
	| { op: 'add-quote'; collection: 'claims' | 'entities'; id: string; quote: string }
	| {
			op: 'update-claim';
			id: string;
			label?: string;
			statement?: string;
			kind?: ClaimKind | null;
			about?: string[];
	  }
	| { op: 'update-entity'; id: string; label?: string; type?: EntityType }
	| { op: 'update-organization'; id: string; name?: string }
	| { op: 'delete'; collection: Collection; id: string }
	| { op: 'delete-relation'; source: string; relation: AnnotatedRelation; target: string };

/**
 * Thrown for an edit that cannot apply to this text at all (an unknown id, YAML that does not
 * parse, a section that is not a list). The message is a sentence for a person, naming the id.
 */
export class EditError extends Error {
	override name = 'EditError';
}

/** The longest id {@link newId} makes, and the most words it takes from a label. */
const MAX_ID_CHARS = 48;
const MAX_ID_WORDS = 6;
/** A statement longer than this is written as a `>-` folded block. */
const FOLD_OVER = 90;
/** The column a folded statement's lines are wrapped at (the bundled file's width). */
const WRAP_AT = 100;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The sections, in the order of the schema (and of the bundled file). */
const SECTION_ORDER = [
	'document',
	'speakers',
	'organizations',
	'questions',
	'entities',
	'claims',
	'relations',
	'uncited'
] as const;
type Section = (typeof SECTION_ORDER)[number];

/** The key order of each kind of item, as a person writes it. */
const CLAIM_KEYS = [
	'id',
	'speaker',
	'label',
	'statement',
	'kind',
	'quotes',
	'about',
	'relayed',
	'acknowledged'
];
const ENTITY_KEYS = ['id', 'type', 'label', 'description', 'aliases', 'quotes'];
const ORGANIZATION_KEYS = ['id', 'name', 'quote'];
const RELATION_KEYS = ['source', 'relation', 'target', 'quotes'];

const NAMES: Record<Collection, string> = {
	claims: 'claim',
	entities: 'entity',
	organizations: 'organisation'
};

/**
 * Applies one edit to the annotations' text; returns the new text and, for an add, the id of
 * what was added (for a relation, `source relation target`); for any other edit, the id it names.
 * The input text is never changed in place.
 *
 * @throws EditError when the edit cannot apply to this text (see {@link EditError}).
 *
 * @example
 * const { text, id } = applyEdit(yaml, {
 * 	op: 'add-entity', type: 'sector', label: 'Rail transit', quote: 'and Rail Transit'
 * });
 * // id: 'rail-transit'; text: yaml with the entity appended to `entities:`
 */
export function applyEdit(text: string, edit: Edit): { text: string; id: string } {
	// A file written with Windows line breaks is edited with plain ones and given them back.
	if (text.includes('\r\n') && !/(?<!\r)\n/.test(text)) {
		const edited = applyEdit(text.replaceAll('\r\n', '\n'), edit);
		return { ...edited, text: edited.text.replaceAll('\n', '\r\n') };
	}
	const state = new EditState(text);
	switch (edit.op) {
		case 'add-claim':
			return state.addClaim(edit);
		case 'add-entity':
			return state.addEntity(edit);
		case 'add-organization':
			return state.addOrganization(edit);
		case 'add-relation':
			return state.addRelation(edit);
		case 'add-quote':
			return state.addQuote(edit);
		case 'update-claim':
			return state.updateClaim(edit);
		case 'update-entity':
			return state.updateEntity(edit);
		case 'update-organization':
			return state.updateOrganization(edit);
		case 'delete':
			return state.deleteItem(edit.collection, edit.id);
		case 'delete-relation':
			return state.deleteRelation(edit);
	}
}

/**
 * An id for a new item from its label: lower-case ASCII words joined by hyphens (matching
 * ID_PATTERN in schema.ts), at most 6 words / 48 characters, unique against `taken` by a -2,
 * -3… suffix; a label with no ASCII letters or digits gives `fallback` (`item` unless given),
 * then `fallback-2`…
 *
 * @example
 * newId('Wang Qing: 5G first!', new Set(['wang-qing-5g-first'])); // 'wang-qing-5g-first-2'
 * newId('新基建', new Set(), 'claim'); // 'claim'
 */
export function newId(label: string, taken: ReadonlySet<string>, fallback = 'item'): string {
	const base = clip(slugWords(label, MAX_ID_WORDS), MAX_ID_CHARS) || clip(fallback, MAX_ID_CHARS);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = `${clip(base, MAX_ID_CHARS - suffix.length)}${suffix}`;
		if (!taken.has(id)) return id;
	}
}

/** `id` cut to at most `max` characters, at a hyphen when there is one. */
function clip(id: string, max: number): string {
	if (id.length <= max) return id;
	const cut = id.slice(0, max + 1).lastIndexOf('-');
	return (cut > 0 ? id.slice(0, cut) : id.slice(0, max)).replace(/-+$/, '');
}

/**
 * Every id already used in the text: speakers, organisations, entities and claims, and the ids
 * the compiler gives the questions (`q1`…`qN`, N the highest question number the text names)
 * and the answers (`q3-wang-qing`, `q3-wang-qing-2`). Since the number of questions is in the
 * transcript, not here, `has` answers true for every such generated id, listed or not.
 *
 * @throws EditError when the text is not YAML, or not a mapping of sections.
 */
export function idsIn(text: string): Set<string> {
	return new EditState(text).ids();
}

/** A set of ids that also holds every id the compiler may generate for questions and answers. */
class ReservedIds extends Set<string> {
	private speakers: readonly string[] = [];

	static of(ids: Iterable<string>, speakers: readonly string[]): ReservedIds {
		const set = new ReservedIds(ids);
		set.speakers = speakers;
		return set;
	}

	override has(id: string): boolean {
		if (super.has(id)) return true;
		const match = /^q[1-9][0-9]*(?:-(.+))?$/.exec(id);
		if (!match) return false;
		const rest = match[1];
		if (rest === undefined) return true;
		return this.speakers.some(
			(s) =>
				rest === s || (rest.startsWith(`${s}-`) && /^[1-9][0-9]*$/.test(rest.slice(s.length + 1)))
		);
	}
}

// ---------------------------------------------------------------------------------------------
// The parsed text and the splices that change it

interface Splice {
	start: number;
	end: number;
	text: string;
}

/** Where block items of a section are written: the column of the dash and of their keys. */
interface Layout {
	dash: number;
	key: number;
}

type Item = YAMLMap<unknown, unknown>;

class EditState {
	private readonly doc: Document.Parsed;
	private readonly root: YAMLMap<unknown, unknown> | null;

	constructor(private readonly text: string) {
		this.doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true });
		const error = this.doc.errors[0];
		if (error) {
			const { line, col } = lineAndColumn(text, error.pos[0]);
			throw new EditError(
				`The annotations are not valid YAML (line ${line}, column ${col}: ${error.message.split('\n')[0]}), so they cannot be edited here; correct the YAML first.`
			);
		}
		const contents = this.doc.contents;
		if (contents !== null && !isMap(contents)) {
			throw new EditError(
				'The annotations are not a mapping of sections (speakers:, entities:, claims:…), so they cannot be edited here.'
			);
		}
		this.root = contents;
	}

	// --- Reading --------------------------------------------------------------------------------

	ids(): ReservedIds {
		const ids: string[] = [];
		for (const section of ['speakers', 'organizations', 'entities', 'claims'] as const) {
			for (const item of this.items(section)) {
				const id = str(item, 'id');
				if (id !== undefined) ids.push(id);
			}
		}
		let questions = 0;
		for (const item of this.items('questions')) {
			const n = item.get('number');
			if (typeof n === 'number' && Number.isInteger(n)) questions = Math.max(questions, n);
		}
		for (const item of this.items('relations')) {
			for (const end of [str(item, 'source'), str(item, 'target')]) {
				const match = /^q([1-9][0-9]*)$/.exec(end ?? '');
				if (match) questions = Math.max(questions, Number(match[1]));
			}
		}
		for (let n = 1; n <= questions; n++) ids.push(`q${n}`);
		return ReservedIds.of(ids, this.idsOf('speakers'));
	}

	private idsOf(section: Section): string[] {
		return this.items(section).flatMap((item) => str(item, 'id') ?? []);
	}

	private pair(section: Section): Pair<unknown, unknown> | undefined {
		return this.root?.items.find((p) => keyName(p) === section);
	}

	/** The section's list, or null when it is absent or empty (`[]`, `~` or nothing). */
	private list(section: Section): YAMLSeq<unknown> | null {
		const pair = this.pair(section);
		if (!pair) return null;
		const value = pair.value as Node | null;
		if (value === null || (isScalar(value) && value.value === null)) return null;
		if (!isSeq(value)) {
			throw new EditError(
				`The "${section}" section is not a list, so nothing can be added to it or removed from it here; write it as a list of items ("- id: …").`
			);
		}
		return value;
	}

	private items(section: Section): Item[] {
		return (this.list(section)?.items ?? []).filter((item): item is Item => isMap(item));
	}

	private find(collection: Collection, id: string): { seq: YAMLSeq<unknown>; item: Item } {
		const seq = this.list(collection);
		const item = seq?.items.find((i): i is Item => isMap(i) && str(i, 'id') === id);
		if (!seq || !item) {
			const elsewhere = (['claims', 'entities', 'organizations'] as const).find(
				(other) => other !== collection && this.idsOf(other).includes(id)
			);
			throw new EditError(
				`There is no ${NAMES[collection]} with the id "${id}"` +
					(elsewhere ? ` ("${id}" is ${article(NAMES[elsewhere])}).` : ' in these annotations.')
			);
		}
		return { seq, item };
	}

	private findRelation(source: string, relation: string, target: string) {
		const seq = this.list('relations');
		const item = seq?.items.find(
			(i): i is Item =>
				isMap(i) &&
				str(i, 'source') === source &&
				str(i, 'relation') === relation &&
				str(i, 'target') === target
		);
		return seq && item ? { seq, item } : null;
	}

	private checkNewId(id: string | undefined, label: string, fallback: string): string {
		const taken = this.ids();
		if (id === undefined) return newId(label, taken, fallback);
		if (!ID_PATTERN.test(id)) {
			throw new EditError(
				`"${id}" is not a valid id: use lower-case words joined by hyphens, e.g. "industrial-internet".`
			);
		}
		if (taken.has(id)) {
			throw new EditError(
				/^q[1-9][0-9]*(?:-|$)/.test(id)
					? `The id "${id}" is already taken (q1, q2… and q1-<speaker>… are the questions' and answers' ids); choose another.`
					: `The id "${id}" is already taken; choose another.`
			);
		}
		return id;
	}

	private checkTopics(about: readonly string[], claim: string) {
		const topics = new Set([...this.idsOf('entities'), ...this.idsOf('organizations')]);
		for (const topic of about) {
			if (!topics.has(topic)) {
				throw new EditError(
					`The claim "${claim}" cannot be about "${topic}": there is no entity or organisation with that id.`
				);
			}
		}
	}

	// --- Adding ---------------------------------------------------------------------------------

	addClaim(edit: Extract<Edit, { op: 'add-claim' }>) {
		if (!this.idsOf('speakers').includes(edit.speaker)) {
			throw new EditError(
				`There is no speaker with the id "${edit.speaker}" to attribute the claim to; the speakers are: ${this.idsOf('speakers').join(', ') || '(none)'}.`
			);
		}
		const id = this.checkNewId(edit.id, edit.label, 'claim');
		const about = edit.about ?? [];
		this.checkTopics(about, id);
		const layout = this.layout('claims');
		const lines = [
			`id: ${plain(id)}`,
			`speaker: ${plain(edit.speaker)}`,
			`label: ${scalar(edit.label)}`,
			...keyed('statement', statement(edit.statement ?? edit.label, layout.key + 2)),
			...(edit.kind ? [`kind: ${edit.kind}`] : []),
			'quotes:',
			`  - ${quoted(edit.quote)}`,
			...(about.length > 0 ? [`about: ${flowList(about)}`] : [])
		];
		return { text: this.append('claims', lines, layout), id };
	}

	addEntity(edit: Extract<Edit, { op: 'add-entity' }>) {
		const id = this.checkNewId(edit.id, edit.label, edit.type);
		const lines = [
			`id: ${plain(id)}`,
			`type: ${edit.type}`,
			`label: ${scalar(edit.label)}`,
			'quotes:',
			`  - ${quoted(edit.quote)}`
		];
		return { text: this.append('entities', lines), id };
	}

	addOrganization(edit: Extract<Edit, { op: 'add-organization' }>) {
		const id = this.checkNewId(edit.id, edit.name, 'organization');
		const lines = [
			`id: ${plain(id)}`,
			`name: ${scalar(edit.name)}`,
			`quote: ${quoted(edit.quote)}`
		];
		return { text: this.append('organizations', lines), id };
	}

	addRelation(edit: Extract<Edit, { op: 'add-relation' }>) {
		const id = `${edit.source} ${edit.relation} ${edit.target}`;
		const known = this.ids();
		for (const [end, name] of [
			[edit.source, 'source'],
			[edit.target, 'target']
		] as const) {
			if (!known.has(end)) {
				throw new EditError(
					`The relation's ${name} "${end}" is not the id of anything in these annotations.`
				);
			}
		}
		const existing = this.findRelation(edit.source, edit.relation, edit.target);
		if (existing) return { text: this.appendQuote(existing.item, edit.quote, RELATION_KEYS), id };
		const lines = [
			`source: ${plain(edit.source)}`,
			`relation: ${edit.relation}`,
			`target: ${plain(edit.target)}`,
			'quotes:',
			`  - ${quoted(edit.quote)}`
		];
		return { text: this.append('relations', lines), id };
	}

	addQuote(edit: Extract<Edit, { op: 'add-quote' }>) {
		const { item } = this.find(edit.collection, edit.id);
		const keys = edit.collection === 'claims' ? CLAIM_KEYS : ENTITY_KEYS;
		return { text: this.appendQuote(item, edit.quote, keys), id: edit.id };
	}

	/** Appends `quote` to the item's `quotes`, unless it is there already. */
	private appendQuote(item: Item, quote: string, order: readonly string[]): string {
		const pair = item.items.find((p) => keyName(p) === 'quotes');
		const value = pair?.value as Node | null | undefined;
		const current: unknown = value ? value.toJS(this.doc) : null;
		if (Array.isArray(current) && current.includes(quote)) return this.text;
		const indent = this.keyColumn(item);
		if (!pair || !isSeq(value) || value.items.length === 0) {
			// No list yet, or an alias of another item's list (`quotes: *seven-areas`): written out.
			const before = Array.isArray(current) ? current.filter((q) => typeof q === 'string') : [];
			const lines = ['quotes:', ...[...before, quote].map((q) => `  - ${quoted(q)}`)];
			return this.splice(
				pair
					? this.replacePair(item, pair, lines, indent)
					: this.insertPair(item, 'quotes', lines, order)
			);
		}
		// A list other items alias (`quotes: &seven-areas`) keeps its quotes for them.
		const detach = this.unanchor(value);
		const last = value.items[value.items.length - 1] as Node;
		if (value.flow) {
			return this.splice([
				...detach,
				{ start: this.end(last), end: this.end(last), text: `, ${quoted(quote)}` }
			]);
		}
		const dash = this.dashes(value)[0] ?? last.range![0] - 2;
		const at = afterLine(this.text, this.end(last));
		return this.splice([
			...detach,
			{
				start: at,
				end: at,
				text: `${this.newlineBefore(at)}${' '.repeat(column(this.text, dash))}- ${quoted(quote)}\n`
			}
		]);
	}

	/** Appends an item, written as `lines` (its keys, unindented), at the end of `section`. */
	private append(section: Section, lines: string[], layout = this.layout(section)): string {
		const block = indentItem(lines, layout);
		const seq = this.list(section);
		if (seq && seq.items.length > 0) {
			if (seq.flow) {
				throw new EditError(
					`The "${section}" section is written on one line ([…]); write it as a list of items ("- id: …") to add to it here.`
				);
			}
			const at = afterLine(this.text, this.end(seq.items[seq.items.length - 1] as Node));
			return this.splice([{ start: at, end: at, text: `${this.newlineBefore(at)}${block}\n` }]);
		}
		const pair = this.pair(section);
		if (pair) {
			// `claims: []`, `claims: ~` or `claims:` alone: the list replaces the value, and a
			// comment on the line stays on the key's line.
			const colon = this.colonAfter(pair);
			const lineEnd = endOfLine(this.text, colon);
			const rest = this.text.slice(colon + 1, lineEnd);
			const comment = /(?:^|\s)(#.*)$/.exec(rest)?.[1];
			return this.splice([
				{ start: colon + 1, end: lineEnd, text: `${comment ? ` ${comment}` : ''}\n${block}` }
			]);
		}
		return this.splice([this.newSection(section, `${section}:\n${block}\n`)]);
	}

	/** Where a missing section goes: after the section before it in the schema's order. */
	private newSection(section: Section, content: string): Splice {
		const pairs = this.root?.items ?? [];
		const rank = SECTION_ORDER.indexOf(section);
		const before = pairs.filter((p) => {
			const r = SECTION_ORDER.indexOf(keyName(p) as Section);
			return r !== -1 && r < rank;
		});
		const blank = /\n[ \t]*\n(?:#[^\n]*\n)*[^\s#]/.test(this.text) ? '\n' : '';
		const previous = before[before.length - 1];
		if (previous) {
			const at = afterLine(this.text, this.pairEnd(previous));
			return { start: at, end: at, text: `${this.newlineBefore(at)}${blank}${content}` };
		}
		const next = pairs.find((p) => SECTION_ORDER.indexOf(keyName(p) as Section) > rank);
		if (next) {
			const at = lineStart(this.text, (next.key as Node).range![0]);
			return { start: at, end: at, text: `${content}${blank}` };
		}
		const at = this.text.length;
		const gap = this.text.trim() === '' ? '' : this.newlineBefore(at) + blank;
		return { start: at, end: at, text: `${gap}${content}` };
	}

	// --- Updating -------------------------------------------------------------------------------

	updateClaim(edit: Extract<Edit, { op: 'update-claim' }>) {
		const { item } = this.find('claims', edit.id);
		if (edit.about) this.checkTopics(edit.about, edit.id);
		const indent = this.keyColumn(item);
		const splices: Splice[] = [];
		if (edit.label !== undefined)
			splices.push(...this.set(item, 'label', [`label: ${scalar(edit.label)}`], CLAIM_KEYS));
		if (edit.statement !== undefined) {
			const lines = keyed('statement', statement(edit.statement, indent + 2));
			splices.push(...this.set(item, 'statement', lines, CLAIM_KEYS));
		}
		if (edit.kind !== undefined) {
			splices.push(
				...(edit.kind === null
					? this.unset(item, 'kind')
					: this.set(item, 'kind', [`kind: ${edit.kind}`], CLAIM_KEYS))
			);
		}
		if (edit.about !== undefined) {
			splices.push(
				...(edit.about.length === 0
					? this.unset(item, 'about')
					: this.set(item, 'about', [`about: ${flowList(edit.about)}`], CLAIM_KEYS))
			);
		}
		return { text: this.splice(splices), id: edit.id };
	}

	updateEntity(edit: Extract<Edit, { op: 'update-entity' }>) {
		const { item } = this.find('entities', edit.id);
		const splices: Splice[] = [];
		if (edit.type !== undefined)
			splices.push(...this.set(item, 'type', [`type: ${edit.type}`], ENTITY_KEYS));
		if (edit.label !== undefined) {
			splices.push(...this.set(item, 'label', [`label: ${scalar(edit.label)}`], ENTITY_KEYS));
		}
		return { text: this.splice(splices), id: edit.id };
	}

	updateOrganization(edit: Extract<Edit, { op: 'update-organization' }>) {
		const { item } = this.find('organizations', edit.id);
		const splices =
			edit.name === undefined
				? []
				: this.set(item, 'name', [`name: ${scalar(edit.name)}`], ORGANIZATION_KEYS);
		return { text: this.splice(splices), id: edit.id };
	}

	/** Gives `key` the value written in `lines` (`key: value` and any further lines). */
	private set(item: Item, key: string, lines: string[], order: readonly string[]): Splice[] {
		const pair = item.items.find((p) => keyName(p) === key);
		if (pair && isScalar(pair.value) && pair.value.value === this.valueOf(lines)) return [];
		return pair
			? this.replacePair(item, pair, lines, this.keyColumn(item))
			: this.insertPair(item, key, lines, order);
	}

	/** What `key: value` lines mean, to leave a value that is already so untouched. */
	private valueOf(lines: string[]): unknown {
		const doc = parseDocument(lines.join('\n'));
		return isMap(doc.contents)
			? (doc.contents.items[0]?.value as Node | null)?.toJSON()
			: undefined;
	}

	private unset(item: Item, key: string): Splice[] {
		const pair = item.items.find((p) => keyName(p) === key);
		return pair ? [this.removePair(item, pair)] : [];
	}

	/** Replaces a pair's value by the one in `lines`, keeping the key and a comment after it. */
	private replacePair(
		item: Item,
		pair: Pair<unknown, unknown>,
		lines: string[],
		indent: number
	): Splice[] {
		if (item.flow) this.flowOnly(item);
		const colon = this.colonAfter(pair);
		const value = pair.value as Node | null;
		const valueEnd = value?.range ? Math.max(this.end(value), colon + 1) : colon + 1;
		const first = lines[0]!.slice(lines[0]!.indexOf(':') + 1);
		const more = lines.slice(1).map((l) => `${' '.repeat(indent)}${l}`);
		// A comment after the value stays on the key's line when the new value runs on below it.
		const lineEnd = endOfLine(this.text, valueEnd);
		const comment = /^\s+(#.*)$/.exec(this.text.slice(valueEnd, lineEnd))?.[1];
		if (more.length > 0 && comment) {
			return [{ start: colon + 1, end: lineEnd, text: `${first} ${comment}\n${more.join('\n')}` }];
		}
		return [{ start: colon + 1, end: valueEnd, text: [first, ...more].join('\n') }];
	}

	/** Inserts `key` after the nearest key that comes before it in the item's usual order. */
	private insertPair(item: Item, key: string, lines: string[], order: readonly string[]): Splice[] {
		if (item.flow) this.flowOnly(item);
		const rank = order.indexOf(key);
		const earlier = item.items.filter((p) => {
			const r = order.indexOf(keyName(p) ?? '');
			return r !== -1 && r < rank;
		});
		const after = earlier[earlier.length - 1] ?? item.items[item.items.length - 1];
		const indent = ' '.repeat(this.keyColumn(item));
		const text = lines.map((l) => `${indent}${l}\n`).join('');
		const at = after
			? afterLine(this.text, this.pairEnd(after))
			: afterLine(this.text, this.end(item));
		return [{ start: at, end: at, text: `${this.newlineBefore(at)}${text}` }];
	}

	private flowOnly(item: Item): never {
		const id = str(item, 'id') ?? str(item, 'source') ?? 'this item';
		throw new EditError(
			`"${id}" is written on one line ({…}); write it as one key per line to edit it here.`
		);
	}

	// --- Deleting -------------------------------------------------------------------------------

	deleteItem(collection: Collection, id: string) {
		const { seq, item } = this.find(collection, id);
		const splices: Splice[] = [];
		const removals = new Map<YAMLSeq<unknown>, Set<number>>();
		const remove = (list: YAMLSeq<unknown>, index: number) => {
			const set = removals.get(list) ?? new Set<number>();
			set.add(index);
			removals.set(list, set);
		};
		remove(seq, seq.items.indexOf(item));

		// Every reference to it: relations, claims' topics (and their acknowledgements), relayed
		// views' holders, speakers' organisation.
		this.list('relations')?.items.forEach((relation, i) => {
			if (isMap(relation) && (str(relation, 'source') === id || str(relation, 'target') === id)) {
				remove(this.list('relations')!, i);
			}
		});
		for (const claim of this.items('claims')) {
			if (claim === item) continue;
			const about = claim.items.find((p) => keyName(p) === 'about');
			const topics = about?.value;
			if (isSeq(topics)) {
				const gone = topics.items.flatMap((t, i) =>
					isScalar(t) && String(t.value) === id ? [i] : []
				);
				if (gone.length > 0 && gone.length === topics.items.length) {
					splices.push(this.removePair(claim, about!));
				} else if (gone.length > 0) {
					splices.push(...this.removeItems(topics, new Set(gone)));
				}
			}
			const acknowledged = claim.items.find((p) => keyName(p) === 'acknowledged');
			if (isMap(acknowledged?.value)) {
				const reasons = acknowledged.value as Item;
				const stale = reasons.items.filter((p) => keyName(p) === `about:${id}`);
				if (stale.length > 0 && stale.length === reasons.items.length) {
					splices.push(this.removePair(claim, acknowledged));
				} else {
					splices.push(...stale.map((p) => this.removePair(reasons, p)));
				}
			}
			const relayed = claim.items.find((p) => keyName(p) === 'relayed')?.value;
			if (isMap(relayed)) {
				const source = (relayed as Item).items.find(
					(p) => keyName(p) === 'source' && isScalar(p.value) && String(p.value.value) === id
				);
				if (source) splices.push(this.removePair(relayed as Item, source));
			}
		}
		for (const speaker of this.items('speakers')) {
			const organization = speaker.items.find(
				(p) => keyName(p) === 'organization' && isScalar(p.value) && String(p.value.value) === id
			);
			if (organization) splices.push(this.removePair(speaker, organization));
		}
		for (const [list, indices] of removals) splices.push(...this.removeItems(list, indices));
		return { text: this.splice(splices), id };
	}

	deleteRelation(edit: Extract<Edit, { op: 'delete-relation' }>) {
		const id = `${edit.source} ${edit.relation} ${edit.target}`;
		const found = this.findRelation(edit.source, edit.relation, edit.target);
		if (!found) {
			throw new EditError(
				`There is no relation "${edit.source}" ${edit.relation} "${edit.target}" in these annotations.`
			);
		}
		const index = found.seq.items.indexOf(found.item);
		return { text: this.splice(this.removeItems(found.seq, new Set([index]))), id };
	}

	/** Removes items of a list; a section left empty becomes `[]`. */
	private removeItems(seq: YAMLSeq<unknown>, indices: ReadonlySet<number>): Splice[] {
		const kept = seq.items.filter((_, i) => !indices.has(i)) as Node[];
		if (seq.flow && kept.length > 0) return this.removeFlowItems(seq, indices);
		if (kept.length === 0) {
			const pair = this.root?.items.find((p) => p.value === seq);
			if (pair) {
				// A comment on the key's line stays there.
				const colon = this.colonAfter(pair);
				const comment = /^[ \t]+(#.*)$/m.exec(this.text.slice(colon + 1, seq.range![0]))?.[1];
				return [{ start: colon + 1, end: this.end(seq), text: comment ? ` [] ${comment}` : ' []' }];
			}
		}
		const dashes = this.dashes(seq);
		return [...indices].map((i) => {
			const node = seq.items[i] as Node;
			const start = lineStart(this.text, dashes[i] ?? node.range![0]);
			return this.removeLines(start, this.end(node));
		});
	}

	/**
	 * Removes some items of a `[…]` list, each with one comma, leaving the rest of it (and its
	 * line breaks, if it spans lines) as it was.
	 */
	private removeFlowItems(seq: YAMLSeq<unknown>, indices: ReadonlySet<number>): Splice[] {
		const nodes = seq.items as Node[];
		// Where an item starts: after the comma or bracket before it (so with its anchor, if any).
		const start = (i: number) => {
			let at = nodes[i]!.range![0];
			while (at > 0 && !',[{'.includes(this.text[at - 1]!)) at--;
			while (/\s/.test(this.text[at]!)) at++;
			return at;
		};
		const out: Splice[] = [];
		for (let a = 0; a < nodes.length; a++) {
			if (!indices.has(a)) continue;
			let b = a;
			while (indices.has(b + 1)) b++;
			out.push(
				b + 1 < nodes.length
					? { start: start(a), end: start(b + 1), text: '' }
					: { start: this.end(nodes[a - 1]!), end: this.end(nodes[b]!), text: '' }
			);
			a = b;
		}
		return out;
	}

	/** Removes a key and its value from a map. */
	private removePair(map: Item, pair: Pair<unknown, unknown>): Splice {
		if (map.flow) {
			const parts = map.items
				.filter((p) => p !== pair)
				.map((p) => this.text.slice((p.key as Node).range![0], this.pairEnd(p)));
			return { start: map.range![0], end: this.end(map), text: `{ ${parts.join(', ')} }` };
		}
		const keyStart = (pair.key as Node).range![0];
		const start = lineStart(this.text, keyStart);
		if (this.text.slice(start, keyStart).trim() === '') {
			return this.removeLines(start, this.pairEnd(pair));
		}
		// The first key of a list item (`- kind: x`): the next key moves up beside the dash.
		const next = map.items[map.items.indexOf(pair) + 1];
		const nextStart = next ? (next.key as Node).range![0] : this.end(map);
		return { start: keyStart, end: nextStart, text: next ? '' : '{}' };
	}

	/** Removes whole lines, from `start` (a line's start) to the end of the line holding `end`. */
	private removeLines(start: number, end: number): Splice {
		const stop = afterLine(this.text, end);
		// The last line of a text with no final newline takes the newline before it.
		if (stop === this.text.length && !this.text.endsWith('\n') && start > 0) {
			return { start: start - 1, end: stop, text: '' };
		}
		return { start, end: stop, text: '' };
	}

	// --- Positions ------------------------------------------------------------------------------

	/** Where a node's content ends: its range without the whitespace after it. */
	private end(node: Node): number {
		const [start, valueEnd] = node.range!;
		let end = valueEnd;
		while (end > start && /\s/.test(this.text[end - 1]!)) end--;
		return end;
	}

	private pairEnd(pair: Pair<unknown, unknown>): number {
		const key = pair.key as Node;
		const value = pair.value as Node | null;
		return Math.max(this.end(key), value?.range ? this.end(value) : 0);
	}

	/** The offset of the `:` after a pair's key. */
	private colonAfter(pair: Pair<unknown, unknown>): number {
		const key = pair.key as Node;
		return this.text.indexOf(':', key.range![1]);
	}

	/** The offsets of the dashes of a block list's items, in order. */
	private dashes(seq: YAMLSeq<unknown>): number[] {
		const token = seq.srcToken;
		if (!token || token.type !== 'block-seq') return [];
		return token.items.flatMap((item) => {
			const dash = item.start.find((t) => t.type === 'seq-item-ind');
			return dash ? [dash.offset] : [];
		});
	}

	/** The column of an item's keys. */
	private keyColumn(item: Item): number {
		const key = item.items[0]?.key as Node | undefined;
		return key?.range ? column(this.text, key.range[0]) : column(this.text, item.range![0]);
	}

	/** How the items of a section are indented: as its own, or as the other sections' items. */
	private layout(section: Section): Layout {
		for (const name of [section, ...SECTION_ORDER]) {
			const pair = this.pair(name);
			const seq = pair?.value;
			if (!isSeq(seq) || seq.flow) continue;
			const first = seq.items[0];
			const dash = this.dashes(seq)[0];
			if (!isMap(first) || dash === undefined) continue;
			const dashColumn = column(this.text, dash);
			const keyColumn = this.keyColumn(first);
			if (keyColumn >= dashColumn + 2) return { dash: dashColumn, key: keyColumn };
		}
		return { dash: 2, key: 4 };
	}

	/** A newline to write before an insertion at the very end of a text with no final newline. */
	private newlineBefore(at: number): string {
		return at === this.text.length && at > 0 && !this.text.endsWith('\n') ? '\n' : '';
	}

	/**
	 * Applies the changes. An anchor (`&name`) that a change removes, while aliases of it
	 * (`*name`) remain, moves to the first of them, which is written out with the old value.
	 */
	private splice(splices: Splice[]): string {
		const all = [...splices, ...this.keepAnchors(splices)];
		const sorted = all.sort((a, b) => b.start - a.start || b.end - a.end);
		let out = this.text;
		let limit = Infinity;
		for (const s of sorted) {
			if (s.end > limit) throw new Error('applyEdit: overlapping changes (a bug in edits.ts)');
			out = out.slice(0, s.start) + s.text + out.slice(s.end);
			limit = s.start;
		}
		return out;
	}

	private keepAnchors(splices: Splice[]): Splice[] {
		const inside = (at: number) => splices.some((s) => s.start <= at && at < s.end);
		const anchors: { name: string; at: number; node: Node }[] = [];
		const aliases: { name: string; node: Node }[] = [];
		visit(this.doc, {
			Node: (_key, node) => {
				if (isAlias(node)) {
					if (node.range) aliases.push({ name: node.source, node });
				} else if (node.anchor && node.range) {
					const at = this.text.lastIndexOf(`&${node.anchor}`, node.range[0]);
					if (at !== -1) anchors.push({ name: node.anchor, at, node });
				}
			}
		});
		const out: Splice[] = [];
		for (const anchor of anchors) {
			if (!inside(anchor.at)) continue;
			// Its aliases: after it, and before the next anchor of the same name.
			const next = anchors.find((a) => a.name === anchor.name && a.at > anchor.at)?.at ?? Infinity;
			const first = aliases.find(
				(a) =>
					a.name === anchor.name &&
					a.node.range![0] > anchor.at &&
					a.node.range![0] < next &&
					!inside(a.node.range![0])
			);
			if (!first) continue;
			const [start] = first.node.range!;
			out.push({
				start,
				end: this.end(first.node),
				text: `&${anchor.name}${this.writeOut(anchor.node, start)}`
			});
		}
		return out;
	}

	/**
	 * The value of `node` written out where an alias of it was, at `at`: its own text when it is
	 * one line; a list of strings as a block list when the alias is a key's value; else in flow.
	 */
	private writeOut(node: Node, at: number): string {
		if (isScalar(node)) {
			const source = this.text.slice(node.range![0], this.end(node));
			return ` ${source.includes('\n') ? flowValue(node.toJS(this.doc)) : source}`;
		}
		const value: unknown = node.toJS(this.doc);
		const key = /^((?: *- +)* *)[^\s#-][^#]*:[ \t]+$/.exec(
			this.text.slice(lineStart(this.text, at), at)
		);
		if (
			key &&
			Array.isArray(value) &&
			value.length > 0 &&
			value.every((v) => typeof v === 'string')
		) {
			const pad = ' '.repeat(key[1]!.length + 2);
			return value.map((q: string) => `\n${pad}- ${quoted(q)}`).join('');
		}
		return ` ${flowValue(value)}`;
	}

	/** Removes a node's anchor (`&name` and the space beside it), so changing it changes no alias. */
	private unanchor(node: Node): Splice[] {
		if (!node.anchor || !node.range) return [];
		const at = this.text.lastIndexOf(`&${node.anchor}`, node.range[0]);
		if (at === -1) return [];
		let start = at;
		let end = at + 1 + node.anchor.length;
		if (this.text[end] === ' ') end++;
		else if (this.text[start - 1] === ' ') start--;
		return [{ start, end, text: '' }];
	}
}

// ---------------------------------------------------------------------------------------------
// Writing values

/** Characters a single-quoted or plain scalar cannot hold as they are. */
const NEEDS_ESCAPE =
	// eslint-disable-next-line no-control-regex -- control characters are what it finds
	/[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A quote as a YAML scalar that reads back exactly: single-quoted, double-quoted when it holds
 * an apostrophe and no double quote (as Prettier writes them), and escaped in double quotes
 * when it holds a line break or a control character.
 */
function quoted(value: string): string {
	if (NEEDS_ESCAPE.test(value)) return escaped(value);
	if (value.includes("'") && !value.includes('"')) return `"${value.replaceAll('\\', '\\\\')}"`;
	return `'${value.replaceAll("'", "''")}'`;
}

/** A double-quoted scalar with every character YAML could misread escaped. */
function escaped(value: string): string {
	return JSON.stringify(value).replace(
		/[\x7f-\x9f\u2028\u2029\ufeff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** A label or name: plain when YAML reads it back as the same string, else quoted. */
function scalar(value: string): string {
	return readsBack(value) ? value : quoted(value);
}

/** Any parsed value in flow style: quoted strings, `[…]` and `{…}`. */
function flowValue(value: unknown): string {
	if (typeof value === 'string') return quoted(value);
	if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
	if (value !== null && typeof value === 'object') {
		const pairs = Object.entries(value).map(([k, v]) => `${quoted(k)}: ${flowValue(v)}`);
		return `{ ${pairs.join(', ')} }`;
	}
	return String(value);
}

/** An id: plain unless YAML would read it as something else (`2025`, `null`, `true`). */
function plain(id: string): string {
	return readsBack(id) ? id : quoted(id);
}

function readsBack(value: string): boolean {
	if (value === '' || value !== value.trim() || NEEDS_ESCAPE.test(value) || value.includes('\t'))
		return false;
	const doc = parseDocument(`k: ${value}`);
	if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return false;
	const node = doc.contents.get('k', true);
	return isScalar(node) && node.type === 'PLAIN' && (node.value as unknown) === value;
}

function flowList(ids: readonly string[]): string {
	return `[${ids.map(plain).join(', ')}]`;
}

/**
 * A statement: a `>-` folded block (lines after the first, unindented) when it is long and
 * folds back exactly, else one scalar.
 */
function statement(value: string, indent: number): string[] {
	if (value.length <= FOLD_OVER || NEEDS_ESCAPE.test(value) || /\t|^\s|\s$/.test(value)) {
		return [scalar(value)];
	}
	const width = Math.max(40, WRAP_AT - indent);
	const lines: string[] = [];
	let line = '';
	// Break only at a single space between two other characters: the fold reads it back as one.
	for (const word of value.split(/(?<=\S) (?=\S)/)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	lines.push(line);
	const block = ['>-', ...lines.map((l) => `  ${l}`)];
	const doc = parseDocument(`k: ${block.join('\n')}\n`);
	const read: unknown = doc.errors.length === 0 ? (doc.toJS() as { k?: unknown } | null)?.k : null;
	return read === value ? block : [scalar(value)];
}

/** `key: value` lines from a value's lines (a one-line value, or a block header and its lines). */
function keyed(key: string, value: string[]): string[] {
	return [`${key}: ${value[0]}`, ...value.slice(1)];
}

/** An item's lines, written unindented with nested lines indented by two, placed by `layout`. */
function indentItem(lines: string[], layout: Layout): string {
	return lines
		.map((line, i) =>
			i === 0
				? `${' '.repeat(layout.dash)}-${' '.repeat(layout.key - layout.dash - 1)}${line}`
				: `${' '.repeat(layout.key)}${line}`
		)
		.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Helpers

function keyName(pair: Pair<unknown, unknown>): string | undefined {
	const key = pair.key;
	return isScalar(key) && key.value !== null ? String(key.value) : undefined;
}

function str(map: Item, key: string): string | undefined {
	const node = map.get(key, true);
	return isScalar(node) && node.value !== null && node.value !== undefined
		? String(node.value)
		: undefined;
}

function article(noun: string): string {
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function lineStart(text: string, at: number): number {
	return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset of the end of the line holding `at` (its newline, or the text's end). */
function endOfLine(text: string, at: number): number {
	const newline = text.indexOf('\n', at);
	return newline === -1 ? text.length : newline;
}

/** The offset after the newline that ends the line holding offset `at - 1` (a content end). */
function afterLine(text: string, at: number): number {
	const newline = text.indexOf('\n', at);
	return newline === -1 ? text.length : newline + 1;
}

function column(text: string, at: number): number {
	return at - lineStart(text, at);
}

function lineAndColumn(text: string, at: number): { line: number; col: number } {
	return { line: text.slice(0, at).split('\n').length, col: column(text, at) + 1 };
}
