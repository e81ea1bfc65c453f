/**
 * Reading a graph file's stamp (readGraph in src/lib/graph/schema.ts): each wrong stamp's message
 * says what to do, written out by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { readGraph } from '../../src/lib/graph';

const FILE = 'graph-data/build/x.graph.json';

describe('readGraph', () => {
	it('returns a file of this version as it is', () => {
		const data = { type: 'citegraph.graph', version: 2, nodes: [] };
		expect(readGraph(data, FILE)).toBe(data);
	});

	it.each<[string, unknown, string]>([
		[
			'no object at all',
			null,
			`${FILE} is not a Citegraph graph file (its "type" is not "citegraph.graph")`
		],
		[
			'an older version, which shows relayed views as the speaker’s own claims',
			{ type: 'citegraph.graph', version: 1 },
			`${FILE} uses graph format version 1, but this Citegraph reads version 2 (version 2 records relayed views, which a version 1 file shows as the relaying speaker's own claims): rebuild it with npm run graph:build`
		],
		[
			'a newer version',
			{ type: 'citegraph.graph', version: 3 },
			`${FILE} uses graph format version 3, but this Citegraph reads version 2: update Citegraph, or rebuild the file with npm run graph:build`
		],
		[
			'a version written as text, even a lower one',
			{ type: 'citegraph.graph', version: '1' },
			`${FILE} uses graph format version 1, but this Citegraph reads version 2: update Citegraph, or rebuild the file with npm run graph:build`
		]
	])('refuses %s, saying what to do', (_, data, message) => {
		expect(() => readGraph(data, FILE)).toThrow(new Error(message));
	});
});
