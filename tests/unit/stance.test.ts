import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph/query';
import type { Graph } from '../../src/lib/graph/schema';
import { STANCE_VERDICTS, stanceTable, type StanceRow } from '../../src/lib/graph/stance';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);
const table = stanceTable(index);

const labelOf = (id: string) => index.node(id)!.label;

/** The row of the topic with this label: tests find rows by what the reader sees. */
function row(label: string, of = table): StanceRow {
	const found = of.rows.find((r) => labelOf(r.topic) === label);
	if (!found) throw new Error(`no row for "${label}"`);
	return found;
}

/** The labels of one speaker's claims in a row. */
function said(r: StanceRow, speaker: string): string[] {
	return r.cells.find((c) => c.speaker === speaker)!.claims.map(labelOf);
}

describe('stanceTable on the bundled interview', () => {
	it('puts the guests in columns before the host, leaving out anyone without claims', () => {
		expect(table.speakers).toEqual(['xiang-lipeng', 'wang-qing', 'gong-haihan']);
		for (const r of table.rows) {
			expect(r.cells.map((c) => c.speaker)).toEqual(table.speakers);
		}
	});

	it('has a row for every sector, scenario and concept a claim is about, and no other', () => {
		const claimed = new Set(
			graph.edges
				.filter((e) => e.relation === 'about' && index.node(e.source)!.type === 'claim')
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
		const industrial = row('Industrial Internet');
		const fiveG = row('5G');
		expect(industrial.verdict).toBe('disagree');
		expect(fiveG.verdict).toBe('disagree');
		// Each guest's disputed claim leads their cell.
		expect(said(industrial, 'xiang-lipeng')[0]).toBe('The Industrial Internet will emerge first');
		expect(said(fiveG, 'wang-qing').slice(0, 2)).toEqual(
			expect.arrayContaining(['5G will break out first'])
		);
		const disagreement = graph.edges.find(
			(e) =>
				e.relation === 'disagrees-with' &&
				labelOf(e.source) === '5G will break out first' &&
				labelOf(e.target) === 'The Industrial Internet will emerge first'
		)!;
		expect(industrial.relations).toContain(disagreement.id);
		expect(fiveG.relations).toContain(disagreement.id);
		// The host took no side.
		expect(said(industrial, 'gong-haihan')).toEqual([]);
	});

	it('gathers that disagreement into one dispute between the two guests', () => {
		expect(table.disputes).toHaveLength(1);
		const [dispute] = table.disputes;
		expect(dispute!.topics.map(labelOf)).toEqual(
			expect.arrayContaining(['Industrial Internet', '5G'])
		);
		expect(dispute!.topics).toEqual(
			table.rows.filter((r) => r.verdict === 'disagree').map((r) => r.topic)
		);
		expect(dispute!.sides.map((s) => s.speaker)).toEqual(['xiang-lipeng', 'wang-qing']);
		expect(dispute!.sides[0]!.claims.map(labelOf)).toEqual([
			'The Industrial Internet will emerge first'
		]);
		expect(dispute!.sides[1]!.claims.map(labelOf)).toEqual(
			expect.arrayContaining([
				'5G will break out first',
				'The Industrial Internet will break out later, but bigger and more profound'
			])
		);
	});

	it('says when only one speaker addressed a topic', () => {
		const smart = row('Smart manufacturing');
		expect(smart.verdict).toBe('one');
		expect(smart.cells.filter((c) => c.claims.length > 0).map((c) => c.speaker)).toEqual([
			'xiang-lipeng'
		]);
		expect(smart.relations).toEqual([]);
		const employment = row('Employment');
		expect(employment.verdict).toBe('one');
		expect(said(employment, 'xiang-lipeng')).toEqual([]);
		expect(said(employment, 'wang-qing')).toHaveLength(1);
	});

	it('marks agreement across speakers when there is no disagreement', () => {
		const trl = row('Technology maturity level (TRL)');
		expect(trl.verdict).toBe('agree');
		expect(trl.relations.length).toBeGreaterThan(0);
		for (const id of trl.relations) {
			const edge = index.edges.get(id)!;
			expect(edge.relation).toBe('agrees-with');
			expect(index.speakerOf(edge.source)).not.toBe(index.speakerOf(edge.target));
		}
	});

	it('sorts disagreements first, then agreements, then by number of claims', () => {
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
		row(labelOf(topic)).cells.find((c) => c.speaker === speaker)!.claims[0]!;

	it.each([
		['no agreement or disagreement: several speakers addressed it', [], 'both'],
		['an agreement across speakers', ['agrees-with'], 'agree'],
		['a disagreement across speakers', ['disagrees-with'], 'disagree'],
		['a disagreement outweighs an agreement', ['agrees-with', 'disagrees-with'], 'disagree']
	] as const)('%s', (_, kinds, verdict) => {
		const xiang = claimOf('xiang-lipeng', 'industrial-internet');
		const wang = claimOf('wang-qing', 'industrial-internet');
		const others = row('Industrial Internet').cells[1]!.claims;
		const relations = kinds.map(
			(kind, i) => [xiang, kind, i === 0 ? wang : others[1]!] as [string, typeof kind, string]
		);
		const rebuilt = stanceTable(new GraphIndex(withRelations(relations)));
		expect(row('Industrial Internet', rebuilt).verdict).toBe(verdict);
		if (kinds.length === 0) expect(rebuilt.disputes).toEqual([]);
	});

	it('ignores a disagreement between claims of one speaker', () => {
		const [first, second] = row('Industrial Internet').cells[0]!.claims;
		const rebuilt = stanceTable(
			new GraphIndex(withRelations([[first!, 'disagrees-with', second!]]))
		);
		expect(row('Industrial Internet', rebuilt).verdict).toBe('both');
		expect(rebuilt.disputes).toEqual([]);
	});
});
