/**
 * The transcript forms, one reader each, and the registry that detects which form a text is in.
 * Every reader keeps the source unchanged and returns turns and spoken text as offsets into it,
 * so quotes are anchored in the file exactly as the person gave it.
 */
import { sentenceSpans, type Span } from '../transcript';
import { srt, webvtt } from './captions';
import { markdown } from './markdown';
import { FORM_LIST, TRANSCRIPT_FORMS, type TranscriptFormName } from './names';
import { oneLine } from './one-line';
import { published } from './published';
import { service } from './service';
import type { FormBlock, TimeRange, TranscriptForm, TranscriptReading } from './types';

export * from './names';
export type { FormBlock, TextPart, TimeRange, TranscriptForm, TranscriptReading } from './types';

/** The readers, in the order a tie in detection is settled. */
export const FORMS: readonly TranscriptForm[] = [
	webvtt,
	srt,
	service,
	markdown,
	published,
	oneLine
];

/** The reader of a named form. */
export function transcriptForm(name: TranscriptFormName): TranscriptForm {
	return FORMS.find((f) => f.name === name)!;
}

/** Which form a transcript is in, and how sure detection is. */
export interface DetectedForm {
	form: TranscriptFormName;
	/** Turn-starting lines (or cues) the form recognised; 0 when no form recognised any. */
	score: number;
	/** Every form's score, for saying why one was chosen. */
	scores: Record<TranscriptFormName, number>;
}

/**
 * Detects a transcript's form: the one that recognises the most turn-starting lines (a WebVTT
 * header or an SRT cue settles it). A text no form recognises is taken as `published`, whose
 * reader then finds no speaker labels.
 *
 * @example
 * detectForm('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Jane>Hello.').form; // 'webvtt'
 * detectForm('Jane: Hello?\nSam: Hi.\nJane: Well?').form; // 'one-line'
 */
export function detectForm(source: string): DetectedForm {
	const scores = Object.fromEntries(TRANSCRIPT_FORMS.map((f) => [f, 0])) as Record<
		TranscriptFormName,
		number
	>;
	let best: TranscriptForm = published;
	let bestScore = 0;
	for (const form of FORMS) {
		const score = form.detect(source);
		scores[form.name] = score;
		if (score > bestScore) {
			best = form;
			bestScore = score;
		}
	}
	return { form: best.name, score: bestScore, scores };
}

/**
 * Reads a transcript in the given form, or in the form detected.
 *
 * @example
 * const reading = readTranscript(text); // or readTranscript(text, 'webvtt')
 * reading.blocks.map((b) => b.label); // [null, 'Jane Doe', 'Sam Lee', …]
 */
export function readTranscript(source: string, form?: TranscriptFormName): TranscriptReading {
	return transcriptForm(form ?? detectForm(source).form).read(source);
}

/** A sentence of a block, with its time when the source gives one. */
export interface TimedSentence extends Span {
	time?: TimeRange;
}

/**
 * The sentences of a block's spoken text, each with its time: its cue's time, or the turn's,
 * shared among its sentences in proportion to their length when there are several.
 * Times are in seconds, rounded to milliseconds.
 *
 * @example
 * blockSentences(source, reading.blocks[1]!).map((s) => s.time); // [{ start: 1, end: 2.5 }, …]
 */
export function blockSentences(source: string, block: FormBlock, locale = 'en'): TimedSentence[] {
	const pieces = block.parts.map((part) => ({
		part,
		sentences: sentenceSpans(source, part, locale)
	}));
	if (!pieces.some((p) => p.part.time)) {
		const sentences = pieces.flatMap((p) => p.sentences);
		return block.time ? share(sentences, block.time) : sentences;
	}
	// Parts of one cue hold the same time object: the cue's time is shared among all of them.
	const out: TimedSentence[] = [];
	for (let i = 0; i < pieces.length;) {
		const time = pieces[i]!.part.time;
		let j = i;
		while (j < pieces.length && pieces[j]!.part.time === time) j++;
		const sentences = pieces.slice(i, j).flatMap((p) => p.sentences);
		out.push(...(time ? share(sentences, time) : sentences));
		i = j;
	}
	return out;
}

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** `time` shared among `sentences` by length; with no end, the first alone starts at `start`. */
function share(sentences: Span[], time: TimeRange): TimedSentence[] {
	if (time.end === undefined) {
		return sentences.map((s, i) => (i === 0 ? { ...s, time: { start: time.start } } : s));
	}
	const total = sentences.reduce((n, s) => n + (s.end - s.start), 0);
	const length = time.end - time.start;
	let done = 0;
	return sentences.map((s) => {
		const start = time.start + (total > 0 ? (length * done) / total : 0);
		done += s.end - s.start;
		const end = time.start + (total > 0 ? (length * done) / total : length);
		return { ...s, time: { start: ms(start), end: ms(end) } };
	});
}

/** The message for a form name Citegraph does not know. */
export function unknownFormMessage(name: string): string {
	return `"${name}" is not a transcript form Citegraph knows; the forms are: ${FORM_LIST}`;
}
