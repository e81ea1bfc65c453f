import type { NodeSingular, StylesheetJson } from 'cytoscape';
import type { CoseBilkentLayoutOptions } from 'cytoscape-cose-bilkent';
import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { NODE_TYPES, type NodeType, type Relation } from '$lib/graph/vocabulary';

/** One colour per node type, shared by the canvas and the legend. */
export const typeColour = scaleOrdinal<NodeType, string>()
	.domain(NODE_TYPES)
	.range(schemeTableau10);

/** Node diameter in pixels for a degree: area grows with degree, so a hub does not swamp the view. */
export function nodeSize(maxDegree: number) {
	return scaleSqrt()
		.domain([0, Math.max(maxDegree, 1)])
		.range([12, 48])
		.clamp(true);
}

/**
 * Node types with short labels that name the landmarks of an interview (who speaks, what is
 * asked, what it is about).
 */
const LANDMARKS: ReadonlySet<NodeType> = new Set(['speaker', 'question', 'sector', 'concept']);

/**
 * Label size for a node, in model units. Cytoscape hides a label once it would render smaller
 * than `min-zoomed-font-size`, so at the overview zoom the landmarks are named and the other
 * labels (long claim summaries) appear as the reader zooms in, hovers or selects.
 */
export function labelSize(maxDegree: number) {
	const domain = [0, Math.max(maxDegree, 1)];
	const landmark = scaleSqrt().domain(domain).range([20, 30]).clamp(true);
	const other = scaleSqrt().domain(domain).range([11, 17]).clamp(true);
	return (type: NodeType, degree: number) =>
		LANDMARKS.has(type) ? landmark(degree) : other(degree);
}

/** Font size of labels around the selection and under the pointer. */
const CONTEXT_FONT = 20;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f2328';
const SELECTED = '#d6336c';
/** Labels rendered smaller than this many pixels are hidden. */
const MIN_LABEL_PX = 8;

/**
 * Structural edges (who said what, in which answer) recede; topical ones are dashed; the
 * annotated argument between claims stands out in colours unlike the node palette.
 */
const relationStyle: Partial<Record<Relation, { color: string; width: number; dashed?: boolean }>> =
	{
		about: { color: '#b8c0c8', width: 1, dashed: true },
		'applies-to': { color: '#8d99a6', width: 1.2, dashed: true },
		'part-of': { color: '#8d99a6', width: 1.2, dashed: true },
		'agrees-with': { color: '#2b8a3e', width: 2 },
		'disagrees-with': { color: '#c92a2a', width: 2.5 },
		refines: { color: '#5f3dc4', width: 2 },
		supports: { color: '#e8590c', width: 1.6 }
	};

/**
 * The Cytoscape stylesheet for a graph whose best-connected node has `maxDegree` edges. Classes
 * set by GraphCanvas: `hover` on the node under the pointer, `faded` on everything outside the
 * selection's neighbourhood, `context` on the neighbourhood itself.
 */
export function graphStyle(maxDegree: number): StylesheetJson {
	const size = nodeSize(maxDegree);
	const fontSize = labelSize(maxDegree);
	return [
		{
			selector: 'node',
			style: {
				'background-color': (node: NodeSingular) => typeColour(node.data('type')),
				width: (node: NodeSingular) => size(node.data('degree')),
				height: (node: NodeSingular) => size(node.data('degree')),
				'border-width': 1,
				'border-color': '#ffffff',
				label: 'data(label)',
				'font-family': FONT,
				'font-size': (node: NodeSingular) => fontSize(node.data('type'), node.data('degree')),
				// About twenty characters a line, whatever the size; bigger labels draw on top.
				'text-max-width': (node: NodeSingular) =>
					`${11 * fontSize(node.data('type'), node.data('degree'))}px`,
				'z-index': (node: NodeSingular) =>
					Math.round(fontSize(node.data('type'), node.data('degree'))),
				color: INK,
				'text-wrap': 'wrap',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': 3,
				// A halo rather than a box: legible over edges, while hiding little of what lies behind.
				'text-outline-color': '#ffffff',
				'text-outline-width': 2,
				'text-outline-opacity': 0.9,
				'min-zoomed-font-size': MIN_LABEL_PX
			}
		},
		{
			selector: 'edge',
			style: {
				width: 1,
				'line-color': '#d5dade',
				'target-arrow-color': '#d5dade',
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.6,
				'curve-style': 'bezier',
				'font-family': FONT,
				'font-size': CONTEXT_FONT,
				color: INK,
				'min-zoomed-font-size': MIN_LABEL_PX
			}
		},
		...Object.entries(relationStyle).map(([relation, { color, width, dashed }]) => ({
			selector: `edge[relation = "${relation}"]`,
			style: {
				width,
				'line-color': color,
				'target-arrow-color': color,
				'line-style': dashed ? ('dashed' as const) : ('solid' as const)
			}
		})),
		{ selector: 'node.faded', style: { opacity: 0.25, label: '' } },
		{ selector: 'edge.faded', style: { opacity: 0.12 } },
		{
			selector: 'node.context, node.hover',
			style: {
				'font-size': CONTEXT_FONT,
				'text-max-width': `${11 * CONTEXT_FONT}px`,
				'min-zoomed-font-size': 0,
				'z-index': 50
			}
		},
		{
			selector: 'node.hover',
			style: {
				'text-background-color': '#ffffff',
				'text-background-opacity': 1,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'z-index': 70
			}
		},
		{
			selector: 'node:selected',
			style: {
				'border-width': 4,
				'border-color': SELECTED,
				'font-weight': 'bold',
				'min-zoomed-font-size': 0,
				'z-index': 60
			}
		},
		{
			selector: 'edge:selected',
			style: {
				width: 4,
				'line-color': SELECTED,
				'target-arrow-color': SELECTED,
				'z-index': 10,
				label: 'data(label)',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 1,
				'text-background-padding': '2px',
				'min-zoomed-font-size': 0
			}
		}
	];
}

/**
 * Edges the layout ignores. A claim's `said-by` edge repeats what its `made-in` edge and that
 * answer's `said-by` edge already say, and would pull every claim onto its speaker.
 */
export const LAYOUT_IGNORES = 'edge[relation = "said-by"][sourceType = "claim"]';

/** Force-directed layout, seeded from the positions in the elements so every load looks the same. */
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
