import { describe, expect, it } from 'vitest';
import { GraphIndex, interviewSequence } from '../../src/lib/graph';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);
const sequence = interviewSequence(index);
const steps = Array.from({ length: sequence.length }, (_, i) => sequence.at(i)!);

describe('interviewSequence', () => {
	it('has one step per turn, in transcript order', () => {
		expect(steps.map((s) => s.turn.id)).toEqual(graph.turns.map((t) => t.id));
	});

	it('only ever grows, and ends with the whole graph', () => {
		for (let i = 1; i < steps.length; i++) {
			for (const id of steps[i - 1]!.graph.nodes) expect(steps[i]!.graph.nodes.has(id)).toBe(true);
			for (const id of steps[i - 1]!.graph.edges) expect(steps[i]!.graph.edges.has(id)).toBe(true);
		}
		const last = steps[steps.length - 1]!;
		expect(last.graph.nodes.size).toBe(graph.nodes.length);
		expect(last.graph.edges.size).toBe(graph.edges.length);
	});

	it('introduces the speakers in the narration and each question and answer at its own turn', () => {
		const first = steps[0]!;
		for (const s of graph.nodes.filter((n) => n.type === 'speaker')) {
			expect(first.graph.nodes.has(s.id)).toBe(true);
		}
		for (const step of steps) {
			if (step.turn.node) {
				expect(step.added.nodes.has(step.turn.node), step.turn.id).toBe(true);
			}
		}
	});

	it('never shows an edge before both its ends', () => {
		for (const step of steps) {
			for (const id of step.graph.edges) {
				const edge = index.edges.get(id)!;
				expect(step.graph.nodes.has(edge.source) && step.graph.nodes.has(edge.target)).toBe(true);
			}
		}
	});

	it('adds a claim with the answer it was made in', () => {
		const claim = graph.nodes.find(
			(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes('5G will break out first'))
		)!;
		const step = steps.find((s) => s.added.nodes.has(claim.id))!;
		expect(step.turn.node).toBe('q1-wang-qing');
	});

	it('has no step before the first turn or past the last', () => {
		expect(sequence.length).toBe(graph.turns.length);
		expect(sequence.at(-1)).toBeUndefined();
		expect(sequence.at(graph.turns.length)).toBeUndefined();
		expect(sequence.at(1.5)).toBeUndefined();
	});

	it('says when each element is first said, as the steps show it', () => {
		const claim = graph.nodes.find(
			(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes('5G will break out first'))
		)!;
		const turn = graph.turns.findIndex((t) => t.node === 'q1-wang-qing');
		expect(sequence.saidAt(claim.id)).toBe(turn);
		expect(sequence.saidAt('no-such-node')).toBeUndefined();
		expect(steps[turn - 1]!.graph.nodes.has(claim.id)).toBe(false);
		expect(steps[turn]!.graph.nodes.has(claim.id)).toBe(true);
	});

	it('builds a step again, the same, after it has been let go', () => {
		const fresh = interviewSequence(index);
		const first = fresh.at(0)!;
		for (let i = 1; i < fresh.length; i++) fresh.at(i);
		const again = fresh.at(0)!;
		expect(again).not.toBe(first);
		expect([...again.graph.nodes]).toEqual([...first.graph.nodes]);
		expect([...again.added.edges]).toEqual([...first.added.edges]);
	});
});
