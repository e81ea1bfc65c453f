/**
 * The stylesheet of a large graph (GraphCanvas: over 3,000 elements) draws edges as plain lines
 * without arrows, but gives back the arrow to every edge a reader has picked out; a small graph's
 * edges keep their curves and arrows. A very large graph's (over 8,000) edges answer the pointer
 * only once picked out. Checked on the interview in headless Cytoscape, which
 * resolves the stylesheet as the canvas does.
 */
import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { cytoscape } from '../../src/lib/cytoscape/register';
import { toElements } from '../../src/lib/cytoscape/elements';
import { CONTEXT_FONT, graphStyle, LIGHT_THEME, relationLook } from '../../src/lib/cytoscape/style';
import type { Relation } from '../../src/lib/graph/vocabulary';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
let cy: Core | undefined;

function instance(large: boolean | undefined, huge?: boolean): Core {
	cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: toElements(graph),
		style: large === undefined ? graphStyle(LIGHT_THEME) : graphStyle(LIGHT_THEME, { large, huge })
	});
	return cy;
}

/** Whether an element answers the pointer (Cytoscape's `events` style). */
const answers = (ele: SingularElementArgument) => ele.style('events') === 'yes';

afterEach(() => cy?.destroy());

const curve = (edge: EdgeSingular) => edge.style('curve-style') as string;
/** Relations whose look has an arrow: an edge of each shows whether arrows are kept. */
const arrowed = (core: Core) =>
	core
		.edges()
		.filter(
			(edge) => relationLook(edge.data('relation') as Relation, LIGHT_THEME).arrow !== 'none'
		);

describe('a small graph', () => {
	it('draws every edge curved round its neighbours, with its arrow (also by default)', () => {
		for (const large of [false, undefined]) {
			const core = instance(large);
			expect(new Set(core.edges().map(curve))).toEqual(new Set(['bezier']));
			expect(arrowed(core).nonempty()).toBe(true);
			core.destroy();
			cy = undefined;
		}
	});
});

describe('at any size', () => {
	it.each([false, true])(
		'a selected edge is named in the context font, and an edge not selected has no label (large: %s)',
		(large) => {
			const core = instance(large);
			const [edge, other] = arrowed(core);
			edge!.select();
			expect(edge!.style('label')).toBe(edge!.data('label'));
			expect(edge!.style('font-size')).toBe(`${CONTEXT_FONT}px`);
			expect(edge!.style('text-rotation')).toBe('autorotate');
			expect(other!.style('label')).toBe('');
			// Arrowheads at 0.7 of Cytoscape's size wherever they are drawn.
			expect(edge!.style('arrow-scale')).toBe('0.7');
		}
	);
});

describe('a large graph', () => {
	it('draws its edges as plain lines from centre to centre', () => {
		const core = instance(true);
		expect(new Set(core.edges().map(curve))).toEqual(new Set(['haystack']));
		expect(
			new Set(core.edges().map((e) => Number.parseFloat(e.style('haystack-radius') as string)))
		).toEqual(new Set([0]));
	});

	it.each(['chain', 'highlighted', 'context'])(
		'draws an edge marked %s straight, so that its arrow is drawn',
		(cls) => {
			const core = instance(true);
			const [marked, other] = arrowed(core);
			marked!.addClass(cls);
			expect(curve(marked!)).toBe('straight');
			expect(curve(other!)).toBe('haystack');
			// The arrow is still the relation's own.
			expect(marked!.style('target-arrow-shape')).toBe(
				relationLook(marked!.data('relation') as Relation, LIGHT_THEME).arrow
			);
			marked!.removeClass(cls);
			expect(curve(marked!)).toBe('haystack');
		}
	);

	it('draws the selected edge straight, and plain again once unselected', () => {
		const core = instance(true);
		const [edge] = arrowed(core);
		edge!.select();
		expect(curve(edge!)).toBe('straight');
		edge!.unselect();
		expect(curve(edge!)).toBe('haystack');
	});

	it('changes nothing else: nodes are styled as on a small graph', () => {
		const small = instance(false);
		const props = ['width', 'shape', 'background-color', 'label', 'font-size'];
		const before = small.nodes().map((n) => props.map((p) => n.style(p) as string).join('|'));
		small.destroy();
		const core = instance(true);
		const after = core.nodes().map((n) => props.map((p) => n.style(p) as string).join('|'));
		expect(after).toEqual(before);
	});
});

describe('a very large graph', () => {
	it('has edges that do not answer the pointer, and nodes that do', () => {
		const core = instance(true, true);
		expect(core.edges().filter(answers).length).toBe(0);
		expect(core.nodes().filter((node) => !answers(node)).length).toBe(0);
		// Drawn as on a large graph.
		expect(new Set(core.edges().map(curve))).toEqual(new Set(['haystack']));
	});

	it.each(['chain', 'highlighted', 'context'])(
		'has an edge marked %s answer the pointer, and stop once unmarked',
		(cls) => {
			const core = instance(true, true);
			const [marked, other] = core.edges();
			marked!.addClass(cls);
			expect(answers(marked!)).toBe(true);
			expect(answers(other!)).toBe(false);
			marked!.removeClass(cls);
			expect(answers(marked!)).toBe(false);
		}
	);

	it('has the selected edge answer the pointer', () => {
		const core = instance(true, true);
		const [edge] = core.edges();
		edge!.select();
		expect(answers(edge!)).toBe(true);
		edge!.unselect();
		expect(answers(edge!)).toBe(false);
	});

	it.each([false, true])(
		'leaves every edge answering on a graph not so large (large: %s)',
		(large) => {
			const core = instance(large, false);
			expect(core.edges().filter((edge) => !answers(edge)).length).toBe(0);
		}
	);
});
