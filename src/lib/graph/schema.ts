/**
 * The two data formats of Citegraph, as valibot schemas with their TypeScript types derived
 * from them:
 *
 * - the **annotations** a person writes by hand beside a transcript (`annotations.yaml`), and
 * - the **compiled graph** (`<document-id>.graph.json`), the product's public data format, read by
 *   the app, the exporters and other tools. Its JSON Schema is generated from {@link GraphSchema}.
 *
 * Both are validated once, at the boundary; code inside trusts the types.
 */
import * as v from 'valibot';
import {
	ANNOTATED_RELATIONS,
	ARRANGEMENTS,
	CLAIM_KINDS,
	ENTITY_TYPES,
	RELATION_NAMES,
	SPEAKER_ROLES,
	TURN_KINDS,
	type NodeType
} from './vocabulary';
import { FORM_LIST, TRANSCRIPT_FORMS } from './forms/names';

export * from './vocabulary';

/** Lower-case words joined by hyphens: safe in URLs, file names and Cytoscape selectors. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens, e.g. "industrial-internet"')
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** Verbatim text from the transcript. Not trimmed: a quote is compared character for character. */
const Quote = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const Quotes = v.pipe(v.array(Quote), v.minLength(1, 'needs at least one quote'));

// ---------------------------------------------------------------------------------------------
// Annotations: what a person writes in graph-data/<document>/annotations.yaml
// ---------------------------------------------------------------------------------------------

export const AnnotationsSchema = v.strictObject({
	document: v.strictObject({
		/** Defaults to the transcript's first line. */
		title: v.optional(Text),
		/** Defaults to the transcript's "By …" line. */
		author: v.optional(Text),
		/** Defaults to the transcript's "Edit / …" line. */
		editor: v.optional(Text),
		date: v.optional(Text),
		language: v.optional(Text, 'en'),
		description: v.optional(Text),
		/**
		 * The transcript's form (see README, "Transcript forms"); detected when not given.
		 */
		format: v.optional(v.picklist(TRANSCRIPT_FORMS, `must be one of the forms: ${FORM_LIST}`)),
		/**
		 * Where the recording is (a URL, or a path the site serves), for playback in the reader.
		 */
		recording: v.optional(
			v.pipe(
				Text,
				v.regex(
					/^(?:https:\/\/|[^:]*$)/,
					'must be an https URL or a path on the site (e.g. /recordings/interview.mp3)'
				)
			)
		)
	}),
	speakers: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				name: Text,
				/**
				 * Every label the transcript uses for this speaker ("Zinc link" for the host); an
				 * author, who speaks in the narration, has none.
				 */
				aliases: v.optional(v.array(Text), []),
				role: v.picklist(SPEAKER_ROLES, 'must be "host", "guest" or "author"'),
				/** The speaker's role as the text introduces it ("chief engineer"). */
				title: v.optional(Text),
				organization: v.optional(Id),
				/** The words that introduce the speaker; affiliation edges cite them. */
				introduced: Quote
			})
		),
		v.minLength(1, 'needs at least one speaker')
	),
	organizations: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				name: Text,
				quote: Quote
			})
		),
		[]
	),
	/** Short labels for the questions, in the order they are asked. */
	questions: v.optional(
		v.array(
			v.strictObject({
				number: v.pipe(v.number(), v.integer(), v.minValue(1)),
				label: Text
			})
		),
		[]
	),
	entities: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				type: v.picklist(ENTITY_TYPES, `must be one of: ${ENTITY_TYPES.join(', ')}`),
				label: Text,
				description: v.optional(Text),
				/**
				 * Other words by which the text plainly refers to it ("TRL", "new crown pneumonia"),
				 * for the faithfulness check of `about` edges; the label always counts.
				 */
				aliases: v.optional(v.array(Text), []),
				/** Where the text names it. */
				quotes: Quotes
			})
		),
		[]
	),
	claims: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				speaker: Id,
				/** The assertion in plain words, at most about 80 characters. */
				label: v.pipe(Text, v.maxLength(100, 'must be at most 100 characters')),
				statement: Text,
				kind: v.optional(v.picklist(CLAIM_KINDS, `must be one of: ${CLAIM_KINDS.join(', ')}`)),
				quotes: Quotes,
				/** Ids of the sectors, scenarios and concepts the claim is about. */
				about: v.optional(v.array(Id), []),
				/**
				 * Set when the speaker passes on a view without holding it ("There are comments
				 * that …"): the claim is then a relayed view, `speaker` is who relays it.
				 */
				relayed: v.optional(
					v.strictObject({
						/** Whose view it is, in a few words: "commentators", "the Ministry". */
						holder: Text,
						/** The node of a named holder (organisation or speaker), when it has one. */
						source: v.optional(Id)
					})
				),
				/**
				 * Findings of the faithfulness check (see faithfulness.ts) that stand on purpose,
				 * each key (e.g. `number:1968`) with a one-line reason.
				 */
				acknowledged: v.optional(v.record(v.string(), Text), {})
			})
		),
		[]
	),
	relations: v.optional(
		v.array(
			v.strictObject({
				source: Id,
				relation: v.picklist(
					ANNOTATED_RELATIONS,
					`must be one of: ${ANNOTATED_RELATIONS.join(', ')}`
				),
				target: Id,
				quotes: Quotes
			})
		),
		[]
	),
	/** Answer sentences deliberately left uncited, each with a one-line reason. */
	uncited: v.optional(
		v.array(
			v.strictObject({
				quote: Quote,
				reason: Text
			})
		),
		[]
	)
});
export type Annotations = v.InferOutput<typeof AnnotationsSchema>;

// ---------------------------------------------------------------------------------------------
// The compiled graph: graph-data/build/<document-id>.graph.json
// ---------------------------------------------------------------------------------------------

export const GRAPH_FORMAT = 'citegraph.graph';
/**
 * The format version. 2 added relayed views (`relayed` on claims, the `relayed-by` relation);
 * a version 1 file would show a relayed view as the relaying speaker's own claim, so readers
 * refuse it (see {@link readGraph}).
 */
export const GRAPH_VERSION = 2;

const SentenceIds = v.pipe(v.array(v.string()), v.minLength(1));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Seconds = v.pipe(v.number(), v.minValue(0));

/**
 * When a turn or sentence is spoken, in seconds from the recording's start, where the transcript
 * gives times (captions, service exports). `end` is absent when the source does not say (the last
 * turn of a service export).
 */
export const TimeSchema = v.object({ start: Seconds, end: v.optional(Seconds) });
export type TimeSpan = v.InferOutput<typeof TimeSchema>;

export const SentenceSchema = v.object({
	id: v.string(),
	turn: v.string(),
	/** Speaker node id, or null for narration. */
	speaker: v.nullable(v.string()),
	text: v.string(),
	/** `source.slice(start, end) === text`, in JavaScript string indices. */
	start: Offset,
	end: Offset,
	/** 1-based line of the source file on which the sentence starts. */
	line: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** In a corpus (several documents merged, see corpus.ts): the document it comes from. */
	document: v.optional(v.string()),
	/** When it is spoken, where the transcript has times. */
	time: v.optional(TimeSchema)
});
export type Sentence = v.InferOutput<typeof SentenceSchema>;

export const TurnSchema = v.object({
	id: v.string(),
	kind: v.picklist(TURN_KINDS),
	speaker: v.nullable(v.string()),
	/** For an answer: the id of the question's turn. */
	question: v.nullable(v.string()),
	/** The node that stands for this turn (question or answer), or null for narration. */
	node: v.nullable(v.string()),
	start: Offset,
	end: Offset,
	line: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** In a corpus: the document the turn comes from. */
	document: v.optional(v.string()),
	/** When it is spoken, where the transcript has times. */
	time: v.optional(TimeSchema)
});
export type Turn = v.InferOutput<typeof TurnSchema>;

/** A verbatim quote and where it lies in the source. */
export const QuoteSpanSchema = v.object({
	text: v.string(),
	start: Offset,
	end: Offset,
	sentences: SentenceIds
});
export type QuoteSpan = v.InferOutput<typeof QuoteSpanSchema>;

const nodeBase = {
	id: v.string(),
	label: v.string(),
	/** Sentence ids the node rests on. */
	citations: v.array(v.string()),
	/** In a corpus: the documents the node appears in, the one its permalink lives in first. */
	documents: v.optional(v.array(v.string()))
};

export const NodeSchema = v.variant('type', [
	v.object({
		...nodeBase,
		type: v.literal('speaker'),
		name: v.string(),
		role: v.picklist(SPEAKER_ROLES),
		title: v.nullable(v.string()),
		organization: v.nullable(v.string()),
		aliases: v.array(v.string())
	}),
	v.object({ ...nodeBase, type: v.literal('organization'), name: v.string() }),
	v.object({
		...nodeBase,
		type: v.literal('question'),
		number: v.pipe(v.number(), v.integer(), v.minValue(1)),
		speaker: v.string(),
		turn: v.string(),
		text: v.string()
	}),
	v.object({
		...nodeBase,
		type: v.literal('answer'),
		question: v.string(),
		speaker: v.string(),
		turn: v.string(),
		text: v.string()
	}),
	v.object({
		...nodeBase,
		type: v.literal('claim'),
		speaker: v.string(),
		statement: v.string(),
		kind: v.nullable(v.string()),
		quotes: v.pipe(v.array(QuoteSpanSchema), v.minLength(1)),
		/**
		 * Null for the speaker's own claim. For a relayed view: whose view it is (`holder`, e.g.
		 * "commentators"; `source`, the node of a named holder, or null), and the view in plain
		 * words (`view`); `speaker` is then who relays it, and `label` reads "Relayed by <speaker>:
		 * <holder> say …".
		 */
		relayed: v.nullable(
			v.object({ holder: v.string(), source: v.nullable(v.string()), view: v.string() })
		)
	}),
	v.object({
		...nodeBase,
		type: v.picklist(ENTITY_TYPES),
		description: v.nullable(v.string())
	})
]);
export type GraphNode = v.InferOutput<typeof NodeSchema>;
export type NodeOfType<T extends NodeType> = Extract<GraphNode, { type: T }>;

export const EdgeSchema = v.object({
	id: v.string(),
	source: v.string(),
	target: v.string(),
	relation: v.picklist(RELATION_NAMES),
	/** Sentence ids that establish the edge: at least one. */
	citations: SentenceIds
});
export type GraphEdge = v.InferOutput<typeof EdgeSchema>;

/**
 * Where each node is drawn, computed by the build (`graph:build`) so the page draws at once
 * without a layout. Optional: a graph without it is laid out in the browser, in a worker.
 */
const Positions = v.record(v.string(), v.object({ x: v.number(), y: v.number() }));

export const GraphLayoutSchema = v.object({
	/** The force layout that placed the opening view: cose-bilkent when small, fcose when large. */
	algorithm: v.picklist(['cose-bilkent', 'fcose']),
	/** Seed of the layout's randomness: the same graph and seed give the same positions. */
	seed: v.pipe(v.number(), v.integer()),
	/**
	 * The position of every node (model coordinates, rounded to 0.1), answers included, in the
	 * arrangement named by `arrangement`: the one the explorer opens on.
	 */
	positions: Positions,
	/** Which arrangement `positions` holds. */
	arrangement: v.picklist(ARRANGEMENTS),
	/** The other arrangements, each positioning every node as `positions` does. */
	arrangements: v.object({
		speaker: v.optional(Positions),
		question: v.optional(Positions),
		overview: v.optional(Positions)
	} satisfies Record<(typeof ARRANGEMENTS)[number], unknown>)
});
export type GraphLayout = v.InferOutput<typeof GraphLayoutSchema>;

export const GraphSchema = v.object({
	type: v.literal(GRAPH_FORMAT),
	version: v.literal(GRAPH_VERSION),
	document: v.object({
		id: v.string(),
		title: v.string(),
		/** Repo-relative path of the source text. */
		source: v.string(),
		author: v.nullable(v.string()),
		editor: v.nullable(v.string()),
		date: v.nullable(v.string()),
		language: v.string(),
		description: v.nullable(v.string()),
		/** The transcript's form (absent in files written before forms were told apart). */
		form: v.optional(v.picklist(TRANSCRIPT_FORMS)),
		/** The recording's URL as the annotations give it, for playback. */
		recording: v.optional(v.string())
	}),
	turns: v.array(TurnSchema),
	sentences: v.array(SentenceSchema),
	nodes: v.array(NodeSchema),
	edges: v.array(EdgeSchema),
	/** Answer sentences the annotators left uncited on purpose, with their reasons. */
	uncited: v.array(v.object({ sentence: v.string(), reason: v.string() })),
	/**
	 * Set on a corpus, several documents merged into one graph (see corpus.ts): its documents, in
	 * order. Turns, sentences and nodes then say which document they come from.
	 */
	documents: v.optional(v.array(v.object({ id: v.string(), title: v.string() }))),
	/** Precomputed positions (optional); see {@link GraphLayoutSchema}. */
	layout: v.optional(GraphLayoutSchema)
});
export type Graph = v.InferOutput<typeof GraphSchema>;

/**
 * Checks that parsed JSON is a compiled graph this version of Citegraph reads, and returns it
 * typed; throws an Error whose message says what to do otherwise (e.g. an old format version).
 * Only the stamp is checked: the compiler validated the rest when it wrote the file.
 *
 * @example
 * const graph = readGraph(JSON.parse(text), 'graph-data/build/x.graph.json');
 */
export function readGraph(data: unknown, file: string): Graph {
	const stamp = (data ?? {}) as { type?: unknown; version?: unknown };
	if (stamp.type !== GRAPH_FORMAT) {
		throw new Error(`${file} is not a Citegraph graph file (its "type" is not "${GRAPH_FORMAT}")`);
	}
	if (stamp.version !== GRAPH_VERSION) {
		throw new Error(
			`${file} uses graph format version ${String(stamp.version)}, but this Citegraph reads version ${GRAPH_VERSION}` +
				(typeof stamp.version === 'number' && stamp.version < GRAPH_VERSION
					? ` (version ${GRAPH_VERSION} records relayed views, which a version ${String(stamp.version)} file shows as the relaying speaker's own claims): rebuild it with npm run graph:build`
					: ': update Citegraph, or rebuild the file with npm run graph:build')
		);
	}
	return data as Graph;
}
