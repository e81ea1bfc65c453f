/** An explorer for the unit tests whose history records what it was asked to do. */
import type { Graph } from '../../src/lib/graph';
import { Explorer, type ViewHistory } from '../../src/lib/state/explorer.svelte';
import { compiledInterview } from './helpers';

/**
 * An explorer on `graph` (the interview, compiled afresh, unless given) and the history steps
 * it records: `push <query string>` or `replace <query string>`.
 */
export function explorerWithHistory(graph: Graph = compiledInterview()) {
	const steps: string[] = [];
	const history: ViewHistory = {
		push: (search) => steps.push(`push ${search}`),
		replace: (search) => steps.push(`replace ${search}`)
	};
	return { explorer: new Explorer(graph, history), steps };
}
