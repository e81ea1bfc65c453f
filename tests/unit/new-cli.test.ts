/**
 * `npm run graph:new`, the real command, on the example of each transcript form: the folder it
 * writes (the transcript byte for byte, starter annotations that compile), what it prints, and
 * its refusals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDocument, loadAnnotations } from '../../src/lib/graph';

const scratch = mkdtempSync(join(tmpdir(), 'citegraph-new-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const graphNew = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'src/cli/new.ts', ...args], { encoding: 'utf8' });

const FORMS = [
	{ file: 'published.txt', form: 'published', line: 'detected: 4 speaker lines of this form' },
	{ file: 'one-line.txt', form: 'one-line', line: 'detected: 5 speaker lines of this form' },
	{ file: 'webvtt.vtt', form: 'webvtt', line: 'detected: it starts with WEBVTT' },
	{ file: 'srt.srt', form: 'srt', line: 'detected: it is numbered cues with timings' },
	{ file: 'service.txt', form: 'service', line: 'detected: 4 speaker lines of this form' },
	{
		file: 'markdown.md',
		form: 'markdown',
		line: 'detected: 4 speaker lines of this form; next best published, with 1'
	}
];

describe.each(FORMS)('graph:new on $file', { timeout: 60_000 }, ({ file, form, line }) => {
	const id = `harbour-${form}`;
	const result = graphNew(`tests/fixtures/forms/${file}`, '--id', id, '--out', scratch);
	const folder = join(scratch, id);

	it('writes the transcript verbatim and says what it found', () => {
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readFileSync(join(folder, 'transcript.txt'))).toEqual(
			readFileSync(`tests/fixtures/forms/${file}`)
		);
		expect(result.stdout).toContain(`- Form: ${form} (${line}).`);
		expect(result.stdout).toContain(
			'- Host: Mara Holt, guessed because 2 of 2 turns end in a question mark, more than anyone else (Ravi Sen: 0 of 2 turns). Check role: host.'
		);
		expect(result.stdout).toContain('- Ravi Sen: introduced at line ');
		expect(result.stdout).toContain(' as chief engineer of Northern Grid Company.');
		expect(result.stdout).toContain('- Mara Holt: not introduced in the text;');
		expect(result.stdout).toContain(`graph:new: wrote `);
	});

	it('writes starter annotations with the form, speakers, host, title and organisation', () => {
		const text = readFileSync(join(folder, 'annotations.yaml'), 'utf8');
		const { annotations } = loadAnnotations(text, 'annotations.yaml');
		expect(annotations!.document.format).toBe(form);
		expect(
			annotations!.speakers.map((s) => [s.id, s.name, s.aliases, s.role, s.title, s.organization])
		).toEqual([
			['mara-holt', 'Mara Holt', ['Mara Holt'], 'host', undefined, undefined],
			['ravi-sen', 'Ravi Sen', ['Ravi Sen'], 'guest', 'chief engineer', 'northern-grid-company']
		]);
		expect(annotations!.speakers[1]!.introduced).toBe(
			'Today I am joined by Ravi Sen, the chief engineer of the Northern Grid Company.'
		);
		expect(annotations!.organizations).toEqual([
			{
				id: 'northern-grid-company',
				name: 'Northern Grid Company',
				quote: 'Northern Grid Company'
			}
		]);
	});

	it('writes a folder the compiler builds: two questions, two answers, every edge cited', () => {
		const compiled = compileDocument({
			id,
			transcriptFile: `graph-data/${id}/transcript.txt`,
			transcript: readFileSync(join(folder, 'transcript.txt'), 'utf8'),
			annotationsFile: `graph-data/${id}/annotations.yaml`,
			annotations: readFileSync(join(folder, 'annotations.yaml'), 'utf8')
		});
		expect(compiled.diagnostics).toEqual([]);
		const nodes = compiled.graph!.nodes;
		expect(nodes.filter((n) => n.type === 'question').map((n) => n.id)).toEqual(['q1', 'q2']);
		expect(nodes.filter((n) => n.type === 'answer').map((n) => n.id)).toEqual([
			'q1-ravi-sen',
			'q2-ravi-sen'
		]);
		for (const edge of compiled.graph!.edges) expect(edge.citations.length).toBeGreaterThan(0);
		expect(compiled.graph!.edges.find((e) => e.relation === 'affiliated-with')?.target).toBe(
			'northern-grid-company'
		);
	});
});

describe('graph:new refuses', { timeout: 60_000 }, () => {
	it('an unknown --format, naming the forms it knows', () => {
		const result = graphNew('tests/fixtures/forms/srt.srt', '--format', 'docx', '--out', scratch);
		expect(result.stderr).toBe(
			'graph:new: tests/fixtures/forms/srt.srt: "docx" is not a transcript form Citegraph knows; the forms are: published, one-line, webvtt, srt, service, markdown\n'
		);
		expect(result.status).toBe(1);
		expect(existsSync(join(scratch, 'srt'))).toBe(false);
	});

	it('a text in no form it knows', () => {
		const file = join(scratch, 'notes.txt');
		writeFileSync(file, 'Some notes about the harbour.\nNo one speaks here.\n');
		const result = graphNew(file, '--out', scratch);
		expect(result.stderr).toBe(
			`graph:new: ${file}: no speaker turns found in notes.txt in any form Citegraph reads (published, one-line, webvtt, srt, service, markdown); see "Transcript forms" in README.md, or give the form with --format\n`
		);
		expect(result.status).toBe(1);
		expect(existsSync(join(scratch, 'notes'))).toBe(false);
	});

	it('a folder that holds a document already, unless --force', () => {
		const args = ['tests/fixtures/forms/one-line.txt', '--id', 'twice', '--out', scratch];
		expect(graphNew(...args).status).toBe(0);
		const again = graphNew(...args);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(
			/twice holds a document already; choose --id or --out, or --force\n$/
		);
		expect(graphNew(...args, '--force').status).toBe(0);
	});

	it('a transcript whose starter does not compile, writing nothing', () => {
		// The guest speaks before any question: the compiler needs a question first.
		const file = join(scratch, 'guest-first.txt');
		writeFileSync(file, 'Ravi: Hello.\nMara: Why?\nRavi: Because.\nMara: Really?\n');
		const result = graphNew(file, '--out', scratch);
		expect(result.stdout).toContain(
			'Does not compile: graph-data/guest-first/transcript.txt:1:1: error: Ravi answers before any question has been asked'
		);
		expect(result.stderr).toContain(
			'the starter annotations do not compile (above); nothing written'
		);
		expect(result.status).toBe(1);
		expect(existsSync(join(scratch, 'guest-first'))).toBe(false);
	});
});
