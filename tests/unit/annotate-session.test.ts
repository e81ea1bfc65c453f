import { describe, expect, it, vi } from 'vitest';
import { AnnotationSession, type Compile } from '../../src/lib/annotate/session.svelte';
import { importFiles, type ImportedDocument } from '../../src/lib/graph/import-document';
import { HARBOUR_ANNOTATIONS, HARBOUR_ID, HARBOUR_TRANSCRIPT } from './research-fixture';

const encode = (text: string) => new TextEncoder().encode(text);
/** The compiler the page uses, without the layout (the worker adds it). */
const compile: Compile = async (document, annotations) =>
	importFiles(
		[
			{ name: document.transcriptName, bytes: encode(document.transcript) },
			{ name: 'annotations.yaml', bytes: encode(annotations) }
		],
		{ id: document.id }
	);

async function start(keep = vi.fn(async (document: ImportedDocument) => void document)) {
	const outcome = await compile(
		{
			id: HARBOUR_ID,
			title: '',
			origin: 'harbour.txt',
			transcriptName: 'transcript.txt',
			transcript: HARBOUR_TRANSCRIPT,
			annotations: '',
			graph: null!,
			notes: []
		},
		HARBOUR_ANNOTATIONS
	);
	if (!outcome.ok) throw new Error(outcome.diagnostics[0]!.message);
	const initial = { ...outcome.document, origin: 'harbour.txt', notes: ['a note from the import'] };
	return { session: new AnnotationSession(initial, compile, keep), initial, keep };
}

const claimIds = (document: ImportedDocument) =>
	document.graph.nodes.filter((n) => n.type === 'claim').map((n) => n.id);

describe('AnnotationSession', () => {
	it('keeps a change the compiler accepts, with its graph, and can undo it', async () => {
		const { session, initial, keep } = await start();
		const outcome = await session.apply({
			op: 'add-claim',
			speaker: 'ines-alvarez',
			quote: 'Offshore wind can supply the harbour at night.',
			label: 'Offshore wind can power the harbour at night',
			id: 'alvarez-wind-at-night'
		});
		expect(outcome).toEqual({ ok: true, id: 'alvarez-wind-at-night' });
		expect(session.document.annotations).toContain('id: alvarez-wind-at-night');
		expect(claimIds(session.document)).toContain('alvarez-wind-at-night');
		// The import's own facts stay with the document.
		expect(session.document.origin).toBe('harbour.txt');
		expect(session.document.notes).toEqual(['a note from the import']);
		expect(keep).toHaveBeenCalledTimes(1);
		expect(keep).toHaveBeenLastCalledWith(session.document);
		expect(session.canUndo).toBe(true);
		expect(session.canRedo).toBe(false);
		const changed = session.document;

		expect(await session.undo()).toEqual({ ok: true, id: '' });
		expect(session.document).toBe(initial);
		expect(keep).toHaveBeenLastCalledWith(initial);
		expect(session.canUndo).toBe(false);
		expect(session.canRedo).toBe(true);

		expect(await session.redo()).toEqual({ ok: true, id: '' });
		expect(session.document).toBe(changed);
		expect(keep).toHaveBeenLastCalledWith(changed);
		expect(keep).toHaveBeenCalledTimes(3);
	});

	it('refuses a quote the transcript does not have with the compiler’s message, and changes nothing', async () => {
		const { session, initial, keep } = await start();
		const outcome = await session.apply({
			op: 'add-claim',
			speaker: 'ines-alvarez',
			quote: 'Offshore wind can supply the harbour at noon.',
			label: 'Wind at noon'
		});
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.diagnostics).toHaveLength(1);
		expect(outcome.diagnostics[0]!.file).toBe('annotations.yaml');
		expect(outcome.message).toBe(outcome.diagnostics[0]!.message);
		// Named by the file the person knows (not graph-data/…), nearest text and all.
		expect(outcome.message).toMatch(
			/^quote not found in transcript\.txt; nearest text \(line 17\): "[^"]*Offshore wind can supply the harbour at night/
		);
		expect(session.document).toBe(initial);
		expect(keep).not.toHaveBeenCalled();
		expect(session.canUndo).toBe(false);
	});

	it('refuses a claim quoted from another speaker’s turn, as the compiler does', async () => {
		const { session, initial } = await start();
		const outcome = await session.apply({
			op: 'add-claim',
			speaker: 'tom-becker',
			quote: 'Offshore wind can supply the harbour at night.',
			label: 'Offshore wind can power the harbour at night'
		});
		expect(outcome.ok).toBe(false);
		expect(session.document).toBe(initial);
	});

	it('refuses an edit that does not apply with its own message', async () => {
		const { session, initial, keep } = await start();
		const outcome = await session.apply({
			op: 'delete',
			collection: 'claims',
			id: 'no-such-claim'
		});
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.message).toContain('no-such-claim');
		expect(outcome.diagnostics).toEqual([]);
		expect(session.document).toBe(initial);
		expect(keep).not.toHaveBeenCalled();
	});

	it('changes nothing when the change cannot be kept', async () => {
		const keep = vi.fn(async () => {
			throw new Error('the storage is full');
		});
		const { session, initial } = await start(keep);
		const outcome = await session.apply({
			op: 'delete',
			collection: 'claims',
			id: 'becker-cargo-too-rare'
		});
		expect(outcome).toEqual({
			ok: false,
			message: 'the change was not kept: the storage is full',
			diagnostics: []
		});
		expect(session.document).toBe(initial);
		expect(session.canUndo).toBe(false);
	});

	it('forgets what was undone once another change is made', async () => {
		const { session } = await start();
		await session.apply({ op: 'delete', collection: 'claims', id: 'becker-cargo-too-rare' });
		await session.undo();
		expect(session.canRedo).toBe(true);
		await session.apply({ op: 'delete', collection: 'claims', id: 'becker-ferries-only' });
		expect(session.canRedo).toBe(false);
		expect(claimIds(session.document)).toContain('becker-cargo-too-rare');
		expect(claimIds(session.document)).not.toContain('becker-ferries-only');
		expect(await session.redo()).toBeNull();
	});
});
