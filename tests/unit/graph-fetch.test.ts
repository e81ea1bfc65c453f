import { describe, expect, it } from 'vitest';
import { fetchGraph, type Fetch } from '../../src/lib/graph/load';

const URL = '/graphs/five-questions-on-new-infrastructure.json';
const answer =
	(body: string, init: ResponseInit = {}): Fetch =>
	async () =>
		new Response(body, { headers: { 'content-type': 'application/json' }, ...init });

describe('fetchGraph', () => {
	it('returns the graph a file holds, asking for the URL it is given', async () => {
		const asked: string[] = [];
		const file = JSON.stringify({
			type: 'citegraph.graph',
			version: 2,
			document: { id: 'd' },
			nodes: [],
			edges: []
		});
		const graph = await fetchGraph(async (url) => {
			asked.push(url);
			return answer(file)(url);
		}, URL);
		expect(asked).toEqual([URL]);
		expect(graph.document.id).toBe('d');
	});

	it('names the file and the status when the server answers with an error', async () => {
		await expect(
			fetchGraph(answer('gone', { status: 404, statusText: 'Not Found' }), URL)
		).rejects.toThrow(`${URL} could not be fetched: the server answered 404 Not Found.`);
	});

	it('names the file when the request itself fails', async () => {
		const offline: Fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(fetchGraph(offline, URL)).rejects.toThrow(
			`${URL} could not be fetched: the request failed. Check the connection and try again.`
		);
	});

	it('names the file when it is not JSON', async () => {
		await expect(fetchGraph(answer('<!doctype html><p>Not here</p>'), URL)).rejects.toThrow(
			`${URL} is not valid JSON: the file is damaged or is not a graph file.`
		);
	});

	it("gives readGraph's message for JSON that is not a graph this Citegraph reads", async () => {
		await expect(
			fetchGraph(answer(JSON.stringify({ type: 'citegraph.graph', version: 1 })), URL)
		).rejects.toThrow(
			`${URL} uses graph format version 1, but this Citegraph reads version 2 (version 2 records relayed views, which a version 1 file shows as the relaying speaker's own claims): rebuild it with npm run graph:build`
		);
		await expect(fetchGraph(answer('[]'), URL)).rejects.toThrow(
			`${URL} is not a Citegraph graph file (its "type" is not "citegraph.graph")`
		);
	});
});
