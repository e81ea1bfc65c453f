import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentStore, StorageError } from '../../src/lib/import/storage';
import { compileHarbour, storedDocument } from './research-fixture';

const graph = compileHarbour();
const doc = (id: string, title?: string) => storedDocument(id, title, graph);

let store: DocumentStore;
let n = 0;
beforeEach(() => {
	// A database of its own per test.
	store = new DocumentStore(`test-${++n}`, 3);
});
afterEach(() => store.close());

describe('DocumentStore', () => {
	it('keeps a document whole and lists its summary', async () => {
		await store.save(doc('a'), new Date('2026-12-02T10:00:00Z'));
		expect(await store.get('a')).toEqual(doc('a'));
		expect(await store.list()).toEqual([
			{
				id: 'a',
				title: 'Title of a',
				origin: 'a.txt',
				importedAt: '2026-12-02T10:00:00.000Z',
				nodes: graph.nodes.length,
				edges: graph.edges.length
			}
		]);
	});

	it('lists the documents oldest first', async () => {
		// Saved in key order, but imported the other way round.
		await store.save(doc('a'), new Date('2026-12-02T10:00:02Z'));
		await store.save(doc('b'), new Date('2026-12-02T10:00:01Z'));
		expect((await store.list()).map((s) => s.id)).toEqual(['b', 'a']);
	});

	it('survives a new connection (a reload)', async () => {
		await store.save(doc('a'));
		await store.close();
		const again = new DocumentStore(store.name);
		expect((await again.get('a'))?.transcript).toBe('text of a');
		await again.close();
	});

	it('refuses an id that is kept already, and keeps the first', async () => {
		await store.save(doc('a', 'First'));
		await expect(store.save(doc('a', 'Second'))).rejects.toThrow(
			'a document with the id "a" is kept already; remove it first, or import this one under another id'
		);
		expect((await store.get('a'))?.title).toBe('First');
		expect(await store.list()).toHaveLength(1);
	});

	it('refuses a document past the limit and changes nothing', async () => {
		for (const id of ['a', 'b', 'c']) await store.save(doc(id));
		const refused = store.save(doc('d'));
		await expect(refused).rejects.toBeInstanceOf(StorageError);
		await expect(refused).rejects.toThrow(
			'the browser keeps at most 3 imported documents and holds 3; remove one to import another'
		);
		expect(await store.get('d')).toBeNull();
		expect((await store.list()).map((s) => s.id)).toEqual(['a', 'b', 'c']);
	});

	it('removes a document and its summary; removing it again does nothing', async () => {
		await store.save(doc('a'));
		await store.save(doc('b'));
		await store.remove('a');
		await store.remove('a');
		expect(await store.get('a')).toBeNull();
		expect((await store.list()).map((s) => s.id)).toEqual(['b']);
		// The room it left is free again.
		await store.save(doc('c'));
		await store.save(doc('d'));
		expect(await store.list()).toHaveLength(3);
	});
	it('replaces a kept document and its summary together, keeping when it was imported', async () => {
		await store.save(doc('a'), new Date('2026-12-02T10:00:00Z'));
		const changed = {
			...doc('a', 'Renamed'),
			annotations: 'changed annotations',
			graph: { ...graph, nodes: graph.nodes.slice(1) }
		};
		await store.replace(changed);
		expect(await store.get('a')).toEqual(changed);
		expect(await store.list()).toEqual([
			{
				id: 'a',
				title: 'Renamed',
				origin: 'a.txt',
				importedAt: '2026-12-02T10:00:00.000Z',
				nodes: graph.nodes.length - 1,
				edges: graph.edges.length
			}
		]);
	});

	it('refuses to replace a document that is not kept, and keeps nothing', async () => {
		await expect(store.replace(doc('a'))).rejects.toThrow(
			'no document "a" is kept in this browser any more (it was removed, perhaps in another tab)'
		);
		expect(await store.get('a')).toBeNull();
		expect(await store.list()).toEqual([]);
	});
});
