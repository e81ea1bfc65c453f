import cytoscape from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';

// An ES module body runs once per page, so the extension is registered exactly once; importing
// cytoscape through this module guarantees the layout exists before anything asks for it.
cytoscape.use(coseBilkent);

export { cytoscape };
