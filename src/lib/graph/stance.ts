/**
 * The stance table: what each speaker claimed about each topic, and whether the speakers agree,
 * disagree, or only one of them addressed it.
 */
import type { GraphIndex } from './query';
import type { GraphEdge, GraphNode } from './schema';

/**
 * How the speakers stand on a topic:
 * - `disagree`: a claim about it disagrees with another speaker's claim (or is disagreed with);
 * - `agree`: a claim about it agrees with another speaker's claim, and none disagrees;
 * - `both`: several speakers addressed it, with no agreement or disagreement annotated;
 * - `one`: only one speaker addressed it.
 */
export type StanceVerdict = 'disagree' | 'agree' | 'both' | 'one';

/** Verdicts from the most to the least telling. */
export const STANCE_VERDICTS = ['disagree', 'agree', 'both', 'one'] as const;

/** Each verdict in words, for a table's legend and its cells. */
export const STANCE_VERDICT_WORDS: Record<StanceVerdict, { label: string; gloss: string }> = {
	disagree: {
		label: 'Disagree',
		gloss: 'a claim on this topic disagrees with another speaker’s claim'
	},
	agree: {
		label: 'Agree',
		gloss: 'a claim on this topic agrees with another speaker’s claim, and none disagrees'
	},
	both: {
		label: 'Both addressed',
		gloss: 'more than one speaker addressed it, with no agreement or disagreement annotated'
	},
	one: { label: 'One speaker', gloss: 'only one speaker addressed it' }
};

/** What one speaker claimed about one topic. */
export interface StanceCell {
	speaker: string;
	/**
	 * Ids of the speaker's claims about the topic: first those in the row's disagreements, then
	 * those in its agreements, then the rest, each group in the order they were said. Empty when
	 * the speaker did not address the topic.
	 */
	claims: string[];
}

/** One topic against every speaker. */
export interface StanceRow {
	/** The sector, scenario or concept. */
	topic: string;
	/** One cell per column of the table, in the table's speaker order. */
	cells: StanceCell[];
	verdict: StanceVerdict;
	/**
	 * Ids of the agrees-with and disagrees-with edges between claims of different speakers where
	 * at least one of the two claims is about the topic; disagreements first.
	 */
	relations: string[];
	/** How many claims are about the topic, over all speakers. */
	claimCount: number;
}

/**
 * Claims of different speakers that disagree with one another, gathered: two claims are in the
 * same dispute when a chain of disagrees-with edges joins them.
 */
export interface Dispute {
	/** The topics whose rows this dispute makes `disagree`, in the table's row order. */
	topics: string[];
	/** One side per speaker in the dispute, in the table's speaker order; claims in reading order. */
	sides: StanceCell[];
	/** The disagrees-with edges of the dispute, in graph order. */
	edges: string[];
}

/**
 * A view a speaker passed on without holding it, and how the speakers' claims answer it. It has no
 * column and no cell: the one who relays it is not its holder.
 */
export interface RelayedView {
	/** The relayed view's claim id. */
	claim: string;
	/** Who relayed it (a speaker id). */
	by: string;
	/** Whose view it is ("commentators"). */
	holder: string;
	/** The topics it is about, in graph order. */
	topics: string[];
	/**
	 * The disagrees-with, agrees-with, refines and supports edges between it and the speakers'
	 * claims, in that order, each kind in the order the claims were said.
	 */
	responses: string[];
}

export interface StanceTable {
	/**
	 * The columns: speakers who made claims of their own, guests first, then hosts, then the
	 * article's author, each in graph order.
	 */
	speakers: string[];
	/** Disagreements first, then agreements, then by number of claims (most first). */
	rows: StanceRow[];
	/** Every disagreement between speakers, gathered into disputes, in order of their first row. */
	disputes: Dispute[];
	/** Views the speakers relayed, in reading order; they are in no row or column. */
	relayed: RelayedView[];
}

type ClaimNode = Extract<GraphNode, { type: 'claim' }>;
const TOPIC_TYPES: ReadonlySet<string> = new Set(['sector', 'scenario', 'concept']);
const RESPONSES: ReadonlySet<string> = new Set([
	'disagrees-with',
	'agrees-with',
	'refines',
	'supports'
]);
const VERDICT_RANK: Record<StanceVerdict, number> = { disagree: 0, agree: 1, both: 2, one: 2 };

/**
 * Lays the topics that claims are about against the speakers who made claims.
 *
 * Rows are the sectors, scenarios and concepts at least one claim is `about`; columns are the
 * speakers who made claims, guests before hosts. Relayed views are kept apart (`relayed`): they
 * count for no speaker, and agreeing with one is not agreeing with the speaker who relayed it. Each row has a {@link StanceVerdict}; rows are
 * sorted so disagreements come first, then agreements, then the rest by number of claims (most
 * first), ties broken by how many speakers addressed the topic and then by graph order.
 *
 * @example
 * const table = stanceTable(new GraphIndex(graph));
 * table.rows[0]; // { topic: 'industrial-internet', verdict: 'disagree', cells: [...], ... }
 */
export function stanceTable(index: GraphIndex): StanceTable {
	const everyClaim = index.graph.nodes.filter((n): n is ClaimNode => n.type === 'claim');
	// A relayed view is nobody's stance at the table: its holder is not a speaker.
	const claims = everyClaim.filter((c) => c.relayed === null);
	const claimSpeaker = new Map(claims.map((c) => [c.id, c.speaker]));
	const saidAt = new Map(claims.map((c) => [c.id, index.sentencesOf(c.id)[0]?.start ?? 0]));

	const speaking = new Set(claims.map((c) => c.speaker));
	const speakers = index.graph.nodes
		.filter((n) => n.type === 'speaker' && speaking.has(n.id))
		.sort((a, b) => roleRank(a) - roleRank(b))
		.map((n) => n.id);

	// Agreements and disagreements between different speakers' claims.
	const across = index.graph.edges.filter(
		(e) =>
			(e.relation === 'disagrees-with' || e.relation === 'agrees-with') &&
			claimSpeaker.has(e.source) &&
			claimSpeaker.has(e.target) &&
			claimSpeaker.get(e.source) !== claimSpeaker.get(e.target)
	);

	const rows: StanceRow[] = [];
	const order = new Map(index.graph.nodes.map((n, i) => [n.id, i]));
	for (const topic of index.graph.nodes) {
		if (!TOPIC_TYPES.has(topic.type)) continue;
		const about = new Set(
			index
				.edgesOf(topic.id)
				.filter((e) => e.relation === 'about' && e.target === topic.id)
				.map((e) => e.source)
				.filter((id) => claimSpeaker.has(id))
		);
		if (about.size === 0) continue;

		const relations = across
			.filter((e) => about.has(e.source) || about.has(e.target))
			.sort((a, b) => relationRank(a.relation) - relationRank(b.relation));
		// Claims in a disagreement first, then those in an agreement, then the rest.
		const part = new Map<string, number>();
		for (const e of relations) {
			const rank = e.relation === 'disagrees-with' ? 0 : 1;
			for (const id of [e.source, e.target]) part.set(id, Math.min(part.get(id) ?? 2, rank));
		}
		const byReading = (a: string, b: string) =>
			(part.get(a) ?? 2) - (part.get(b) ?? 2) || saidAt.get(a)! - saidAt.get(b)!;

		const cells = speakers.map((speaker) => ({
			speaker,
			claims: [...about].filter((id) => claimSpeaker.get(id) === speaker).sort(byReading)
		}));
		const addressed = cells.filter((cell) => cell.claims.length > 0).length;
		const verdict: StanceVerdict = relations.some((e) => e.relation === 'disagrees-with')
			? 'disagree'
			: relations.length > 0
				? 'agree'
				: addressed > 1
					? 'both'
					: 'one';
		rows.push({
			topic: topic.id,
			cells,
			verdict,
			relations: relations.map((e) => e.id),
			claimCount: about.size
		});
	}

	const addressedBy = (row: StanceRow) => row.cells.filter((c) => c.claims.length > 0).length;
	rows.sort(
		(a, b) =>
			VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
			b.claimCount - a.claimCount ||
			addressedBy(b) - addressedBy(a) ||
			order.get(a.topic)! - order.get(b.topic)!
	);
	const topicOrder = (id: string) => order.get(id) ?? 0;
	const relayed = everyClaim
		.filter((c) => c.relayed !== null)
		.sort(
			(a, b) => (index.sentencesOf(a.id)[0]?.start ?? 0) - (index.sentencesOf(b.id)[0]?.start ?? 0)
		)
		.map((c) => ({
			claim: c.id,
			by: c.speaker,
			holder: c.relayed!.holder,
			topics: index
				.edgesOf(c.id)
				.filter((e) => e.relation === 'about' && e.source === c.id)
				.map((e) => e.target)
				.sort((a, b) => topicOrder(a) - topicOrder(b)),
			responses: index
				.edgesOf(c.id)
				.filter(
					(e) =>
						RESPONSES.has(e.relation) && claimSpeaker.has(e.source === c.id ? e.target : e.source)
				)
				.sort((a, b) => {
					const other = (e: GraphEdge) => (e.source === c.id ? e.target : e.source);
					return (
						relationRank(a.relation) - relationRank(b.relation) ||
						saidAt.get(other(a))! - saidAt.get(other(b))!
					);
				})
				.map((e) => e.id)
		}));
	return {
		speakers,
		rows,
		disputes: gatherDisputes(across, rows, speakers, claimSpeaker, saidAt),
		relayed
	};
}

/** Joins disagreeing claims into disputes: the connected groups of disagrees-with edges. */
function gatherDisputes(
	across: GraphEdge[],
	rows: StanceRow[],
	speakers: string[],
	claimSpeaker: Map<string, string>,
	saidAt: Map<string, number>
): Dispute[] {
	const edges = across.filter((e) => e.relation === 'disagrees-with');
	const parent = new Map<string, string>();
	const root = (id: string): string => {
		let at = id;
		while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
		return at;
	};
	for (const e of edges) {
		const [a, b] = [root(e.source), root(e.target)];
		if (a !== b) parent.set(b, a);
	}
	const groups = new Map<string, GraphEdge[]>();
	for (const e of edges) {
		const key = root(e.source);
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	const firstRow = (group: GraphEdge[]) =>
		rows.findIndex((row) => group.some((e) => row.relations.includes(e.id)));
	return [...groups.values()]
		.sort((a, b) => firstRow(a) - firstRow(b))
		.map((group) => {
			const ids = new Set(group.map((e) => e.id));
			const claims = [...new Set(group.flatMap((e) => [e.source, e.target]))].sort(
				(a, b) => saidAt.get(a)! - saidAt.get(b)!
			);
			return {
				topics: rows
					.filter((row) => row.relations.some((id) => ids.has(id)))
					.map((row) => row.topic),
				sides: speakers
					.map((speaker) => ({
						speaker,
						claims: claims.filter((id) => claimSpeaker.get(id) === speaker)
					}))
					.filter((side) => side.claims.length > 0),
				edges: group.map((e) => e.id)
			};
		});
}

function roleRank(node: GraphNode): number {
	if (node.type !== 'speaker') return 0;
	return { guest: 0, host: 1, author: 2 }[node.role];
}

function relationRank(relation: string): number {
	return ['disagrees-with', 'agrees-with', 'refines', 'supports'].indexOf(relation);
}
