/**
 * The annotation panel's compiler: a document's transcript with its edited annotations, compiled
 * in the import worker exactly as an import (and `graph:build`) would; laid out keeping every
 * node that was there where it was (`keepLayout`), so that the graph grows where the person is
 * looking.
 */
import { ANNOTATIONS_NAME } from '../graph/document-folder';
import { importInWorker } from '../import/import-client';
import type { Compile } from './session.svelte';

const encoder = new TextEncoder();

export const compileInWorker: Compile = (document, annotations) =>
	importInWorker(
		[
			{ name: document.transcriptName, bytes: encoder.encode(document.transcript) },
			{ name: ANNOTATIONS_NAME, bytes: encoder.encode(annotations) }
		],
		document.id,
		document.graph.layout
	);
