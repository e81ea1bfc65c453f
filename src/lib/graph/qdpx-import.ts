/**
 * Reading a REFI-QDA project (`.qdpx`, for example an interview coded in QualCoder, NVivo,
 * ATLAS.ti or MAXQDA) into a Citegraph document: the transcript and starter annotations built
 * from its codes and coded segments, checked by the same compiler as every document. Every
 * segment is either anchored (as a claim's quote, or as where the text names a topic) or reported
 * with its position and why it could not be. Pure: no file system, no side effects at import.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { stringify } from 'yaml';
import { SourceIndex, describeAnchorFailure } from './anchor';
import { compileDocument, type CompileResult } from './compile';
import { LineIndex } from './diagnostics';
import { slugWords, uniqueId } from './ids';
import { QDA_CLAIMS_GROUP, QDA_LINK_RELATIONS, QDA_TOPIC_GROUPS } from './qdpx';
import { blockSentences, FORM_LIST, readTranscript } from './forms';
import { surrogatePairs } from './source-texts';
import { CLAIM_KINDS, type EntityType } from './vocabulary';
import { ID_PATTERN } from './schema';

/** A code of the project's code book, with the names of the codes above it. */
export interface QdaCode {
	guid: string;
	name: string;
	description: string | null;
	/** Names of the enclosing codes, outermost first. */
	path: string[];
}

/** A coded segment of the transcript: positions in code points, as the standard counts. */
export interface QdaSegment {
	guid: string;
	name: string | null;
	description: string | null;
	start: number;
	end: number;
	/** GUIDs of the codes applied to it. */
	codes: string[];
}

/** A segment that could not be anchored, and why; `line` is where it starts. */
export interface ImportProblem {
	segment: string;
	start: number;
	end: number;
	line: number;
	text: string;
	problem: string;
}

export interface QdpxImport {
	/** The transcript text, verbatim from the project. */
	transcript: string;
	/** The starter `annotations.yaml`. */
	annotations: string;
	codes: QdaCode[];
	segments: QdaSegment[];
	/** Segments neither anchored nor used, each with its position and the reason. */
	problems: ImportProblem[];
	/** What else the reader should know ("2 more text sources ignored"). */
	notes: string[];
	/** The names of the text sources not imported (a project of several documents). */
	otherSources: string[];
	/** The compiler's verdict on the starter annotations. */
	compiled: CompileResult;
}

/** Thrown for a file that is not a REFI-QDA project this importer can read. */
export class QdpxError extends Error {}

const asArray = <T>(value: T | T[] | undefined): T[] =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

type XmlNode = Record<string, unknown>;
const attr = (node: XmlNode, name: string): string | undefined => {
	const value = node[`@_${name}`];
	return value === undefined ? undefined : String(value);
};
const childText = (node: XmlNode, name: string): string | null => {
	const value = node[name];
	if (value === undefined || value === null) return null;
	if (typeof value === 'object') {
		const text = (value as XmlNode)['#text'];
		return text === undefined ? '' : String(text);
	}
	return String(value);
};

/** JavaScript string index of each code point index of `text`. */
export function unitIndexer(text: string): (codePoint: number) => number {
	// Code point index of each astral character (a surrogate pair), in order: the k-th pair
	// starts k code points before its string index.
	const astral = surrogatePairs(text).map((unit, k) => unit - k);
	return (codePoint) => {
		let low = 0;
		let high = astral.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (astral[mid]! < codePoint) low = mid + 1;
			else high = mid;
		}
		return codePoint + low;
	};
}

/** Lower-case words joined by hyphens, at most `words` of them: an id ('item' if none is left). */
export function slugId(text: string, words = 6): string {
	return slugWords(text, words) || 'item';
}

/** A label of at most `max` characters (about 80 for a new one; 100 is the schema's limit). */
function shortLabel(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:.\s]+$/, '')}…`;
}

/** The codes and the text sources of a project file. */
function readProject(xml: string): {
	codes: QdaCode[];
	sources: XmlNode[];
	cases: XmlNode[];
	links: XmlNode[];
	notes: Map<string, string>;
	name: string | null;
} {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseAttributeValue: false,
		parseTagValue: false,
		trimValues: false,
		removeNSPrefix: true,
		isArray: (name) =>
			[
				'Code',
				'TextSource',
				'PlainTextSelection',
				'Coding',
				'Case',
				'SelectionRef',
				'Link',
				'Note',
				'NoteRef',
				'User'
			].includes(name)
	});
	let parsed: XmlNode;
	try {
		parsed = parser.parse(xml, true) as XmlNode;
	} catch (error) {
		throw new QdpxError(`project.qde is not well-formed XML: ${(error as Error).message}`);
	}
	const project = parsed.Project as XmlNode | undefined;
	if (!project) throw new QdpxError('project.qde has no <Project> element: not a REFI-QDA project');
	const codes: QdaCode[] = [];
	const walk = (list: XmlNode[], path: string[]) => {
		for (const code of list) {
			const name = attr(code, 'name') ?? '';
			codes.push({
				guid: attr(code, 'guid') ?? '',
				name,
				description: childText(code, 'Description'),
				path
			});
			walk(asArray(code.Code as XmlNode[]), [...path, name]);
		}
	};
	const codebook = project.CodeBook as XmlNode | undefined;
	walk(asArray(((codebook?.Codes as XmlNode | undefined)?.Code ?? []) as XmlNode[]), []);
	const sources = asArray(
		((project.Sources as XmlNode | undefined)?.TextSource ?? []) as XmlNode[]
	);
	const cases = asArray(((project.Cases as XmlNode | undefined)?.Case ?? []) as XmlNode[]);
	const links = asArray(((project.Links as XmlNode | undefined)?.Link ?? []) as XmlNode[]);
	const notes = new Map<string, string>();
	for (const note of asArray(((project.Notes as XmlNode | undefined)?.Note ?? []) as XmlNode[])) {
		const text = childText(note, 'PlainTextContent');
		if (text !== null) notes.set(attr(note, 'guid') ?? '', text);
	}
	return { codes, sources, cases, links, notes, name: attr(project, 'name') ?? null };
}

/** The GUIDs of the codes a PlainTextSelection is coded with. */
function codesOf(selection: XmlNode): string[] {
	return asArray(selection.Coding as XmlNode[]).flatMap((coding) => {
		const ref = coding.CodeRef as XmlNode | undefined;
		const target = ref && attr(ref, 'targetGUID');
		return target ? [target] : [];
	});
}

/** The text of a TextSource: inline, or `internal://<file>` in the zip's `sources/`. */
function sourceText(source: XmlNode, files: Record<string, Uint8Array>): string {
	const inline = childText(source, 'PlainTextContent');
	if (inline !== null) return inline;
	const path = attr(source, 'plainTextPath');
	if (!path) throw new QdpxError(`text source "${attr(source, 'name')}" has no plain text`);
	const name = path.replace(/^internal:\/\//, '');
	const key = Object.keys(files).find(
		(file) => file === `sources/${name}` || file.toLowerCase() === `sources/${name}`.toLowerCase()
	);
	if (!key) {
		throw new QdpxError(
			`text source "${attr(source, 'name')}" names ${path}, which is not in the project's sources/`
		);
	}
	return strFromU8(files[key]!).replace(/\r\n?/g, '\n');
}

export interface QdpxImportOptions {
	/** The new document's id (default: from the project's name). */
	id?: string;
	/** Which text source to import, by name (default: the first). */
	source?: string;
}

/**
 * Reads a `.qdpx` project into a transcript and starter annotations, and compiles them.
 * Codes under "Sectors", "Scenarios" and "Concepts" become those entities, other codes concepts;
 * a project Citegraph exported keeps its claims (coded under "Claims": label, statement, kind,
 * topics), its topic mentions and its relations (Links between claims); in any other project each
 * coded segment becomes a starter claim by the speaker whose turn holds it, about its codes.
 * Speakers are the transcript's labels (the first to speak is taken as the host).
 *
 * @example
 * const result = importQdpx(readFileSync('interview.qdpx'), { id: 'my-interview' });
 * result.problems; // segments not anchored, with their line
 */
export function importQdpx(bytes: Uint8Array, options: QdpxImportOptions = {}): QdpxImport {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch (error) {
		throw new QdpxError(`not a zip file (a .qdpx is one): ${(error as Error).message}`);
	}
	const qde = Object.keys(files).find((name) => name.toLowerCase() === 'project.qde');
	if (!qde) throw new QdpxError('the zip holds no project.qde: not a REFI-QDA project');
	const project = readProject(strFromU8(files[qde]!));
	const notes: string[] = [];
	if (project.sources.length === 0) throw new QdpxError('the project has no text source');
	const chosen = options.source
		? project.sources.find((s) => attr(s, 'name') === options.source)
		: project.sources[0];
	if (!chosen) {
		throw new QdpxError(
			`no text source named "${options.source}"; the sources are: ${project.sources.map((s) => attr(s, 'name')).join(', ')}`
		);
	}
	const otherSources = project.sources
		.filter((source) => source !== chosen)
		.map((source) => attr(source, 'name') ?? '(unnamed)');
	if (otherSources.length > 0) {
		notes.push(
			`imported the text source "${attr(chosen, 'name')}"; left out: ${otherSources.map((name) => `"${name}"`).join(', ')}`
		);
	}
	const transcript = sourceText(chosen, files).replace(/^\uFEFF/, '');
	const id = options.id ?? slugId(project.name ?? attr(chosen, 'name') ?? 'imported-interview');
	if (!ID_PATTERN.test(id)) {
		throw new QdpxError(`"${id}" is not a document id: lower-case words joined by hyphens`);
	}

	const toUnit = unitIndexer(transcript);
	const segments: QdaSegment[] = asArray(chosen.PlainTextSelection as XmlNode[]).map((s) => ({
		guid: attr(s, 'guid') ?? '',
		name: attr(s, 'name') ?? null,
		description: childText(s, 'Description'),
		start: Number(attr(s, 'startPosition')),
		end: Number(attr(s, 'endPosition')),
		codes: codesOf(s)
	}));
	const codeByGuid = new Map(project.codes.map((c) => [c.guid, c]));
	const fromCitegraph = project.codes.some(
		(c) => c.path.length === 0 && c.name === QDA_CLAIMS_GROUP
	);
	const isClaimCode = (c: QdaCode) =>
		fromCitegraph &&
		(c.path[0] === QDA_CLAIMS_GROUP || (c.path.length === 0 && c.name === QDA_CLAIMS_GROUP));
	const groupNames = new Set(Object.values(QDA_TOPIC_GROUPS));
	const topicType = (c: QdaCode): EntityType => {
		const group = (Object.keys(QDA_TOPIC_GROUPS) as EntityType[]).find(
			(t) => QDA_TOPIC_GROUPS[t] === c.path[0]
		);
		return group ?? 'concept';
	};

	// Speakers: the transcript's labels, with what a Citegraph project says of them in its cases.
	// The transcript in whatever form it is written (speaker lines, `Name: text`, captions…).
	const parsed = readTranscript(transcript);
	const labels = [...new Set(parsed.blocks.flatMap((b) => (b.label ? [b.label] : [])))];
	if (labels.length === 0) {
		throw new QdpxError(
			`the transcript has no speaker labels in any form Citegraph reads (${FORM_LIST}): Citegraph cannot tell who speaks`
		);
	}
	const segmentByGuid = new Map(segments.map((s) => [s.guid, s]));
	const text = (s: QdaSegment) => transcript.slice(toUnit(s.start), toUnit(s.end));
	const unique = (quote: string) => {
		const first = quote.length > 0 ? transcript.indexOf(quote) : -1;
		return first !== -1 && first === transcript.lastIndexOf(quote);
	};
	const usedIds = new Set<string>();
	const claimId = (base: string) => uniqueId(base, usedIds);
	const caseSegments = (c: XmlNode) =>
		asArray(c.SelectionRef as XmlNode[]).flatMap(
			(ref) => segmentByGuid.get(attr(ref, 'targetGUID') ?? '') ?? []
		);
	const blockAt = (unit: number) => parsed.blocks.find((b) => b.start <= unit && unit < b.end);
	/** The case of a label: by name, or the case whose coded segments lie in that label's turns. */
	const caseFor = (label: string) =>
		project.cases.find((c) => attr(c, 'name') === label) ??
		project.cases.find((c) =>
			caseSegments(c).some((s) => s.codes.length > 0 && blockAt(toUnit(s.start))?.label === label)
		);
	// A case's uncoded selection is the words that introduce that person (a Citegraph project).
	const introductionOf = (c: XmlNode | undefined) => {
		const intro = c ? caseSegments(c).find((s) => s.codes.length === 0) : undefined;
		return intro && unique(text(intro).trim()) ? intro : undefined;
	};
	const introductions = new Set(
		project.cases.flatMap((c) =>
			caseSegments(c)
				.filter((s) => s.codes.length === 0)
				.map((s) => s.guid)
		)
	);
	let rolesGuessed = false;
	const narrationSentences = blockSentences(transcript, parsed.blocks[0]!).map((s) =>
		transcript.slice(s.start, s.end)
	);
	interface Speaker {
		id: string;
		name: string;
		aliases: string[];
		role: string;
		introduced: string;
	}
	const speakers: Speaker[] = [];
	const byCase = new Map<XmlNode, Speaker>();
	labels.forEach((label, i) => {
		const found = caseFor(label);
		const known = found && byCase.get(found);
		if (known) {
			known.aliases.push(label);
			return;
		}
		const description = found ? (childText(found, 'Description') ?? '') : '';
		const stated = /\((host|guest)\)/.exec(description)?.[1];
		if (!stated) rolesGuessed = true;
		const role = stated ?? (i === 0 ? 'host' : 'guest');
		// The words that introduce them: their case's introduction; else the first narration
		// sentence that names them; else their first sentence.
		const firstTurn = parsed.blocks.find((b) => b.label === label)!;
		const ownSentences = blockSentences(transcript, firstTurn).map((s) =>
			transcript.slice(s.start, s.end)
		);
		const intro = introductionOf(found);
		const name = (found && attr(found, 'name')?.trim()) || label;
		const speaker: Speaker = {
			id: claimId(slugId(name)),
			name,
			aliases: [label],
			role,
			introduced:
				(intro ? text(intro).trim() : undefined) ??
				narrationSentences.find((s) => s.includes(label) && unique(s)) ??
				ownSentences.find(unique) ??
				label
		};
		speakers.push(speaker);
		if (found) byCase.set(found, speaker);
	});
	// The article's author, whose voice is the narration: a case described as one.
	for (const c of project.cases) {
		const intro = introductionOf(c);
		if (!/\(author\)/.test(childText(c, 'Description') ?? '') || byCase.has(c) || !intro) continue;
		const name = attr(c, 'name')?.trim() || 'Author';
		const author: Speaker = {
			id: claimId(slugId(name)),
			name,
			aliases: [],
			role: 'author',
			introduced: text(intro).trim()
		};
		speakers.push(author);
		byCase.set(c, author);
	}
	const author = speakers.filter((s) => s.role === 'author');

	// The turns and sentences, from the compiler itself, to anchor segments in.
	const bare = compileDocument({
		id,
		transcriptFile: `graph-data/${id}/transcript.txt`,
		transcript,
		annotationsFile: `graph-data/${id}/annotations.yaml`,
		annotations: stringify({ document: { language: 'en' }, speakers })
	});
	if (!bare.ok || !bare.graph) {
		return {
			transcript,
			annotations: stringify({ document: { language: 'en' }, speakers }),
			codes: project.codes,
			segments,
			problems: [],
			notes,
			otherSources,
			compiled: bare
		};
	}
	const turns = bare.graph.turns;
	const sources = new SourceIndex(transcript, turns, bare.graph.sentences);
	const lines = new LineIndex(transcript);
	const speakerName = (sid: string | null) => speakers.find((s) => s.id === sid)?.name ?? 'nobody';

	const problems: ImportProblem[] = [];
	const report = (segment: QdaSegment, problem: string) =>
		problems.push({
			segment: segment.guid,
			start: segment.start,
			end: segment.end,
			line: lines.line(Math.min(toUnit(segment.start), transcript.length)),
			text: text(segment),
			problem
		});
	/** The segment's words, trimmed, anchored; or null when reported. */
	const anchorSegment = (segment: QdaSegment) => {
		if (
			!Number.isInteger(segment.start) ||
			!Number.isInteger(segment.end) ||
			segment.start < 0 ||
			segment.end <= segment.start ||
			toUnit(segment.end) > transcript.length
		) {
			report(segment, 'its positions are not a range of the text');
			return null;
		}
		const quote = text(segment).trim();
		const result = sources.anchor(quote);
		if (!result.ok) {
			report(
				segment,
				describeAnchorFailure(result, `graph-data/${id}/transcript.txt`, speakerName).message
			);
			return null;
		}
		return { quote, turn: result.turn };
	};

	// Entities from the codes that are topics.
	const entityIds = new Map<string, string>();
	const entities: {
		id: string;
		type: EntityType;
		label: string;
		description?: string;
		quotes: string[];
	}[] = [];
	// A code that codes only the other text sources' segments is theirs (a project of several
	// documents): left out, and said once.
	const codedHere = new Set(segments.flatMap((segment) => segment.codes));
	const codedElsewhere = new Set(
		project.sources
			.filter((source) => source !== chosen)
			.flatMap((source) => asArray(source.PlainTextSelection as XmlNode[]))
			.flatMap(codesOf)
	);
	let othersCodes = 0;
	for (const code of project.codes) {
		if (isClaimCode(code) || (code.path.length === 0 && groupNames.has(code.name))) continue;
		if (!codedHere.has(code.guid) && codedElsewhere.has(code.guid)) {
			othersCodes++;
			continue;
		}
		const entityId = claimId(slugId(code.name));
		entityIds.set(code.guid, entityId);
		entities.push({
			id: entityId,
			type: topicType(code),
			label: code.name.trim() || entityId,
			...(code.description ? { description: code.description.trim() } : {}),
			quotes: []
		});
	}
	const entityOf = (guid: string) => entities.find((e) => e.id === entityIds.get(guid));

	// Claims (and, in a Citegraph project, topic mentions) from the segments.
	interface Claim {
		id: string;
		speaker: string;
		label: string;
		statement: string;
		kind?: string;
		relayed?: { holder: string };
		quotes: string[];
		about: string[];
	}
	const claims: Claim[] = [];
	const claimOfSegment = new Map<string, Claim>();
	for (const segment of segments) {
		if (introductions.has(segment.guid)) continue;
		const codes = segment.codes.flatMap((g) => codeByGuid.get(g) ?? []);
		if (segment.codes.length > codes.length) {
			notes.push(
				`a segment at line ${lines.line(toUnit(segment.start))} names a code the code book lacks`
			);
		}
		const claimCodes = codes.filter(isClaimCode);
		const topicCodes = codes.filter((c) => entityIds.has(c.guid));
		if (codes.length === 0) {
			report(segment, 'it has no code');
			continue;
		}
		const anchored = anchorSegment(segment);
		if (!anchored) continue;
		if (fromCitegraph && claimCodes.length === 0) {
			// Where the text names a topic.
			for (const code of topicCodes) {
				const entity = entityOf(code.guid)!;
				if (!entity.quotes.includes(anchored.quote)) entity.quotes.push(anchored.quote);
			}
			continue;
		}
		const turnSpeaker = anchored.turn.speaker ?? (author.length === 1 ? author[0]!.id : null);
		if (!turnSpeaker) {
			report(segment, 'it lies in the narration, which no speaker says');
			continue;
		}
		// A relayed view travels under the label the compiler gives it; take the view back out.
		const relayedBy = fromCitegraph
			? /^Relayed by (.+?): (.+?) say (.+)$/s.exec(segment.name?.trim() ?? '')
			: null;
		const relayed =
			relayedBy && relayedBy[1] === speakerName(turnSpeaker) ? { holder: relayedBy[2]! } : null;
		const label = relayed
			? shortLabel(relayedBy![3]!, 100)
			: segment.name?.trim()
				? shortLabel(segment.name, 100)
				: shortLabel(anchored.quote);
		const statement = (segment.description?.trim() || anchored.quote).replace(/\s+/g, ' ');
		const kind = claimCodes
			.map((c) => c.name)
			.find((name) => (CLAIM_KINDS as readonly string[]).includes(name));
		const about = topicCodes.map((c) => entityIds.get(c.guid)!);
		// Quotes of one claim travel as selections with the same name, description and codes.
		const same = claims.find(
			(c) =>
				fromCitegraph &&
				c.label === label &&
				c.statement === statement &&
				c.speaker === turnSpeaker &&
				c.kind === kind &&
				c.relayed?.holder === relayed?.holder &&
				c.about.join() === about.join()
		);
		if (same) {
			same.quotes.push(anchored.quote);
			claimOfSegment.set(segment.guid, same);
			continue;
		}
		const claim: Claim = {
			id: claimId(slugId(`${speakerName(turnSpeaker).split(' ').pop()} ${label}`)),
			speaker: turnSpeaker,
			label,
			statement,
			...(kind ? { kind } : {}),
			...(relayed ? { relayed } : {}),
			quotes: [anchored.quote],
			about
		};
		claims.push(claim);
		claimOfSegment.set(segment.guid, claim);
	}

	// A topic the text never names: its first claim's quote stands in, marked for review.
	const review: string[] = [];
	for (const entity of entities) {
		if (entity.quotes.length) continue;
		const claim = claims.find((c) => c.about.includes(entity.id));
		if (claim) {
			entity.quotes.push(claim.quotes[0]!);
			review.push(`${entity.id}: its quote is a coded segment; quote where the text names it`);
		}
	}
	if (othersCodes > 0) {
		notes.push(
			`${othersCodes} code(s) code only the other text sources' segments; left out with them`
		);
	}
	const named = new Set(entities.filter((e) => e.quotes.length).map((e) => e.id));
	for (const entity of entities.filter((e) => !named.has(e.id))) {
		notes.push(`the code "${entity.label}" codes no segment that could be anchored; left out`);
	}
	for (const claim of claims) claim.about = claim.about.filter((a) => named.has(a));

	// Relations: Links between claims' segments, named by a relation. Links between the segments
	// of the other text sources (a project of several documents) are theirs, not this one's.
	const here = new Set(segments.map((segment) => segment.guid));
	const links = project.links.filter(
		(link) => here.has(attr(link, 'originGUID') ?? '') || here.has(attr(link, 'targetGUID') ?? '')
	);
	const relations = links.flatMap((link) => {
		const relation = attr(link, 'name');
		const from = claimOfSegment.get(attr(link, 'originGUID') ?? '');
		const to = claimOfSegment.get(attr(link, 'targetGUID') ?? '');
		if (
			!relation ||
			!(QDA_LINK_RELATIONS as readonly string[]).includes(relation) ||
			!from ||
			!to
		) {
			notes.push(
				`a link${relation ? ` "${relation}"` : ''} does not join two claims by a Citegraph relation; left out`
			);
			return [];
		}
		const cited = asArray(link.NoteRef as XmlNode[])
			.map((ref) => project.notes.get(attr(ref, 'targetGUID') ?? ''))
			.flatMap((note) => (note ? [note] : []))
			.filter((quote) => quote && unique(quote));
		return [
			{ source: from.id, relation, target: to.id, quotes: cited.length ? cited : [from.quotes[0]!] }
		];
	});

	const document = { language: 'en' };
	const header = [
		`Starter annotations imported from a REFI-QDA project (${project.name ?? 'unnamed'}).`,
		'Check every label and statement against its quotes, then run npm run graph:report.',
		...(rolesGuessed
			? ['Speakers are the transcript labels; the first to speak is taken as the host.']
			: []),
		...review.map((r) => `Review ${r}.`),
		...problems.map(
			(p) =>
				`Not anchored: segment at line ${p.line} (characters ${p.start}–${p.end}): ${p.problem}`
		)
	];
	const annotations =
		header.map((line) => `# ${line}`).join('\n') +
		'\n' +
		stringify(
			{
				document,
				speakers,
				entities: entities.filter((e) => named.has(e.id)),
				claims: claims.map(({ about, ...claim }) => ({
					...claim,
					...(about.length ? { about } : {})
				})),
				relations
			},
			{ lineWidth: 100 }
		);
	const compiled = compileDocument({
		id,
		transcriptFile: `graph-data/${id}/transcript.txt`,
		transcript,
		annotationsFile: `graph-data/${id}/annotations.yaml`,
		annotations
	});
	return {
		transcript,
		annotations,
		codes: project.codes,
		segments,
		problems,
		notes,
		otherSources,
		compiled
	};
}
