/**
 * A starter `annotations.yaml` for a transcript in any form Citegraph reads: the form, the
 * speakers with their aliases, the host (guessed, and the guess explained), and the titles and
 * organisations the text introduces them with — only what can be anchored in the text, checked
 * by the real compiler. Pure and free of Node imports: `graph:new` and the browser use it alike.
 */
import { compileDocument, type CompileResult } from './compile';
import { formatDiagnostic } from './diagnostics';
import { slugWords, uniqueId } from './ids';
import {
	blockSentences,
	detectForm,
	FORM_LIST,
	isTranscriptForm,
	readTranscript,
	unknownFormMessage,
	type TranscriptFormName
} from './forms';
import { plural } from './plural';
import { ID_PATTERN } from './schema';
import { clockTime } from './timing';
import type { Span } from './transcript';

export interface StarterOptions {
	/** The document id (lower-case words joined by hyphens); default from `fileName`. */
	id?: string;
	/** The transcript's form (see {@link FORM_LIST}); detected when not given. */
	format?: string;
	/** The transcript's file name, for the default id and the messages. */
	fileName?: string;
}

/** A speaker as the starter found them. */
export interface StarterSpeaker {
	id: string;
	name: string;
	/** Every label the transcript uses for them (in any case). */
	aliases: string[];
	role: 'host' | 'guest';
	turns: number;
	/** Turns that end in a question mark. */
	questions: number;
	title: string | null;
	organization: { id: string; name: string; quote: string } | null;
	/** The verbatim words the `introduced` field quotes, and whether they really introduce. */
	introduced: string;
	introducedByText: boolean;
}

export interface Starter {
	form: TranscriptFormName;
	/** The document id used (given, or made from the file name). */
	id: string;
	/** The text of the starter `annotations.yaml`. */
	yaml: string;
	/** What was found and what the author should check, one sentence each, in reading order. */
	findings: string[];
	speakers: StarterSpeaker[];
	/** The real compiler's verdict on the transcript with these annotations. */
	compiled: CompileResult;
}

/** A transcript the starter cannot begin from: an unknown form, or no turns in any form. */
export class StarterError extends Error {
	/**
	 * @param undetected whether no form found turns in the text, so that naming the form (on the
	 *   command line, `--format`) may help.
	 */
	constructor(
		message: string,
		readonly undetected = false
	) {
		super(message);
	}
}

/**
 * Builds the starter annotations of a transcript, and says what it found.
 *
 * @throws StarterError when `format` is not a known form, when no form finds speaker turns in
 *   the text, or when the id is not a valid id; the message says what to do.
 *
 * @example
 * const { form, yaml, findings } = starterAnnotations(text, { fileName: 'harbour.vtt' });
 * // form: 'webvtt'; findings[0]: 'Form: webvtt (detected: it starts with WEBVTT).'
 */
export function starterAnnotations(text: string, options: StarterOptions = {}): Starter {
	const findings: string[] = [];
	let form: TranscriptFormName;
	if (options.format !== undefined) {
		if (!isTranscriptForm(options.format))
			throw new StarterError(unknownFormMessage(options.format));
		form = options.format;
		findings.push(`Form: ${form} (as given).`);
	} else {
		const detected = detectForm(text);
		if (detected.score === 0) {
			throw new StarterError(
				`no speaker turns found in ${options.fileName ?? 'the transcript'} in any form Citegraph reads (${FORM_LIST}); see "Transcript forms" in README.md`,
				true
			);
		}
		form = detected.form;
		findings.push(`Form: ${form} (detected: ${whyDetected(form, detected.scores)}).`);
	}
	const id = options.id ?? slug(baseName(options.fileName ?? '')) ?? 'interview';
	if (!ID_PATTERN.test(id)) {
		throw new StarterError(
			`"${id}" is not a valid document id: use lower-case words joined by hyphens, e.g. "harbour-talk"`
		);
	}

	const reading = readTranscript(text, form);
	const turns = reading.blocks.slice(1);
	if (turns.length === 0) {
		throw new StarterError(
			`no speaker turns found in ${options.fileName ?? 'the transcript'} read as ${form}; the forms Citegraph reads are: ${FORM_LIST}`
		);
	}
	const sentences = reading.blocks.flatMap((block, b) =>
		blockSentences(text, block).map((s) => ({ ...s, block: b, text: text.slice(s.start, s.end) }))
	);

	// Speakers, by label in any case, in order of first appearance.
	const byLabel = new Map<string, StarterSpeaker>();
	const usedIds = new Set<string>();
	turns.forEach((block, i) => {
		const key = block.label!.toLowerCase();
		let speaker = byLabel.get(key);
		if (!speaker) {
			const speakerId = uniqueId(slug(block.label!) ?? `speaker-${byLabel.size + 1}`, usedIds);
			speaker = {
				id: speakerId,
				name: block.label!,
				aliases: [],
				role: 'guest',
				turns: 0,
				questions: 0,
				title: null,
				organization: null,
				introduced: '',
				introducedByText: false
			};
			byLabel.set(key, speaker);
		}
		if (!speaker.aliases.includes(block.label!)) speaker.aliases.push(block.label!);
		speaker.turns++;
		const own = sentences.filter((s) => s.block === i + 1);
		const last = own[own.length - 1]?.text.replace(/["'”’»)\]\s]+$/, '');
		if (last?.endsWith('?') || last?.endsWith('？')) speaker.questions++;
	});
	const speakers = [...byLabel.values()];

	// The host: whoever ends the most turns with a question mark; a tie goes to who speaks first.
	const host = speakers.reduce((best, s) => (s.questions > best.questions ? s : best));
	host.role = 'host';
	const others = speakers.filter((s) => s !== host);
	const tally = (s: StarterSpeaker) => `${s.questions} of ${s.turns} turns`;
	if (host.questions === 0) {
		findings.push(
			`Host: ${host.name}, guessed only because they speak first: no speaker's turns end in a question mark. Check role: host.`
		);
	} else {
		const tie = others.filter((s) => s.questions === host.questions);
		findings.push(
			`Host: ${host.name}, guessed because ${tally(host)} end in a question mark, ` +
				(tie.length > 0 ? 'as many as anyone else' : 'more than anyone else') +
				(others.length > 0 ? ` (${others.map((s) => `${s.name}: ${tally(s)}`).join('; ')})` : '') +
				(tie.length > 0
					? `; tied with ${tie.map((s) => s.name).join(', ')}, so the first to speak`
					: '') +
				'. Check role: host.'
		);
	}

	// Introductions: "Ravi Sen, the chief engineer of the Northern Grid Company".
	const organizations = new Map<string, { id: string; name: string; quote: string }>();
	for (const speaker of speakers) {
		const intro = findIntroduction(text, sentences, speaker);
		if (intro) {
			speaker.introduced = intro.quote;
			speaker.introducedByText = true;
			speaker.title = intro.title;
			if (intro.organization) {
				const existing = [...organizations.values()].find((o) => o.name === intro.organization);
				const org = existing ?? {
					id: uniqueId(slug(intro.organization) ?? 'organization', usedIds),
					name: intro.organization,
					quote: occursOnce(text, intro.organization) ? intro.organization : intro.quote
				};
				organizations.set(org.id, org);
				speaker.organization = org;
			}
			findings.push(
				`${speaker.name}: introduced at line ${lineOf(text, intro.at)}` +
					(speaker.title ? ` as ${speaker.title}` : '') +
					(speaker.organization ? ` of ${speaker.organization.name}` : '') +
					'.'
			);
		} else {
			const first = sentences.find(
				(s) =>
					s.block > 0 &&
					reading.blocks[s.block]!.label!.toLowerCase() === speaker.aliases[0]!.toLowerCase() &&
					occursOnce(text, s.text)
			);
			speaker.introduced = first?.text ?? '';
			findings.push(
				`${speaker.name}: not introduced in the text; "introduced" quotes their first words. Replace it with the words that introduce them, if there are any.`
			);
		}
	}

	const timed = sentences.filter((s) => s.time);
	if (timed.length > 0) {
		const end = Math.max(...timed.map((s) => s.time!.end ?? s.time!.start));
		findings.push(
			`Times: ${timed.length} of ${sentences.length} sentences have times (up to ${clockTime(end)}); add document.recording (a URL) or pick the recording in the reader to play them.`
		);
	}
	findings.push(
		`Speakers: ${speakers.map((s) => `${s.name} (${plural(s.turns, 'turn')})`).join(', ')}. Check that each is one person and that no label was missed.`
	);

	const yaml = starterYaml({ form, fileName: options.fileName, speakers, organizations });
	const compiled = compileDocument({
		id,
		transcriptFile: `graph-data/${id}/transcript.txt`,
		transcript: text,
		annotationsFile: `graph-data/${id}/annotations.yaml`,
		annotations: yaml
	});
	if (compiled.ok) {
		const questions = compiled.graph.nodes.filter((n) => n.type === 'question').length;
		const answers = compiled.graph.nodes.filter((n) => n.type === 'answer').length;
		findings.push(
			`Compiles: ${plural(questions, 'question')}, ${plural(answers, 'answer')}, ${plural(compiled.graph.sentences.length, 'sentence')}. Next: add entities, claims and relations, each quoting the text.`
		);
	} else {
		for (const d of compiled.diagnostics) findings.push(`Does not compile: ${formatDiagnostic(d)}`);
	}
	return {
		form,
		id,
		yaml,
		findings,
		speakers,
		compiled
	};
}

/** Why detection chose `form`, in words. */
function whyDetected(form: TranscriptFormName, scores: Record<TranscriptFormName, number>): string {
	if (form === 'webvtt') return 'it starts with WEBVTT';
	if (form === 'srt') return 'it is numbered cues with timings';
	const runnerUp = Object.entries(scores)
		.filter(([name, score]) => name !== form && score > 0)
		.sort((a, b) => b[1] - a[1])[0];
	return (
		`${plural(scores[form], 'speaker line')} of this form` +
		(runnerUp ? `; next best ${runnerUp[0]}, with ${runnerUp[1]}` : '')
	);
}

const INTRO = new RegExp(
	String.raw`^,?\s+(?:(?:the|a|an|our|my)\s+)?` +
		String.raw`(?:([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?)\s+(?:of|at|from|with|for)\s+|(?:of|at|from|with)\s+)` +
		String.raw`((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|&|de|du|der)\s+)*[A-Z][\w&'’-]*)*)`
);

/** Where the text introduces `speaker` by name, with a title and organisation. */
function findIntroduction(
	text: string,
	sentences: (Span & { text: string })[],
	speaker: StarterSpeaker
): { quote: string; at: number; title: string | null; organization: string | null } | null {
	for (const sentence of sentences) {
		const lower = sentence.text.toLowerCase();
		for (const alias of speaker.aliases) {
			const at = lower.indexOf(alias.toLowerCase());
			if (at === -1) continue;
			const match = INTRO.exec(sentence.text.slice(at + alias.length));
			if (!match) continue;
			const organization = match[2]!.replace(/^the\s+/, '');
			// The whole sentence, when it occurs once (a part of it would occur as often).
			if (!occursOnce(text, sentence.text)) continue;
			return {
				quote: sentence.text,
				at: sentence.start + at,
				title: match[1] ?? null,
				organization
			};
		}
	}
	return null;
}

function starterYaml(input: {
	form: TranscriptFormName;
	fileName: string | undefined;
	speakers: StarterSpeaker[];
	organizations: Map<string, { id: string; name: string; quote: string }>;
}): string {
	const lines = [
		`# Starter annotations${input.fileName ? ` for ${input.fileName}` : ''}, written by graph:new.`,
		'# Check the speakers (names, aliases, who is the host), then add entities, claims and',
		'# relations, each quoting the transcript verbatim. See "The annotations" in README.md.',
		'document:',
		`  format: ${input.form} # the transcript's form`,
		'  language: en',
		'speakers:'
	];
	for (const s of input.speakers) {
		lines.push(
			`  - id: ${s.id}`,
			`    name: ${quote(s.name)}`,
			`    aliases: [${s.aliases.map(quote).join(', ')}]`,
			`    role: ${s.role}${s.role === 'host' ? ' # guessed: see graph:new' : ''}`
		);
		if (s.title) lines.push(`    title: ${quote(s.title)}`);
		if (s.organization) lines.push(`    organization: ${s.organization.id}`);
		lines.push(
			`    introduced: ${quote(s.introduced)}${s.introducedByText ? '' : ' # their first words: not an introduction'}`
		);
	}
	if (input.organizations.size > 0) {
		lines.push('organizations:');
		for (const org of input.organizations.values()) {
			lines.push(
				`  - id: ${org.id}`,
				`    name: ${quote(org.name)}`,
				`    quote: ${quote(org.quote)}`
			);
		}
	}
	lines.push('entities: []', 'claims: []', 'relations: []', '');
	return lines.join('\n');
}

/** A YAML scalar for any string: single-quoted, or double-quoted when it holds a line break. */
function quote(value: string): string {
	if (/[\n\r\t\\]/.test(value)) return JSON.stringify(value);
	return `'${value.replaceAll("'", "''")}'`;
}

/** Lower-case words joined by hyphens (at most six), or null when nothing is left. */
function slug(text: string): string | null {
	return slugWords(text) || null;
}

function baseName(fileName: string): string {
	return (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
}

function occursOnce(text: string, needle: string): boolean {
	if (needle === '') return false;
	const first = text.indexOf(needle);
	return first !== -1 && text.indexOf(needle, first + 1) === -1;
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
