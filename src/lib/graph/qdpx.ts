/**
 * REFI-QDA (https://www.qdasoftware.org/), the exchange standard of qualitative-analysis tools
 * (NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette): a `.qdpx` project is a zip of `project.qde`
 * (XML in the `urn:QDA-XML:project:1.0` namespace) and `sources/`, the source texts. Pure: no
 * DOM, no side effects at import.
 *
 * What goes where:
 * - the transcript is one TextSource (`sources/<guid>.txt`, exactly as the compiler read it); a
 *   corpus has one for each document, named by its title, each with its own selections;
 * - the code book: one code per sector, scenario and concept under "Sectors", "Scenarios" and
 *   "Concepts", and "Claims" with one code per kind of claim (prediction, judgement…);
 * - each quote of a claim is a PlainTextSelection named by the claim's label, described by its
 *   statement and coded with its kind and the topics it is about; the places where the text names
 *   a topic are selections coded with that topic;
 * - each speaker is a Case (the unit QDA tools use for participants) whose selections are the
 *   words that introduce them and their claims' quotes;
 * - each relation between claims (agrees with, disagrees with, supports, refines) is a Link from
 *   one claim's selection to the other's, named by the relation, with a Note for each sentence it
 *   cites.
 *
 * Positions count Unicode code points from the start of the source text.
 */
import { strToU8, zipSync } from 'fflate';
import { GraphIndex, subgraphElements, type Subgraph } from './query';
import type { Graph, GraphNode, NodeType } from './schema';
import { SourceTexts, type TranscriptTexts } from './source-texts';
import { escapeXml } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** The code groups of the code book, by the node type of their codes. */
export const QDA_TOPIC_GROUPS: Record<'sector' | 'scenario' | 'concept', string> = {
	sector: 'Sectors',
	scenario: 'Scenarios',
	concept: 'Concepts'
};
/** The code group of claims; its children are the kinds of claim. */
export const QDA_CLAIMS_GROUP = 'Claims';
/** The relations between claims that travel as Links. */
export const QDA_LINK_RELATIONS = ['agrees-with', 'disagrees-with', 'supports', 'refines'] as const;

export interface QdpxOptions extends TranscriptTexts {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/** Node colours (`#rrggbb`) by type, given to the codes. */
	colours?: Partial<Record<NodeType, string>>;
	/** The project's creation time; default: now. */
	date?: Date;
}

/**
 * A GUID made from a name, so the same graph gives the same project file: two 64-bit FNV-1a
 * hashes of the name, shaped as a version-4-style UUID.
 */
export function guidFor(name: string): string {
	const hash = (seed: bigint) => {
		let h = seed;
		for (const unit of new TextEncoder().encode(name)) {
			h ^= BigInt(unit);
			h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
		}
		return h.toString(16).padStart(16, '0');
	};
	const hex = hash(0xcbf29ce484222325n) + hash(0x84222325cbf29ce4n);
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`4${hex.slice(13, 16)}`,
		`${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}`,
		hex.slice(20, 32)
	].join('-');
}

const attrs = (values: Record<string, string | number | boolean | undefined>) =>
	Object.entries(values)
		.filter(([, v]) => v !== undefined && v !== '')
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');

const element = (
	name: string,
	values: Record<string, string | number | boolean | undefined>,
	children: string[] = []
) =>
	children.length
		? `<${name}${attrs(values)}>${children.join('')}</${name}>`
		: `<${name}${attrs(values)}/>`;

const textElement = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** A text source's file inside the zip (`sources/<path>`) and its text. */
export interface QdpxSourceFile {
	path: string;
	text: string;
}

/** The project file, `project.qde`, and the transcripts' files inside the zip. */
export function toQdeXml(
	graph: Graph,
	options: QdpxOptions = {}
): { xml: string; sources: QdpxSourceFile[] } {
	const texts = new SourceTexts(graph, options, 'REFI-QDA export');
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const kept = new Set(nodes.map((n) => n.id));
	const doc = graph.document.id;
	const guid = (kind: string, id: string) => guidFor(`citegraph:${doc}:${kind}:${id}`);
	const when = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const user = guid('user', 'citegraph');
	// One text source per transcript; a single document's keeps the name it always had.
	const sourceGuid = (document: string) =>
		guid('source', texts.corpus ? `transcript:${document}` : 'transcript');
	const colour = (type: NodeType) => {
		const c = options.colours?.[type];
		return c && /^#[0-9a-f]{6}$/i.test(c) ? c : undefined;
	};

	// The code book.
	const topics = nodes.filter(
		(n): n is Extract<GraphNode, { type: 'sector' | 'scenario' | 'concept' }> =>
			n.type === 'sector' || n.type === 'scenario' || n.type === 'concept'
	);
	const claims = nodes.filter(
		(n): n is Extract<GraphNode, { type: 'claim' }> => n.type === 'claim'
	);
	const kinds = [...new Set(claims.map((c) => c.kind).filter((k): k is string => !!k))];
	const code = (
		id: string,
		name: string,
		description: string | null,
		codable: boolean,
		c?: string,
		children: string[] = []
	) =>
		element('Code', { guid: guid('code', id), name, isCodable: codable, color: c }, [
			...(description ? [textElement('Description', description)] : []),
			...children
		]);
	const groups = (Object.keys(QDA_TOPIC_GROUPS) as (keyof typeof QDA_TOPIC_GROUPS)[]).flatMap(
		(type) => {
			const members = topics.filter((t) => t.type === type);
			if (!members.length) return [];
			return [
				code(`group:${type}`, QDA_TOPIC_GROUPS[type], null, false, colour(type), [
					...members.map((t) => code(`topic:${t.id}`, t.label, t.description, true, colour(type)))
				])
			];
		}
	);
	if (claims.length) {
		groups.push(
			code(
				'group:claims',
				QDA_CLAIMS_GROUP,
				'Claims the speakers make; each quote is coded with its kind and the topics it is about.',
				true,
				colour('claim'),
				kinds.map((kind) => code(`kind:${kind}`, kind, null, true, colour('claim')))
			)
		);
	}

	// The selections: claim quotes, topic mentions, speaker introductions.
	interface Selection {
		guid: string;
		/** The document whose transcript the positions index. */
		document: string;
		start: number;
		end: number;
		name: string;
		description?: string;
		codes: string[];
		speaker?: string;
	}
	const selections: Selection[] = [];
	const claimSelection = new Map<string, string>();
	const span = (document: string, start: number, end: number) => {
		const { codePoint } = texts.of(document);
		return { document, start: codePoint(start), end: codePoint(end) };
	};
	for (const claim of claims) {
		claim.quotes.forEach((quote, i) => {
			const id = guid('selection', `${claim.id}:${i + 1}`);
			if (i === 0) claimSelection.set(claim.id, id);
			const about = index
				.edgesOf(claim.id)
				.filter((e) => e.relation === 'about' && e.source === claim.id && kept.has(e.target))
				.map((e) => e.target)
				.filter((t) => topics.some((topic) => topic.id === t));
			selections.push({
				guid: id,
				...span(texts.ofClaim(claim.id).document, quote.start, quote.end),
				name: claim.label,
				description: claim.statement,
				codes: [
					claim.kind ? guid('code', `kind:${claim.kind}`) : guid('code', 'group:claims'),
					...about.map((t) => guid('code', `topic:${t}`))
				],
				speaker: claim.speaker
			});
		});
	}
	const sentences = new Map(graph.sentences.map((s) => [s.id, s]));
	for (const topic of topics) {
		// Where the text names the topic: the sentences it cites, narrowed to its label when there.
		topic.citations.forEach((sid, i) => {
			const sentence = sentences.get(sid);
			if (!sentence) return;
			selections.push({
				guid: guid('selection', `${topic.id}:mention-${i + 1}`),
				...span(texts.ofSentence(sentence).document, sentence.start, sentence.end),
				name: topic.label,
				description: `Where the text names ${topic.label}`,
				codes: [guid('code', `topic:${topic.id}`)]
			});
		});
	}
	const speakers = nodes.filter(
		(n): n is Extract<GraphNode, { type: 'speaker' }> => n.type === 'speaker'
	);
	for (const speaker of speakers) {
		speaker.citations.forEach((sid, i) => {
			const sentence = sentences.get(sid);
			if (!sentence) return;
			selections.push({
				guid: guid('selection', `${speaker.id}:introduction-${i + 1}`),
				...span(texts.ofSentence(sentence).document, sentence.start, sentence.end),
				name: `Introduces ${speaker.name}`,
				codes: [],
				speaker: speaker.id
			});
		});
	}
	selections.sort((a, b) => a.start - b.start || a.end - b.end);

	const selectionXml = (s: Selection) =>
		element(
			'PlainTextSelection',
			{
				guid: s.guid,
				name: s.name,
				startPosition: s.start,
				endPosition: s.end,
				creatingUser: user,
				creationDateTime: when
			},
			[
				...(s.description ? [textElement('Description', s.description)] : []),
				...s.codes.map((c) =>
					element(
						'Coding',
						{ guid: guidFor(`${s.guid}:${c}`), creatingUser: user, creationDateTime: when },
						[element('CodeRef', { targetGUID: c })]
					)
				)
			]
		);

	// Speakers as cases.
	const cases = speakers.map((speaker) =>
		element('Case', { guid: guid('case', speaker.id), name: speaker.name }, [
			textElement(
				'Description',
				[`Speaker (${speaker.role})`, speaker.title, index.node(speaker.organization ?? '')?.label]
					.filter(Boolean)
					.join(', ')
			),
			// The transcripts they speak in (in a corpus, a speaker may be in several).
			...texts.sources
				.filter(
					(source) =>
						!texts.corpus ||
						selections.some((s) => s.speaker === speaker.id && s.document === source.document)
				)
				.map((source) => element('SourceRef', { targetGUID: sourceGuid(source.document) })),
			...selections
				.filter((s) => s.speaker === speaker.id)
				.map((s) => element('SelectionRef', { targetGUID: s.guid }))
		])
	);

	// Relations between claims as links, each with a note of its cited sentences.
	const linked = edges.filter(
		(e) =>
			(QDA_LINK_RELATIONS as readonly string[]).includes(e.relation) &&
			claimSelection.has(e.source) &&
			claimSelection.has(e.target)
	);
	// One note for each cited sentence, so a sentence that runs over lines stays whole.
	const notes = linked.flatMap((edge) =>
		index.sentencesOf(edge.id).map((sentence) =>
			element(
				'Note',
				{
					guid: guid('note', `${edge.id}:${sentence.id}`),
					name: `${edge.relation.replaceAll('-', ' ')}: ${sentence.id}`,
					creatingUser: user,
					creationDateTime: when
				},
				[textElement('PlainTextContent', sentence.text)]
			)
		)
	);
	const links = linked.map((edge) =>
		element(
			'Link',
			{
				guid: guid('link', edge.id),
				name: edge.relation,
				direction: 'OneWay',
				originGUID: claimSelection.get(edge.source),
				targetGUID: claimSelection.get(edge.target)
			},
			index
				.sentencesOf(edge.id)
				.map((sentence) =>
					element('NoteRef', { targetGUID: guid('note', `${edge.id}:${sentence.id}`) })
				)
		)
	);

	const { document } = graph;
	const sourceFiles = texts.sources.map((source) => ({
		...source,
		guid: sourceGuid(source.document),
		path: `${sourceGuid(source.document)}.txt`,
		// A document's source is named as its file was; a corpus's by each document's title.
		name: texts.corpus
			? source.title
			: document.source.slice(document.source.lastIndexOf('/') + 1) || 'transcript.txt',
		description: texts.corpus
			? `${source.title} (${source.document})`
			: `${document.title}${document.author ? `, by ${document.author}` : ''}`
	}));
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		element(
			'Project',
			{
				xmlns: QDA_NAMESPACE,
				'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
				'xsi:schemaLocation': `${QDA_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`,
				name: document.title,
				origin: 'Citegraph',
				creatingUserGUID: user,
				creationDateTime: when
			},
			[
				element('Users', {}, [element('User', { guid: user, name: 'Citegraph', id: 'citegraph' })]),
				...(groups.length ? [element('CodeBook', {}, [element('Codes', {}, groups)])] : []),
				...(cases.length ? [element('Cases', {}, cases)] : []),
				element(
					'Sources',
					{},
					sourceFiles.map((source) =>
						element(
							'TextSource',
							{
								guid: source.guid,
								name: source.name,
								plainTextPath: `internal://${source.path}`,
								creatingUser: user,
								creationDateTime: when
							},
							[
								textElement('Description', source.description),
								...selections.filter((s) => s.document === source.document).map(selectionXml)
							]
						)
					)
				),
				...(notes.length ? [element('Notes', {}, notes)] : []),
				...(links.length ? [element('Links', {}, links)] : []),
				textElement(
					'Description',
					[document.description, `Exported by Citegraph from ${document.source}.`]
						.filter(Boolean)
						.join(' ')
				)
			]
		),
		'\n'
	].join('');
	return { xml, sources: sourceFiles.map(({ path, text }) => ({ path, text })) };
}

/**
 * The graph as a REFI-QDA project (`.qdpx`, a zip): `project.qde` and `sources/<guid>.txt`, the
 * transcript (a corpus: one for each document). Needs the transcripts' text.
 *
 * @example
 * writeFileSync('roundtable.qdpx', toQdpx(graph, { transcript }));
 */
export function toQdpx(graph: Graph, options: QdpxOptions = {}): Uint8Array {
	const { xml, sources } = toQdeXml(graph, options);
	const mtime = options.date ?? new Date();
	return zipSync(
		{
			'project.qde': strToU8(xml),
			...Object.fromEntries(sources.map((s) => [`sources/${s.path}`, strToU8(s.text)]))
		},
		{ level: 6, mtime }
	);
}
