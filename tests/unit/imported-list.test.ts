/**
 * The page's list of imported documents (src/lib/state/imported.svelte.ts) over the browser's
 * storage, here fake-indexeddb with an empty database for each test.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../src/lib/import/storage';
import { ImportedDocuments } from '../../src/lib/state/imported.svelte';
import { storedDocument } from './research-fixture';

const doc = storedDocument;

beforeEach(() => {
	// An empty browser for each test.
	vi.stubGlobal('indexedDB', new IDBFactory());
	return () => vi.unstubAllGlobals();
});

describe('the list of imported documents', () => {
	it('is read from storage once, however many parts of the page ask', async () => {
		const documents = new ImportedDocuments();
		expect([documents.loaded, documents.list]).toEqual([false, []]);
		const first = documents.load();
		expect(documents.load()).toBe(first);
		await first;
		expect([documents.loaded, documents.list, documents.error]).toEqual([true, [], null]);
	});

	it('follows what is kept, replaced and removed, by title', async () => {
		const documents = new ImportedDocuments();
		const summary = await documents.save(doc('talk'));
		expect(summary).toMatchObject({ id: 'talk', title: 'Title of talk', origin: 'talk.txt' });
		expect(documents.list.map((d) => [d.id, d.title])).toEqual([['talk', 'Title of talk']]);
		expect((await documents.get('talk'))?.transcript).toBe('text of talk');
		expect(await documents.get('other')).toBeNull();

		await documents.replace(doc('talk', 'A better title'));
		expect(documents.list.map((d) => [d.id, d.title])).toEqual([['talk', 'A better title']]);

		await documents.remove('talk');
		expect(documents.list).toEqual([]);
	});

	it('is read again after a refused save, and still holds what was kept', async () => {
		const documents = new ImportedDocuments();
		await documents.save(doc('talk'));
		const refresh = vi.spyOn(documents, 'refresh');
		await expect(documents.save(doc('talk', 'Again'))).rejects.toThrow(StorageError);
		expect(refresh).toHaveBeenCalledTimes(1);
		expect(documents.list.map((d) => [d.id, d.title])).toEqual([['talk', 'Title of talk']]);
		await expect(documents.replace(doc('gone'))).rejects.toThrow(StorageError);
		expect(refresh).toHaveBeenCalledTimes(2);
	});

	it('says why the storage cannot be read, and forgets it once it can', async () => {
		const documents = new ImportedDocuments();
		const store = vi
			.spyOn(documents, 'store')
			.mockRejectedValueOnce(new Error('storage is blocked in this browser'));
		await documents.refresh();
		expect([documents.loaded, documents.error]).toEqual([
			true,
			'storage is blocked in this browser'
		]);
		store.mockRestore();
		await documents.refresh();
		expect(documents.error).toBeNull();
	});

	it('opens the storage once', async () => {
		const documents = new ImportedDocuments();
		expect(documents.store()).toBe(documents.store());
		await documents.store();
	});
});
