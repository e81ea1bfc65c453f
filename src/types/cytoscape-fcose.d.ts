declare module 'cytoscape-fcose' {
	import type { Ext } from 'cytoscape';

	/** The fcose layout (https://github.com/iVis-at-Bilkent/cytoscape.js-fcose). */
	const fcose: Ext;
	export default fcose;
}
