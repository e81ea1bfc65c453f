/**
 * Fetching a compiled graph over HTTP, as the explorer does: one request for one static file,
 * checked with {@link readGraph}. Every failure is an Error whose message names the file.
 */
import { readGraph, type Graph } from './schema';

/** The `fetch` the loader needs: the browser's, or a stand-in in tests. */
export type Fetch = (url: string) => Promise<Response>;

/**
 * Fetches the graph file at `url` and returns the graph it holds.
 *
 * @param fetchFile - the `fetch` to use
 * @param url - where the file is served, e.g. `/graphs/five-questions-on-new-infrastructure.json`;
 *   the error messages name the file by it
 * @throws Error saying what went wrong: the request failed, the server answered with an error
 *   status, the body is not JSON, or it is not a graph this Citegraph reads (readGraph's message)
 *
 * @example
 * const graph = await fetchGraph(fetch, '/graphs/five-questions-on-new-infrastructure.json');
 */
export async function fetchGraph(fetchFile: Fetch, url: string): Promise<Graph> {
	let response: Response;
	try {
		response = await fetchFile(url);
	} catch {
		throw new Error(
			`${url} could not be fetched: the request failed. Check the connection and try again.`
		);
	}
	if (!response.ok) {
		const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
		throw new Error(`${url} could not be fetched: the server answered ${status}.`);
	}
	let data: unknown;
	try {
		data = await response.json();
	} catch {
		throw new Error(`${url} is not valid JSON: the file is damaged or is not a graph file.`);
	}
	return readGraph(data, url);
}
