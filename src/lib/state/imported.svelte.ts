/**
 * The imported documents as the page shows them (the switcher, the import page): a list kept in
 * step with the browser's storage. One instance per page, shared; it reads the storage only in
 * the browser, when first asked.
 */
import type { ImportedDocument } from '$lib/graph/import-document';
import type { DocumentStore, StoredSummary } from '$lib/import/storage';

export class ImportedDocuments {
	/** The stored documents, oldest first; empty until loaded. */
	list = $state.raw<StoredSummary[]>([]);
	/** Whether the list has been read from storage. */
	loaded = $state(false);
	/** Why the storage could not be read, if it could not. */
	error = $state<string | null>(null);

	#store: Promise<DocumentStore> | null = null;

	// The storage code loads with the first use, not with the page.
	store(): Promise<DocumentStore> {
		this.#store ??= import('$lib/import/storage').then(({ DocumentStore }) => new DocumentStore());
		return this.#store;
	}

	/** Reads the list from storage again. */
	async refresh(): Promise<void> {
		try {
			this.list = await (await this.store()).list();
			this.error = null;
		} catch (error) {
			this.error = (error as Error).message;
		}
		this.loaded = true;
	}

	#first: Promise<void> | null = null;

	/** Reads the list once, however many parts of the page ask for it (the header, the corpus). */
	load(): Promise<void> {
		this.#first ??= this.refresh();
		return this.#first;
	}

	async get(id: string): Promise<ImportedDocument | null> {
		return (await this.store()).get(id);
	}

	/** Keeps a document; throws StorageError (nothing changed) if it cannot. */
	async save(document: ImportedDocument): Promise<StoredSummary> {
		try {
			return await (await this.store()).save(document);
		} finally {
			await this.refresh();
		}
	}

	/** Keeps a new version of a stored document; throws StorageError (nothing changed) if it cannot. */
	async replace(document: ImportedDocument): Promise<StoredSummary> {
		try {
			return await (await this.store()).replace(document);
		} finally {
			await this.refresh();
		}
	}

	async remove(id: string): Promise<void> {
		try {
			await (await this.store()).remove(id);
		} finally {
			await this.refresh();
		}
	}
}

/** The page's one list of imported documents. */
export const importedDocuments = new ImportedDocuments();
