import cytoscape from 'cytoscape';

// The page runs no layout of its own: positions come with the graph (computed by graph:build),
// and any layout in the browser runs in the worker (layout.worker.ts), which registers its
// extensions there. So the page's bundle carries neither cose-bilkent nor fcose.
export { cytoscape };
