import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../src/lib/graph';
import { syntheticDocument } from '../../src/lib/graph/synthetic';

describe('synthetic documents for the benchmark', { timeout: 120_000 }, () => {
	it.each([200, 1000])(
		'a %i-node panel compiles through the real compiler to about that size',
		(n) => {
			const doc = syntheticDocument(n);
			const result = compileDocument({
				id: doc.id,
				transcriptFile: 'transcript.txt',
				transcript: doc.transcript,
				annotationsFile: 'annotations.yaml',
				annotations: doc.annotations
			});
			expect(result.diagnostics).toEqual([]);
			const graph = result.graph!;
			expect(graph.nodes.length).toBeGreaterThan(n * 0.9);
			expect(graph.nodes.length).toBeLessThan(n * 1.1);
			// A host and eight guests, each guest answering every question.
			const speakers = graph.nodes.filter((node) => node.type === 'speaker');
			expect(speakers).toHaveLength(9);
			const questions = graph.nodes.filter((node) => node.type === 'question').length;
			expect(graph.nodes.filter((node) => node.type === 'answer')).toHaveLength(8 * questions);
			expect(graph.edges.some((edge) => edge.relation === 'disagrees-with')).toBe(true);
		}
	);
});
