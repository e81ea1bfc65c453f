/**
 * What each prerendered page carries in its data: the explorer's page only its title and the
 * links for readers without JavaScript (the graph is fetched from /graphs/<id>.json); a
 * permalink page only its node, its neighbours and the sentences it quotes. Each case loads a
 * page as the prerenderer does, through the route's load (a permalink's is universal, and reaches
 * the graph through a module only the server build has: vite.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { load as loadHome } from '../../src/routes/+page.server';
import { load as loadExplorer } from '../../src/routes/d/[document]/+page.server';
import { load as loadNode, entries as nodeEntries } from '../../src/routes/node/[id]/+page';
import {
	entries as documentNodeEntries,
	load as loadDocumentNode
} from '../../src/routes/d/[document]/node/[id]/+page';
import { load as loadStance } from '../../src/routes/stance/+page.server';
import { GET as getGraphFile } from '../../src/routes/graphs/[id].json/+server';
import { readGraph } from '../../src/lib/graph/schema';
import { INTERVIEW_ID } from './helpers';

// Sentences as a reader finds them in the interview's transcript.
/** Xiang Lipeng, answering the first question. */
const XIANG_Q1 =
	'The development of the Industrial Internet at home and abroad has a history of more than 50 years.';
/** Xiang Lipeng, answering the second question. */
const XIANG_Q2 =
	'Blockchain as a supplement to digital infrastructure will maximize the value of new infrastructure.';
/** The end of Xiang Lipeng's first answer, which no claim quotes. */
const UNQUOTED = 'Hold your hands firmly.';
/** Wang Qing's words behind his claim that 5G will break out first. */
const WANG_5G = 'So I think 5G will break out first.';

// The loads need only the parts of the request event they read.
type Event = Parameters<typeof loadNode>[0];
const event = (params: Record<string, string>) => ({ params }) as unknown as Event;
const serialised = (data: unknown) => JSON.stringify(data);

describe("the explorer's page data", () => {
	it('carries the title and the pages to start from, not the graph', async () => {
		const data = await loadHome();
		const text = serialised(data);
		expect(data.document.title).toBe(
			'Five Questions on New Infrastructure: Blockchain plays an important role and investment volume is insufficient'
		);
		expect(Object.keys(data).sort()).toEqual(['document', 'documents', 'pages', 'preview']);
		// The still picture goes into the page's HTML (hooks.server.ts), not into its data.
		expect(data.preview).toBe(true);
		expect(text).not.toContain('graph-preview');
		expect(text).not.toContain(XIANG_Q1);
		expect(text).not.toContain(WANG_5G);
		// The speakers a reader without JavaScript can start from: the host, the two guests, the author.
		expect(data.pages.find((group) => group.type === 'speaker')?.nodes.map((n) => n.label)).toEqual(
			['Gong Haihan', 'Xiang Lipeng', 'Wang Qing', 'Wang Qiao']
		);
		expect(data.pages.map((group) => group.type)).not.toContain('claim');
	});

	it('is the same shell under /d/<id>', async () => {
		const data = await loadExplorer(
			event({ document: INTERVIEW_ID }) as unknown as Parameters<typeof loadExplorer>[0]
		);
		expect(serialised(data)).toBe(serialised(await loadHome()));
	});
});

describe("a claim's permalink page data", () => {
	it('quotes the claim and its answer, but no sentence of an unrelated answer', async () => {
		const data = await loadNode(event({ id: 'wang-5g-breaks-out-first' }));
		const text = serialised(data);
		expect(text).toContain(WANG_5G);
		expect(text).not.toContain(XIANG_Q2);
		expect(Object.keys(data ?? {}).sort()).toEqual(['document', 'page', 'place']);
	});

	it("is the same page under /d/<id>, and names its document as the home page's", async () => {
		const data = await loadDocumentNode(
			event({ document: INTERVIEW_ID, id: 'wang-5g-breaks-out-first' }) as unknown as Parameters<
				typeof loadDocumentNode
			>[0]
		);
		expect(serialised(data)).toBe(
			serialised(await loadNode(event({ id: 'wang-5g-breaks-out-first' })))
		);
		expect(data.place).toEqual({ id: INTERVIEW_ID, isDefault: true });
	});

	it('is a 404 for a node the document does not have', async () => {
		await expect(loadNode(event({ id: 'no-such-node' }))).rejects.toMatchObject({
			status: 404,
			body: { message: expect.stringContaining('No node "no-such-node"') }
		});
	});

	it('is prerendered for every node of every document', async () => {
		const home = await nodeEntries();
		expect(home).toContainEqual({ id: 'wang-5g-breaks-out-first' });
		const all = await documentNodeEntries();
		expect(all).toContainEqual({ document: INTERVIEW_ID, id: 'wang-5g-breaks-out-first' });
		expect(all.filter((entry) => entry.document === INTERVIEW_ID)).toHaveLength(home.length);
	});
});

describe('the graph file', () => {
	it('is the whole compiled graph, one JSON file a reader accepts', async () => {
		const response = await getGraphFile({ params: { id: INTERVIEW_ID } } as unknown as Parameters<
			typeof getGraphFile
		>[0]);
		expect(response.headers.get('content-type')).toBe('application/json');
		const graph = readGraph(await response.json(), 'graph file');
		expect(graph.document.id).toBe(INTERVIEW_ID);
		// The interview's five questions and its sentences, every one of them.
		expect(graph.nodes.filter((node) => node.type === 'question')).toHaveLength(5);
		expect(graph.sentences.map((s) => s.text)).toContain(XIANG_Q2);
	});
});

describe("the stance page's data", () => {
	it('quotes the claims it names, not the sentences no claim quotes', async () => {
		const data = await loadStance(event({}) as unknown as Parameters<typeof loadStance>[0]);
		const text = serialised(data);
		expect(text).toContain(WANG_5G);
		expect(text).not.toContain(UNQUOTED);
	});
});
