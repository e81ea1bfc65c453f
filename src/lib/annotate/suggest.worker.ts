/// <reference lib="webworker" />
/**
 * The suggestion worker: reads the transcript with wink-nlp off the main thread (the model loads
 * once per worker) and answers with the annotation mode's suggestions.
 */
import { suggest } from './suggest';
import {
	createSuggestHandler,
	type SuggestRequest,
	type SuggestResponse
} from './suggest-protocol';

const handle = createSuggestHandler(
	(response: SuggestResponse) => self.postMessage(response),
	(graph, transcript) => suggest(graph, transcript)
);
self.addEventListener('message', (event: MessageEvent<SuggestRequest>) => handle(event.data));
