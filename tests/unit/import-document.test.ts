import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	idFromFileName,
	importFiles,
	type ImportOutcome
} from '../../src/lib/graph/import-document';
import { MAX_BROWSER_TRANSCRIPT_BYTES, sizeProblem } from '../../src/lib/graph/import-limits';
import { documentFolderZip } from '../../src/lib/graph/document-folder';
import { toQdpx } from '../../src/lib/graph/qdpx';
import { createImportHandler, type ImportResponse } from '../../src/lib/import/import-protocol';
import { compileHarbour, HARBOUR_ANNOTATIONS, HARBOUR_TRANSCRIPT } from './research-fixture';

const file = (name: string, text: string) => ({ name, bytes: strToU8(text) });
const transcript = file('Harbour talk.txt', HARBOUR_TRANSCRIPT);
const annotations = file('annotations.yaml', HARBOUR_ANNOTATIONS);

function refused(outcome: ImportOutcome) {
	if (outcome.ok) throw new Error('expected the import to be refused');
	return outcome;
}
function imported(outcome: ImportOutcome) {
	if (!outcome.ok) throw new Error(outcome.diagnostics.map((d) => d.message).join('\n'));
	return outcome.document;
}

describe('importFiles', () => {
	it('compiles a transcript and its annotations under the paths graph:build gives them', () => {
		const doc = imported(importFiles([transcript, annotations], { id: 'harbour-talk' }));
		expect(doc.id).toBe('harbour-talk');
		expect(doc.title).toBe('Three Questions on Harbour Power: a test document for Citegraph');
		expect(doc.origin).toBe('Harbour talk.txt');
		expect(doc.transcript).toBe(HARBOUR_TRANSCRIPT);
		expect(doc.annotations).toBe(HARBOUR_ANNOTATIONS);
		expect(doc.graph.document.source).toBe('graph-data/harbour-talk/transcript.txt');
		const speakers = doc.graph.nodes.filter((n) => n.type === 'speaker').map((n) => n.label);
		expect(speakers.sort()).toEqual(['Ines Alvarez', 'Mara Quinn', 'Tom Becker']);
		expect(doc.graph.layout).toBeUndefined();
	});

	it('without annotations, builds the starter ones: speakers, questions, answers, every edge cited', () => {
		const out = importFiles([transcript], { id: 'harbour-talk' });
		const doc = imported(out);
		const ofType = (type: string) =>
			doc.graph.nodes
				.filter((n) => n.type === type)
				.map((n) => n.label)
				.sort();
		expect(ofType('speaker')).toEqual(['Ines Alvarez', 'Mara Quinn', 'Tom Becker']);
		// The host asks two questions (lines 11 and 23), each answered by both guests.
		expect(ofType('question')).toHaveLength(2);
		expect(ofType('answer')).toHaveLength(4);
		expect(ofType('claim')).toEqual([]);
		expect(doc.graph.edges.length).toBeGreaterThan(0);
		for (const edge of doc.graph.edges) expect(edge.citations.length, edge.id).toBeGreaterThan(0);
		expect(doc.annotations).toContain('Mara Quinn');
		expect(doc.notes[0]).toMatch(/^Form: published/);
		expect(out.notes).toEqual(doc.notes);
	});

	it('reads a WebVTT transcript without annotations in its own form', () => {
		const vtt = file('Rotterdam talk.vtt', readFileSync('tests/fixtures/forms/webvtt.vtt', 'utf8'));
		const doc = imported(importFiles([vtt]));
		expect(doc.id).toBe('rotterdam-talk');
		expect(doc.graph.document.form).toBe('webvtt');
		const speakers = doc.graph.nodes.filter((n) => n.type === 'speaker').map((n) => n.label);
		expect(speakers.sort()).toEqual(['Mara Holt', 'Ravi Sen']);
	});

	it('refuses a transcript in which no form finds speaker turns, naming the file', () => {
		const out = importFiles([file('notes.txt', 'Just a paragraph of notes.\n')]);
		expect(out).toEqual({
			ok: false,
			diagnostics: [
				{
					file: 'notes.txt',
					line: 1,
					column: 1,
					message:
						'no speaker turns found in notes.txt in any form Citegraph reads (published, one-line, webvtt, srt, service, markdown); see "Transcript forms" in README.md'
				}
			],
			// The text, so the page can show it beside the message.
			sources: [{ name: 'notes.txt', text: 'Just a paragraph of notes.\n' }],
			notes: []
		});
	});

	it('shows the starter annotations as the picked file’s own when they do not compile', () => {
		// The guest speaks first, so the guessed host (who asks more) has not asked yet.
		const text = 'Bo:\n\nWhy?\n\nAnn:\n\nWhy not?\n\nBo:\n\nBecause.\n\nAnn:\n\nAnd how?\n';
		const out = refused(importFiles([file('Talk.txt', text)]));
		expect(out.diagnostics).toEqual([
			{
				file: 'Talk.txt',
				line: 1,
				column: 1,
				message: 'Bo answers before any question has been asked',
				hint: 'Mark the speaker who asks the questions with role: host.'
			},
			// Bo's first words, which the starter quotes, are in that turn.
			{
				file: 'annotations.yaml (starter)',
				line: 12,
				column: 17,
				message:
					'quote at line 3 of transcript.txt does not begin and end inside sentences (it takes in a speaker label, the quotation marks around a turn, or the space between sentences)',
				hint: 'Quote only words that were said or narrated, starting and ending on them.'
			}
		]);
		expect(out.sources.map((s) => s.name)).toEqual(['Talk.txt', 'annotations.yaml (starter)']);
		expect(out.sources[0]!.text).toBe(text);
		expect(out.sources[1]!.text).toContain("  - id: ann\n    name: 'Ann'");
		expect(out.notes[1]).toBe(
			'Host: Ann, guessed because 2 of 2 turns end in a question mark, more than anyone else (Bo: 1 of 2 turns). Check role: host.'
		);
	});

	it('takes the id from the file name unless one is given', () => {
		expect(idFromFileName('Harbour talk.txt')).toBe('harbour-talk');
		expect(idFromFileName('Panel on Ports (2024).v2.txt')).toBe('panel-on-ports-2024-v2');
		expect(imported(importFiles([transcript, annotations])).id).toBe('harbour-talk');
		expect(imported(importFiles([transcript, annotations], { id: '  harbour-x ' })).id).toBe(
			'harbour-x'
		);
		expect(imported(importFiles([transcript, annotations], { id: ' ' })).id).toBe('harbour-talk');
	});

	it('adds the layout it is given, as the build does', () => {
		const layout = {
			algorithm: 'fcose' as const,
			seed: 7,
			positions: { x: { x: 1, y: 2 } },
			arrangement: 'overview' as const,
			arrangements: {}
		};
		const doc = imported(importFiles([transcript, annotations], { layout: () => layout }));
		expect(doc.graph.layout).toEqual(layout);
	});

	it('keeps a byte order mark, as graph:build reads the file', () => {
		const doc = imported(importFiles([file('t.txt', `\uFEFF${HARBOUR_TRANSCRIPT}`), annotations]));
		expect(doc.transcript.charCodeAt(0)).toBe(0xfeff);
	});

	it('names the picked file and the line of a bad annotation, and returns the texts', () => {
		const bad = HARBOUR_ANNOTATIONS.replace(
			"quotes: ['Offshore wind can supply the harbour at night.']",
			"quotes: ['Offshore wind can supply the harbour at noon.']"
		);
		expect(bad).not.toBe(HARBOUR_ANNOTATIONS);
		const line = bad.split('\n').findIndex((l) => l.includes('at noon')) + 1;
		const out = refused(importFiles([transcript, file('my-notes.yaml', bad)]));
		expect(out.diagnostics).toHaveLength(1);
		expect(out.diagnostics[0]).toMatchObject({ file: 'my-notes.yaml', line });
		expect(out.diagnostics[0]!.message).toContain('quote not found');
		expect(out.sources.map((s) => s.name)).toEqual(['Harbour talk.txt', 'my-notes.yaml']);
	});

	it('names the picked files in a diagnostic’s message and hint, not the paths it is compiled under', () => {
		const stranger = HARBOUR_TRANSCRIPT.replace(
			'Mara Quinn:\n',
			'Mara Quinn:\n\nStranger:\n\nA word.\n\nMara Quinn:\n'
		);
		expect(stranger).not.toBe(HARBOUR_TRANSCRIPT);
		const out = refused(
			importFiles([file('Harbour talk.txt', stranger), file('my-notes.yaml', HARBOUR_ANNOTATIONS)])
		);
		const diagnostic = out.diagnostics.find((d) => d.message.includes('"Stranger:"'));
		expect(diagnostic).toMatchObject({
			file: 'Harbour talk.txt',
			hint: 'Add "Stranger" to the aliases of a speaker in my-notes.yaml.'
		});
		for (const d of out.diagnostics)
			expect(`${d.message} ${d.hint ?? ''}`).not.toContain('graph-data/');
	});

	it('refuses a transcript over the browser limit, naming both sizes', () => {
		const big = { name: 'big.txt', bytes: new Uint8Array(MAX_BROWSER_TRANSCRIPT_BYTES + 1) };
		const out = refused(importFiles([big, annotations]));
		expect(out.diagnostics[0]!.message).toBe(
			'big.txt is 5,000,001 bytes; the largest transcript the browser imports is 5,000,000 bytes (5 MB)'
		);
	});

	it('refuses a file that is not UTF-8 with its line and byte', () => {
		const latin1 = { name: 'latin.txt', bytes: new Uint8Array([0x41, 0x0a, 0x42, 0xe9, 0x0a]) };
		expect(importFiles([latin1, annotations])).toEqual({
			ok: false,
			diagnostics: [
				{
					file: 'latin.txt',
					line: 2,
					column: 2,
					message:
						'this file is not UTF-8: byte 0xE9 at line 2, byte 2 does not begin a valid UTF-8 sequence',
					hint: 'Save it as UTF-8 and import it again.'
				}
			],
			sources: [],
			notes: []
		});
	});

	it.each([
		[[] as string[], 'import', 'no file'],
		[['a.txt', 'b.txt'], 'a.txt', 'a.txt, b.txt'],
		[['a.txt', 'a.yaml', 'b.yaml'], 'a.txt', 'a.txt, a.yaml, b.yaml'],
		[['p.qdpx', 'a.yaml'], 'p.qdpx', 'p.qdpx, a.yaml'],
		[['p.qdpx', 'q.qdpx'], 'p.qdpx', 'p.qdpx, q.qdpx']
	])('refuses the set of files %j', (names, named, listed) => {
		expect(importFiles(names.map((n) => file(n, 'x')))).toEqual({
			ok: false,
			diagnostics: [
				{
					file: named,
					line: 1,
					column: 1,
					message: `cannot import ${listed}: choose one transcript (with or without its annotations.yaml), or one .qdpx project`
				}
			],
			sources: [],
			notes: []
		});
	});

	it('refuses an id that is not lower-case words joined by hyphens', () => {
		const out = refused(importFiles([transcript, annotations], { id: 'Not An Id' }));
		expect(out.diagnostics).toEqual([
			{
				file: 'Harbour talk.txt',
				line: 1,
				column: 1,
				message: '"Not An Id" is not a valid document id',
				hint: 'Use lower-case letters and digits, words joined by hyphens (e.g. my-interview).'
			}
		]);
	});

	it('reads a .qdpx project into a document that compiles', () => {
		const project = {
			name: 'harbour.qdpx',
			bytes: toQdpx(compileHarbour(), { transcript: HARBOUR_TRANSCRIPT })
		};
		const doc = imported(importFiles([project], { id: 'harbour-coded' }));
		expect(doc.origin).toBe('harbour.qdpx');
		expect(doc.transcriptName).toBe('transcript.txt');
		expect(doc.transcript).toBe(HARBOUR_TRANSCRIPT);
		const claims = (g: typeof doc.graph) =>
			g.nodes
				.filter((n) => n.type === 'claim')
				.map((n) => n.label)
				.sort();
		expect(claims(doc.graph)).toEqual(claims(compileHarbour()));
	});

	it('refuses a .qdpx that is not a project, with the reason', () => {
		const zip = { name: 'x.qdpx', bytes: zipSync({ 'a.txt': strToU8('x') }) };
		const out = importFiles([zip]);
		expect(out).toMatchObject({ ok: false, sources: [], notes: [] });
		expect(refused(out).diagnostics).toEqual([
			{ file: 'x.qdpx', line: 1, column: 1, message: expect.stringContaining('no project.qde') }
		]);
	});
});

describe('documentFolderZip', () => {
	it('holds <id>/transcript.txt and <id>/annotations.yaml byte for byte', () => {
		const zip = documentFolderZip({
			id: 'harbour-talk',
			transcriptName: 'transcript.txt',
			transcript: '\uFEFFTitle\n',
			annotations: 'speakers: []\n'
		});
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual([
			'harbour-talk/annotations.yaml',
			'harbour-talk/transcript.txt'
		]);
		expect([...files['harbour-talk/transcript.txt']!]).toEqual([
			0xef, 0xbb, 0xbf, 0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a
		]);
		expect(new TextDecoder().decode(files['harbour-talk/annotations.yaml'])).toBe('speakers: []\n');
	});
});

describe('the import worker protocol', () => {
	it('answers each request once, with the outcome or the fault', () => {
		const posted: ImportResponse[] = [];
		const handle = createImportHandler(
			(r) => posted.push(r),
			(files, options) => {
				if (files.length === 0) throw new Error('boom');
				return { ok: false, diagnostics: [], sources: [], notes: [options.id ?? ''] };
			}
		);
		handle({ type: 'import', job: 1, files: [transcript], id: 'x' });
		handle({ type: 'import', job: 2, files: [] });
		expect(posted).toEqual([
			{
				type: 'result',
				job: 1,
				outcome: { ok: false, diagnostics: [], sources: [], notes: ['x'] }
			},
			{ type: 'error', job: 2, message: 'boom' }
		]);
	});
});

describe('sizeProblem', () => {
	it.each([
		['talk.txt', 5_000_000, null],
		[
			'talk.vtt',
			5_000_001,
			'talk.vtt is 5,000,001 bytes; the largest transcript the browser imports is 5,000,000 bytes (5 MB)'
		],
		[
			'annotations.yml',
			5_000_001,
			'annotations.yml is 5,000,001 bytes; the largest annotations file Citegraph compiles is 5,000,000 bytes (5 MB)'
		],
		['p.QDPX', 20_000_000, null],
		[
			'p.qdpx',
			20_000_001,
			'p.qdpx is 20,000,001 bytes; the largest project the browser imports is 20,000,000 bytes (20 MB)'
		]
	])('%s of %d bytes: %s', (name, size, message) => {
		expect(sizeProblem({ name, size })?.message ?? null).toBe(message);
	});
});
