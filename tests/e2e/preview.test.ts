/**
 * The still picture of a large opening view (preview.ts's outline drawing: one path per node
 * type and per relation), as Chromium draws it: every node where the graph puts it, in its
 * type's outline. (The bundled documents are small; the picture of one in its page is tested in
 * payload.test.ts.)
 */
import { layoutDocument } from '../../src/lib/cytoscape/layout';
import { PREVIEW_OUTLINE_ABOVE, previewHtml } from '../../src/lib/cytoscape/preview';
import { GraphIndex, NO_FILTER, visibleSubgraph } from '../../src/lib/graph/query';
import { compiledSynthetic } from '../../src/lib/graph/synthetic';
import { expect, test } from './fixtures';

test("a large view's picture draws each node where the graph has it, in its type's outline", async ({
	page
}) => {
	test.setTimeout(120_000);
	const graph = compiledSynthetic(1600);
	graph.layout = layoutDocument(graph);
	const opening = visibleSubgraph(new GraphIndex(graph), NO_FILTER);
	expect(opening.nodes.size + opening.edges.size).toBeGreaterThan(PREVIEW_OUTLINE_ABOVE);
	const html = previewHtml(graph)!;
	// The picture in a box as the explorer's page holds it (DocumentShell's rules, names aside).
	await page.setViewportSize({ width: 1400, height: 1000 });
	await page.setContent(
		`<!doctype html><style>body{margin:0}.place{width:1400px;height:1000px;container-type:size;display:grid;place-items:center}.graph-preview{position:relative;aspect-ratio:var(--ratio);width:var(--width)}.graph-preview svg{display:block;width:100%;height:100%}.graph-preview span{display:none}</style><div class="place">${html}</div>`
	);
	const svg = page.locator('.graph-preview svg');
	const box = (await svg.boundingBox())!;
	const [vx, vy, vw, vh] = (await svg.getAttribute('viewBox'))!.split(' ').map(Number) as [
		number,
		number,
		number,
		number
	];
	// Every speaker and question, and every 25th node besides, at its place on screen.
	const positions = graph.layout.positions;
	const sample = graph.nodes.filter(
		(node, i) =>
			opening.nodes.has(node.id) &&
			(node.type === 'speaker' || node.type === 'question' || i % 25 === 0)
	);
	const points = sample.map((node) => ({
		x: box.x + ((positions[node.id]!.x - vx) / vw) * box.width,
		y: box.y + ((positions[node.id]!.y - vy) / vh) * box.height
	}));
	const drawn = await page.evaluate(
		(at) =>
			at.map(({ x, y }) => document.elementsFromPoint(x, y).map((e) => e.getAttribute('class'))),
		points
	);
	sample.forEach((node, i) => expect(drawn[i], node.id).toContain(`t-${node.type}`));
	// The edges are drawn too, one path per relation, each line from a node to a node.
	const relations = new Set(
		graph.edges.filter((e) => opening.edges.has(e.id)).map((e) => e.relation)
	);
	await expect(page.locator('svg path[class^="r-"]')).toHaveCount(relations.size);
	expect(sample.length).toBeGreaterThan(50);
});
