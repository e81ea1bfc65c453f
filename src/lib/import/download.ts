/**
 * Downloading an imported document as its folder (`<id>.zip` holding `<id>/transcript.txt` and
 * `<id>/annotations.yaml`): unzipped into `graph-data/`, `npm run graph:build` compiles it to the
 * graph the page showed.
 */
import type { ImportedDocument } from '$lib/graph/import-document';

export async function downloadFolder(document: ImportedDocument): Promise<void> {
	const [{ documentFolderZip }, { download }] = await Promise.all([
		import('$lib/graph/document-folder'),
		import('$lib/export/exporter')
	]);
	const zip = documentFolderZip(document);
	download({
		blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
		fileName: `${document.id}.zip`
	});
}
