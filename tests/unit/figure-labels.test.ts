/**
 * The labels of an exported figure, planned in Node on the real interview placed where the app
 * draws it (the build's seeded layout, headless Cytoscape): none overlap, every node but a claim is named, no text
 * is under 8 pt, and the claims' numbers match the key. The browser test (export.test.ts) checks
 * the same on a downloaded SVG measured by Chromium.
 */
import type { Core } from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { cytoscape } from '../../src/lib/cytoscape/register';
import { toElements } from '../../src/lib/cytoscape/elements';
import { overlapping, type Box } from '../../src/lib/cytoscape/overlap';
import { layoutDocument } from '../../src/lib/cytoscape/layout';
import { positionsOf } from '../../src/lib/graph/arrangement';
import type { GraphLayout } from '../../src/lib/graph/schema';
import { ARRANGEMENTS } from '../../src/lib/graph/vocabulary';
import { graphStyle } from '../../src/lib/cytoscape/style';
import type { Measure } from '../../src/lib/export/figure';
import { planImage, type ImagePlan, type ImageRequest } from '../../src/lib/export/image';
import type { PlacedLabel } from '../../src/lib/export/labels';
import { compiledInterview } from './helpers';
import {
	CONCEPTS,
	FIVE_G_NEIGHBOURHOOD,
	ORGANISATIONS,
	QUESTIONS,
	SCENARIOS,
	SECTORS,
	SPEAKERS
} from './interview-names';

/** Wider than any real typeface's letters on average, so boxes err on the large side. */
const measure: Measure = (text, font) =>
	text.length * font.size * (font.weight === 600 ? 0.66 : 0.6);

const graph = compiledInterview();

const request = (change: Partial<ImageRequest> = {}): ImageRequest => ({
	format: 'svg',
	view: 'whole',
	scale: 2,
	background: 'white',
	caption: null,
	page: 'a4',
	...change
});

const text = (label: PlacedLabel) => label.lines.join(' ');
const names = (plan: ImagePlan) =>
	plan.labels.labels.filter((label) => label.kind === 'name').map(text);
const boxes = (plan: ImagePlan): Box[] =>
	plan.labels.labels.map((label, index) => ({
		id: `${index}:${label.id}`,
		x: label.x,
		y: label.top + label.height / 2,
		width: label.width,
		height: label.height
	}));
/** Smallest text in points when the figure is printed at its own size (0.75 pt a pixel). */
const smallestPoints = (plan: ImagePlan) =>
	Math.min(
		...plan.labels.labels.map((label) => label.font.size),
		...plan.layout.texts.map((line) => line.font.size)
	) * 0.75;

let cy: Core;
let layout: GraphLayout;

beforeAll(() => {
	cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: toElements(graph),
		style: graphStyle()
	});
	// The explorer opens with the answers folded into their questions.
	cy.nodes('[type = "answer"]').addClass('hidden');
	cy.elements('.hidden').connectedEdges().addClass('hidden');
	// Where the page draws each node: the positions graph:build computes and ships.
	layout = layoutDocument(graph);
	cy.nodes().positions((node) => layout.positions[node.id()]!);
});

describe('the whole-graph figure', () => {
	const plans = () =>
		(['svg', 'png', 'pdf'] as const).map((format) =>
			planImage(cy, graph, request({ format }), measure)
		);

	it('names every speaker, organisation, question, sector, scenario and concept', () => {
		const expected = [
			...SPEAKERS,
			...ORGANISATIONS,
			...QUESTIONS,
			...SECTORS,
			...SCENARIOS,
			...CONCEPTS
		];
		expect(expected).toHaveLength(53);
		// PNG and SVG, which grow until every name finds room, name each node beside it.
		for (const plan of plans().slice(0, 2)) {
			expect(new Set(names(plan))).toEqual(new Set(expected));
			expect(plan.labels.unplaced).toEqual([]);
		}
	});

	it('on an A4 page, names each of them beside its node or by a number in the key', () => {
		const plan = planImage(cy, graph, request({ format: 'pdf', page: 'a4' }), measure);
		const keyed = plan.labels.key.map((entry) => entry.label);
		const numbered = new Set(
			plan.labels.labels.filter((label) => label.kind === 'number').map((label) => label.id)
		);
		expect(plan.labels.key.every((entry) => numbered.has(entry.id))).toBe(true);
		for (const name of [
			...SPEAKERS,
			...ORGANISATIONS,
			...QUESTIONS,
			...SECTORS,
			...SCENARIOS,
			...CONCEPTS
		]) {
			expect(names(plan).includes(name) || keyed.includes(name), name).toBe(true);
		}
		// The landmarks (who speaks, for whom, what is asked) are always named on the graph.
		for (const name of [...SPEAKERS, ...ORGANISATIONS, ...QUESTIONS]) {
			expect(names(plan), name).toContain(name);
		}
		expect(plan.labels.unplaced).toEqual([]);
	});

	it('draws no label over another', () => {
		for (const plan of plans()) {
			expect(plan.labels.labels.length).toBeGreaterThan(100);
			expect(overlapping(boxes(plan))).toEqual([]);
		}
	});

	it('keeps every label inside the graph area', () => {
		for (const plan of plans()) {
			for (const label of plan.labels.labels) {
				expect(label.x - label.width / 2).toBeGreaterThanOrEqual(0);
				expect(label.x + label.width / 2).toBeLessThanOrEqual(plan.region.width);
				expect(label.top).toBeGreaterThanOrEqual(0);
				expect(label.top + label.height).toBeLessThanOrEqual(plan.region.height);
			}
		}
	});

	it('sets no text under 8 pt', () => {
		for (const plan of plans()) expect(smallestPoints(plan)).toBeGreaterThanOrEqual(8);
	});

	it('numbers the claims, 1 to 68 or more, and its key gives each number its claim', () => {
		const plan = planImage(cy, graph, request(), measure);
		const claims = new Map(
			graph.nodes.filter((n) => n.type === 'claim').map((n) => [n.id, n.label])
		);
		const onGraph = plan.labels.labels.filter((label) => label.kind === 'number');
		const numbers = onGraph.map((label) => Number(text(label))).sort((a, b) => a - b);
		expect(numbers.length).toBeGreaterThanOrEqual(68);
		expect(numbers).toEqual(numbers.map((_, index) => index + 1));
		const keyNumbers = plan.layout.texts
			.filter((t) => t.key?.role === 'number')
			.map((t) => Number(t.text));
		expect([...keyNumbers].sort((a, b) => a - b)).toEqual(numbers);
		for (const label of onGraph) {
			const number = Number(text(label));
			const keyText = plan.layout.texts
				.filter((t) => t.key?.role === 'label' && t.key.number === number)
				.map((t) => t.text)
				.join(' ');
			expect(keyText).toBe(claims.get(label.id));
		}
	});

	it('goes on A4 at print size, over more than one page, with the graph on the first', () => {
		const plan = planImage(cy, graph, request({ format: 'pdf', page: 'a4' }), measure);
		// A4 inside half-inch margins is 523 × 770 pt: 697 × 1,026 px at 0.75 pt a pixel.
		const [width, height] = plan.landscape ? [1026, 697] : [697, 1026];
		expect(plan.layout.width).toBeLessThanOrEqual(width);
		expect(plan.layout.graph.y + plan.layout.graph.height).toBeLessThanOrEqual(height);
		expect(plan.layout.height).toBeGreaterThan(height);
	});
});

describe('the figure of a neighbourhood', () => {
	const neighbourhood = () => {
		cy.elements().removeClass('faded');
		const claim = cy.getElementById('wang-5g-breaks-out-first');
		const context = claim.closedNeighborhood().filter(':visible');
		cy.elements().not(context).addClass('faded');
		try {
			return planImage(cy, graph, request({ view: 'view' }), measure);
		} finally {
			cy.elements().removeClass('faded');
		}
	};

	it('names all of it, claims in full, with no key', () => {
		const plan = neighbourhood();
		expect(new Set(names(plan))).toEqual(new Set(FIVE_G_NEIGHBOURHOOD));
		expect(plan.labels.key).toEqual([]);
		expect(overlapping(boxes(plan))).toEqual([]);
		expect(smallestPoints(plan)).toBeGreaterThanOrEqual(8);
	});

	// In the speaker arrangement the neighbourhood runs from one guest's tight group of claims to
	// the other's: a claim with no room beside its node is named further out, on a leader line.
	for (const arrangement of ARRANGEMENTS) {
		it(`names all of it, claims in full, with no key, whatever the arrangement (${arrangement})`, () => {
			const positions = positionsOf(layout, arrangement);
			cy.nodes().positions((node) => positions[node.id()]!);
			try {
				const plan = neighbourhood();
				expect(new Set(names(plan))).toEqual(new Set(FIVE_G_NEIGHBOURHOOD));
				expect(plan.labels.key).toEqual([]);
				expect(overlapping(boxes(plan))).toEqual([]);
				expect(smallestPoints(plan)).toBeGreaterThanOrEqual(8);
			} finally {
				cy.nodes().positions((node) => layout.positions[node.id()]!);
			}
		});
	}

	it('frames it: its nodes fill the graph area, not a corner of the whole graph', () => {
		const plan = neighbourhood();
		const { region } = plan;
		const xs: number[] = [];
		const ys: number[] = [];
		cy.getElementById('wang-5g-breaks-out-first')
			.closedNeighborhood()
			.nodes(':visible')
			.forEach((node) => {
				xs.push((node.position().x - region.x) * region.zoom);
				ys.push((node.position().y - region.y) * region.zoom);
			});
		expect(xs).toHaveLength(FIVE_G_NEIGHBOURHOOD.length);
		for (const [values, size] of [
			[xs, region.width],
			[ys, region.height]
		] as const) {
			expect(Math.min(...values)).toBeGreaterThan(0);
			expect(Math.max(...values)).toBeLessThan(size);
		}
		const spread = Math.max(
			(Math.max(...xs) - Math.min(...xs)) / region.width,
			(Math.max(...ys) - Math.min(...ys)) / region.height
		);
		expect(spread).toBeGreaterThan(0.6);
	});
});
