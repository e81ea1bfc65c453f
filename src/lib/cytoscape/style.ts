import type { Css, StylesheetJson } from 'cytoscape';
import type { CoseBilkentLayoutOptions } from 'cytoscape-cose-bilkent';
import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { NODE_TYPES, RELATION_NAMES, type NodeType, type Relation } from '../graph/vocabulary';
import { LABEL_GAP, LINE_EMS, NO_ROOM_CLASS, PLACEMENT_CLASSES } from './label-room';

/** One colour per node type, shared by the canvas and the legend. */
export const typeColour = scaleOrdinal<NodeType, string>()
	.domain(NODE_TYPES)
	.range(schemeTableau10);

/** Cytoscape node shapes used by the graph. */
export type NodeShape =
	| 'round-octagon'
	| 'rectangle'
	| 'diamond'
	| 'round-rectangle'
	| 'ellipse'
	| 'hexagon'
	| 'barrel'
	| 'star';

/** One shape per node type, so types stay apart without relying on colour alone. */
export const TYPE_SHAPES: Record<NodeType, NodeShape> = {
	speaker: 'round-octagon',
	organization: 'rectangle',
	question: 'diamond',
	answer: 'round-rectangle',
	claim: 'ellipse',
	sector: 'hexagon',
	scenario: 'barrel',
	concept: 'star'
};

/** The light or dark colours of the canvas; the page's CSS custom properties match them. */
export interface GraphTheme {
	/** Label text. */
	ink: string;
	/** The canvas background: label halos and node borders. */
	background: string;
	/** Structural edges (who said what, where). */
	structural: string;
	/** Topical edges (`about`). */
	topical: string;
	/** Edges between topics (`applies-to`, `part-of`). */
	taxonomy: string;
	/** Rings round nodes whose answers can be expanded. */
	ring: string;
	/** A claim's number drawn beside it (its key): the claims' green, dark enough to read. */
	key: string;
	selected: string;
	highlight: string;
	agrees: string;
	disagrees: string;
	refines: string;
	supports: string;
}

export const LIGHT_THEME: GraphTheme = {
	ink: '#1f2328',
	background: '#fbfbfc',
	structural: '#ccd3d9',
	topical: '#b3bcc5',
	taxonomy: '#7d8996',
	ring: '#6e7781',
	key: '#2f6b2a',
	selected: '#d6336c',
	highlight: '#f59f00',
	agrees: '#2b8a3e',
	disagrees: '#c92a2a',
	refines: '#6741d9',
	supports: '#d9480f'
};

export const DARK_THEME: GraphTheme = {
	ink: '#e6edf3',
	background: '#0f1318',
	structural: '#3a424c',
	topical: '#4d5763',
	taxonomy: '#7d8996',
	ring: '#9aa4ae',
	key: '#8fd18a',
	selected: '#f783ac',
	highlight: '#ffd43b',
	agrees: '#51cf66',
	disagrees: '#ff6b6b',
	refines: '#b197fc',
	supports: '#ffa94d'
};

/** How an edge of a relation is drawn. */
export interface RelationLook {
	colour: string;
	width: number;
	line: 'solid' | 'dashed' | 'dotted';
	arrow: 'triangle' | 'tee' | 'vee' | 'circle' | 'square' | 'diamond' | 'chevron' | 'none';
}

/**
 * Structural edges recede, topical ones are thin and dashed, and the argument between claims
 * stands out: agreement solid green, disagreement bold dashed red. The structural relations
 * share a quiet grey line and each has its own arrowhead, as do the two between topics, so that
 * no two relations are drawn (or shown in the legend) alike.
 */
export function relationLook(relation: Relation, theme: GraphTheme): RelationLook {
	switch (relation) {
		case 'agrees-with':
			return { colour: theme.agrees, width: 2.5, line: 'solid', arrow: 'triangle' };
		case 'disagrees-with':
			return { colour: theme.disagrees, width: 3.5, line: 'dashed', arrow: 'tee' };
		case 'refines':
			return { colour: theme.refines, width: 2.5, line: 'dotted', arrow: 'vee' };
		case 'supports':
			return { colour: theme.supports, width: 1.8, line: 'solid', arrow: 'triangle' };
		case 'about':
			return { colour: theme.topical, width: 1, line: 'dashed', arrow: 'none' };
		case 'relayed-by':
			// Passed on, not said as one's own: the structural colour, dotted.
			return { colour: theme.structural, width: 1.2, line: 'dotted', arrow: 'triangle' };
		case 'applies-to':
			return { colour: theme.taxonomy, width: 1.2, line: 'dashed', arrow: 'triangle' };
		case 'part-of':
			// The whole at the diamond's end, as a diagram of parts draws it.
			return { colour: theme.taxonomy, width: 1.2, line: 'dashed', arrow: 'diamond' };
		case 'affiliated-with':
			return { colour: theme.structural, width: 1.2, line: 'solid', arrow: 'square' };
		case 'asked-by':
			return { colour: theme.structural, width: 1.2, line: 'solid', arrow: 'diamond' };
		case 'said-by':
			return { colour: theme.structural, width: 1.2, line: 'solid', arrow: 'circle' };
		case 'made-in':
			return { colour: theme.structural, width: 1.2, line: 'solid', arrow: 'chevron' };
		default:
			return { colour: theme.structural, width: 1.2, line: 'solid', arrow: 'triangle' };
	}
}

/** Node diameter in pixels for a degree: area grows with degree, so a hub does not swamp the view. */
export function nodeSize(maxDegree: number) {
	return scaleSqrt()
		.domain([0, Math.max(maxDegree, 1)])
		.range([14, 56])
		.clamp(true);
}

/**
 * Node types with short labels that name the landmarks of an interview (who speaks, what is
 * asked, what it is about).
 */
export const LANDMARKS: ReadonlySet<NodeType> = new Set([
	'speaker',
	'question',
	'sector',
	'concept'
]);

/**
 * Label size for a node, in model units. Cytoscape hides a label once it would render smaller
 * than `min-zoomed-font-size`, so at the overview zoom the landmarks are named and the other
 * labels (long claim summaries) appear as the reader zooms in, hovers or selects.
 */
export function labelSize(maxDegree: number) {
	const domain = [0, Math.max(maxDegree, 1)];
	const landmark = scaleSqrt().domain(domain).range([22, 32]).clamp(true);
	const other = scaleSqrt().domain(domain).range([11, 17]).clamp(true);
	return (type: NodeType, degree: number) =>
		LANDMARKS.has(type) ? landmark(degree) : other(degree);
}

/** Font size of labels around the selection and under the pointer. */
export const CONTEXT_FONT = 20;

export const FONT =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Arrowheads at this fraction of Cytoscape's size, for the thin lines. */
const ARROW_SCALE = 0.7;
/** Labels rendered smaller than this many pixels are hidden. */
const MIN_LABEL_PX = 8;

/** The edges a reader has picked out: selected, followed, emphasised or on an evidence chain. */
const PICKED_EDGES = 'edge:selected, edge.chain, edge.highlighted, edge.context';

/** How the stylesheet is drawn for one graph. */
export interface StyleOptions {
	/**
	 * Whether the graph is large (GraphCanvas: over 3,000 elements): its edges are drawn as plain
	 * lines without arrows, but for those selected, in the selection's neighbourhood, emphasised
	 * or on an evidence chain.
	 */
	large?: boolean;
	/**
	 * Whether the graph is very large (GraphCanvas: over 8,000 elements): its edges answer the
	 * pointer only once picked out (selected, in the selection's neighbourhood, emphasised or on
	 * an evidence chain). Cytoscape tests every element that answers the pointer at each move of
	 * the mouse, an edge at several times a node's cost: on the built app at 20,000 nodes a move
	 * took 0.29–0.41 s with every edge answering, 0.06–0.14 s with only the picked-out ones.
	 */
	huge?: boolean;
}

/**
 * The Cytoscape stylesheet in a theme, for a graph of a size (`StyleOptions`). Classes set by
 * GraphCanvas: `hover` on the node under the pointer; `faded` outside the selection's
 * neighbourhood and `context` on it; `hidden` on what is not drawn; `highlighted` and `dimmed`
 * for an emphasis; `chain` on an evidence chain on show, drawn in full and labelled whatever
 * else fades (framing.ts sizes its labels); `added` on what the current turn of the interview
 * added; `collapsed` on nodes whose answers can be expanded.
 */
export function graphStyle(
	theme: GraphTheme = LIGHT_THEME,
	{ large = false, huge = false }: StyleOptions = {}
): StylesheetJson {
	// Sizes come precomputed in each node's data (elements.ts), and shapes and colours by type
	// selector: no function-valued property, which Cytoscape would call per element per restyle.
	return [
		// What a pan or zoom of a large graph uncovers beyond its snapshot (snapshot.ts) shows the
		// page's background, not Cytoscape's grey veil.
		// (Cytoscape's types ask for every core property at once.)
		{
			selector: 'core',
			style: { 'outside-texture-bg-opacity': 0 } as Partial<Css.Core> as Css.Core
		},
		{
			selector: 'node',
			style: {
				width: 'data(size)',
				height: 'data(size)',
				'border-width': 1.5,
				'border-color': theme.background,
				label: 'data(label)',
				'font-family': FONT,
				'font-size': 'data(font)',
				// About twenty characters a line, whatever the size; bigger labels draw on top.
				'text-max-width': 'data(wrap)',
				// Cytoscape maps data onto z-index like any number; its types only allow a number.
				'z-index': 'data(z)' as unknown as number,
				color: theme.ink,
				'text-wrap': 'wrap',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': LABEL_GAP,
				// A halo rather than a box: legible over edges, while hiding little of what lies behind.
				'text-outline-color': theme.background,
				'text-outline-width': 2,
				'text-outline-opacity': 0.9,
				'min-zoomed-font-size': MIN_LABEL_PX
			}
		},
		...NODE_TYPES.map((type) => ({
			selector: `node[type = "${type}"]`,
			style: { shape: TYPE_SHAPES[type], 'background-color': typeColour(type) }
		})),
		{
			selector: 'node[type = "speaker"]',
			style: { 'border-width': 3, 'border-style': 'double', 'border-color': theme.ink }
		},
		{
			// The article's author and the article's own framing: the narrator's voice, not a
			// speaker's; drawn with a dotted ring.
			selector: 'node[?framing]',
			style: {
				'border-width': 2,
				'border-style': 'dotted',
				'border-color': theme.ink,
				'font-style': 'italic'
			}
		},
		{
			// A relayed view: someone else's view, passed on by a speaker; drawn hollow and dashed.
			selector: 'node[?relayed]',
			style: {
				'border-width': 2,
				'border-style': 'dashed',
				'border-color': theme.ink,
				'background-opacity': 0.35
			}
		},
		{
			selector: 'node.collapsed',
			style: {
				'outline-width': 2,
				'outline-style': 'dashed',
				'outline-color': theme.ring,
				'outline-offset': 3
			}
		},
		{
			selector: 'edge',
			style: {
				// A large graph's edges are plain lines from centre to centre ("haystack"): Cytoscape
				// neither routes them round each other nor draws their arrows, which at the zoom that
				// shows thousands of nodes are too small to see (a quarter less time to first draw
				// 5,000 nodes). What is selected or followed gets its arrow back, below.
				// Cytoscape sets every property a rule names on every element it matches, so what only
				// a selected edge shows (its label's font) is named by that rule alone.
				...(large
					? { 'curve-style': 'haystack' as const, 'haystack-radius': 0 }
					: { 'curve-style': 'bezier' as const, 'arrow-scale': ARROW_SCALE }),
				...(huge ? { events: 'no' as const } : {})
			}
		},
		...RELATION_NAMES.map((relation) => {
			const look = relationLook(relation, theme);
			return {
				selector: `edge[relation = "${relation}"]`,
				style: {
					width: look.width,
					'line-color': look.colour,
					'target-arrow-color': look.colour,
					'target-arrow-shape': look.arrow,
					'line-style': look.line
				}
			};
		}),
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: 'node.faded', style: { opacity: 0.25, label: '' } },
		{ selector: 'edge.faded', style: { opacity: 0.12 } },
		{ selector: 'node.dimmed', style: { opacity: 0.2, label: '' } },
		{
			// What the current turn added is named: the reader follows the interview by it.
			selector: 'node.added',
			style: {
				'outline-width': 3,
				'outline-color': theme.highlight,
				'outline-offset': 2,
				opacity: 1,
				label: 'data(label)',
				'font-size': CONTEXT_FONT,
				'text-max-width': `${LINE_EMS * CONTEXT_FONT}px`,
				'min-zoomed-font-size': 0,
				'text-background-color': theme.background,
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'z-index': 75
			}
		},
		{ selector: 'edge.dimmed', style: { opacity: 0.08 } },
		{
			selector: 'node.context, node.hover, node.highlighted',
			style: {
				'font-size': CONTEXT_FONT,
				'text-max-width': `${LINE_EMS * CONTEXT_FONT}px`,
				'min-zoomed-font-size': 0,
				'z-index': 50
			}
		},
		{
			// A name keeps its own size, which grows as the view zooms out (label-room.ts): at the
			// opening zoom the context size would draw it smaller than before it was pointed at.
			selector: ['context', 'hover', 'highlighted']
				.map((cls) => `node.${cls}[type != "claim"][type != "answer"]`)
				.join(', '),
			style: { 'font-size': 'data(font)', 'text-max-width': 'data(wrap)' }
		},
		{
			selector: 'node.highlighted',
			style: { 'underlay-color': theme.highlight, 'underlay-opacity': 0.45, 'underlay-padding': 7 }
		},
		{
			selector: 'edge.highlighted',
			style: {
				'underlay-color': theme.highlight,
				'underlay-opacity': 0.45,
				'underlay-padding': 4,
				'z-index': 20
			}
		},
		{
			selector: 'node.hover',
			style: {
				'text-background-color': theme.background,
				'text-background-opacity': 1,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'z-index': 70
			}
		},
		{
			// An evidence chain is drawn whole: its far ends may lie outside the selection's
			// neighbourhood, and a chain is read by its labels.
			selector: 'node.chain',
			style: {
				opacity: 1,
				label: 'data(label)',
				'min-zoomed-font-size': 0,
				'text-background-color': theme.background,
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'underlay-color': theme.highlight,
				'underlay-opacity': 0.45,
				'underlay-padding': 7,
				'z-index': 80
			}
		},
		{
			selector: 'edge.chain',
			style: {
				opacity: 1,
				'underlay-color': theme.highlight,
				'underlay-opacity': 0.45,
				'underlay-padding': 4,
				'z-index': 30
			}
		},
		{
			selector: 'node:selected',
			style: {
				'border-width': 4,
				'border-style': 'solid',
				'border-color': theme.selected,
				'min-zoomed-font-size': 0,
				'z-index': 60
			}
		},
		{
			selector: 'edge:selected',
			style: {
				width: 4,
				'line-color': theme.selected,
				'target-arrow-color': theme.selected,
				'z-index': 10,
				label: 'data(label)',
				'font-family': FONT,
				'font-size': CONTEXT_FONT,
				color: theme.ink,
				'text-rotation': 'autorotate',
				'text-background-color': theme.background,
				'text-background-opacity': 1,
				'text-background-padding': '2px',
				'min-zoomed-font-size': 0
			}
		},
		// On a large graph, the edges a reader has picked out are drawn with their arrows.
		...(large
			? [
					{
						selector: PICKED_EDGES,
						style: { 'curve-style': 'straight' as const, 'arrow-scale': ARROW_SCALE }
					}
				]
			: []),
		...(huge ? [{ selector: PICKED_EDGES, style: { events: 'yes' as const } }] : []),
		// Where label-room.ts found room for a label, if not below its node; and a label that found
		// none is not drawn, so none is drawn over another. Last, to win over every other class.
		{
			selector: `node.${PLACEMENT_CLASSES.above}`,
			style: { 'text-valign': 'top', 'text-margin-y': -LABEL_GAP }
		},
		{
			selector: `node.${PLACEMENT_CLASSES.right}`,
			style: {
				'text-valign': 'center',
				'text-halign': 'right',
				'text-margin-x': LABEL_GAP,
				'text-margin-y': 0
			}
		},
		{
			selector: `node.${PLACEMENT_CLASSES.left}`,
			style: {
				'text-valign': 'center',
				'text-halign': 'left',
				'text-margin-x': -LABEL_GAP,
				'text-margin-y': 0
			}
		},
		{ selector: `node.${NO_ROOM_CLASS}`, style: { 'text-opacity': 0 } }
	];
}

/**
 * Edges the layout ignores while the claim's answer is drawn. A claim's `said-by` edge repeats
 * what its `made-in` edge and that answer's `said-by` edge already say, and would pull every
 * claim onto its speaker.
 */
export const LAYOUT_IGNORES = 'edge[relation = "said-by"][sourceType = "claim"]';

/** A claim's edge to the answer it was made in. */
export const MADE_IN = 'edge[relation = "made-in"]';

/** Force-directed layout, seeded from the current positions so every load looks the same. */
export const layoutOptions: CoseBilkentLayoutOptions = {
	name: 'cose-bilkent',
	randomize: false,
	animate: false,
	fit: true,
	padding: 30,
	nodeDimensionsIncludeLabels: true,
	idealEdgeLength: 80,
	nodeRepulsion: 8000
};
