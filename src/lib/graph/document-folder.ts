/**
 * An imported document as a folder to put in `graph-data/`, zipped (fflate only: the page loads
 * this when the person downloads, without the compiler).
 */
import { strToU8, zipSync } from 'fflate';

export const ANNOTATIONS_NAME = 'annotations.yaml';

/**
 * A document as a folder to put in `graph-data/`, zipped: `<id>/transcript.txt` and
 * `<id>/annotations.yaml`, byte for byte what was compiled.
 *
 * @example
 * const zip = documentFolderZip(doc); // unzip into graph-data/, then npm run graph:build
 */
export function documentFolderZip(document: {
	id: string;
	transcriptName: string;
	transcript: string;
	annotations: string;
}): Uint8Array {
	return zipSync({
		[`${document.id}/${document.transcriptName}`]: strToU8(document.transcript),
		[`${document.id}/${ANNOTATIONS_NAME}`]: strToU8(document.annotations)
	});
}
