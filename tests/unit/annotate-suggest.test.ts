/**
 * The annotation mode's suggestions (src/lib/annotate/suggest.ts): topics, uncited answer
 * sentences and relations, worked out with wink-nlp. The expected values are read by hand from
 * the harbour test document (tests/fixtures/documents/harbour-power-roundtable/transcript.txt).
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../src/lib/annotate/edits';
import { suggest, type Suggestion } from '../../src/lib/annotate/suggest';
import {
	createSuggestHandler,
	type SuggestResponse
} from '../../src/lib/annotate/suggest-protocol';
import type { Graph } from '../../src/lib/graph';
import { compiledInterview, transcript as INTERVIEW_TRANSCRIPT } from './helpers';
import { compileHarbour, HARBOUR_ANNOTATIONS, HARBOUR_TRANSCRIPT } from './research-fixture';

/** The harbour document compiled from its annotations after `edits`. */
function harbourAfter(...edits: Edit[]): Graph {
	return compileHarbour(
		edits.reduce((text, edit) => applyEdit(text, edit).text, HARBOUR_ANNOTATIONS)
	);
}
const ofKind = <K extends Suggestion['kind']>(list: Suggestion[], kind: K) =>
	list.filter((s): s is Extract<Suggestion, { kind: K }> => s.kind === kind);
const occurrences = (text: string, quote: string) => text.split(quote).length - 1;

const SHORE_POWER: Suggestion = {
	kind: 'topic',
	key: 'topic:shore power',
	label: 'Shore power',
	quote: 'Should ships plug into shore power while they are docked?',
	occurrences: 3,
	speakers: ['mara-quinn', 'ines-alvarez', 'tom-becker']
};
const BATTERIES_AT_THE_QUAY: Suggestion = {
	kind: 'topic',
	key: 'topic:battery at the quay',
	label: 'Batteries at the quay',
	quote: 'Batteries at the quay smooth the load when several ships arrive at once.',
	occurrences: 2,
	speakers: ['ines-alvarez', 'tom-becker']
};
const SHIPS: Suggestion = {
	kind: 'topic',
	key: 'topic:ship',
	label: 'Ships',
	// "Should ships plug" reads "ships" as a verb; "Cargo ships" is a phrase of its own.
	quote: 'Ships that idle their engines in port burn fuel next to homes.',
	occurrences: 2,
	speakers: ['ines-alvarez']
};

describe('topics', () => {
	it('offers the noun phrases that recur, those several speakers use first', () => {
		const topics = ofKind(suggest(compileHarbour(), HARBOUR_TRANSCRIPT), 'topic');
		// "shore power": the host's question and both guests' answers (the tagger reads "shore"
		// as a verb; the phrase still counts, and "power" is not counted again on its own).
		// "batteries at the quay": both guests, "Batteries" and "batteries" one lemma. Words
		// used once ("ferries", "cables", "load") and the narration's names are not offered.
		expect(topics).toEqual([SHORE_POWER, BATTERIES_AT_THE_QUAY, SHIPS]);
	});

	it("leaves out a phrase that is already an entity's label, whatever its case", () => {
		const graph = harbourAfter({
			op: 'add-entity',
			type: 'concept',
			label: 'SHORE POWER',
			quote: 'Yes, shore power should come first.'
		});
		expect(ofKind(suggest(graph, HARBOUR_TRANSCRIPT), 'topic')).toEqual([
			BATTERIES_AT_THE_QUAY,
			SHIPS
		]);
	});

	it("leaves out a speaker's or organisation's name, but not a word written in lower case that is part of one", () => {
		const named = harbourAfter({
			op: 'add-organization',
			name: 'Shore Power',
			quote: 'the North Sea Grid Institute'
		});
		expect(ofKind(suggest(named, HARBOUR_TRANSCRIPT), 'topic')).toEqual([
			BATTERIES_AT_THE_QUAY,
			SHIPS
		]);
		const partOfName = harbourAfter({
			op: 'add-organization',
			name: 'Harbour Shore Power Company',
			quote: 'the North Sea Grid Institute'
		});
		expect(ofKind(suggest(partOfName, HARBOUR_TRANSCRIPT), 'topic')).toEqual([
			SHORE_POWER,
			BATTERIES_AT_THE_QUAY,
			SHIPS
		]);
	});

	it('quotes the next sentence when the first is not unique in the transcript, and skips a topic with none', () => {
		const graph = compileHarbour();
		// The same text once more in the narration: the first sentence is no longer unique.
		const twice = HARBOUR_TRANSCRIPT.replace(
			'It is not a real interview.',
			'It is not a real interview. Should ships plug into shore power while they are docked?'
		);
		expect(ofKind(suggest(graph, twice), 'topic')[0]).toEqual({
			...SHORE_POWER,
			quote: 'Yes, shore power should come first.'
		});
		const batteries = [
			'Batteries at the quay smooth the load when several ships arrive at once.',
			'I agree that batteries at the quay are needed.'
		];
		const none = batteries.reduce((text, s) => `${text}\n${s}\n`, HARBOUR_TRANSCRIPT);
		expect(ofKind(suggest(graph, none), 'topic').map((t) => t.key)).toEqual([
			'topic:shore power',
			'topic:ship'
		]);
	});
});

describe('claims', () => {
	it('offers nothing when every substantive answer sentence is cited', () => {
		expect(ofKind(suggest(compileHarbour(), HARBOUR_TRANSCRIPT), 'claim')).toEqual([]);
	});

	it('offers the answer sentences no claim cites, in transcript order, with their speaker', () => {
		const graph = harbourAfter(
			{ op: 'delete', collection: 'claims', id: 'becker-cargo-too-rare' },
			{ op: 'delete', collection: 'claims', id: 'alvarez-idling-burns-fuel' },
			// Short, so not substantive: "The port authority should pay for them." is 39 characters.
			{ op: 'delete', collection: 'claims', id: 'alvarez-port-pays' }
		);
		expect(ofKind(suggest(graph, HARBOUR_TRANSCRIPT), 'claim')).toEqual([
			{
				kind: 'claim',
				key: 'claim:t2-s2',
				sentence: 't2-s2',
				quote: 'Ships that idle their engines in port burn fuel next to homes.',
				speaker: 'ines-alvarez',
				line: 17
			},
			{
				kind: 'claim',
				key: 'claim:t3-s2',
				sentence: 't3-s2',
				quote: 'Cargo ships visit too rarely to pay for the cables.',
				speaker: 'tom-becker',
				line: 21
			}
		]);
	});

	it('leaves out a sentence left uncited on purpose, and one whose text is not unique', () => {
		const graph = harbourAfter(
			{ op: 'delete', collection: 'claims', id: 'becker-cargo-too-rare' },
			{ op: 'delete', collection: 'claims', id: 'alvarez-idling-burns-fuel' }
		);
		const onPurpose = compileHarbour(
			[
				{ op: 'delete', collection: 'claims', id: 'becker-cargo-too-rare' } as const,
				{ op: 'delete', collection: 'claims', id: 'alvarez-idling-burns-fuel' } as const
			].reduce((text, edit) => applyEdit(text, edit).text, HARBOUR_ANNOTATIONS) +
				"\nuncited:\n  - quote: 'Cargo ships visit too rarely to pay for the cables.'\n    reason: an aside\n"
		);
		expect(ofKind(suggest(onPurpose, HARBOUR_TRANSCRIPT), 'claim').map((c) => c.key)).toEqual([
			'claim:t2-s2'
		]);
		const repeated = `${HARBOUR_TRANSCRIPT}\nShips that idle their engines in port burn fuel next to homes.\n`;
		expect(ofKind(suggest(graph, repeated), 'claim').map((c) => c.key)).toEqual(['claim:t3-s2']);
	});
});

describe('relations', () => {
	const AGREEMENT = {
		source: 'becker-batteries-needed',
		relation: 'agrees-with',
		target: 'alvarez-batteries-smooth-load'
	} as const;

	it('offers none where every pair of claims sharing words is already joined', () => {
		expect(ofKind(suggest(compileHarbour(), HARBOUR_TRANSCRIPT), 'relation')).toEqual([]);
	});

	it('offers two claims of different speakers about the same topic that share words, the later one as source', () => {
		const graph = harbourAfter({ op: 'delete-relation', ...AGREEMENT });
		// "Quay batteries smooth the load" / "Batteries at the quay smooth the load when …" and
		// "Quay batteries are needed" / "I agree that batteries at the quay are needed.", both
		// about grid storage: "battery" and "quay" shared ("storage", "grid" are the topic's own).
		expect(ofKind(suggest(graph, HARBOUR_TRANSCRIPT), 'relation')).toEqual([
			{
				kind: 'relation',
				key: 'relation:alvarez-batteries-smooth-load|becker-batteries-needed',
				source: 'becker-batteries-needed',
				target: 'alvarez-batteries-smooth-load',
				topic: 'grid-storage',
				shared: ['battery', 'quay'],
				quote: 'I agree that batteries at the quay are needed.'
			}
		]);
	});

	it('does not offer a pair once a disagreement joins them, in either direction', () => {
		const disagreement = (source: string, target: string): Edit => ({
			op: 'add-relation',
			source,
			relation: 'disagrees-with',
			target,
			quote: 'I agree that batteries at the quay are needed.'
		});
		for (const [source, target] of [
			[AGREEMENT.source, AGREEMENT.target],
			[AGREEMENT.target, AGREEMENT.source]
		] as const) {
			const graph = harbourAfter(
				{ op: 'delete-relation', ...AGREEMENT },
				disagreement(source, target)
			);
			expect(ofKind(suggest(graph, HARBOUR_TRANSCRIPT), 'relation')).toEqual([]);
		}
	});

	it('does not offer claims of the same speaker, nor claims about different topics', () => {
		const graph = harbourAfter(
			{ op: 'delete-relation', ...AGREEMENT },
			{ op: 'update-claim', id: 'becker-batteries-needed', about: ['shore-power'] }
		);
		expect(ofKind(suggest(graph, HARBOUR_TRANSCRIPT), 'relation')).toEqual([]);
	});
});

describe('the whole list', () => {
	const interview = compiledInterview();
	const isClaim = new Set(interview.nodes.filter((n) => n.type === 'claim').map((n) => n.id));
	/**
	 * The interview with its claims citing nothing and none joined to another: every substantive
	 * answer sentence is uncited, and every pair of claims sharing words is offered.
	 */
	const loose: Graph = {
		...interview,
		nodes: interview.nodes.map((n) => (n.type === 'claim' ? { ...n, citations: [] } : n)),
		edges: interview.edges.filter(
			(e) =>
				!(isClaim.has(e.source) && isClaim.has(e.target) && e.relation !== 'about') &&
				!['agrees-with', 'disagrees-with', 'supports', 'refines'].includes(e.relation)
		),
		uncited: []
	};

	it('runs on the bundled interview, every quote occurring exactly once in the transcript', () => {
		const started = performance.now();
		const suggestions = suggest(interview, INTERVIEW_TRANSCRIPT);
		console.log(
			`suggestions for the bundled interview: ${suggestions.length} in ${Math.round(performance.now() - started)} ms`
		);
		const all = [...suggestions, ...suggest(loose, INTERVIEW_TRANSCRIPT)];
		expect(ofKind(all, 'topic').length).toBeGreaterThan(0);
		expect(ofKind(all, 'relation').length).toBeGreaterThan(0);
		expect(ofKind(all, 'claim').length).toBeGreaterThan(0);
		for (const s of all) expect(occurrences(INTERVIEW_TRANSCRIPT, s.quote), s.key).toBe(1);
		const sentences = new Map(interview.sentences.map((s) => [s.id, s]));
		for (const c of ofKind(all, 'claim')) expect(sentences.get(c.sentence)?.text).toBe(c.quote);
		const claims = new Map(
			interview.nodes.flatMap((n) => (n.type === 'claim' ? [[n.id, n] as const] : []))
		);
		for (const r of ofKind(all, 'relation')) {
			const source = claims.get(r.source)!;
			const target = claims.get(r.target)!;
			expect(source.speaker).not.toBe(target.speaker);
			expect(source.quotes[0]!.start).toBeGreaterThanOrEqual(target.quotes[0]!.start);
			expect(r.quote).toBe(source.quotes[0]!.text);
			expect(r.shared.length).toBeGreaterThanOrEqual(2);
			expect(r.shared).toEqual([...r.shared].sort());
		}
	});

	it('is the same for the same input', () => {
		expect(suggest(loose, INTERVIEW_TRANSCRIPT)).toEqual(
			suggest(structuredClone(loose), INTERVIEW_TRANSCRIPT)
		);
		expect(suggest(interview, INTERVIEW_TRANSCRIPT)).toEqual(
			suggest(compiledInterview(), INTERVIEW_TRANSCRIPT)
		);
	});

	it('lists topics, then relations, then claims, each ranked', () => {
		const order = { topic: 0, relation: 1, claim: 2 };
		for (const graph of [interview, loose]) {
			const list = suggest(graph, INTERVIEW_TRANSCRIPT, { limit: 1000 });
			const kinds = list.map((s) => order[s.kind]);
			expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
			// Topics: more speakers first, then more occurrences.
			const topics = ofKind(list, 'topic');
			for (let i = 1; i < topics.length; i++) {
				const [a, b] = [topics[i - 1]!, topics[i]!];
				expect(
					a.speakers.length > b.speakers.length ||
						(a.speakers.length === b.speakers.length && a.occurrences >= b.occurrences),
					`${a.key} before ${b.key}`
				).toBe(true);
			}
			// Relations: more shared lemmas first. Claims: in transcript order.
			const counts = ofKind(list, 'relation').map((r) => r.shared.length);
			expect(counts).toEqual([...counts].sort((a, b) => b - a));
			const lines = ofKind(list, 'claim').map((c) => c.line);
			expect(lines).toEqual([...lines].sort((a, b) => a - b));
		}
	});

	it('offers at most `limit` of each kind, 20 unless told, the first of the longer list', () => {
		const full = suggest(loose, INTERVIEW_TRANSCRIPT, { limit: 1000 });
		const byDefault = suggest(loose, INTERVIEW_TRANSCRIPT);
		const three = suggest(loose, INTERVIEW_TRANSCRIPT, { limit: 3 });
		for (const kind of ['topic', 'relation', 'claim'] as const) {
			expect(ofKind(full, kind).length, kind).toBeGreaterThan(3);
			expect(ofKind(byDefault, kind)).toEqual(ofKind(full, kind).slice(0, 20));
			expect(ofKind(three, kind)).toEqual(ofKind(full, kind).slice(0, 3));
		}
		expect(ofKind(full, 'claim').length).toBeGreaterThan(20);
		expect(suggest(loose, INTERVIEW_TRANSCRIPT, { limit: 0 })).toEqual([]);
	});
});

describe('the suggestion worker protocol', () => {
	it('answers each request once, with the suggestions or the fault', () => {
		const posted: SuggestResponse[] = [];
		const handle = createSuggestHandler(
			(r) => posted.push(r),
			(graph, transcript) => {
				if (transcript === '') throw new Error('boom');
				return suggest(graph, transcript, { limit: 1 });
			}
		);
		const graph = compileHarbour();
		handle({ type: 'suggest', job: 1, graph, transcript: HARBOUR_TRANSCRIPT });
		handle({ type: 'suggest', job: 2, graph, transcript: '' });
		expect(posted).toEqual([
			{ type: 'result', job: 1, suggestions: [SHORE_POWER] },
			{ type: 'error', job: 2, message: 'boom' }
		]);
	});
});
