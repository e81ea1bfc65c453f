/// <reference lib="webworker" />
/**
 * The import worker: compiles picked files and lays the graph out off the main thread, with the
 * same functions `npm run graph:build` calls, so the page's graph is the one the build writes.
 */
import { importFiles } from '../graph/import-document';
import { keepLayout, layoutDocument } from '../cytoscape/layout';
import { createImportHandler, type ImportRequest, type ImportResponse } from './import-protocol';

const handle = createImportHandler(
	(response: ImportResponse) => self.postMessage(response),
	(files, options, keep) =>
		importFiles(files, {
			...options,
			layout: keep ? (graph) => keepLayout(graph, keep) : layoutDocument
		})
);
self.addEventListener('message', (event: MessageEvent<ImportRequest>) => handle(event.data));
