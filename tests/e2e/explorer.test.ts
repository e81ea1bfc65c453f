/**
 * The explorer as a reader drives it: layout and styling, legend filters, search, focus,
 * expanding answers, links and history, keyboard, the text alternative, themes and layout at
 * laptop size, and axe-core on the main states.
 */
import { GraphIndex } from '../../src/lib/graph/query';
import { NODE_TYPES, RELATION_NAMES } from '../../src/lib/graph/vocabulary';
import {
	announcement,
	canvasOf,
	clickNode,
	detailsOf,
	drawn,
	expect,
	home,
	legendOf,
	listCounts,
	nodeById,
	onPage,
	openGraph,
	openList,
	params,
	searchBoxOf,
	seriousViolations,
	selectedInCy,
	settled,
	test
} from './fixtures';
import type { Page } from '@playwright/test';
// Expected views come from the tests' own simple implementation, never from query.ts.
import { expectedNeighbourhood, expectedView, type ViewFilter } from '../oracle/view';

const index = new GraphIndex(home);
/** Node types whose labels are names, drawn readably at any zoom (NAMED_TYPES in label-room.ts). */
const NAMED = ['speaker', 'organization', 'question', 'sector', 'scenario', 'concept'];
const visibleWith = (filter: ViewFilter) => expectedView(home, filter);
const initial = visibleWith({});
const firstQuestion = home.nodes.find((n) => n.type === 'question')!;
const answerOf = (question: string) => index.answersOf(question);
const guest = home.nodes.find((n) => n.type === 'speaker' && n.role === 'guest')!;
const otherGuest = home.nodes.find(
	(n) => n.type === 'speaker' && n.role === 'guest' && n.id !== guest.id
);
const claimOf = (speaker: string) =>
	home.nodes.find((n) => n.type === 'claim' && n.speaker === speaker)!;

/** Rendered positions of the drawn nodes, rounded to the pixel. */
const positions = (page: Page): Promise<Record<string, [number, number]>> =>
	page.evaluate(() =>
		Object.fromEntries(
			window.cy!.nodes(':visible').map((n) => {
				const { x, y } = n.position();
				return [n.id(), [Math.round(x), Math.round(y)] as [number, number]];
			})
		)
	);

// ---------------------------------------------------------------------------------------------
// See the whole interview at once
// ---------------------------------------------------------------------------------------------

test.describe('the whole interview at once', () => {
	// Every arrangement's opening view: nodes apart, every label the canvas draws clear of every
	// other label and node (a name may lie over claims and answers, on its halo).
	for (const layout of ['speaker', 'question', 'overview']) {
		test(`no two nodes overlap, no drawn label covers a node or a label, and all fit the canvas (layout ${layout})`, async ({
			page
		}) => {
			// The overview is the default and leaves the URL as it is.
			await openGraph(page, layout === 'overview' ? '/' : `/?layout=${layout}`);
			await expect.poll(() => params(page).layout ?? 'overview').toBe(layout);
			const problems = await page.evaluate(() => {
				const cy = window.cy!;
				const nodes = cy.nodes(':visible').toArray();
				const body = nodes.map((n) => n.renderedBoundingBox({ includeLabels: false }));
				type Box = { x1: number; y1: number; x2: number; y2: number };
				const overlap = (a: Box, b: Box) =>
					a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
				const found: string[] = [];
				for (let i = 0; i < nodes.length; i++) {
					const box = body[i]!;
					if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
						found.push(`${nodes[i]!.id()} lies outside the canvas`);
					for (let j = i + 1; j < nodes.length; j++) {
						if (overlap(box, body[j]!)) found.push(`${nodes[i]!.id()} overlaps ${nodes[j]!.id()}`);
					}
				}
				return found;
			});
			expect(problems).toEqual([]);
			// Every label drawn clear of the others and of the nodes (a name may lie over claims).
			await expect.poll(async () => (await labelProblems(page)).found).toEqual([]);
		});
	}

	for (const layout of ['speaker', 'question', 'overview']) {
		test(`every name on screen is drawn, beside its node or on a leader line, 9 px high or more (layout ${layout})`, async ({
			page
		}) => {
			const { drawn, far, farBoxes } = await openWithLabelsPlaced(
				page,
				layout === 'overview' ? '/' : `/?layout=${layout}`
			);
			const speakers = ['xiang-lipeng', 'wang-qing', 'gong-haihan', 'wang-qiao'];
			expect(drawn).toEqual(expect.arrayContaining(speakers));
			// Speakers, organisations, questions and topics: every one is named.
			const names = home.nodes.filter((n) => NAMED.includes(n.type)).map((n) => n.id);
			expect(names.length).toBe(53);
			expect([...drawn, ...far].filter((id) => names.includes(id)).sort()).toEqual(
				[...names].sort()
			);
			// A name drawn away from its node is drawn there: the layer over the canvas has ink
			// in its box (read from a copy).
			expect(farBoxes.length).toBeGreaterThan(0);
			{
				const [alphas] = await keyLayerAlphas(page, [farBoxes[0]!.box]);
				const ink = alphas!.filter((alpha) => alpha > 200).length;
				expect(ink).toBeGreaterThan(20);
			}
			const sizes = await page.evaluate(
				(names) =>
					window
						.cy!.nodes(':visible')
						.filter((n) => names.includes(n.data('type')))
						.map((n) => n.numericStyle('font-size') * window.cy!.zoom()),
				NAMED
			);
			expect(sizes.length).toBeGreaterThan(30);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
		});
	}

	/**
	 * Labels and claims' keys the canvas draws now that overlap another drawn label or key or
	 * another node, or leave the canvas.
	 */
	const labelProblems = (page: Page) =>
		page.evaluate(() => {
			const cy = window.cy!;
			type Box = { x1: number; y1: number; x2: number; y2: number };
			const overlap = (a: Box, b: Box) =>
				a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
			const nodes = cy.nodes(':visible').toArray();
			// Cytoscape's canvas draws a label whose size at the zoom times the pixel ratio, rounded
			// up to a power of two, reaches its minimum (its own rule, written out here).
			const scale = 2 ** Math.ceil(Math.log2(cy.zoom() * window.devicePixelRatio));
			const drawnLabel = (n: (typeof nodes)[number]) =>
				!!n.style('label') &&
				Number(n.style('text-opacity')) > 0 &&
				n.numericStyle('font-size') * scale >= n.numericStyle('min-zoomed-font-size');
			const labelBox = (n: (typeof nodes)[number]) =>
				n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
			const inView = (b: Box) => b.x2 > 0 && b.y2 > 0 && b.x1 < cy.width() && b.y1 < cy.height();
			const labelled = nodes.filter(drawnLabel).filter((n) => inView(labelBox(n)));
			const bodies = nodes
				.filter((n) => !n.hasClass('faded') && !n.hasClass('dimmed'))
				.map((n) => ({
					id: n.id(),
					minor: ['claim', 'answer'].includes(n.data('type')),
					box: n.renderedBoundingBox({ includeLabels: false })
				}));
			// A name may lie over claims and answers, on its halo (label-room.ts); nothing else may.
			const named = (n: (typeof nodes)[number]) => !['claim', 'answer'].includes(n.data('type'));
			const found: string[] = [];
			labelled.forEach((a, i) => {
				const box = labelBox(a);
				if (
					!a.selected() &&
					(box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
				)
					found.push(`${a.id()}'s label is cut by the canvas's edge`);
				for (const b of labelled.slice(i + 1)) {
					if (overlap(box, labelBox(b))) found.push(`${a.id()}'s label overlaps ${b.id()}'s`);
				}
				for (const body of bodies) {
					if (body.id !== a.id() && !(named(a) && body.minor) && overlap(box, body.box))
						found.push(`${a.id()}'s label covers ${body.id}`);
				}
			});
			// The claims' keys, in the canvas's pixels.
			const placed = window.claimKeys?.();
			const { x: px, y: py } = cy.pan();
			const z = cy.zoom();
			const keys = (placed?.keys ?? [])
				.filter((k) => cy.getElementById(k.id).visible())
				.map((k) => ({
					id: k.id,
					number: k.number,
					box: {
						x1: k.box.x1 * z + px,
						y1: k.box.y1 * z + py,
						x2: k.box.x2 * z + px,
						y2: k.box.y2 * z + py
					}
				}));
			// Names with no room beside their node, drawn further out on a leader line.
			const far = (placed?.far ?? [])
				.filter((f) => {
					const node = cy.getElementById(f.id);
					return node.visible() && node.hasClass('no-room');
				})
				.map((f) => ({
					id: f.id,
					box: {
						x1: f.box.x1 * z + px,
						y1: f.box.y1 * z + py,
						x2: f.box.x2 * z + px,
						y2: f.box.y2 * z + py
					}
				}));
			far.forEach((name, i) => {
				const { box } = name;
				if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
					found.push(`${name.id}'s name, drawn away from it, is cut by the canvas's edge`);
				if (labelled.some((n) => n.id() === name.id))
					found.push(`${name.id} is named both beside its node and away from it`);
				for (const other of far.slice(i + 1)) {
					if (overlap(box, other.box)) found.push(`${name.id}'s name overlaps ${other.id}'s`);
				}
				for (const n of labelled) {
					if (overlap(box, labelBox(n))) found.push(`${name.id}'s name overlaps ${n.id()}'s label`);
				}
				for (const body of bodies) {
					if (body.id !== name.id && !body.minor && overlap(box, body.box))
						found.push(`${name.id}'s name covers ${body.id}`);
				}
				for (const key of keys) {
					if (overlap(box, key.box)) found.push(`${name.id}'s name overlaps key ${key.number}`);
				}
			});
			keys.forEach((key, i) => {
				if (labelled.some((n) => n.id() === key.id))
					found.push(`claim ${key.id} has both its label and its key`);
				for (const other of keys.slice(i + 1)) {
					if (overlap(key.box, other.box))
						found.push(`key ${key.number} overlaps key ${other.number}`);
				}
				for (const n of labelled) {
					if (overlap(key.box, labelBox(n)))
						found.push(`key ${key.number} overlaps ${n.id()}'s label`);
				}
				for (const body of bodies) {
					if (overlap(key.box, body.box)) found.push(`key ${key.number} covers ${body.id}`);
				}
			});
			return {
				found,
				drawn: labelled.map((n) => n.id()),
				/** Names drawn on a leader line, away from their node. */
				far: far.map((f) => f.id),
				farBoxes: far,
				keys
			};
		});

	/**
	 * The alpha of every pixel in each box (in CSS pixels of the canvas) of the layer drawn over
	 * the canvas (claims' keys and names on leader lines), read from a copy.
	 */
	const keyLayerAlphas = (
		page: Page,
		boxes: { x1: number; y1: number; x2: number; y2: number }[]
	) =>
		page.evaluate((boxes) => {
			const canvas = document.querySelector<HTMLCanvasElement>('canvas.keys')!;
			const ratio = canvas.width / canvas.clientWidth;
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const context = copy.getContext('2d', { willReadFrequently: true })!;
			context.drawImage(canvas, 0, 0);
			return boxes.map((box) => {
				const pixels = context.getImageData(
					Math.round(box.x1 * ratio),
					Math.round(box.y1 * ratio),
					Math.max(1, Math.round((box.x2 - box.x1) * ratio)),
					Math.max(1, Math.round((box.y2 - box.y1) * ratio))
				).data;
				const alphas: number[] = [];
				for (let k = 3; k < pixels.length; k += 4) alphas.push(pixels[k]!);
				return alphas;
			});
		}, boxes);

	/** Opens `path`, waits until no label or key is drawn wrongly, and returns what is drawn. */
	const openWithLabelsPlaced = async (page: Page, path: string) => {
		await openGraph(page, path);
		await settled(page);
		await expect.poll(async () => (await labelProblems(page)).found).toEqual([]);
		return labelProblems(page);
	};

	test('with a speaker selected, the labels round them never overlap, and a hidden one shows on hover', async ({
		page
	}) => {
		// Wang Qing's 26 claims crowd round him: most labels must give way.
		const { drawn } = await openWithLabelsPlaced(page, '/?select=wang-qing');
		// The selection is always named, and some of its claims are too.
		expect(drawn).toContain('wang-qing');
		const claims = await page.evaluate(() =>
			window
				.cy!.getElementById('wang-qing')
				.neighborhood('node[type = "claim"]')
				.map((n) => n.id())
		);
		expect(claims.filter((id) => drawn.includes(id)).length).toBeGreaterThan(0);
		const hidden = claims.filter((id) => !drawn.includes(id));
		expect(hidden.length).toBeGreaterThan(0);
		// A claim whose label gave way, under the pointer, is named over the rest.
		const target = await page.evaluate((ids) => {
			const cy = window.cy!;
			const box = cy.container()!.getBoundingClientRect();
			for (const id of ids) {
				const p = cy.getElementById(id).renderedPosition();
				if (p.x > 20 && p.y > 20 && p.x < cy.width() - 60 && p.y < cy.height() - 20)
					return { id, x: box.x + p.x, y: box.y + p.y };
			}
			return null;
		}, hidden);
		expect(target).not.toBeNull();
		await page.mouse.move(target!.x, target!.y);
		await expect
			.poll(() =>
				page.evaluate(
					(id) => Number(window.cy!.getElementById(id).style('text-opacity')),
					target!.id
				)
			)
			.toBe(1);
		await expect.poll(async () => (await labelProblems(page)).drawn).toContain(target!.id);
	});

	test('a name under the pointer stays as large as it was, 9 px or more', async ({ page }) => {
		await openWithLabelsPlaced(page, '/');
		const drawnSize = () =>
			page.evaluate(
				() => window.cy!.getElementById('wang-qing').numericStyle('font-size') * window.cy!.zoom()
			);
		const before = await drawnSize();
		expect(before).toBeGreaterThanOrEqual(9);
		const at = await page.evaluate(() => {
			const cy = window.cy!;
			const box = cy.container()!.getBoundingClientRect();
			const p = cy.getElementById('wang-qing').renderedPosition();
			return { x: box.x + p.x, y: box.y + p.y };
		});
		await page.mouse.move(at.x, at.y);
		await expect
			.poll(() => page.evaluate(() => window.cy!.getElementById('wang-qing').hasClass('hover')))
			.toBe(true);
		expect(await drawnSize()).toBeGreaterThanOrEqual(before - 0.01);
	});

	test('a claim under the pointer is named at 12 px or more at the opening zoom, and shrinks back when left', async ({
		page
	}) => {
		await openWithLabelsPlaced(page, '/');
		const id = 'xiang-economic-transition-is-background';
		const drawn = () =>
			page.evaluate((id) => {
				const node = window.cy!.getElementById(id);
				return {
					px: node.numericStyle('font-size') * window.cy!.zoom(),
					label: node.style('label') as string,
					room: !node.hasClass('no-room')
				};
			}, id);
		// At the opening zoom the claim's summary is too small to be drawn (its number stands in).
		expect((await drawn()).px).toBeLessThan(8);
		const at = await page.evaluate((id) => {
			const cy = window.cy!;
			const box = cy.container()!.getBoundingClientRect();
			const p = cy.getElementById(id).renderedPosition();
			return { x: box.x + p.x, y: box.y + p.y };
		}, id);
		await page.mouse.move(at.x, at.y);
		await expect.poll(async () => (await drawn()).px).toBeGreaterThanOrEqual(12);
		const pointed = await drawn();
		expect(pointed.label).toBe(
			'Background to new infrastructure: the old resource path is not feasible, change is urgent'
		);
		await expect.poll(async () => (await drawn()).room).toBe(true);
		await page.mouse.move(at.x, at.y + 200);
		await expect.poll(async () => (await drawn()).px).toBeLessThan(8);
	});

	test('claims too small to name carry their number, drawn beside them, in the panel and the list', async ({
		page
	}) => {
		const { keys } = await openWithLabelsPlaced(page, '/');
		// At the opening zoom no claim is named; those with room beside them carry a number.
		expect(keys.length).toBeGreaterThan(5);
		// The first claims said, in order, as the article opens (the Standing Committee's call,
		// then the trillions it brings, ...): the first of them keyed here carries its number.
		const opening = [
			'article-policy-makes-new-infrastructure-main-theme',
			'article-tens-of-trillions-ride',
			'article-new-infrastructure-hard-core-technology',
			'article-5g-the-leader',
			'article-blockchain-extended-to-many-fields',
			'xiang-economic-transition-is-background'
		];
		const first = keys.filter((k) => opening.includes(k.id)).sort((a, b) => a.number - b.number)[0];
		expect(first).toBeDefined();
		expect(first!.number).toBe(opening.indexOf(first!.id) + 1);
		// The number is drawn where it was placed: the key layer has ink there, and none in a
		// corner of the canvas.
		// The most opaque pixel of the key layer within 6 px of each point.
		const inked = async (points: { x: number; y: number }[]) =>
			(
				await keyLayerAlphas(
					page,
					points.map(({ x, y }) => ({ x1: x - 6, y1: y - 6, x2: x + 6, y2: y + 6 }))
				)
			).map((alphas) => Math.max(0, ...alphas));
		const centre = {
			x: (first!.box.x1 + first!.box.x2) / 2,
			y: (first!.box.y1 + first!.box.y2) / 2
		};
		const [atKey, atCorner] = await inked([centre, { x: 8, y: 8 }]);
		expect(atKey).toBeGreaterThan(200);
		expect(atCorner).toBe(0);
		// Selected, the claim is named in full instead, and its panel gives the same number.
		await openGraph(page, `/?select=${first!.id}`);
		await settled(page);
		await expect(detailsOf(page).locator('.type')).toHaveText(
			new RegExp(`claim\\s*${first!.number}$`)
		);
		await expect.poll(async () => (await labelProblems(page)).drawn).toContain(first!.id);
		// The list view numbers the claims the same way.
		const rows = await openList(page);
		await expect(
			rows.filter({ hasText: home.nodes.find((n) => n.id === first!.id)!.label })
		).toContainText(new RegExp(`^${first!.number}(?!\\d)`));
	});

	test.describe('on a high-density screen', () => {
		test.use({ deviceScaleFactor: 2 });

		test('claims are named only where the name is readable, numbered elsewhere', async ({
			page
		}) => {
			const { drawn, keys } = await openWithLabelsPlaced(page, '/');
			// Cytoscape would draw the claims' summaries at under 3 px here; none is drawn under 8.
			const smallest = await page.evaluate(
				(ids) =>
					Math.min(
						...ids
							.map((id) => window.cy!.getElementById(id))
							.filter((n) => n.data('type') === 'claim')
							.map((n) => n.numericStyle('font-size') * window.cy!.zoom())
					),
				drawn
			);
			expect(smallest).toBeGreaterThanOrEqual(8);
			expect(keys.length).toBeGreaterThan(5);
		});
	});

	test('once the view is still, the canvas stops redrawing', async ({ page }) => {
		await openGraph(page, '/');
		await settled(page);
		/** Redraws of the canvas over the next 30 animation frames. */
		const redraws = () =>
			page.evaluate(
				() =>
					new Promise<number>((done) => {
						const cy = window.cy!;
						let count = 0;
						const counted = () => count++;
						cy.on('render', counted);
						let frames = 0;
						const tick = () => {
							if (++frames < 30) return requestAnimationFrame(tick);
							cy.off('render', counted);
							done(count);
						};
						requestAnimationFrame(tick);
					})
			);
		// Caches may take a few frames to fill; then nothing (the label rule once restyled every
		// element on each run, which set it off again, frame after frame).
		await expect.poll(redraws, { timeout: 15_000 }).toBeLessThan(3);
	});

	test('the layout is the same on every load', async ({ page }) => {
		await openGraph(page, '/');
		const first = await positions(page);
		await openGraph(page, '/');
		expect(await positions(page)).toEqual(first);
	});

	test('each node type has its own colour and shape, and size follows connections', async ({
		page
	}) => {
		await openGraph(
			page,
			'/?expand=' +
				home.nodes
					.filter((n) => n.type === 'question')
					.map((n) => n.id)
					.join(',')
		);
		const looks = await page.evaluate(() => {
			const byType = new Map<string, { colour: string; shape: string; sizes: number[] }>();
			window.cy!.nodes().forEach((node) => {
				const type = node.data('type') as string;
				const entry = byType.get(type) ?? {
					colour: node.style('background-color'),
					shape: node.style('shape'),
					sizes: [] as number[]
				};
				entry.sizes.push(node.width());
				byType.set(type, entry);
			});
			return [...byType.entries()];
		});
		const colours = new Set(looks.map(([, look]) => look.colour));
		const shapes = new Set(looks.map(([, look]) => look.shape));
		expect(colours.size).toBe(looks.length);
		expect(shapes.size).toBe(looks.length);
		const sizes = await page.evaluate(() => {
			const nodes = window.cy!.nodes();
			const hub = nodes.max((n) => n.degree(false)).ele;
			const leaf = nodes.min((n) => n.degree(false)).ele;
			return { hub: hub.width(), leaf: leaf.width() };
		});
		expect(sizes.hub).toBeGreaterThan(sizes.leaf * 2);
	});

	test('agreement and disagreement are drawn unlike each other and unlike structure', async ({
		page
	}) => {
		await openGraph(page, '/');
		const look = (relation: string) =>
			page.evaluate((relation) => {
				const edge = window.cy!.edges(`[relation = "${relation}"]`).first();
				return {
					colour: edge.style('line-color'),
					line: edge.style('line-style'),
					width: parseFloat(edge.style('width'))
				};
			}, relation);
		const agrees = await look('agrees-with');
		const disagrees = await look('disagrees-with');
		const structural = await look('affiliated-with');
		expect(agrees.line).toBe('solid');
		expect(disagrees.line).toBe('dashed');
		expect(agrees.colour).not.toBe(disagrees.colour);
		expect(disagrees.width).toBeGreaterThan(structural.width);
		expect(agrees.width).toBeGreaterThan(structural.width);
		expect(structural.colour).not.toBe(agrees.colour);
	});

	test('zoom buttons zoom, fit frames the graph again, and expanding then collapsing moves nothing', async ({
		page
	}) => {
		await openGraph(page, '/');
		const controls = page.getByRole('toolbar', { name: 'Graph view' });
		const zoom = () => page.evaluate(() => window.cy!.zoom());
		const start = await zoom();
		const layout = await positions(page);

		await controls.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(zoom).toBeGreaterThan(start * 1.2);
		await controls.getByRole('button', { name: 'Zoom out' }).click();
		await controls.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(zoom).toBeLessThan(start);
		await controls.getByRole('button', { name: 'Fit to screen' }).click();
		await expect.poll(zoom).toBeCloseTo(start, 3);

		await page.getByRole('button', { name: 'Expand all answers' }).click();
		await settled(page);
		await page.getByRole('button', { name: 'Collapse all' }).click();
		await settled(page);
		expect(await positions(page)).toEqual(layout);
	});
});

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

test.describe('filters', () => {
	test('a legend entry hides and shows its node type, and the list follows', async ({ page }) => {
		await openGraph(page, '/');
		const claimButton = legendOf(page).getByRole('button', { name: /^claim/i });
		await expect(claimButton).toHaveAttribute('aria-pressed', 'true');

		await claimButton.click();
		await settled(page);
		await expect(claimButton).toHaveAttribute('aria-pressed', 'false');
		const present = new Set(home.nodes.map((n) => n.type));
		const types = NODE_TYPES.filter((t) => present.has(t) && t !== 'claim');
		const expected = visibleWith({ types });
		expect((await drawn(page)).nodes).toEqual([...expected.nodes].sort());
		expect(await listCounts(page)).toEqual({
			nodes: expected.nodes.size,
			edges: expected.edges.size
		});
		expect(params(page).types?.split(',')).toEqual(types);
		const rows = await openList(page);
		await expect(rows).toHaveCount(expected.nodes.size);
		await expect(
			page.getByRole('table').getByRole('cell', { name: 'claim', exact: true })
		).toHaveCount(0);

		await claimButton.click();
		await settled(page);
		expect((await drawn(page)).nodes).toHaveLength(initial.nodes.size);
		expect(params(page).types).toBeUndefined();
	});

	test('a relation can be hidden, taking its edges out of the graph', async ({ page }) => {
		await openGraph(page, '/');
		await legendOf(page)
			.getByRole('button', { name: /^about/i })
			.click();
		await settled(page);
		const present = new Set(home.edges.map((e) => e.relation));
		const relations = RELATION_NAMES.filter((r) => present.has(r) && r !== 'about');
		const expected = visibleWith({ relations });
		const shown = await drawn(page);
		expect(shown.edges).toEqual([...expected.edges].sort());
		expect(shown.edges.some((id) => id.includes('--about--'))).toBe(false);
		expect(params(page).relations?.split(',')).toEqual(relations);
	});

	test('a speaker filter shows only what that guest said', async ({ page }) => {
		await openGraph(page, '/');
		await legendOf(page).getByRole('button', { name: guest.label }).click();
		await settled(page);
		const expected = visibleWith({ speakers: [guest.id] });
		expect((await drawn(page)).nodes).toEqual([...expected.nodes].sort());
		expect(params(page).speakers).toBe(guest.id);
		if (otherGuest) {
			const theirs = await page.evaluate(
				(id) => window.cy!.nodes(':visible').filter((n) => n.id() === id).length,
				claimOf(otherGuest.id).id
			);
			expect(theirs).toBe(0);
		}
		await legendOf(page).getByRole('button', { name: 'Show everything' }).click();
		await settled(page);
		expect((await drawn(page)).nodes).toHaveLength(initial.nodes.size);
	});

	test('filtered-out elements are hidden, and the rest stay where they were', async ({ page }) => {
		await openGraph(page, '/');
		const before = await positions(page);
		await legendOf(page)
			.getByRole('button', { name: /^scenario/i })
			.click();
		await settled(page);
		const after = await positions(page);
		const hidden = home.nodes.filter((n) => n.type === 'scenario').map((n) => n.id);
		expect(hidden.length).toBeGreaterThan(0);
		for (const id of hidden) expect(after[id]).toBeUndefined();
		// Every other node is drawn where it was before the filter.
		const rest = Object.fromEntries(Object.entries(before).filter(([id]) => !hidden.includes(id)));
		expect(Object.keys(after).sort()).toEqual(Object.keys(rest).sort());
		expect(after).toEqual(rest);
		const hiddenInCy = await page.evaluate(
			(ids) => ids.every((id) => window.cy!.$id(id).style('display') === 'none'),
			hidden
		);
		expect(hiddenInCy).toBe(true);
	});
});

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

test.describe('search', () => {
	test('/ focuses the search box; suggestions appear as one types; choosing selects and centres', async ({
		page
	}) => {
		await openGraph(page, '/');
		const target = home.nodes.find((n) => n.type === 'sector')!;
		await page.keyboard.press('/');
		await expect(searchBoxOf(page)).toBeFocused();
		await page.keyboard.type(target.label.slice(0, Math.max(3, target.label.length - 2)));
		const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
		await expect(options.first()).toBeVisible();
		await expect(options.filter({ hasText: target.label })).not.toHaveCount(0);
		await expect(searchBoxOf(page)).toHaveAttribute('aria-expanded', 'true');

		const position = await options.evaluateAll(
			(items, label) => items.findIndex((item) => item.textContent?.includes(label)),
			target.label
		);
		for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
		await expect(options.nth(position)).toHaveAttribute('aria-selected', 'true');
		// The active suggestion is emphasised in the graph, the rest dimmed.
		const emphasis = () =>
			page.evaluate(() => ({
				highlighted: window
					.cy!.$('.highlighted')
					.map((e) => e.id())
					.join(','),
				dimmed: window.cy!.$('.dimmed').length
			}));
		expect(await emphasis()).toEqual({
			highlighted: target.id,
			dimmed: (await page.evaluate(() => window.cy!.elements().length)) - 1
		});
		await page.keyboard.press('Enter');
		expect(await emphasis()).toEqual({ highlighted: '', dimmed: 0 });

		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(target.label);
		expect(params(page).select).toBe(target.id);
		expect(await selectedInCy(page)).toBe(target.id);
		await expect
			.poll(() =>
				page.evaluate((id) => {
					const cy = window.cy!;
					const p = cy.$id(id).renderedPosition();
					return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
				}, target.id)
			)
			.toBeLessThan(5);
	});

	test('finds nodes by the words of their source sentences, with a snippet', async ({ page }) => {
		const answer = home.nodes.find((n) => n.type === 'answer')!;
		if (answer.type !== 'answer') throw new Error('expected an answer');
		// Words from the middle of the answer that its label does not contain.
		const words = answer.text
			.split(/\s+/)
			.slice(8, 11)
			.join(' ')
			.replace(/[^\p{L}\p{N} ]/gu, '');
		await openGraph(page, '/');
		await searchBoxOf(page).fill(words);
		const option = page
			.getByRole('listbox', { name: 'Suggestions' })
			.getByRole('option')
			.filter({ hasText: answer.label });
		await expect(option).toHaveCount(1);
		await expect(option).toContainText('collapsed');
		await option.click();

		// Choosing a collapsed answer expands its question and draws it.
		await settled(page);
		expect(params(page).expand).toBe(answer.question);
		expect(params(page).select).toBe(answer.id);
		expect((await drawn(page)).nodes).toContain(answer.id);
		await expect(detailsOf(page)).toContainText(answer.label);
	});

	test('typing amends the current history entry rather than adding one per key', async ({
		page
	}) => {
		await openGraph(page, '/');
		const length = () => page.evaluate(() => history.length);
		const before = await length();
		await searchBoxOf(page).pressSequentially('infra');
		await expect.poll(() => params(page).q).toBe('infra');
		expect(await length()).toBe(before);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(searchBoxOf(page)).toHaveValue('');
	});

	test('a query that matches nothing says so', async ({ page }) => {
		await openGraph(page, '/');
		await searchBoxOf(page).fill('qwxzqj');
		await expect(page.getByRole('status').filter({ hasText: 'No node mentions' })).toBeVisible();
		await expect(searchBoxOf(page)).toHaveAttribute('aria-expanded', 'false');
	});
});

// ---------------------------------------------------------------------------------------------
// Focus
// ---------------------------------------------------------------------------------------------

test('focus shows only a node’s neighbourhood, to the chosen depth, and leaving restores', async ({
	page
}) => {
	await openGraph(page, '/');
	const before = await positions(page);
	const target = await clickNode(page, ['question']);
	await settled(page);
	await page.getByRole('button', { name: 'Focus on selection' }).click();
	await settled(page);

	for (const depth of [1, 2, 3]) {
		if (depth > 1) {
			await page.getByRole('radio', { name: String(depth) }).check();
			await settled(page);
		}
		const expected = expectedNeighbourhood(home, target.id, depth, initial);
		expect((await drawn(page)).nodes).toEqual([...expected.nodes].sort());
		expect(await listCounts(page)).toEqual({
			nodes: expected.nodes.size,
			edges: expected.edges.size
		});
		expect(params(page).focus).toBe(target.id);
		expect(params(page).depth).toBe(depth === 1 ? undefined : String(depth));
	}
	await expect(
		page
			.getByRole('group', { name: 'Focus' })
			.getByRole('button', { name: nodeById(home, target.id).label })
	).toBeVisible();

	await page.getByRole('button', { name: 'Leave focus' }).click();
	await settled(page);
	expect(params(page).focus).toBeUndefined();
	expect(await positions(page)).toEqual(before);
});

// ---------------------------------------------------------------------------------------------
// Expand and collapse
// ---------------------------------------------------------------------------------------------

test.describe('expand and collapse', () => {
	test('double-clicking a question brings its answers in, clear of the rest, and again puts them away', async ({
		page
	}) => {
		await openGraph(page, '/');
		const target = await clickNode(page, [], [firstQuestion.id]);
		await settled(page);
		const before = await positions(page);
		const point = await page.evaluate(
			(id) => window.cy!.$id(id).renderedPosition(),
			firstQuestion.id
		);
		const answers = answerOf(firstQuestion.id);
		const onScreen = await onPage(canvasOf(page), point);
		await page.mouse.dblclick(onScreen.x, onScreen.y);
		await expect.poll(() => params(page).expand).toBe(target.id);
		await settled(page);
		const shown = await drawn(page);
		for (const answer of answers) expect(shown.nodes).toContain(answer);
		expect(await listCounts(page)).toEqual({
			nodes: initial.nodes.size + answers.length,
			edges: visibleWith({ expanded: [firstQuestion.id] }).edges.size
		});
		// Nothing already drawn moved ...
		const after = await positions(page);
		for (const [id, at] of Object.entries(before)) expect(after[id], id).toEqual(at);
		// ... and the answers landed in free space, on the canvas: no answer covers another node.
		const problems = await page.evaluate((answers) => {
			const cy = window.cy!;
			const found: string[] = [];
			for (const id of answers) {
				const box = cy.$id(id).renderedBoundingBox({ includeLabels: false });
				if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
					found.push(`${id} lies outside the canvas`);
				cy.nodes(':visible')
					.not(cy.$id(id))
					.forEach((other) => {
						const o = other.renderedBoundingBox({ includeLabels: false });
						if (box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2)
							found.push(`${id} covers ${other.id()}`);
					});
			}
			return found;
		}, answers);
		expect(problems).toEqual([]);

		const again = await page.evaluate(
			(id) => window.cy!.$id(id).renderedPosition(),
			firstQuestion.id
		);
		const againOnScreen = await onPage(canvasOf(page), again);
		await page.mouse.dblclick(againOnScreen.x, againOnScreen.y);
		await expect.poll(() => params(page).expand).toBeUndefined();
		await settled(page);
		expect((await drawn(page)).nodes).toHaveLength(initial.nodes.size);
		expect(await positions(page)).toEqual(before);
	});

	test('answers shown while a sector is selected are faded like everything outside its neighbourhood', async ({
		page
	}) => {
		const sector = home.nodes.find((n) => n.type === 'sector')!;
		// The sector's neighbourhood, read off the graph file's edges.
		const near = new Set(
			home.edges
				.filter((e) => e.source === sector.id || e.target === sector.id)
				.flatMap((e) => [e.source, e.target])
		);
		const answers = home.nodes.filter((n) => n.type === 'answer' && !near.has(n.id));
		expect(answers.length).toBeGreaterThan(0);
		await openGraph(page, `/?select=${sector.id}`);
		await expect.poll(() => selectedInCy(page)).toBe(sector.id);
		await page.getByRole('button', { name: 'Expand all answers' }).click();
		await expect.poll(() => params(page).expand).toBeDefined();
		await settled(page);
		const faded = (ids: string[]) =>
			page.evaluate(
				(ids) => ids.filter((id) => window.cy!.getElementById(id).hasClass('faded')),
				ids
			);
		const ids = answers.map((a) => a.id);
		expect((await drawn(page)).nodes).toEqual(expect.arrayContaining(ids));
		expect(await faded(ids)).toEqual(ids);
		// Cleared, nothing is faded.
		await canvasOf(page).press('Escape');
		await expect.poll(() => selectedInCy(page)).toBe('');
		await expect.poll(() => faded(ids)).toEqual([]);
	});

	test('after Expand all a speaker’s panel offers to collapse their answers, and doing so keeps the others', async ({
		page
	}) => {
		await openGraph(page, '/?select=wang-qing');
		await page.getByRole('button', { name: 'Expand all answers' }).click();
		await settled(page);
		const details = detailsOf(page);
		// Wang Qing answers four of the five questions (q1, q2, q4, q5), all drawn now.
		const button = details.getByRole('button', { name: 'Collapse 4 answers' });
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await button.click();
		await settled(page);
		await expect(details.getByRole('button', { name: 'Expand 4 answers' })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		const answers = (await drawn(page)).nodes.filter((id) => /^q\d-/.test(id));
		expect(answers).toEqual([
			'q1-xiang-lipeng',
			'q2-xiang-lipeng',
			'q3-xiang-lipeng',
			'q4-xiang-lipeng'
		]);
	});

	test('Expand all moves no node that was already drawn', async ({ page }) => {
		await openGraph(page, '/');
		const before = await positions(page);
		await page.getByRole('button', { name: 'Expand all answers' }).click();
		await settled(page);
		const after = await positions(page);
		const answers = home.nodes.filter((n) => n.type === 'answer').map((n) => n.id);
		expect(answers).toHaveLength(8);
		for (const answer of answers) expect(Object.keys(after)).toContain(answer);
		for (const [id, at] of Object.entries(before)) expect(after[id], id).toEqual(at);
	});
});

// ---------------------------------------------------------------------------------------------
// Links and history
// ---------------------------------------------------------------------------------------------

test.describe('links and history', () => {
	test('a link opens the same view: selection, focus, depth, filters, expansion and search', async ({
		page
	}) => {
		const claim = claimOf(guest.id);
		const url = `/?select=${claim.id}&focus=${claim.id}&depth=2&types=speaker,question,answer,claim,sector&expand=${firstQuestion.id}&q=infrastructure`;
		await openGraph(page, url);
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(claim.label);
		expect(await selectedInCy(page)).toBe(claim.id);
		await expect(searchBoxOf(page)).toHaveValue('infrastructure');
		await expect(page.getByRole('radio', { name: '2' })).toBeChecked();
		await expect(legendOf(page).getByRole('button', { name: /^concept/i })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		const filtered = visibleWith({
			types: ['speaker', 'question', 'answer', 'claim', 'sector'],
			expanded: [firstQuestion.id]
		});
		const expected = expectedNeighbourhood(home, claim.id, 2, filtered);
		expect((await drawn(page)).nodes).toEqual([...expected.nodes].sort());
		// The document's own page reads the same parameters.
		await openGraph(page, `/d/${home.document.id}?select=${claim.id}`);
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(claim.label);
	});

	test('back and forward step through selections, filters and focus', async ({ page }) => {
		await openGraph(page, '/');
		const first = await clickNode(page, ['speaker']);
		await settled(page);
		await legendOf(page)
			.getByRole('button', { name: /^concept/i })
			.click();
		await settled(page);
		await page.getByRole('button', { name: 'Focus on selection' }).click();
		await settled(page);
		expect(params(page)).toMatchObject({ select: first.id, focus: first.id });

		await page.goBack();
		await settled(page);
		expect(params(page).focus).toBeUndefined();
		expect(params(page).types).toBeDefined();
		await page.goBack();
		await settled(page);
		expect(params(page)).toEqual({ select: first.id });
		await expect(legendOf(page).getByRole('button', { name: /^concept/i })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.goBack();
		expect(params(page)).toEqual({});
		await expect(detailsOf(page)).toBeHidden();
		expect(await selectedInCy(page)).toBe('');

		await page.goForward();
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(
			nodeById(home, first.id).label
		);
		expect(await selectedInCy(page)).toBe(first.id);
	});

	test('a name in the details panel selects that node in the graph', async ({ page }) => {
		const claim = claimOf(guest.id);
		await openGraph(page, `/?select=${claim.id}`);
		await detailsOf(page).getByRole('link', { name: guest.label, exact: true }).first().click();
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(guest.label);
		expect(await selectedInCy(page)).toBe(guest.id);
		expect(params(page).select).toBe(guest.id);
	});
});

// ---------------------------------------------------------------------------------------------
// Keyboard and screen readers
// ---------------------------------------------------------------------------------------------

test.describe('keyboard and screen readers', () => {
	test('the focus is announced with how many nodes it shows, one as "1 node"', async ({ page }) => {
		const speaker = home.nodes.find((node) => node.type === 'speaker')!;
		// Only speakers shown: the focus on one shows it alone.
		await openGraph(page, `/?focus=${speaker.id}&types=speaker`);
		await expect(announcement(page, `Focus on ${speaker.label}, 1 step: 1 node.`)).toBeAttached();
		// With every type, its neighbourhood.
		await openGraph(page, `/?focus=${speaker.id}`);
		await expect(
			announcement(page, new RegExp(`Focus on ${speaker.label}, 1 step: \\d+ nodes\\.`))
		).toBeAttached();
	});

	test('Tab reaches the graph; arrows walk to neighbours; Enter expands; Escape clears', async ({
		page
	}) => {
		// Five key presses, each checked against where the neighbours are drawn: its own budget,
		// three times the default, as it ran out of 30 s on a heavily loaded machine.
		test.slow();
		await openGraph(page, `/?select=${firstQuestion.id}`);
		await canvasOf(page).focus();
		await expect(canvasOf(page)).toBeFocused();
		await expect(announcement(page, `Selected question: ${firstQuestion.label}`)).toBeAttached();

		await page.keyboard.press('Enter');
		await settled(page);
		expect(params(page).expand).toBe(firstQuestion.id);
		for (const answer of answerOf(firstQuestion.id))
			expect((await drawn(page)).nodes).toContain(answer);

		// Each arrow moves to a neighbour that lies that way on screen (within about 68° of the
		// arrow), or stays put when none does: swapped or mirrored keys fail here.
		const AXES: Record<string, { x: number; y: number }> = {
			ArrowRight: { x: 1, y: 0 },
			ArrowDown: { x: 0, y: 1 },
			ArrowLeft: { x: -1, y: 0 },
			ArrowUp: { x: 0, y: -1 }
		};
		const lyingTowards = async (from: string, axis: { x: number; y: number }) => {
			const spots = await page.evaluate((id) => {
				const cy = window.cy!;
				const origin = cy.getElementById(id).renderedPosition();
				return cy
					.getElementById(id)
					.neighborhood('node:visible')
					.nodes()
					.map((n) => ({
						id: n.id(),
						dx: n.renderedPosition().x - origin.x,
						dy: n.renderedPosition().y - origin.y
					}));
			}, from);
			return spots
				.filter(({ dx, dy }) => {
					const along = dx * axis.x + dy * axis.y;
					return along > 0 && Math.abs(dx * axis.y - dy * axis.x) <= along * 2.5;
				})
				.map((spot) => spot.id);
		};
		let previous = firstQuestion.id;
		const moved: string[] = [];
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
			const candidates = await lyingTowards(previous, AXES[key]!);
			await page.keyboard.press(key);
			if (candidates.length === 0) {
				const words = {
					ArrowRight: 'to the right',
					ArrowDown: 'below',
					ArrowLeft: 'to the left',
					ArrowUp: 'above'
				}[key];
				await expect(announcement(page, `No neighbour ${words}.`)).toBeAttached();
				expect(params(page).select, `${key} from ${previous}: nothing lies that way`).toBe(
					previous
				);
				continue;
			}
			await expect.poll(() => params(page).select, `${key} from ${previous}`).not.toBe(previous);
			const now = params(page).select!;
			expect(candidates, `${key} from ${previous} went to ${now}`).toContain(now);
			expect(await selectedInCy(page)).toBe(now);
			await expect(announcement(page, `: ${nodeById(home, now).label}.`)).toBeAttached();
			moved.push(key);
			previous = now;
		}
		expect(moved.length, 'an arrow key moved the selection to a neighbour').toBeGreaterThan(0);

		await page.keyboard.press('Escape');
		await expect.poll(() => params(page).select).toBeUndefined();
		await expect.poll(() => selectedInCy(page)).toBe('');
	});

	test('Escape leaves focus mode once nothing is selected', async ({ page }) => {
		await openGraph(page, `/?focus=${firstQuestion.id}`);
		await canvasOf(page).focus();
		await page.keyboard.press('ArrowRight');
		expect(params(page).select).toBeDefined();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await settled(page);
		expect(params(page).focus).toBeUndefined();
		expect((await drawn(page)).nodes).toHaveLength(initial.nodes.size);
	});

	test('the list of nodes selects what it names, and stays in step with focus', async ({
		page
	}) => {
		await openGraph(page, '/');
		const rows = await openList(page);
		await expect(rows).toHaveCount(initial.nodes.size);
		const claim = claimOf(guest.id);
		await rows.getByRole('button', { name: claim.label, exact: true }).click();
		expect(params(page).select).toBe(claim.id);
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(claim.label);
		await expect(
			page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: claim.label }) })
		).toHaveAttribute('aria-current', 'true');

		// A relation in the list selects that edge.
		const edge = index.edgesOf(claim.id).find((e) => initial.edges.has(e.id))!;
		const row = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: claim.label, exact: true }) });
		await row
			.getByRole('button', { name: edge.relation.replaceAll('-', ' '), exact: true })
			.first()
			.click();
		expect(await selectedInCy(page)).toBe(edge.id);

		await rows.getByRole('button', { name: claim.label, exact: true }).click();
		await page.getByRole('button', { name: 'Focus on selection' }).click();
		await settled(page);
		const expected = expectedNeighbourhood(home, claim.id, 1, initial);
		await expect(rows).toHaveCount(expected.nodes.size);
	});
});

// ---------------------------------------------------------------------------------------------
// Looks finished
// ---------------------------------------------------------------------------------------------

test.describe('looks finished', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('fits a laptop screen with no horizontal scroll, and panels collapse', async ({ page }) => {
		await openGraph(page, '/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		for (const button of await page
			.getByRole('toolbar', { name: 'Explore' })
			.getByRole('button')
			.all()) {
			const box = await button.boundingBox();
			expect(box && box.x + box.width <= 1280).toBe(true);
		}
		const width = async () => (await canvasOf(page).boundingBox())!.width;
		const start = await width();
		// Nothing is selected, so the details panel is closed (detail.test.ts); asked for, it
		// stands beside the graph (23rem).
		const details = page.getByRole('button', { name: 'Details', exact: true });
		await expect(details).toHaveAttribute('aria-expanded', 'false');
		await details.click();
		await expect(details).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('complementary', { name: 'Selection' })).toBeVisible();
		await expect.poll(width).toBe(start - 368);
		await details.click();
		await expect(page.getByRole('complementary', { name: 'Selection' })).toBeHidden();
		// The legend (15rem) closes too.
		const filters = page.getByRole('button', { name: /^Filters/ });
		await filters.click();
		await expect(legendOf(page)).toBeHidden();
		await expect.poll(width).toBe(start + 240);
		await expect.poll(() => page.evaluate(() => window.cy!.width())).toBe(start + 240);
		await filters.click();
		await expect.poll(width).toBe(start);
	});

	test('follows a dark system setting, canvas included, and reacts when it changes', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await openGraph(page, '/');
		const colours = () =>
			page.evaluate(() => ({
				page: getComputedStyle(document.documentElement).backgroundColor,
				label: window.cy!.nodes().first().style('color')
			}));
		const light = await colours();
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(async () => (await colours()).label).not.toBe(light.label);
		const dark = await colours();
		expect(dark.page).not.toBe(light.page);
		const luminance = (rgb: string) => {
			const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		expect(luminance(dark.page)).toBeLessThan(60);
		expect(luminance(dark.label)).toBeGreaterThan(180);
	});
});

// ---------------------------------------------------------------------------------------------
// axe-core
// ---------------------------------------------------------------------------------------------

test.describe('axe-core finds no serious or critical violations', () => {
	test('in the initial view', async ({ page }) => {
		await openGraph(page, '/');
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('with a node selected and the list open', async ({ page }) => {
		await openGraph(page, '/');
		await clickNode(page, ['claim']);
		await openList(page);
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('with filters, focus and search suggestions', async ({ page }) => {
		await openGraph(page, `/?types=speaker,claim,sector&focus=${guest.id}&speakers=${guest.id}`);
		await searchBoxOf(page).fill('5G');
		await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('in the dark theme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await openGraph(page, `/?select=${claimOf(guest.id).id}`);
		await openList(page);
		expect(await seriousViolations(page)).toEqual([]);
	});
});
