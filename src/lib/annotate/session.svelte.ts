/**
 * Annotating a document in the browser: each change is an edit of its `annotations.yaml`
 * (edits.ts), compiled by the compiler `graph:build` uses before it is kept. A change the
 * compiler refuses is refused here with the compiler's own diagnostics, and nothing changes;
 * a change it accepts is kept in the browser's storage at once. Every kept state is on a history,
 * so undo and redo restore exact states (the annotations and the graph compiled from them)
 * without compiling again.
 */
import type { Diagnostic } from '../graph/diagnostics';
import type { ImportedDocument, ImportOutcome } from '../graph/import-document';
import { applyEdit, EditError, type Edit } from './edits';
import type { Suggestion } from './suggest';

/** Compiles a document's annotations (with its transcript) as an import would. */
export type Compile = (document: ImportedDocument, annotations: string) => Promise<ImportOutcome>;
/** Keeps a new version of the document; throws (and keeps nothing) if it cannot. */
export type Keep = (document: ImportedDocument) => Promise<void>;

export type Outcome =
	{ ok: true; id: string } | { ok: false; message: string; diagnostics: Diagnostic[] };

/** The states of a document under annotation, with undo and redo. */
export class AnnotationSession {
	/** The document as it stands: its annotations and the graph compiled from them. */
	document = $state.raw<ImportedDocument>(null!);
	/** Whether a change is being compiled or kept (changes wait for it). */
	busy = $state(false);
	/** What the last change did, in a few words, for the page to say. */
	notice = $state('');
	/**
	 * The suggestions last found, and the document they were found for (null until asked for):
	 * kept here, so that they outlive the panel, which is drawn again with every change.
	 */
	suggestions = $state.raw<{ for: ImportedDocument; list: Suggestion[] } | null>(null);
	#past = $state.raw<ImportedDocument[]>([]);
	#future = $state.raw<ImportedDocument[]>([]);
	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);

	constructor(
		initial: ImportedDocument,
		private readonly compile: Compile,
		private readonly keep: Keep
	) {
		this.document = initial;
	}

	/**
	 * Makes a change: edits the annotations, compiles them and keeps the result. Refused (nothing
	 * changed) when the edit does not apply, the compiler refuses it, or it cannot be kept.
	 */
	async apply(edit: Edit): Promise<Outcome> {
		if (this.busy) return refused('another change is still being made; try again in a moment');
		this.busy = true;
		try {
			const before = this.document;
			let edited: { text: string; id: string };
			try {
				edited = applyEdit(before.annotations, edit);
			} catch (error) {
				if (error instanceof EditError) return refused(error.message);
				throw error;
			}
			const outcome = await this.compile(before, edited.text);
			if (!outcome.ok) {
				const first = outcome.diagnostics[0];
				return {
					ok: false,
					message: first ? first.message : 'the compiler refused the change',
					diagnostics: outcome.diagnostics
				};
			}
			const next: ImportedDocument = {
				...outcome.document,
				origin: before.origin,
				transcriptName: before.transcriptName,
				notes: before.notes
			};
			const kept = await this.#keep(next);
			if (kept) return kept;
			this.#past = [...this.#past, before];
			this.#future = [];
			this.document = next;
			return { ok: true, id: edited.id };
		} finally {
			this.busy = false;
		}
	}

	/** Goes back to the state before the last change (kept in storage too). */
	async undo(): Promise<Outcome | null> {
		const previous = this.#past.at(-1);
		if (!previous || this.busy) return null;
		return this.#move(previous, () => {
			this.#past = this.#past.slice(0, -1);
			this.#future = [this.document, ...this.#future];
		});
	}

	/** Makes again the change last undone. */
	async redo(): Promise<Outcome | null> {
		const next = this.#future[0];
		if (!next || this.busy) return null;
		return this.#move(next, () => {
			this.#future = this.#future.slice(1);
			this.#past = [...this.#past, this.document];
		});
	}

	async #move(to: ImportedDocument, step: () => void): Promise<Outcome> {
		this.busy = true;
		try {
			const kept = await this.#keep(to);
			if (kept) return kept;
			step();
			this.document = to;
			return { ok: true, id: '' };
		} finally {
			this.busy = false;
		}
	}

	async #keep(document: ImportedDocument): Promise<Outcome | null> {
		try {
			await this.keep(document);
			return null;
		} catch (error) {
			return refused(`the change was not kept: ${(error as Error).message}`);
		}
	}
}

const refused = (message: string): Outcome => ({ ok: false, message, diagnostics: [] });
