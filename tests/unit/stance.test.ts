import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph/query';
import type { Graph } from '../../src/lib/graph/schema';
import {
	STANCE_VERDICTS,
	stanceTable,
	type StanceRow,
	type StanceTable
} from '../../src/lib/graph/stance';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);

const labelOf = (id: string) => index.node(id)!.label;

/** The row of the topic with this label: tests find rows by what the reader sees. */
function row(label: string, of: StanceTable): StanceRow {
	const found = of.rows.find((r) => labelOf(r.topic) === label);
	if (!found) throw new Error(`no row for "${label}"`);
	return found;
}

/** The labels of one speaker's claims in a row. */
function said(r: StanceRow, speaker: string): string[] {
	return r.cells.find((c) => c.speaker === speaker)!.claims.map(labelOf);
}

describe('stanceTable on the bundled interview', () => {
	it('puts the guests in columns, then the author, leaving out the host, whose only view is relayed', () => {
		const table = stanceTable(index);
		// Gong Haihan asks the questions and passes on the commentators' view in Q4; he claims nothing.
		// Wang Qiao wrote the article's introduction.
		expect(table.speakers).toEqual(['xiang-lipeng', 'wang-qing', 'wang-qiao']);
		for (const r of table.rows) {
			expect(r.cells.map((c) => c.speaker)).toEqual(table.speakers);
		}
	});

	it('has a row for every sector, scenario and concept a claim is about, and no other', () => {
		const table = stanceTable(index);
		const claimed = new Set(
			graph.edges
				.filter((e) => {
					const source = index.node(e.source)!;
					const target = index.node(e.target)!;
					return (
						e.relation === 'about' &&
						source.type === 'claim' &&
						source.relayed === null &&
						target.type !== 'organization'
					);
				})
				.map((e) => e.target)
		);
		expect(new Set(table.rows.map((r) => r.topic))).toEqual(claimed);
		for (const r of table.rows) {
			expect(['sector', 'scenario', 'concept']).toContain(index.node(r.topic)!.type);
			const inCells = r.cells.flatMap((c) => c.claims);
			expect(inCells).toHaveLength(r.claimCount);
			for (const id of inCells) {
				const claim = index.node(id)!;
				expect(claim.type).toBe('claim');
				expect(index.edges.has(`${id}--about--${r.topic}`)).toBe(true);
			}
		}
	});

	it('shows the guests’ disagreement about which sector breaks out first', () => {
		const table = stanceTable(index);
		const industrial = row('Industrial Internet', table);
		const fiveG = row('5G', table);
		expect(industrial.verdict).toBe('disagree');
		expect(fiveG.verdict).toBe('disagree');
		// Each guest's disputed claim leads their cell.
		// Each keeps the basis its speaker gave: the two predictions differ in kind, not only in answer.
		expect(said(industrial, 'xiang-lipeng')[0]).toBe(
			"Judged by the industry's importance, the Industrial Internet will emerge first"
		);
		expect(said(fiveG, 'wang-qing').slice(0, 2)).toEqual(
			expect.arrayContaining(['Given experience, consensus and supply, 5G will break out first'])
		);
		const disagreement = graph.edges.find(
			(e) =>
				e.relation === 'disagrees-with' &&
				labelOf(e.source) === 'Given experience, consensus and supply, 5G will break out first' &&
				labelOf(e.target) ===
					"Judged by the industry's importance, the Industrial Internet will emerge first"
		)!;
		expect(industrial.relations).toContain(disagreement.id);
		expect(fiveG.relations).toContain(disagreement.id);
	});

	it('gathers the guests’ disagreements into three disputes', () => {
		const table = stanceTable(index);
		// Which field breaks out first (Q1); "still a basic technology" against "not just a basic
		// technology" (Q2/Q4); "only an additional effect … not a new battlefield" against "rare
		// development opportunities" (Q5/Q3).
		expect(table.disputes).toHaveLength(3);
		const [dispute] = table.disputes.filter((d) => d.topics.includes('5g'));
		expect(
			table.disputes.map((d) =>
				d.sides
					.map((s) => s.claims.map((id) => id))
					.flat()
					.sort()
			)
		).toEqual(
			expect.arrayContaining([
				['wang-blockchain-important-but-light', 'xiang-blockchain-not-just-basic-technology'],
				[
					'wang-blockchain-opportunities-only-side-effect',
					'wang-expanded-market-not-new-battlefield',
					'xiang-eased-epidemic-brings-opportunities'
				]
			])
		);
		expect(dispute!.topics.map(labelOf)).toEqual(
			expect.arrayContaining(['Industrial Internet', '5G'])
		);
		expect(dispute!.sides.map((s) => s.speaker)).toEqual(['xiang-lipeng', 'wang-qing']);
		expect(dispute!.sides[0]!.claims.map(labelOf)).toEqual([
			"Judged by the industry's importance, the Industrial Internet will emerge first"
		]);
		expect(dispute!.sides[1]!.claims.map(labelOf)).toEqual(
			expect.arrayContaining([
				'Given experience, consensus and supply, 5G will break out first',
				'The Industrial Internet will break out later, but bigger and more profound'
			])
		);
		// Every disagreeing row belongs to one of the disputes.
		expect(new Set(table.disputes.flatMap((d) => d.topics))).toEqual(
			new Set(table.rows.filter((r) => r.verdict === 'disagree').map((r) => r.topic))
		);
	});

	it('says when only one speaker addressed a topic', () => {
		const table = stanceTable(index);
		const smart = row('Smart manufacturing', table);
		expect(smart.verdict).toBe('one');
		expect(smart.cells.filter((c) => c.claims.length > 0).map((c) => c.speaker)).toEqual([
			'xiang-lipeng'
		]);
		expect(smart.relations).toEqual([]);
		// Employment as an economic goal (Wang, Q1), not the livelihood field (Xiang, Q2).
		const employment = row('Protecting employment (economic goal)', table);
		expect(employment.verdict).toBe('one');
		expect(said(employment, 'xiang-lipeng')).toEqual([]);
		expect(said(employment, 'wang-qing')).toEqual([
			'New infrastructure serves economic growth and jobs, and future industrial goals',
			'Old infrastructure secures jobs; new infrastructure is also an emerging industry'
		]);
	});

	it('keeps the view the host relays out of every cell, with the claims that answer it', () => {
		const table = stanceTable(index);
		expect(table.relayed).toEqual([
			{
				claim: 'relayed-blockchain-only-basic-technology',
				by: 'gong-haihan',
				holder: 'commentators',
				topics: ['new-infrastructure', 'blockchain', 'basic-technology-vs-infrastructure'],
				responses: [
					'xiang-blockchain-not-just-basic-technology--disagrees-with--relayed-blockchain-only-basic-technology',
					'xiang-blockchain-still-immature--agrees-with--relayed-blockchain-only-basic-technology',
					'wang-blockchain-important-but-light--agrees-with--relayed-blockchain-only-basic-technology',
					'xiang-blockchain-not-yet-digital-economy-infrastructure--agrees-with--relayed-blockchain-only-basic-technology',
					'xiang-inclusion-would-overestimate-blockchain--agrees-with--relayed-blockchain-only-basic-technology',
					'wang-agrees-blockchain-not-yet-infrastructure--agrees-with--relayed-blockchain-only-basic-technology',
					'wang-blockchain-infrastructure-of-infrastructure--refines--relayed-blockchain-only-basic-technology'
				]
			}
		]);
		// Wang Qing's "I quite agree with this view" agrees with the commentators, so it is no
		// agreement between speakers: the row's verdict comes from the guests' own disagreement.
		const basic = row('Basic technology vs infrastructure', table);
		expect(basic.verdict).toBe('disagree');
		for (const id of basic.relations) {
			expect(id).not.toContain('relayed-blockchain-only-basic-technology');
		}
	});

	it('marks agreement across speakers when there is no disagreement', () => {
		const table = stanceTable(index);
		const trl = row('Technology maturity level (TRL)', table);
		expect(trl.verdict).toBe('agree');
		expect(trl.relations.length).toBeGreaterThan(0);
		for (const id of trl.relations) {
			const edge = index.edges.get(id)!;
			expect(edge.relation).toBe('agrees-with');
			expect(index.speakerOf(edge.source)).not.toBe(index.speakerOf(edge.target));
		}
	});

	it('sorts disagreements first, then agreements, then by number of claims', () => {
		const table = stanceTable(index);
		const rank = (r: StanceRow) => Math.min(STANCE_VERDICTS.indexOf(r.verdict), 2);
		for (let i = 1; i < table.rows.length; i++) {
			const [before, after] = [table.rows[i - 1]!, table.rows[i]!];
			expect(rank(before)).toBeLessThanOrEqual(rank(after));
			if (rank(before) === rank(after)) {
				expect(before.claimCount).toBeGreaterThanOrEqual(after.claimCount);
			}
		}
		expect(table.rows[0]!.verdict).toBe('disagree');
	});

	it('lists disputed claims first in a cell, then the rest in reading order', () => {
		const table = stanceTable(index);
		for (const r of table.rows) {
			const disputed = new Set(
				r.relations
					.map((id) => index.edges.get(id)!)
					.filter((e) => e.relation === 'disagrees-with')
					.flatMap((e) => [e.source, e.target])
			);
			for (const cell of r.cells) {
				const flags = cell.claims.map((id) => disputed.has(id));
				expect(flags, `${r.topic} / ${cell.speaker}`).toEqual([...flags].sort().reverse());
			}
		}
	});
});

describe('stanceTable verdicts', () => {
	/** The bundled graph with its agreements and disagreements replaced by `relations`. */
	function withRelations(relations: [string, 'agrees-with' | 'disagrees-with', string][]): Graph {
		const kept = graph.edges.filter(
			(e) => e.relation !== 'agrees-with' && e.relation !== 'disagrees-with'
		);
		const added = relations.map(([source, relation, target]) => ({
			id: `${source}--${relation}--${target}`,
			source,
			target,
			relation,
			citations: [...index.node(source)!.citations, ...index.node(target)!.citations]
		}));
		return { ...graph, edges: [...kept, ...added] };
	}
	const claimOf = (speaker: string, topic: string) =>
		row(labelOf(topic), stanceTable(index)).cells.find((c) => c.speaker === speaker)!.claims[0]!;

	it.each([
		['no agreement or disagreement: several speakers addressed it', [], 'both'],
		['an agreement across speakers', ['agrees-with'], 'agree'],
		['a disagreement across speakers', ['disagrees-with'], 'disagree'],
		['a disagreement outweighs an agreement', ['agrees-with', 'disagrees-with'], 'disagree']
	] as const)('%s', (_, kinds, verdict) => {
		const xiang = claimOf('xiang-lipeng', 'industrial-internet');
		const wang = claimOf('wang-qing', 'industrial-internet');
		const others = row('Industrial Internet', stanceTable(index)).cells[1]!.claims;
		const relations = kinds.map(
			(kind, i) => [xiang, kind, i === 0 ? wang : others[1]!] as [string, typeof kind, string]
		);
		const rebuilt = stanceTable(new GraphIndex(withRelations(relations)));
		expect(row('Industrial Internet', rebuilt).verdict).toBe(verdict);
		if (kinds.length === 0) expect(rebuilt.disputes).toEqual([]);
	});

	it('ignores a disagreement between claims of one speaker', () => {
		const [first, second] = row('Industrial Internet', stanceTable(index)).cells[0]!.claims;
		const rebuilt = stanceTable(
			new GraphIndex(withRelations([[first!, 'disagrees-with', second!]]))
		);
		expect(row('Industrial Internet', rebuilt).verdict).toBe('both');
		expect(rebuilt.disputes).toEqual([]);
	});
});
