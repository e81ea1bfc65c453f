/**
 * The documents a person imported, kept in the browser's IndexedDB (through `idb`) until they
 * remove them. Each is kept whole (its two source files and its compiled graph) with a short
 * summary beside it, so that listing them does not read every graph. Every change is one
 * transaction: a save that fails (the limit, an id taken, the storage full) changes nothing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedDocument } from '../graph/import-document';
import { MAX_STORED_DOCUMENTS } from '../graph/import-limits';

/** An imported document as the switcher and the import page list it. */
export interface StoredSummary {
	id: string;
	title: string;
	/** The file it was imported from. */
	origin: string;
	/** When it was imported (ISO 8601). */
	importedAt: string;
	nodes: number;
	edges: number;
}

interface CitegraphDb extends DBSchema {
	summaries: { key: string; value: StoredSummary };
	documents: { key: string; value: ImportedDocument };
}

/** A change to the stored documents that was refused, told as a sentence for the person. */
export class StorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StorageError';
	}
}

export const DATABASE_NAME = 'citegraph';

/**
 * Undoes a write that failed (aborting undoes whatever the transaction did; it may have ended
 * already) and says why, as a StorageError: the refusal itself, a full storage (`full`), or
 * `failed` with the browser's reason.
 */
async function undone(
	tx: { abort(): void; done: Promise<void> },
	error: unknown,
	full: string,
	failed: string
): Promise<StorageError> {
	try {
		tx.abort();
	} catch {
		/* the transaction is over */
	}
	await tx.done.catch(() => {});
	if (error instanceof StorageError) return error;
	return new StorageError(
		(error as Error)?.name === 'QuotaExceededError'
			? full
			: `${failed}: ${(error as Error)?.message ?? String(error)}`
	);
}

/** The stored documents of one database (the app's, or a test's own). */
export class DocumentStore {
	#db: Promise<IDBPDatabase<CitegraphDb>> | null = null;

	constructor(
		readonly name = DATABASE_NAME,
		readonly limit = MAX_STORED_DOCUMENTS
	) {}

	#open(): Promise<IDBPDatabase<CitegraphDb>> {
		this.#db ??= openDB<CitegraphDb>(this.name, 1, {
			upgrade(db) {
				db.createObjectStore('summaries', { keyPath: 'id' });
				db.createObjectStore('documents', { keyPath: 'id' });
			}
		}).catch((error: unknown) => {
			this.#db = null;
			throw new StorageError(
				`the browser's storage cannot be opened (${(error as Error)?.message ?? String(error)}); a private window or a site-data setting may block it`
			);
		});
		return this.#db;
	}

	/** The stored documents, oldest first. */
	async list(): Promise<StoredSummary[]> {
		const all = await (await this.#open()).getAll('summaries');
		return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
	}

	/** One stored document, or null if there is none with that id. */
	async get(id: string): Promise<ImportedDocument | null> {
		return (await (await this.#open()).get('documents', id)) ?? null;
	}

	/**
	 * Keeps a document. Refused, with nothing changed, when its id is taken or the store is full.
	 * @throws StorageError saying why and what to do
	 */
	async save(document: ImportedDocument, importedAt = new Date()): Promise<StoredSummary> {
		const db = await this.#open();
		const tx = db.transaction(['summaries', 'documents'], 'readwrite');
		const summaries = tx.objectStore('summaries');
		const summary: StoredSummary = {
			id: document.id,
			title: document.title,
			origin: document.origin,
			importedAt: importedAt.toISOString(),
			nodes: document.graph.nodes.length,
			edges: document.graph.edges.length
		};
		try {
			if (await summaries.get(document.id)) {
				throw new StorageError(
					`a document with the id "${document.id}" is kept already; remove it first, or import this one under another id`
				);
			}
			const count = await summaries.count();
			if (count >= this.limit) {
				throw new StorageError(
					`the browser keeps at most ${this.limit} imported documents and holds ${count}; remove one to import another`
				);
			}
			await Promise.all([
				summaries.add(summary),
				tx.objectStore('documents').add(document),
				tx.done
			]);
		} catch (error) {
			throw await undone(
				tx,
				error,
				"the browser's storage for this site is full; remove a document, or free space in the browser's site data",
				'the document could not be kept'
			);
		}
		return summary;
	}

	/**
	 * Keeps a new version of a stored document (an annotation changed it): its summary and the
	 * document together, or neither. Refused, with nothing changed, when it is not kept.
	 * @throws StorageError saying why
	 */
	async replace(document: ImportedDocument): Promise<StoredSummary> {
		const db = await this.#open();
		const tx = db.transaction(['summaries', 'documents'], 'readwrite');
		const summaries = tx.objectStore('summaries');
		try {
			const before = await summaries.get(document.id);
			if (!before) {
				throw new StorageError(
					`no document "${document.id}" is kept in this browser any more (it was removed, perhaps in another tab)`
				);
			}
			const summary: StoredSummary = {
				...before,
				title: document.title,
				nodes: document.graph.nodes.length,
				edges: document.graph.edges.length
			};
			await Promise.all([
				summaries.put(summary),
				tx.objectStore('documents').put(document),
				tx.done
			]);
			return summary;
		} catch (error) {
			throw await undone(
				tx,
				error,
				"the browser's storage for this site is full; the change was not kept",
				'the change could not be kept'
			);
		}
	}

	/** Removes a document; removing one that is not kept does nothing. */
	async remove(id: string): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction(['summaries', 'documents'], 'readwrite');
		await Promise.all([
			tx.objectStore('summaries').delete(id),
			tx.objectStore('documents').delete(id),
			tx.done
		]);
	}

	/** Closes the connection (tests; the page keeps it open). */
	async close(): Promise<void> {
		if (this.#db) (await this.#db).close();
		this.#db = null;
	}
}
