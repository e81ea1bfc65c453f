/**
 * REFI-QDA (.qdpx), read as its consumers read it: unzipped, project.qde validated by xmllint
 * against the published REFI-QDA Project schema (tests/fixtures/formats), the coded segments
 * checked against the transcript as a reader sees it; then imported back (export → import → the
 * same codes and segments), and a project made elsewhere imported with its faults reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { compileDocument, type Graph, type GraphNode } from '../../src/lib/graph';
import { mergeGraphs } from '../../src/lib/graph/corpus';
import { toQdpx } from '../../src/lib/graph/qdpx';
import { importQdpx, QdpxError } from '../../src/lib/graph/qdpx-import';
import { compileHarbour, HARBOUR_TRANSCRIPT } from './research-fixture';
import { compiledInterview, transcript } from './helpers';

const XSD = 'tests/fixtures/formats/refi-qda-project-1.0.xsd';
const dir = mkdtempSync(join(tmpdir(), 'citegraph-qdpx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on a project file; throws with a message when xmllint is missing. */
function validate(qde: string): { ok: boolean; output: string } {
	const file = join(dir, `p${Math.random().toString(36).slice(2)}.qde`);
	writeFileSync(file, qde);
	try {
		execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
	} catch {
		throw new Error(
			'xmllint is missing: apt-get install -y libxml2-utils (bash .ci/run installs it)'
		);
	}
	try {
		const output = execFileSync('xmllint', ['--noout', '--schema', XSD, file], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		return { ok: true, output };
	} catch (error) {
		return { ok: false, output: String((error as { stderr?: string }).stderr) };
	}
}

const graph = compileHarbour();
const date = new Date('2026-05-04T12:00:00Z');
const qdpx = toQdpx(graph, { transcript: HARBOUR_TRANSCRIPT, date });
const files = unzipSync(qdpx);
const qde = strFromU8(files['project.qde']!);

interface Project {
	codes: { name: string; path: string[]; guid: string }[];
	segments: { text: string; name: string; codes: string[]; start: number; end: number }[];
	links: { name: string; from: string; to: string }[];
}

/**
 * The codes (by path) and coded segments (text and code paths) of a .qdpx, read independently:
 * those of its first text source, or of the one named `sourceName`.
 */
function readBack(bytes: Uint8Array, sourceName?: string): Project {
	const zip = unzipSync(bytes);
	const doc = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (name) =>
			['Code', 'PlainTextSelection', 'Coding', 'Link', 'Case', 'TextSource'].includes(name)
	}).parse(strFromU8(zip['project.qde']!));
	const codes: Project['codes'] = [];
	const walk = (list: Record<string, unknown>[] = [], path: string[]) => {
		for (const c of list) {
			codes.push({ name: String(c.name), path, guid: String(c.guid) });
			walk(c.Code as Record<string, unknown>[], [...path, String(c.name)]);
		}
	};
	walk(doc.Project.CodeBook?.Codes?.Code, []);
	const sources = doc.Project.Sources.TextSource as Record<string, unknown>[];
	const source = (
		sourceName === undefined ? sources[0] : sources.find((s) => s.name === sourceName)
	) as Record<string, unknown> & { PlainTextSelection?: Record<string, unknown>[] };
	const text = strFromU8(
		zip[`sources/${String(source.plainTextPath).replace('internal://', '')}`]!
	);
	const points = [...text];
	const byGuid = new Map(codes.map((c) => [c.guid, [...c.path, c.name].join(' > ')]));
	const segments = (source.PlainTextSelection ?? []).map((s: Record<string, unknown>) => ({
		text: points.slice(Number(s.startPosition), Number(s.endPosition)).join(''),
		name: String(s.name),
		start: Number(s.startPosition),
		end: Number(s.endPosition),
		codes: ((s.Coding as { CodeRef: { targetGUID: string } }[]) ?? [])
			.map((c) => byGuid.get(c.CodeRef.targetGUID)!)
			.sort()
	}));
	const segmentText = new Map<string, string>(
		(source.PlainTextSelection ?? []).map((s: Record<string, unknown>, i: number) => [
			String(s.guid),
			segments[i]!.text
		])
	);
	const links = (doc.Project.Links?.Link ?? [])
		// Links from this source's segments (a corpus has links in each of its sources).
		.filter((l: Record<string, string>) => segmentText.has(l.originGUID!))
		.map((l: Record<string, string>) => ({
			name: l.name,
			from: segmentText.get(l.originGUID!)!,
			to: segmentText.get(l.targetGUID!)!
		}));
	return { codes, segments, links };
}

const project = readBack(qdpx);

describe('REFI-QDA export', { timeout: 60_000 }, () => {
	it('is valid against the published REFI-QDA Project schema', () => {
		const verdict = validate(qde);
		expect(verdict.output).toBe('');
		expect(verdict.ok).toBe(true);
	});

	it('the schema check can fail: a selection without positions is refused', () => {
		const broken = qde.replace(/ startPosition="\d+"/, '');
		expect(validate(broken).ok).toBe(false);
	});

	it('carries the transcript verbatim as its one text source', () => {
		const sources = Object.keys(files).filter((f) => f.startsWith('sources/'));
		expect(sources).toHaveLength(1);
		expect(strFromU8(files[sources[0]!]!)).toBe(HARBOUR_TRANSCRIPT);
	});

	it('has the sectors, scenarios and concepts as codes, and the kinds of claim', () => {
		expect(project.codes.map((c) => [...c.path, c.name].join(' > ')).sort()).toEqual(
			[
				'Sectors',
				'Sectors > Offshore wind',
				'Scenarios',
				'Scenarios > Shore power for docked ships',
				'Concepts',
				'Concepts > Storage on the grid',
				'Claims',
				'Claims > recommendation',
				'Claims > assertion',
				'Claims > judgement',
				'Claims > explanation'
			].sort()
		);
	});

	it('codes each claim’s quote with its kind and topics, named by the claim', () => {
		const quote = project.segments.find((s) => s.text === 'Yes, shore power should come first.')!;
		expect(quote.name).toBe('Shore power should come first');
		expect(quote.codes).toEqual([
			'Claims > recommendation',
			'Scenarios > Shore power for docked ships'
		]);
		const claimSegments = project.segments.filter((s) =>
			s.codes.some((c) => c.startsWith('Claims'))
		);
		expect(claimSegments).toHaveLength(9);
	});

	it('makes each speaker a case of their introduction and their quotes', () => {
		const doc = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			isArray: (n) => n === 'Case' || n === 'SelectionRef'
		}).parse(qde);
		const cases = doc.Project.Cases.Case as {
			name: string;
			Description: string;
			SelectionRef: unknown[];
		}[];
		expect(cases.map((c) => [c.name, c.Description, c.SelectionRef.length])).toEqual([
			['Mara Quinn', 'Speaker (host), editor, Tidewater Review', 1],
			['Ines Alvarez', 'Speaker (guest), director, North Sea Grid Institute', 6],
			['Tom Becker', 'Speaker (guest), manager, Portside Cooperative', 5]
		]);
	});

	it('links claims by their relations', () => {
		expect(project.links).toContainEqual({
			name: 'disagrees-with',
			from: 'Shore power should come first for ferries only.',
			to: 'Yes, shore power should come first.'
		});
		expect(project.links.map((l) => l.name).sort()).toEqual([
			'agrees-with',
			'disagrees-with',
			'disagrees-with',
			'supports',
			'supports'
		]);
	});

	it('escapes hostile text and stays valid', () => {
		const hostile = 'A <b>&amp; "x" ]]> end';
		const bad: Graph = {
			...graph,
			document: { ...graph.document, title: hostile },
			nodes: graph.nodes.map((n) =>
				n.id === 'offshore-wind' ? ({ ...n, label: hostile } as GraphNode) : n
			)
		};
		const bytes = toQdpx(bad, { transcript: HARBOUR_TRANSCRIPT, date });
		expect(validate(strFromU8(unzipSync(bytes)['project.qde']!)).ok).toBe(true);
		expect(readBack(bytes).codes.map((c) => c.name)).toContain(hostile);
	});
});

describe('REFI-QDA import', { timeout: 60_000 }, () => {
	// Made before each test, not while the file loads: the mutation run pins a mutant only on the
	// tests that run its code, and code run at load counts for none of them.
	let imported: ReturnType<typeof importQdpx>;
	beforeEach(() => {
		imported = importQdpx(qdpx, { id: 'harbour-again' });
	});

	it('compiles the starter annotations with nothing left unanchored', () => {
		expect(imported.problems).toEqual([]);
		expect(imported.compiled.diagnostics).toEqual([]);
		expect(imported.compiled.ok).toBe(true);
		expect(imported.transcript).toBe(HARBOUR_TRANSCRIPT);
	});

	it('round-trips: export → import → export gives the same codes, segments and links', () => {
		const again = toQdpx(imported.compiled.graph!, { transcript: imported.transcript, date });
		const back = readBack(again);
		const paths = (p: Project) => p.codes.map((c) => [...c.path, c.name].join(' > ')).sort();
		expect(paths(back)).toEqual(paths(project));
		const segs = (p: Project) =>
			p.segments.map((s) => `${s.start}-${s.end} ${s.name} [${s.codes.join('; ')}]`).sort();
		expect(segs(back)).toEqual(segs(project));
		expect(back.links.sort((a, b) => a.from.localeCompare(b.from))).toEqual(
			project.links.sort((a, b) => a.from.localeCompare(b.from))
		);
	});
});

describe('REFI-QDA import of a project made elsewhere', { timeout: 60_000 }, () => {
	const transcript = `Coding test\n\nAnn:\n\nWhat do you grow? Thank you.\n\nBo:\n\nWe grow rice 🌾 on terraces. Water is scarce in May. Thank you.\n`;
	const points = [...transcript];
	const at = (words: string) => {
		const unit = transcript.indexOf(words);
		const start = [...transcript.slice(0, unit)].length;
		return { start, end: start + [...words].length };
	};
	const selection = (guid: string, words: string, code: string) => {
		const { start, end } = at(words);
		return `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="9${guid.slice(1)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
	};
	const CROPS = 'c0000000-0000-4000-8000-000000000001';
	const WATER = 'c0000000-0000-4000-8000-000000000002';
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Farm interview">
<CodeBook><Codes><Code guid="${CROPS}" name="Crops" isCodable="true"/><Code guid="${WATER}" name="Water" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="50000000-0000-4000-8000-000000000000" name="farm.txt" plainTextPath="internal://farm.txt">
${selection('a0000000-0000-4000-8000-000000000001', 'We grow rice 🌾 on terraces.', CROPS)}
${selection('a0000000-0000-4000-8000-000000000002', 'Water is scarce in May.', WATER)}
${selection('a0000000-0000-4000-8000-000000000003', 'Thank you.', WATER)}
${selection('a0000000-0000-4000-8000-000000000004', 'you grow? Thank you.\n\nBo:\n\nWe grow', CROPS)}
</TextSource></Sources></Project>`;
	const bytes = zipSync({ 'project.qde': strToU8(xml), 'sources/farm.txt': strToU8(transcript) });
	// Made before each test, not while the file loads: the mutation run pins a mutant only on the
	// tests that run its code, and code run at load counts for none of them.
	let result: ReturnType<typeof importQdpx>;
	beforeEach(() => {
		result = importQdpx(bytes);
	});

	it('is valid REFI-QDA to begin with (the test’s own project)', () => {
		expect(validate(xml).ok).toBe(true);
		expect(points.length).toBeLessThan(transcript.length);
	});

	it('anchors what it can: codes become concepts, coded segments the speaker’s claims', () => {
		expect(result.compiled.ok).toBe(true);
		const g = result.compiled.graph!;
		expect(g.document.id).toBe('farm-interview');
		const claims = g.nodes.filter((n) => n.type === 'claim');
		expect(claims.map((c) => c.type === 'claim' && [c.speaker, c.quotes[0]!.text])).toEqual([
			['bo', 'We grow rice 🌾 on terraces.'],
			['bo', 'Water is scarce in May.']
		]);
		expect(g.nodes.filter((n) => n.type === 'concept').map((n) => n.label)).toEqual([
			'Crops',
			'Water'
		]);
	});

	it('reports every segment it could not anchor, with its line and why', () => {
		const farm = 'graph-data/farm-interview/transcript.txt';
		expect(result.problems).toEqual([
			{
				segment: 'a0000000-0000-4000-8000-000000000003',
				...at('Thank you.'),
				line: 5,
				text: 'Thank you.',
				problem: `quote occurs 2 times in ${farm} (lines 5, 9)`
			},
			{
				segment: 'a0000000-0000-4000-8000-000000000004',
				...at('you grow? Thank you.\n\nBo:\n\nWe grow'),
				line: 5,
				text: 'you grow? Thank you.\n\nBo:\n\nWe grow',
				problem: `quote crosses a turn boundary in ${farm}: it runs across Ann's turn at line 3 into Bo's turn at line 7`
			}
		]);
		expect(result.notes).toEqual([]);
		expect(result.otherSources).toEqual([]);
		expect(result.codes).toEqual([
			{ guid: CROPS, name: 'Crops', description: null, path: [] },
			{ guid: WATER, name: 'Water', description: null, path: [] }
		]);
		expect(result.segments.map((g) => [g.start, g.end, g.codes])).toEqual([
			[...Object.values(at('We grow rice 🌾 on terraces.')), [CROPS]],
			[...Object.values(at('Water is scarce in May.')), [WATER]],
			[...Object.values(at('Thank you.')), [WATER]],
			[...Object.values(at('you grow? Thank you.\n\nBo:\n\nWe grow')), [CROPS]]
		]);
	});

	it('writes starter annotations that say what to review and what was not anchored', () => {
		const farm = 'graph-data/farm-interview/transcript.txt';
		expect(result.annotations)
			.toBe(`# Starter annotations imported from a REFI-QDA project (Farm interview).
# Check every label and statement against its quotes, then run npm run graph:report.
# Speakers are the transcript labels; the first to speak is taken as the host.
# Review crops: its quote is a coded segment; quote where the text names it.
# Review water: its quote is a coded segment; quote where the text names it.
# Not anchored: segment at line 5 (characters 37–47): quote occurs 2 times in ${farm} (lines 5, 9)
# Not anchored: segment at line 5 (characters 27–61): quote crosses a turn boundary in ${farm}: it runs across Ann's turn at line 3 into Bo's turn at line 7
document:
  language: en
speakers:
  - id: ann
    name: Ann
    aliases:
      - Ann
    role: host
    introduced: What do you grow?
  - id: bo
    name: Bo
    aliases:
      - Bo
    role: guest
    introduced: We grow rice 🌾 on terraces.
entities:
  - id: crops
    type: concept
    label: Crops
    quotes:
      - We grow rice 🌾 on terraces.
  - id: water
    type: concept
    label: Water
    quotes:
      - Water is scarce in May.
claims:
  - id: bo-we-grow-rice-on-terraces
    speaker: bo
    label: We grow rice 🌾 on terraces.
    statement: We grow rice 🌾 on terraces.
    quotes:
      - We grow rice 🌾 on terraces.
    about:
      - crops
  - id: bo-water-is-scarce-in-may
    speaker: bo
    label: Water is scarce in May.
    statement: Water is scarce in May.
    quotes:
      - Water is scarce in May.
    about:
      - water
relations: []
`);
	});

	it('refuses a file that is not a REFI-QDA project, saying why', () => {
		expect(() => importQdpx(strToU8('not a zip'))).toThrow(QdpxError);
		expect(() => importQdpx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no project\.qde/);
	});
});

describe('REFI-QDA export of a corpus', { timeout: 60_000 }, () => {
	// The two harbour documents merged: one text source each, each with its own segments.
	const FOLLOW_UP = 'harbour-wind-follow-up';
	const folder = `tests/fixtures/documents/${FOLLOW_UP}`;
	const followUpText = readFileSync(`${folder}/transcript.txt`, 'utf8');
	const followUp = compileDocument({
		id: FOLLOW_UP,
		transcriptFile: `${folder}/transcript.txt`,
		transcript: followUpText,
		annotationsFile: `${folder}/annotations.yaml`,
		annotations: readFileSync(`${folder}/annotations.yaml`, 'utf8')
	}).graph!;
	const corpus = mergeGraphs([graph, followUp]).graph;
	const transcripts = { [graph.document.id]: HARBOUR_TRANSCRIPT, [FOLLOW_UP]: followUpText };
	const bytes = toQdpx(corpus, { transcripts, date });
	const zip = unzipSync(bytes);
	const corpusQde = strFromU8(zip['project.qde']!);
	const parsed = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (n) => ['TextSource', 'Case', 'SourceRef'].includes(n)
	}).parse(corpusQde);
	const sources = parsed.Project.Sources.TextSource as {
		guid: string;
		name: string;
		plainTextPath: string;
	}[];

	it('is valid against the published REFI-QDA Project schema', () => {
		const verdict = validate(corpusQde);
		expect(verdict.output).toBe('');
		expect(verdict.ok).toBe(true);
	});

	it('carries each document’s transcript verbatim as a text source named by its title', () => {
		expect(sources.map((s) => s.name)).toEqual([graph.document.title, followUp.document.title]);
		const texts = sources.map((s) =>
			strFromU8(zip[`sources/${s.plainTextPath.replace('internal://', '')}`]!)
		);
		expect(texts).toEqual([HARBOUR_TRANSCRIPT, followUpText]);
		expect(Object.keys(zip).filter((f) => f.startsWith('sources/'))).toHaveLength(2);
	});

	it('codes each document’s quotes in its own source', () => {
		const roundtable = readBack(bytes, graph.document.title);
		const later = readBack(bytes, followUp.document.title);
		const claimsOf = (p: Project) =>
			p.segments.filter((s) => s.codes.some((c) => c.startsWith('Claims'))).map((s) => s.text);
		expect(claimsOf(roundtable)).toHaveLength(9);
		expect(claimsOf(roundtable)).toContain('Yes, shore power should come first.');
		expect(claimsOf(later).sort()).toEqual(
			[
				'Offshore wind supplied the harbour on most nights.',
				'On calm nights the quay batteries carried the load.',
				'The cables held up, but offshore wind alone was not enough in winter.'
			].sort()
		);
		expect(later.links).toContainEqual({
			name: 'disagrees-with',
			from: 'The cables held up, but offshore wind alone was not enough in winter.',
			to: 'Offshore wind supplied the harbour on most nights.'
		});
	});

	it('makes a speaker of both documents one case in both sources', () => {
		const cases = parsed.Project.Cases.Case as {
			name: string;
			SourceRef: { targetGUID: string }[];
		}[];
		const guids = (name: string) =>
			cases.find((c) => c.name === name)!.SourceRef.map((r) => r.targetGUID);
		expect(guids('Ines Alvarez')).toEqual(sources.map((s) => s.guid));
		expect(guids('Ravi Shah')).toEqual([sources[1]!.guid]);
		expect(guids('Tom Becker')).toEqual([sources[0]!.guid]);
	});

	it('imports one document back from it, with the same segments', () => {
		const imported = importQdpx(bytes, { id: FOLLOW_UP, source: followUp.document.title });
		expect(imported.problems).toEqual([]);
		expect(imported.compiled.ok).toBe(true);
		expect(imported.transcript).toBe(followUpText);
		const again = readBack(
			toQdpx(imported.compiled.graph!, { transcript: imported.transcript, date })
		);
		const segs = (p: Project) =>
			p.segments.map((s) => `${s.start}-${s.end} ${s.name} [${s.codes.join('; ')}]`).sort();
		expect(segs(again)).toEqual(segs(readBack(bytes, followUp.document.title)));
	});

	it('imports one document without a word about the others’ links or codes but one line each', () => {
		const imported = importQdpx(bytes, { id: FOLLOW_UP, source: followUp.document.title });
		expect(imported.notes.filter((n) => n.includes('does not join two claims'))).toEqual([]);
		expect(imported.otherSources).toEqual([graph.document.title]);
		// The roundtable's own codes (its scenario and concept) are left out, said once.
		expect(imported.notes).toContain(
			"2 code(s) code only the other text sources' segments; left out with them"
		);
		expect(
			imported.compiled.graph!.edges.filter((e) => e.relation === 'disagrees-with')
		).toHaveLength(1);
	});

	it('refuses to export without every document’s transcript', () => {
		expect(() => toQdpx(corpus, { transcripts: { [FOLLOW_UP]: followUpText } })).toThrow(
			`needs the transcript of "${graph.document.title}"`
		);
	});
});

describe('REFI-QDA round trip of a captions transcript (WebVTT)', { timeout: 60_000 }, () => {
	// The transcript is read in its own form: voice tags name the speakers, not "Name:" lines.
	const id = 'harbour-talk-captions';
	const folder = `tests/fixtures/documents/${id}`;
	const captions = readFileSync(`${folder}/transcript.txt`, 'utf8');
	const talk = compileDocument({
		id,
		transcriptFile: `${folder}/transcript.txt`,
		transcript: captions,
		annotationsFile: `${folder}/annotations.yaml`,
		annotations: readFileSync(`${folder}/annotations.yaml`, 'utf8')
	}).graph!;
	const bytes = toQdpx(talk, { transcript: captions, date });
	const imported = importQdpx(bytes, { id: 'captions-again' });

	it('anchors every segment to the speakers the voice tags name', () => {
		expect(imported.problems).toEqual([]);
		expect(imported.compiled.ok).toBe(true);
		const speakers = imported.compiled.graph!.nodes.filter((n) => n.type === 'speaker');
		expect(speakers.map((s) => s.label).sort()).toEqual(['Mara Holt', 'Ravi Sen']);
	});

	it('exports again to the same segments', () => {
		const segs = (p: Project) =>
			p.segments.map((s) => `${s.start}-${s.end} ${s.name} [${s.codes.join('; ')}]`).sort();
		const again = readBack(
			toQdpx(imported.compiled.graph!, { transcript: imported.transcript, date })
		);
		expect(segs(again)).toEqual(segs(readBack(bytes)));
	});
});

describe('REFI-QDA round trip of the bundled interview', { timeout: 60_000 }, () => {
	const interview = compiledInterview();
	const bytes = toQdpx(interview, { transcript, date });
	const imported = importQdpx(bytes, { id: 'five-questions-again' });

	it('anchors every segment, the author’s framing claims in the narration included', () => {
		expect(imported.problems).toEqual([]);
		expect(imported.compiled.ok).toBe(true);
		const authors = imported.compiled.graph!.nodes.filter(
			(n) => n.type === 'speaker' && n.role === 'author'
		);
		expect(authors.map((a) => a.label)).toEqual(['Wang Qiao']);
	});

	it('exports again to the same codes and segments', () => {
		const again = readBack(
			toQdpx(imported.compiled.graph!, { transcript: imported.transcript, date })
		);
		const first = readBack(bytes);
		const paths = (p: Project) => p.codes.map((c) => [...c.path, c.name].join(' > ')).sort();
		const segs = (p: Project) =>
			p.segments.map((s) => `${s.start}-${s.end} ${s.name} [${s.codes.join('; ')}]`).sort();
		expect(paths(again)).toEqual(paths(first));
		expect(segs(again)).toEqual(segs(first));
	});
});
