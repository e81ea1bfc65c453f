import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraph, reportGraph, type Graph } from '../../src/lib/graph';
import { ANNOTATIONS_FILE, compiledInterview, compileWith } from './helpers';

describe('the compiled interview keeps the invariants of attribution', () => {
	const graph = compiledInterview();
	const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
	const claims = graph.nodes.filter((n) => n.type === 'claim');

	it('has claims, each with exactly one speaker (said-by, or relayed-by for a relayed view)', () => {
		expect(claims.length).toBeGreaterThan(30);
		for (const claim of claims) {
			const own = claim.relayed ? 'relayed-by' : 'said-by';
			const other = claim.relayed ? 'said-by' : 'relayed-by';
			const saidBy = graph.edges.filter((e) => e.source === claim.id && e.relation === own);
			expect(
				saidBy.map((e) => e.target),
				claim.id
			).toEqual([claim.speaker]);
			expect(graph.edges.filter((e) => e.source === claim.id && e.relation === other)).toEqual([]);
			expect(nodes.get(claim.speaker)?.type).toBe('speaker');
		}
	});

	it('has exactly one relayed view: the commentators’ view the host passes on in Q4', () => {
		const relayed = claims.filter((c) => c.relayed);
		expect(relayed.map((c) => [c.id, c.speaker, c.relayed])).toEqual([
			[
				'relayed-blockchain-only-basic-technology',
				'gong-haihan',
				{
					holder: 'commentators',
					source: null,
					view: 'blockchain can only be a basic technology for now, not enough to be infrastructure'
				}
			]
		]);
		expect(relayed[0]!.label).toBe(
			'Relayed by Gong Haihan: commentators say blockchain can only be a basic technology for now, not enough to be infrastructure'
		);
	});

	it('links every claim to an answer (or question) of that same speaker', () => {
		const author = (id: string) => {
			const speaker = nodes.get(id);
			return speaker?.type === 'speaker' && speaker.role === 'author';
		};
		for (const claim of claims) {
			const madeIn = graph.edges
				.filter((e) => e.source === claim.id && e.relation === 'made-in')
				.map((e) => nodes.get(e.target));
			if (author(claim.speaker)) {
				// The article's framing: made in the narration, which has no node.
				expect(madeIn, claim.id).toEqual([]);
				const turns = new Set(
					graph.sentences.filter((s) => claim.citations.includes(s.id)).map((s) => s.turn)
				);
				expect([...turns], claim.id).toEqual(['t0']);
				continue;
			}
			expect(madeIn.length, claim.id).toBeGreaterThan(0);
			for (const turnNode of madeIn) {
				expect(turnNode && 'speaker' in turnNode && turnNode.speaker, claim.id).toBe(claim.speaker);
			}
		}
	});

	it('has the article’s own framing as five claims of its author, Wang Qiao', () => {
		expect(claims.filter((c) => c.speaker === 'wang-qiao').map((c) => c.id)).toEqual([
			'article-policy-makes-new-infrastructure-main-theme',
			'article-tens-of-trillions-ride',
			'article-new-infrastructure-hard-core-technology',
			'article-5g-the-leader',
			'article-blockchain-extended-to-many-fields'
		]);
		expect(nodes.get('wang-qiao')).toMatchObject({ type: 'speaker', role: 'author', aliases: [] });
	});

	it('cites, on every edge, only sentences from turns of what the edge connects', () => {
		expect(checkGraph(graph)).toEqual([]);
	});

	it('has no orphan nodes, full coverage bookkeeping, and passes its report', () => {
		const report = reportGraph(graph);
		expect(report.orphans).toEqual([]);
		expect(report.coverage.ratio).toBeGreaterThanOrEqual(0.9);
		expect(report.uncited.filter((u) => u.reason === null)).toEqual([]);
		expect(report.problems).toEqual([]);
	});

	it('holds the two guests’ differing views of which sector breaks out first', () => {
		const disagreements = graph.edges.filter((e) => e.relation === 'disagrees-with');
		const speakersOf = (e: (typeof disagreements)[number]) =>
			[nodes.get(e.source), nodes.get(e.target)].map((n) =>
				n?.type === 'claim' ? n.speaker : null
			);
		expect(
			disagreements.some((e) => {
				const [a, b] = speakersOf(e);
				return a !== b && a !== null && b !== null;
			})
		).toBe(true);
	});

	it('keeps node ids stable when a claim is added', () => {
		const yaml = readFileSync(ANNOTATIONS_FILE, 'utf8');
		const added = yaml.replace(
			/^claims:\n/m,
			`claims:
  - id: added-for-the-test
    speaker: wang-qing
    label: 5G breaks out first
    statement: 5G will break out first.
    quotes: ['So I think 5G will break out first']
`
		);
		const result = compileWith(added);
		expect(result.diagnostics).toEqual([]);
		const after = new Map(result.graph!.nodes.map((n) => [n.id, n]));
		for (const node of graph.nodes) expect(after.get(node.id)).toEqual(node);
		expect(after.size).toBe(graph.nodes.length + 1);
	});
});

describe('checkGraph and reportGraph catch a broken graph', () => {
	const graph = compiledInterview();

	it('flags an edge citing a sentence from a turn of neither end', () => {
		const broken: Graph = structuredClone(graph);
		const claim = broken.nodes.find((n) => n.type === 'claim' && n.speaker === 'wang-qing')!;
		const xiangSentence = broken.sentences.find((s) => s.speaker === 'xiang-lipeng')!;
		const edge = broken.edges.find((e) => e.source === claim.id && e.relation === 'said-by')!;
		edge.citations = [xiangSentence.id];
		expect(checkGraph(broken)).toEqual([
			expect.stringContaining(`edge "${edge.id}" cites ${xiangSentence.id}`)
		]);
	});

	it('flags a claim with two speakers, an orphan, and coverage under target', () => {
		const broken: Graph = structuredClone(graph);
		const claim = broken.nodes.find((n) => n.type === 'claim' && n.speaker === 'wang-qing')!;
		broken.edges.push({
			id: 'extra',
			source: claim.id,
			target: 'xiang-lipeng',
			relation: 'said-by',
			citations: claim.citations
		});
		broken.nodes.push({
			id: 'lonely',
			type: 'concept',
			label: 'Lonely',
			description: null,
			citations: []
		});
		const guestAnswers = new Set(broken.turns.filter((t) => t.kind === 'answer').map((t) => t.id));
		for (const node of broken.nodes) {
			if (node.type === 'claim') {
				node.citations = node.citations.filter((s) => !guestAnswers.has(s.split('-')[0]!));
			}
		}
		const report = reportGraph(broken);
		expect(report.problems).toEqual(
			expect.arrayContaining([
				`claim "${claim.id}" must have exactly one said-by edge, to wang-qing`,
				'node "lonely" has no edges',
				expect.stringMatching(
					/^claims cite 0\.0% of substantive answer sentences; the target is 90\.0%$/
				)
			])
		);
		expect(report.orphans).toEqual(['lonely']);
	});
});
