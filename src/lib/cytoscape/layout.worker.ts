/// <reference lib="webworker" />
/**
 * The layout worker: headless Cytoscape off the main thread, speaking the protocol of
 * `layout-protocol.ts`.
 */
import { computeLayout } from './layout';
import { createLayoutHandler, type LayoutRequest, type LayoutResponse } from './layout-protocol';

const handle = createLayoutHandler(
	(response: LayoutResponse) => self.postMessage(response),
	computeLayout
);
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => void handle(event.data));
