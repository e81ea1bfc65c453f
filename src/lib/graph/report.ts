/**
 * How complete and faithful a compiled graph is: counts, coverage of the guests' answers by
 * claims, and the invariants every graph must keep. `npm run graph:report` prints it.
 */
import type { Graph, GraphNode, NodeType, Relation } from './schema';
import { plural } from './plural';
import { NODE_TYPES, RELATION_NAMES } from './schema';

/** Answer sentences at least this long count towards coverage; shorter ones are asides. */
export const SUBSTANTIVE_LENGTH = 40;
/** The share of substantive answer sentences that claims must cite. */
export const COVERAGE_TARGET = 0.9;

export interface UncitedSentence {
	id: string;
	line: number;
	text: string;
	/** Why the annotators left it uncited, or null if they did not say. */
	reason: string | null;
}

export interface GraphReport {
	document: string;
	nodesByType: Record<NodeType, number>;
	edgesByRelation: Record<Relation, number>;
	/** Each speaker's own claims; relayed views are not counted as their relayer's claims. */
	claimsBySpeaker: { speaker: string; name: string; claims: number }[];
	/** Views a speaker passes on without holding them. */
	relayed: { claim: string; by: string; holder: string }[];
	coverage: { substantive: number; cited: number; ratio: number; target: number };
	uncited: UncitedSentence[];
	orphans: string[];
	/** Broken invariants, one sentence each; empty when the graph is sound. */
	problems: string[];
}

/**
 * Measures a compiled graph.
 *
 * @example
 * const report = reportGraph(graph);
 * if (report.problems.length > 0) process.exitCode = 1;
 */
export function reportGraph(graph: Graph): GraphReport {
	const nodesByType = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
	for (const node of graph.nodes) nodesByType[node.type]++;
	const edgesByRelation = Object.fromEntries(RELATION_NAMES.map((r) => [r, 0])) as Record<
		Relation,
		number
	>;
	for (const edge of graph.edges) edgesByRelation[edge.relation]++;

	const speakers = graph.nodes.filter((n) => n.type === 'speaker');
	const claims = graph.nodes.filter((n) => n.type === 'claim');
	const claimsBySpeaker = speakers.map((s) => ({
		speaker: s.id,
		name: s.label,
		claims: claims.filter((c) => c.speaker === s.id && !c.relayed).length
	}));
	const relayed = claims
		.filter((c) => c.relayed)
		.map((c) => ({ claim: c.id, by: c.speaker, holder: c.relayed!.holder }));

	const claimCited = new Set(claims.flatMap((c) => c.citations));
	const reasons = new Map(graph.uncited.map((u) => [u.sentence, u.reason]));
	const guests = new Set(speakers.filter((s) => s.role === 'guest').map((s) => s.id));
	const answerTurns = new Set(
		graph.turns
			.filter((t) => t.kind === 'answer' && t.speaker && guests.has(t.speaker))
			.map((t) => t.id)
	);
	const substantive = graph.sentences.filter(
		(s) => answerTurns.has(s.turn) && s.text.length > SUBSTANTIVE_LENGTH
	);
	const uncited = substantive
		.filter((s) => !claimCited.has(s.id))
		.map((s) => ({ id: s.id, line: s.line, text: s.text, reason: reasons.get(s.id) ?? null }));
	const cited = substantive.length - uncited.length;
	const ratio = substantive.length === 0 ? 1 : cited / substantive.length;

	const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
	const orphans = graph.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id);

	const problems = [
		...checkGraph(graph),
		...orphans.map((id) => `node "${id}" has no edges`),
		...uncited
			.filter((u) => u.reason === null)
			.map(
				(u) =>
					`answer sentence ${u.id} (line ${u.line}) is cited by no claim and not listed under uncited`
			)
	];
	if (ratio < COVERAGE_TARGET) {
		problems.push(
			`claims cite ${pct(ratio)} of substantive answer sentences; the target is ${pct(COVERAGE_TARGET)}`
		);
	}
	return {
		document: graph.document.id,
		nodesByType,
		edgesByRelation,
		claimsBySpeaker,
		relayed,
		coverage: { substantive: substantive.length, cited, ratio, target: COVERAGE_TARGET },
		uncited,
		orphans,
		problems
	};
}

/**
 * The invariants of attribution, as a list of broken ones (empty when all hold):
 * - each claim has exactly one speaker, and is made in an answer (or question) of that speaker,
 *   or, for the article's author, in the narration (and then in no turn of dialogue);
 * - every edge cites only sentences from turns that belong to what it connects: a speaker's own
 *   turns and introduction, a question's or answer's turn, the turns a claim quotes. Sectors,
 *   scenarios and concepts belong to nobody, so they leave the other end to decide.
 */
export function checkGraph(graph: Graph): string[] {
	const problems: string[] = [];
	const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
	const sentences = new Map(graph.sentences.map((s) => [s.id, s]));
	const turns = new Map(graph.turns.map((t) => [t.id, t]));

	for (const claim of graph.nodes) {
		if (claim.type !== 'claim') continue;
		// A relayed view is passed on by its speaker, never said by them as their own.
		const own = claim.relayed ? 'relayed-by' : 'said-by';
		const other = claim.relayed ? 'said-by' : 'relayed-by';
		const saidBy = graph.edges.filter((e) => e.source === claim.id && e.relation === own);
		if (saidBy.length !== 1 || saidBy[0]!.target !== claim.speaker) {
			problems.push(`claim "${claim.id}" must have exactly one ${own} edge, to ${claim.speaker}`);
		}
		if (graph.edges.some((e) => e.source === claim.id && e.relation === other)) {
			problems.push(`claim "${claim.id}" must have no ${other} edge`);
		}
		const madeIn = graph.edges
			.filter((e) => e.source === claim.id && e.relation === 'made-in')
			.map((e) => nodes.get(e.target));
		// The author's claims are made in the narration, which has no node.
		const author = nodes.get(claim.speaker);
		const narrated = author?.type === 'speaker' && author.role === 'author';
		if (madeIn.length === 0 && !narrated)
			problems.push(`claim "${claim.id}" is not linked to the answer it was made in`);
		if (madeIn.length > 0 && narrated)
			problems.push(`claim "${claim.id}" is the author's, but is linked to a turn of dialogue`);
		for (const turnNode of madeIn) {
			if (!turnNode || !('speaker' in turnNode) || turnNode.speaker !== claim.speaker) {
				problems.push(
					`claim "${claim.id}" is linked to "${turnNode?.id}", which ${claim.speaker} did not say`
				);
			}
		}
	}

	/** The turns an end of an edge may cite, or null when it leaves that to the other end. */
	const ownTurns = (node: GraphNode): Set<string> | null => {
		const citedTurns = new Set(node.citations.map((s) => sentences.get(s)?.turn ?? ''));
		switch (node.type) {
			case 'speaker':
				for (const t of graph.turns) {
					const narration = node.role === 'author' && t.kind === 'narration';
					if (t.speaker === node.id || narration) citedTurns.add(t.id);
				}
				return citedTurns;
			case 'sector':
			case 'scenario':
			case 'concept':
				return null;
			default:
				return citedTurns;
		}
	};

	for (const edge of graph.edges) {
		const source = nodes.get(edge.source);
		const target = nodes.get(edge.target);
		if (!source || !target) {
			problems.push(`edge "${edge.id}" has a missing end`);
			continue;
		}
		const a = ownTurns(source);
		const b = ownTurns(target);
		if (!a && !b) continue;
		const allowed = new Set([...(a ?? []), ...(b ?? [])]);
		for (const id of edge.citations) {
			const sentence = sentences.get(id);
			if (!sentence) {
				problems.push(`edge "${edge.id}" cites ${id}, which is not a sentence of the document`);
			} else if (!allowed.has(sentence.turn)) {
				const turn = turns.get(sentence.turn);
				problems.push(
					`edge "${edge.id}" cites ${id} (line ${sentence.line}), from ${turn?.speaker ?? 'narration'}'s turn, which belongs to neither end`
				);
			}
		}
	}
	return problems;
}

/** The report as the text `npm run graph:report` prints. */
export function formatReport(report: GraphReport): string {
	const lines: string[] = [`# ${report.document}`, ''];
	const table = (title: string, rows: [string, number][]) => {
		lines.push(`${title}:`);
		const width = Math.max(...rows.map(([k]) => k.length));
		for (const [k, n] of rows) lines.push(`  ${k.padEnd(width)}  ${String(n).padStart(4)}`);
		lines.push('');
	};
	table('Nodes by type', Object.entries(report.nodesByType));
	table('Edges by relation', Object.entries(report.edgesByRelation));
	table(
		'Claims by speaker',
		report.claimsBySpeaker.map((s) => [s.name, s.claims])
	);
	lines.push(report.relayed.length === 0 ? 'Relayed views: none' : 'Relayed views:');
	for (const r of report.relayed)
		lines.push(`  ${r.claim} (held by ${r.holder}, relayed by ${r.by})`);
	lines.push('');
	const { coverage } = report;
	lines.push(
		`Coverage: ${coverage.cited} of ${coverage.substantive} answer sentences longer than ${SUBSTANTIVE_LENGTH} characters are cited by a claim (${pct(coverage.ratio)}; target ${pct(coverage.target)})`,
		''
	);
	lines.push(
		report.uncited.length === 0 ? 'Uncited answer sentences: none' : 'Uncited answer sentences:'
	);
	for (const u of report.uncited) {
		lines.push(`  ${u.id} (line ${u.line}) — ${u.reason ?? 'NO REASON GIVEN'}: ${u.text}`);
	}
	lines.push(
		'',
		`Nodes with no edges: ${report.orphans.length === 0 ? 'none' : report.orphans.join(', ')}`,
		''
	);
	if (report.problems.length === 0) lines.push('OK: every invariant holds.');
	else {
		lines.push(`FAILED: ${plural(report.problems.length, 'problem')}:`);
		for (const p of report.problems) lines.push(`  - ${p}`);
	}
	return lines.join('\n');
}

function pct(ratio: number): string {
	return `${(ratio * 100).toFixed(1)}%`;
}
