import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrangeByQuestion, arrangeBySpeaker } from '../../src/lib/cytoscape/arrangements';
import { footprints } from '../../src/lib/cytoscape/layout-input';
import { positionsOf, turned, turnsOnPortrait } from '../../src/lib/graph/arrangement';
import type { Graph } from '../../src/lib/graph/schema';

const graph: Graph = JSON.parse(
	readFileSync('graph-data/build/five-questions-on-new-infrastructure.graph.json', 'utf8')
);
const sizes = footprints(graph);
const bySpeaker = arrangeBySpeaker(graph, sizes);
const byQuestion = arrangeByQuestion(graph, sizes);

/** Claims of the bundled interview, by the speaker who made them (ids read from annotations.yaml). */
const claimsOf = (speaker: string) =>
	graph.nodes.filter((n) => n.type === 'claim' && n.speaker === speaker && !n.relayed);

/** Footprints (body and landmark label) that overlap, as pairs of ids; answers left out. */
function overlaps(positions: Record<string, { x: number; y: number }>): string[] {
	const boxes = graph.nodes
		.filter((n) => n.type !== 'answer')
		.map((n) => {
			const size = sizes.get(n.id)!;
			const p = positions[n.id]!;
			return { id: n.id, x: p.x, y: p.y + size.below, w: size.width, h: size.height };
		});
	const found: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2)
				found.push(`${a.id} / ${b.id}`);
		}
	}
	return found;
}

describe.each([
	['by speaker', bySpeaker, arrangeBySpeaker],
	['by question', byQuestion, arrangeByQuestion]
])('the arrangement %s', (_, positions, arrange) => {
	it('places every node, answers included, with finite numbers', () => {
		expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
		for (const p of Object.values(positions))
			expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
	});

	it('is deterministic', () => {
		expect(arrange(graph, sizes)).toEqual(positions);
	});

	it('keeps every node and landmark label clear of every other', () => {
		expect(overlaps(positions)).toEqual([]);
	});
});

describe('by speaker', () => {
	const x = (id: string) => bySpeaker[id]!.x;
	const distance = (a: string, b: string) =>
		Math.hypot(bySpeaker[a]!.x - bySpeaker[b]!.x, bySpeaker[a]!.y - bySpeaker[b]!.y);

	it('puts the guest with the most claims (Xiang Lipeng, 41) left, the other (Wang Qing, 26) right', () => {
		expect(x('xiang-lipeng')).toBeLessThan(0);
		expect(x('wang-qing')).toBeGreaterThan(0);
		expect(Math.abs(bySpeaker['xiang-lipeng']!.y - bySpeaker['wang-qing']!.y)).toBeLessThan(100);
	});

	it("gathers each guest's claims round them", () => {
		for (const [own, other] of [
			['xiang-lipeng', 'wang-qing'],
			['wang-qing', 'xiang-lipeng']
		] as const) {
			for (const claim of claimsOf(own)) {
				expect(distance(claim.id, own), claim.id).toBeLessThan(distance(claim.id, other));
			}
		}
	});

	it('sets the topics both guests discuss between them, and one guest’s topics on their side', () => {
		// Both guests: new infrastructure, blockchain, the industrial Internet, 5G.
		for (const shared of ['new-infrastructure', 'blockchain', 'industrial-internet', '5g']) {
			expect(x(shared), shared).toBeGreaterThan(x('xiang-lipeng'));
			expect(x(shared), shared).toBeLessThan(x('wang-qing'));
		}
		// Only Xiang Lipeng: e-government, the epidemic, the real economy, people's livelihood.
		for (const his of ['e-government', 'epidemic', 'real-economy', 'peoples-livelihood-services'])
			expect(x(his), his).toBeLessThan(0);
		// Only Wang Qing: job protection, technology readiness, infrastructure of infrastructure.
		for (const hers of [
			'job-protection',
			'technology-readiness-level',
			'infrastructure-of-infrastructure'
		])
			expect(x(hers), hers).toBeGreaterThan(0);
	});

	it('puts the questions round the host who asked them', () => {
		for (const q of ['q1', 'q2', 'q3', 'q4', 'q5']) {
			expect(distance(q, 'gong-haihan'), q).toBeLessThan(distance(q, 'xiang-lipeng'));
			expect(distance(q, 'gong-haihan'), q).toBeLessThan(distance(q, 'wang-qing'));
		}
	});
});

describe('by question', () => {
	const questions = ['q1', 'q2', 'q3', 'q4', 'q5'];

	it('sets the five questions in order, left to right, on one row', () => {
		const xs = questions.map((q) => byQuestion[q]!.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		for (const q of questions) expect(byQuestion[q]!.y).toBe(byQuestion.q1!.y);
	});

	it('puts each claim under the question it answers', () => {
		// "So I think 5G will break out first" answers question 1 (which field breaks out first).
		const fiveG = byQuestion['wang-5g-breaks-out-first']!;
		const nearest = (p: { x: number }) =>
			questions.reduce((best, q) =>
				Math.abs(byQuestion[q]!.x - p.x) < Math.abs(byQuestion[best]!.x - p.x) ? q : best
			);
		expect(nearest(fiveG)).toBe('q1');
		expect(fiveG.y).toBeGreaterThan(byQuestion.q1!.y);
		// Every claim made in Q4's answers (Xiang's and Wang Qing's) lies under Q4.
		const inQ4 = graph.edges
			.filter((e) => e.relation === 'made-in' && /^q4-/.test(e.target))
			.map((e) => e.source);
		expect(inQ4.length).toBeGreaterThan(3);
		for (const claim of inQ4) expect(nearest(byQuestion[claim]!), claim).toBe('q4');
	});

	it('puts the topics in a band beneath the claims, and the speakers on the left', () => {
		const lowestClaim = Math.max(
			...graph.nodes.filter((n) => n.type === 'claim').map((n) => byQuestion[n.id]!.y)
		);
		for (const topic of ['new-infrastructure', 'blockchain', '5g', 'epidemic'])
			expect(byQuestion[topic]!.y, topic).toBeGreaterThan(lowestClaim);
		for (const speaker of ['xiang-lipeng', 'wang-qing', 'gong-haihan'])
			expect(byQuestion[speaker]!.x, speaker).toBeLessThan(byQuestion.q1!.x);
	});
});

describe('the shipped layout', () => {
	it('opens by speaker and holds the other two arrangements', () => {
		const layout = graph.layout!;
		expect(layout.arrangement).toBe('speaker');
		expect(Object.keys(layout.arrangements).sort()).toEqual(['overview', 'question']);
		expect(positionsOf(layout, 'speaker')).toBe(layout.positions);
		expect(layout.positions).toEqual(bySpeaker);
		expect(positionsOf(layout, 'question')).toEqual(byQuestion);
		expect(positionsOf(layout, 'overview')).toBe(layout.arrangements.overview);
	});
});

describe('turned on its side for a tall screen', () => {
	it('turns an arrangement clearly wider than tall, and not one nearly square or tall', () => {
		const box = (w: number, h: number) => ({ a: { x: -5, y: 10 }, b: { x: w - 5, y: 10 + h } });
		expect(turnsOnPortrait(box(300, 100))).toBe(true);
		expect(turnsOnPortrait(box(120, 100))).toBe(true);
		expect(turnsOnPortrait(box(110, 100))).toBe(false);
		expect(turnsOnPortrait(box(100, 300))).toBe(false);
	});

	it('exchanges x and y of every node, keeping their ids', () => {
		expect(turned({ a: { x: 300, y: -40 }, b: { x: 0, y: 7 } })).toEqual({
			a: { x: -40, y: 300 },
			b: { x: 7, y: 0 }
		});
	});

	it('the by-speaker arrangement of the interview is wide, guest beside guest: turned, one above the other', () => {
		expect(bySpeaker['xiang-lipeng']!.x).toBeLessThan(bySpeaker['wang-qing']!.x);
		expect(turnsOnPortrait(bySpeaker)).toBe(true);
		const upright = turned(bySpeaker);
		expect(upright['xiang-lipeng']!.y).toBeLessThan(upright['wang-qing']!.y);
	});
});
