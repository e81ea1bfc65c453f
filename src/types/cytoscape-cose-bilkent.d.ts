declare module 'cytoscape-cose-bilkent' {
	import type { BaseLayoutOptions, Ext } from 'cytoscape';

	/** Options of the cose-bilkent layout (https://github.com/cytoscape/cytoscape.js-cose-bilkent). */
	export interface CoseBilkentLayoutOptions extends BaseLayoutOptions {
		name: 'cose-bilkent';
		/** 'draft', 'default' or 'proof': speed against quality. */
		quality?: 'draft' | 'default' | 'proof';
		/** Use the current positions as the start instead of random ones. */
		randomize?: boolean;
		animate?: boolean | 'during' | 'end';
		animationDuration?: number;
		fit?: boolean;
		padding?: number;
		nodeDimensionsIncludeLabels?: boolean;
		refresh?: number;
		nodeRepulsion?: number;
		idealEdgeLength?: number;
		edgeElasticity?: number;
		nestingFactor?: number;
		gravity?: number;
		numIter?: number;
		tile?: boolean;
		tilingPaddingVertical?: number;
		tilingPaddingHorizontal?: number;
		gravityRangeCompound?: number;
		gravityCompound?: number;
		gravityRange?: number;
		initialEnergyOnIncremental?: number;
	}

	const coseBilkent: Ext;
	export default coseBilkent;
}
