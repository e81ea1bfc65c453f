/**
 * The compiler: a transcript and its annotations in, a provenance-checked graph out. Every node
 * that rests on text and every edge cites sentence ids; anything that cannot be anchored in the
 * text is a diagnostic, and a document with diagnostics yields no graph.
 */
import { describeAnchorFailure, SourceIndex } from './anchor';
import { loadAnnotations, type YamlPath } from './annotations';
import type { Diagnostic } from './diagnostics';
import { CORPUS_ID } from './corpus-id';
import {
	GRAPH_FORMAT,
	GRAPH_VERSION,
	ID_PATTERN,
	type Annotations,
	type AnnotatedRelation,
	type Graph,
	type GraphEdge,
	type GraphNode,
	type NodeType,
	type QuoteSpan,
	type Relation,
	type Sentence,
	type Turn
} from './schema';
import { blockSentences, FORM_LIST, readTranscript, type TranscriptFormName } from './forms';
import { LineIndex } from './diagnostics';
import {
	describeCharacter,
	MAX_PARAGRAPH_CHARS,
	unsafeCharacterHint,
	unsafeCharacters
} from './input-checks';

export interface DocumentSource {
	/** The document id: its folder's name. */
	id: string;
	/** Repo-relative path of the transcript, e.g. `graph-data/<id>/transcript.txt`. */
	transcriptFile: string;
	transcript: string;
	/** Repo-relative path of the annotations, e.g. `graph-data/<id>/annotations.yaml`. */
	annotationsFile: string;
	annotations: string;
}

export type CompileResult =
	| { ok: true; graph: Graph; diagnostics: [] }
	| { ok: false; graph: null; diagnostics: Diagnostic[] };

/** Which node types each annotated relation may join, as [source types, target types]. */
const RELATION_ENDS: Record<AnnotatedRelation, [NodeType[], NodeType[]]> = {
	about: [
		['claim', 'question'],
		['sector', 'scenario', 'concept', 'organization']
	],
	'applies-to': [['scenario'], ['sector', 'concept']],
	'part-of': [
		['sector', 'scenario', 'concept'],
		['sector', 'scenario', 'concept']
	],
	'agrees-with': [['claim'], ['claim']],
	'disagrees-with': [['claim'], ['claim']],
	refines: [['claim'], ['claim']],
	supports: [['claim'], ['claim']]
};

/** The id of the edge `source —relation→ target`; stable as long as its ends are. */
export function edgeId(source: string, relation: Relation, target: string): string {
	return `${source}--${relation}--${target}`;
}

/**
 * Compiles one document. Pure: the caller reads and writes files.
 *
 * @example
 * const result = compileDocument({
 * 	id: 'my-interview',
 * 	transcriptFile: 'graph-data/my-interview/transcript.txt',
 * 	transcript: readFileSync('graph-data/my-interview/transcript.txt', 'utf8'),
 * 	annotationsFile: 'graph-data/my-interview/annotations.yaml',
 * 	annotations: readFileSync('graph-data/my-interview/annotations.yaml', 'utf8')
 * });
 * if (!result.ok) result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
 */
export function compileDocument(input: DocumentSource): CompileResult {
	const loaded = loadAnnotations(input.annotations, input.annotationsFile);
	// The transcript is checked whether or not the annotations load, so that one run reports
	// the problems of both files.
	const transcriptProblems = checkTranscript(
		input.transcript,
		input.transcriptFile,
		loaded.annotations?.document.format
	);
	const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...transcriptProblems];
	if (!ID_PATTERN.test(input.id)) {
		diagnostics.push({
			file: input.annotationsFile,
			line: 1,
			column: 1,
			message: `document folder name "${input.id}" is not a valid id`,
			hint: 'Rename the folder to lower-case words joined by hyphens.'
		});
	} else if (input.id === CORPUS_ID) {
		diagnostics.push({
			file: input.annotationsFile,
			line: 1,
			column: 1,
			message: `document folder name "${CORPUS_ID}" is reserved: /${CORPUS_ID} shows every document in one graph`,
			hint: 'Rename the folder.'
		});
	}
	if (loaded.annotations)
		diagnostics.push(...checkAliases(loaded.annotations, loaded.locate, input));
	// Quotes cannot be checked against a transcript that is not sound, nor turns assigned with
	// aliases that name two speakers: those would only repeat the problem as many misleading ones.
	if (!loaded.annotations || diagnostics.length > 0) return { ok: false, graph: null, diagnostics };
	const compiler = new Compiler(input, loaded.annotations, loaded.locate, diagnostics);
	const graph = compiler.run();
	if (diagnostics.length > 0) return { ok: false, graph: null, diagnostics };
	return { ok: true, graph, diagnostics: [] };
}

/** How many refused characters of one file are reported one by one. */
const CHARACTERS_REPORTED = 5;

/**
 * Problems of a transcript as a whole, found without its annotations: a paragraph past the
 * limit, refused characters, no text at all, no speaker labels (in the form given, or detected).
 *
 * @example
 * checkTranscript('', 'graph-data/x/transcript.txt')[0]?.message; // 'transcript.txt is empty'
 */
export function checkTranscript(
	source: string,
	file: string,
	form?: TranscriptFormName
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const lines = new LineIndex(source);
	const name = file.split('/').pop()!;
	for (let start = 0; start <= source.length;) {
		const newline = source.indexOf('\n', start);
		const end = newline === -1 ? source.length : newline;
		if (end - start > MAX_PARAGRAPH_CHARS) {
			out.push({
				file,
				line: lines.line(start),
				column: 1,
				message: `this paragraph is ${(end - start).toLocaleString('en-US')} characters long; the longest Citegraph reads is ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')}`,
				hint: 'Break it into paragraphs (a line break between turns or topics), or split the transcript into several documents.'
			});
		}
		if (newline === -1) break;
		start = newline + 1;
	}
	const unsafe = unsafeCharacters(source);
	for (const { offset, char } of unsafe.slice(0, CHARACTERS_REPORTED)) {
		out.push({
			file,
			...lines.position(offset),
			message: `${name} contains ${describeCharacter(char)}`,
			hint: unsafeCharacterHint(char)
		});
	}
	if (unsafe.length > CHARACTERS_REPORTED) {
		const rest = unsafe.slice(CHARACTERS_REPORTED);
		out.push({
			file,
			...lines.position(rest[0]!.offset),
			message: `${name} contains ${rest.length} more such characters (only the first ${CHARACTERS_REPORTED} are listed)`,
			hint: 'Remove every control character; a form feed becomes a blank line.'
		});
	}
	if (source.trim() === '') {
		out.push({
			file,
			line: 1,
			column: 1,
			message: `${name} is empty`,
			hint: 'Put the interview\'s text in it; see "The transcript" in README.md.'
		});
	} else if (readTranscript(source, form).blocks.length === 1) {
		out.push({
			file,
			line: 1,
			column: 1,
			message: `${name} has no speaker labels, so it has no turns to cite`,
			hint: form
				? `It is read as ${form} (document.format in the annotations), in which no turn was found; the forms Citegraph reads are: ${FORM_LIST} (see "Transcript forms" in README.md).`
				: `Start each turn with a line holding only the speaker's label and a colon ("Wang Qing:"), or use another form Citegraph reads: ${FORM_LIST}; see "The transcript" in README.md.`
		});
	}
	return out;
}

/** An alias names one speaker: the same label (in any case) on two speakers is reported once. */
function checkAliases(
	a: Annotations,
	locate: (path: YamlPath) => { line: number; column: number },
	input: DocumentSource
): Diagnostic[] {
	const owner = new Map<string, { speaker: string; path: YamlPath }>();
	const out: Diagnostic[] = [];
	a.speakers.forEach((speaker, i) => {
		speaker.aliases.forEach((alias, k) => {
			const key = alias.toLowerCase();
			const path = ['speakers', i, 'aliases', k];
			const first = owner.get(key);
			if (!first) {
				owner.set(key, { speaker: speaker.id, path });
			} else if (first.speaker !== speaker.id) {
				out.push({
					file: input.annotationsFile,
					...locate(path),
					message: `the alias "${alias}" is given to both "${first.speaker}" (line ${locate(first.path).line}) and "${speaker.id}", so the transcript's "${alias}:" turns cannot be assigned`,
					hint: 'Keep the alias on the one speaker who uses that label in the transcript.'
				});
			}
		});
	});
	return out;
}

class Compiler {
	private readonly nodes = new Map<string, GraphNode>();
	private readonly nodePaths = new Map<string, YamlPath>();
	private readonly edges = new Map<string, GraphEdge>();
	/** Checks that need every node, run after the annotations are read. */
	private readonly pendingTypeChecks: (() => void)[] = [];
	private turns: Turn[] = [];
	private sentences: Sentence[] = [];
	private index!: SourceIndex;
	private readonly sentenceOrder = new Map<string, number>();
	private readonly transcriptLines: LineIndex;

	constructor(
		private readonly input: DocumentSource,
		private readonly a: Annotations,
		private readonly locate: (path: YamlPath) => { line: number; column: number },
		private readonly diagnostics: Diagnostic[]
	) {
		this.transcriptLines = new LineIndex(input.transcript);
	}

	run(): Graph {
		const parsed = this.readTranscript();
		this.addSpeakersAndOrganizations();
		this.addQuestionsAndAnswers();
		this.addEntities();
		this.addClaims();
		this.addRelations();
		this.checkReferences();
		const uncited = this.readUncited();

		const { document: doc } = this.a;
		return {
			type: GRAPH_FORMAT,
			version: GRAPH_VERSION,
			document: {
				id: this.input.id,
				title: doc.title ?? parsed.title?.value ?? this.input.id,
				source: this.input.transcriptFile,
				author: doc.author ?? parsed.author?.value ?? null,
				editor: doc.editor ?? parsed.editor?.value ?? null,
				date: doc.date ?? null,
				language: doc.language,
				description: doc.description ?? null,
				form: parsed.form,
				...(doc.recording ? { recording: doc.recording } : {})
			},
			turns: this.turns,
			sentences: this.sentences,
			nodes: [...this.nodes.values()],
			edges: [...this.edges.values()],
			uncited
		};
	}

	// -------------------------------------------------------------------------------------------
	// Transcript → turns and sentences

	private readTranscript() {
		const { transcript: source } = this.input;
		const parsed = readTranscript(source, this.a.document.format);
		const speakerByAlias = new Map<string, Annotations['speakers'][number]>();
		for (const speaker of this.a.speakers) {
			for (const alias of speaker.aliases) speakerByAlias.set(alias.toLowerCase(), speaker);
		}

		let questionNumber = 0;
		let currentQuestion: Turn | null = null;
		const answersPerQuestion = new Map<string, Map<string, number>>();

		parsed.blocks.forEach((block, i) => {
			const id = `t${i}`;
			let kind: Turn['kind'] = 'narration';
			let speakerId: string | null = null;
			let node: string | null = null;
			let question: string | null = null;
			if (block.label !== null) {
				const speaker = speakerByAlias.get(block.label.toLowerCase());
				if (!speaker) {
					this.diagnostics.push({
						file: this.input.transcriptFile,
						line: block.line,
						column: 1,
						message: `"${block.label}:" looks like a speaker label, but no speaker has the alias "${block.label}"`,
						hint: `Add "${block.label}" to the aliases of a speaker in ${this.input.annotationsFile}.`
					});
					return;
				}
				speakerId = speaker.id;
				if (speaker.role === 'host') {
					kind = 'question';
					questionNumber++;
					node = `q${questionNumber}`;
				} else {
					kind = 'answer';
					if (!currentQuestion) {
						this.diagnostics.push({
							file: this.input.transcriptFile,
							line: block.line,
							column: 1,
							message: `${speaker.name} answers before any question has been asked`,
							hint: 'Mark the speaker who asks the questions with role: host.'
						});
						return;
					}
					question = currentQuestion.id;
					const seen = answersPerQuestion.get(question) ?? new Map<string, number>();
					const n = (seen.get(speaker.id) ?? 0) + 1;
					seen.set(speaker.id, n);
					answersPerQuestion.set(question, seen);
					node = `${currentQuestion.node}-${speaker.id}${n > 1 ? `-${n}` : ''}`;
				}
			}
			const turn: Turn = {
				id,
				kind,
				speaker: speakerId,
				question,
				node,
				start: block.start,
				end: block.end,
				line: block.line,
				...(block.time ? { time: block.time } : {})
			};
			if (kind === 'question') currentQuestion = turn;
			this.turns.push(turn);
			const sentences = blockSentences(source, block, this.a.document.language);
			sentences.forEach((span, n) => {
				this.sentences.push({
					id: `${id}-s${n + 1}`,
					turn: id,
					speaker: speakerId,
					text: source.slice(span.start, span.end),
					start: span.start,
					end: span.end,
					line: this.transcriptLines.line(span.start),
					...(span.time ? { time: span.time } : {})
				});
			});
			// A turn's time, when only its cues have one (the narration of captions, whose block has no
			// time: it has no speaker line): from the first to the last.
			const first = sentences.find((s) => s.time)?.time;
			const last = sentences.findLast((s) => s.time)?.time;
			if (!turn.time && first && last) {
				turn.time = { start: first.start, ...(last.end !== undefined ? { end: last.end } : {}) };
			}
		});
		this.sentences.forEach((s, i) => this.sentenceOrder.set(s.id, i));
		this.index = new SourceIndex(source, this.turns, this.sentences);
		return parsed;
	}

	// -------------------------------------------------------------------------------------------
	// Nodes

	private addSpeakersAndOrganizations() {
		this.a.speakers.forEach((speaker, i) => {
			if (speaker.role !== 'author' && speaker.aliases.length === 0) {
				this.report(
					['speakers', i, 'aliases'],
					`speaker "${speaker.id}" needs at least one alias`,
					'List the label the transcript uses for them, e.g. aliases: [Wang Qing].'
				);
			}
		});
		for (const [i, org] of this.a.organizations.entries()) {
			const quote = this.anchor(org.quote, ['organizations', i, 'quote']);
			this.addNode(
				{
					id: org.id,
					type: 'organization',
					label: org.name,
					name: org.name,
					citations: quote?.sentences ?? []
				},
				['organizations', i, 'id']
			);
		}
		for (const [i, speaker] of this.a.speakers.entries()) {
			const path = ['speakers', i] as const;
			const introduced = this.anchor(speaker.introduced, [...path, 'introduced']);
			this.addNode(
				{
					id: speaker.id,
					type: 'speaker',
					label: speaker.name,
					name: speaker.name,
					role: speaker.role,
					title: speaker.title ?? null,
					organization: speaker.organization ?? null,
					aliases: speaker.aliases,
					citations: introduced?.sentences ?? []
				},
				[...path, 'id']
			);
			if (speaker.organization && introduced) {
				this.addEdge(speaker.id, 'affiliated-with', speaker.organization, introduced.sentences);
			}
		}
	}

	private addQuestionsAndAnswers() {
		const labels = new Map(this.a.questions.map((q, i) => [q.number, { ...q, i }]));
		const questionCount = this.turns.filter((t) => t.kind === 'question').length;
		for (const [number, q] of labels) {
			if (number > questionCount) {
				this.report(
					['questions', q.i, 'number'],
					`question ${number} has a label, but the transcript has only ${questionCount} questions`
				);
			}
		}
		const sentencesByTurn = new Map<string, Sentence[]>();
		for (const s of this.sentences) {
			const list = sentencesByTurn.get(s.turn);
			if (list) list.push(s);
			else sentencesByTurn.set(s.turn, [s]);
		}
		for (const turn of this.turns) {
			if (!turn.node || !turn.speaker) continue;
			const sentences = sentencesByTurn.get(turn.id) ?? [];
			const first = sentences[0];
			const last = sentences[sentences.length - 1];
			if (!first || !last) {
				this.diagnostics.push({
					file: this.input.transcriptFile,
					line: turn.line,
					column: 1,
					message: `the turn at line ${turn.line} has no text`,
					hint: 'Remove the empty label or add what was said.'
				});
				continue;
			}
			const text = this.input.transcript.slice(first.start, last.end);
			const citations = sentences.map((s) => s.id);
			if (turn.kind === 'question') {
				const number = Number(turn.node.slice(1));
				this.nodes.set(turn.node, {
					id: turn.node,
					type: 'question',
					label: labels.get(number)?.label ?? `Q${number}: ${shorten(first.text, 70)}`,
					number,
					speaker: turn.speaker,
					turn: turn.id,
					text,
					citations
				});
				this.addEdge(turn.node, 'asked-by', turn.speaker, [first.id]);
			} else {
				const question = this.turns.find((t) => t.id === turn.question)!;
				const speaker = this.a.speakers.find((s) => s.id === turn.speaker)!;
				this.nodes.set(turn.node, {
					id: turn.node,
					type: 'answer',
					label: `${speaker.name}'s answer to Q${question.node!.slice(1)}`,
					question: question.node!,
					speaker: turn.speaker,
					turn: turn.id,
					text,
					citations
				});
				this.addEdge(turn.node, 'answers', question.node!, [first.id]);
				this.addEdge(turn.node, 'said-by', turn.speaker, [first.id]);
			}
		}
	}

	private addEntities() {
		for (const [i, entity] of this.a.entities.entries()) {
			const spans = this.anchorAll(entity.quotes, ['entities', i, 'quotes']);
			this.addNode(
				{
					id: entity.id,
					type: entity.type,
					label: entity.label,
					description: entity.description ?? null,
					citations: sentenceIds(spans)
				},
				['entities', i, 'id']
			);
		}
	}

	private addClaims() {
		for (const [i, claim] of this.a.claims.entries()) {
			const path = ['claims', i] as const;
			const speaker = this.a.speakers.find((s) => s.id === claim.speaker);
			if (!speaker) {
				this.report(
					[...path, 'speaker'],
					`claim "${claim.id}" names an unknown speaker "${claim.speaker}"`,
					this.known('speaker')
				);
			}
			const quotes: QuoteSpan[] = [];
			const madeIn = new Map<string, string[]>();
			claim.quotes.forEach((quote, q) => {
				const anchored = this.anchorWithTurn(quote, [...path, 'quotes', q]);
				if (!anchored) return;
				const { span, turn } = anchored;
				// The article's author speaks in the narration, and only there.
				const theirs =
					speaker?.role === 'author' ? turn.kind === 'narration' : turn.speaker === speaker?.id;
				if (speaker && !theirs) {
					const who = turn.speaker ? this.speakerName(turn.speaker) : 'the narrator';
					this.report(
						[...path, 'quotes', q],
						`claim "${claim.id}" is attributed to ${speaker.name}, but this quote is from ${who}'s turn at line ${turn.line} of ${this.input.transcriptFile}`,
						turn.kind === 'narration'
							? "The narration is the article author's voice: attribute the claim to a speaker with role: author."
							: 'Attribute the claim to the person who said it, or quote their words.'
					);
					return;
				}
				quotes.push(span);
				if (turn.node) madeIn.set(turn.node, [...(madeIn.get(turn.node) ?? []), ...span.sentences]);
			});
			const citations = sentenceIds(quotes);
			const relayed = claim.relayed
				? {
						holder: claim.relayed.holder,
						source: claim.relayed.source ?? null,
						view: claim.label
					}
				: null;
			if (claim.relayed?.source) {
				this.pendingTypeChecks.push(() =>
					this.expectType(
						[...path, 'relayed', 'source'],
						claim.relayed!.source!,
						['organization', 'speaker'],
						`the relayed view "${claim.id}" is held by`
					)
				);
			}
			this.addNode(
				{
					id: claim.id,
					type: 'claim',
					label: relayed
						? relayedLabel(speaker?.name ?? claim.speaker, relayed.holder, relayed.view)
						: claim.label,
					speaker: claim.speaker,
					statement: claim.statement,
					kind: claim.kind ?? null,
					quotes,
					citations,
					relayed
				},
				[...path, 'id']
			);
			if (quotes.length === 0) continue;
			if (speaker) {
				this.addEdge(claim.id, relayed ? 'relayed-by' : 'said-by', speaker.id, citations);
			}
			for (const [node, cited] of madeIn) this.addEdge(claim.id, 'made-in', node, unique(cited));
			claim.about.forEach((target, t) => {
				this.expectType(
					[...path, 'about', t],
					target,
					['sector', 'scenario', 'concept', 'organization'],
					`claim "${claim.id}" is about`
				);
				this.addEdge(claim.id, 'about', target, citations);
			});
		}
	}

	private addRelations() {
		for (const [i, relation] of this.a.relations.entries()) {
			const path = ['relations', i] as const;
			const spans = this.anchorAll(relation.quotes, [...path, 'quotes']);
			const [sourceTypes, targetTypes] = RELATION_ENDS[relation.relation];
			const verb = `"${relation.relation}"`;
			this.expectType([...path, 'source'], relation.source, sourceTypes, `the source of ${verb}`);
			this.expectType([...path, 'target'], relation.target, targetTypes, `the target of ${verb}`);
			if (relation.source === relation.target) {
				this.report([...path, 'target'], `relation ${verb} joins "${relation.source}" to itself`);
			}
			const id = edgeId(relation.source, relation.relation, relation.target);
			if (this.edges.has(id)) {
				this.report(
					path,
					`duplicate relation: "${relation.source}" ${relation.relation} "${relation.target}" is already in the graph`,
					'Merge the quotes into one relation.'
				);
				continue;
			}
			if (spans.length === relation.quotes.length) {
				this.addEdge(relation.source, relation.relation, relation.target, sentenceIds(spans));
			}
		}
	}

	/** Reports references to nodes that do not exist, now that every node is known. */
	private checkReferences() {
		for (const check of this.pendingTypeChecks) check();
		this.a.speakers.forEach((speaker, i) => {
			if (speaker.organization && !this.nodes.has(speaker.organization)) {
				this.report(
					['speakers', i, 'organization'],
					`speaker "${speaker.id}" belongs to an unknown organisation "${speaker.organization}"`,
					this.known('organization')
				);
			}
		});
		for (const edge of this.edges.values()) {
			if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) {
				// Already reported where the reference was written; drop the dangling edge.
				this.edges.delete(edge.id);
			}
		}
	}

	private readUncited(): Graph['uncited'] {
		const claimCited = new Set<string>();
		for (const node of this.nodes.values()) {
			if (node.type === 'claim') node.citations.forEach((s) => claimCited.add(s));
		}
		const out: Graph['uncited'] = [];
		this.a.uncited.forEach((entry, i) => {
			const span = this.anchor(entry.quote, ['uncited', i, 'quote']);
			if (!span) return;
			for (const sentence of span.sentences) {
				if (claimCited.has(sentence)) {
					this.report(
						['uncited', i, 'quote'],
						`sentence ${sentence} is listed as uncited, but a claim cites it`,
						'Remove it from uncited.'
					);
				} else {
					out.push({ sentence, reason: entry.reason });
				}
			}
		});
		return out;
	}

	// -------------------------------------------------------------------------------------------
	// Helpers

	private addNode(node: GraphNode, path: YamlPath) {
		const existing = this.nodePaths.get(node.id);
		if (existing || this.nodes.has(node.id)) {
			const where = existing
				? `line ${this.locate(existing).line}`
				: 'the transcript (generated question/answer id)';
			this.report(
				path,
				`duplicate id "${node.id}" (first used at ${where})`,
				'Every speaker, organisation, entity and claim needs its own id.'
			);
			return;
		}
		this.nodes.set(node.id, node);
		this.nodePaths.set(node.id, path);
	}

	private addEdge(source: string, relation: Relation, target: string, citations: string[]) {
		const id = edgeId(source, relation, target);
		const order = (s: string) => this.sentenceOrder.get(s) ?? 0;
		const cited = unique(citations).sort((a, b) => order(a) - order(b));
		this.edges.set(id, { id, source, target, relation, citations: cited });
	}

	private expectType(path: YamlPath, id: string, types: NodeType[], what: string) {
		const node = this.nodes.get(id);
		if (!node) {
			this.report(
				path,
				`${what} "${id}", which is not a node of this document`,
				`Known ${types.join('/')} ids: ${this.idsOf(types)}`
			);
		} else if (!types.includes(node.type)) {
			this.report(
				path,
				`${what} "${id}", which is ${/^[aeiou]/.test(node.type) ? 'an' : 'a'} ${node.type}; expected ${types.join(' or ')}`
			);
		}
	}

	private anchorWithTurn(quote: string, path: YamlPath): { span: QuoteSpan; turn: Turn } | null {
		const result = this.index.anchor(quote);
		if (result.ok) return result;
		const { message, hint } = describeAnchorFailure(
			result,
			this.input.transcriptFile.split('/').pop()!,
			(id) => (id ? this.speakerName(id) : 'the narrator')
		);
		this.report(path, message, hint);
		return null;
	}

	private anchor(quote: string, path: YamlPath): QuoteSpan | null {
		return this.anchorWithTurn(quote, path)?.span ?? null;
	}

	private anchorAll(quotes: string[], path: YamlPath): QuoteSpan[] {
		return quotes.flatMap((q, i) => this.anchor(q, [...path, i]) ?? []);
	}

	private speakerName(id: string): string {
		return this.a.speakers.find((s) => s.id === id)?.name ?? id;
	}

	private idsOf(types: NodeType[]): string {
		const ids = [...this.nodes.values()].filter((n) => types.includes(n.type)).map((n) => n.id);
		return ids.length > 0 ? shorten(ids.join(', '), 200) : '(none)';
	}

	private known(type: NodeType): string {
		return `Known ${type} ids: ${this.idsOf([type])}`;
	}

	private report(path: YamlPath, message: string, hint?: string) {
		this.diagnostics.push({
			file: this.input.annotationsFile,
			...this.locate(path),
			message,
			hint
		});
	}
}

/**
 * The label a relayed view shows everywhere (explorer, panels, stance view, pages, exports), so it
 * is never read as the relaying speaker's own claim.
 *
 * @example
 * relayedLabel('Gong Haihan', 'commentators', 'blockchain is only a basic technology for now');
 * // 'Relayed by Gong Haihan: commentators say blockchain is only a basic technology for now'
 */
export function relayedLabel(relayer: string, holder: string, view: string): string {
	return `Relayed by ${relayer}: ${holder} say ${view}`;
}

function sentenceIds(spans: QuoteSpan[]): string[] {
	return unique(spans.flatMap((s) => s.sentences));
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}

function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
