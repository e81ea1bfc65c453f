/**
 * Caption forms: WebVTT (`<v Jane Doe>` voice tags) and SRT (a speaker prefix in the cue text).
 * A cue is a run of lines between blank lines: an optional identifier (SRT's cue number), a
 * timing line `00:00:01.000 --> 00:00:04.000`, then the text. Only the text is spoken: cue
 * numbers, timings, voice tags and other tags (`<i>`, `<c.loud>`, `<00:00:02.000>`) are left out
 * of every sentence, and a sentence never runs across a tag or a line.
 */
import { trimSpan, type Span } from '../transcript';
import {
	assembleBlocks,
	clockSeconds,
	isLabel,
	lineGroups,
	sourceLines,
	TIME,
	textBetween,
	type Segment,
	type SourceLine
} from './lines';
import type { TimeRange, TranscriptForm } from './types';

const TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})`);
const TAG = /<[^>\n]*>/;
const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>\n]*)>/g;
/** "Jane Doe: …", "- Jane Doe: …", ">> Jane Doe: …", or "[Jane Doe] …" at a cue's start. */
const PREFIX = /^([ \t]*(?:-|>>)?[ \t]*)(?:([^:\n]{1,60}?)[ \t]*:[ \t]+|\[([^\]\n]{1,60})\][ \t]*)/;

interface Cue {
	/** The cue's first line (identifier or timing). */
	start: number;
	time: TimeRange;
	/** The text lines. */
	lines: SourceLine[];
}

function cues(source: string, header: 'webvtt' | 'srt'): Cue[] {
	const out: Cue[] = [];
	lineGroups(sourceLines(source)).forEach((group, g) => {
		if (header === 'webvtt' && g === 0 && /^\uFEFF?WEBVTT/.test(group[0]!.text)) return;
		if (/^(NOTE|STYLE|REGION)\b/.test(group[0]!.text)) return;
		const timingAt = group.findIndex((line, i) => i < 2 && TIMING.test(line.text));
		if (timingAt === -1) return;
		const [, from, to] = TIMING.exec(group[timingAt]!.text)!;
		out.push({
			start: group[0]!.start,
			time: { start: clockSeconds(from!), end: clockSeconds(to!) },
			lines: group.slice(timingAt + 1)
		});
	});
	return out;
}

/** The spoken text of the lines of a cue that lie in `range`, without tags. */
function spokenParts(source: string, lines: SourceLine[], range: Span, time: TimeRange) {
	return lines.flatMap((line) => {
		const span = { start: Math.max(line.start, range.start), end: Math.min(line.end, range.end) };
		if (span.end <= span.start) return [];
		// One time object for the whole cue: its sentences share the cue's time (see blockSentences).
		return textBetween(source, span, TAG).map((part) => ({ ...part, time }));
	});
}

/** A cue's segments: one per voice tag, else one whose label is the text's speaker prefix. */
function cueSegments(source: string, cue: Cue, voices: boolean): Segment[] {
	if (cue.lines.length === 0) return [];
	const first = cue.lines[0]!;
	const last = cue.lines[cue.lines.length - 1]!;
	const text = source.slice(first.start, last.end);
	const tags = voices ? [...text.matchAll(VOICE)] : [];
	if (tags.length > 0) {
		const out: Segment[] = [];
		const before = { start: first.start, end: first.start + tags[0]!.index };
		const lead = spokenParts(source, cue.lines, before, cue.time);
		if (lead.length > 0) out.push({ label: null, start: cue.start, parts: lead, time: cue.time });
		tags.forEach((tag, i) => {
			const range = {
				start: first.start + tag.index + tag[0].length,
				end: i + 1 < tags.length ? first.start + tags[i + 1]!.index : last.end
			};
			const label = tag[1]!.trim();
			out.push({
				label: label === '' ? null : label,
				start: out.length === 0 ? cue.start : first.start + tag.index,
				parts: spokenParts(source, cue.lines, range, cue.time),
				time: { ...cue.time }
			});
		});
		return out;
	}
	const prefix = PREFIX.exec(first.text);
	const label = prefix ? (prefix[2] ?? prefix[3])!.trim() : null;
	if (prefix && label && isLabel(label)) {
		const range = { start: first.start + prefix[0].length, end: last.end };
		return [
			{
				label,
				start: cue.start,
				parts: spokenParts(source, cue.lines, range, cue.time),
				time: { ...cue.time }
			}
		];
	}
	const range = trimSpan(source, { start: first.start, end: last.end });
	return [
		{
			label: null,
			start: cue.start,
			parts: spokenParts(source, cue.lines, range, cue.time),
			time: { ...cue.time }
		}
	];
}

function captionForm(name: 'webvtt' | 'srt'): TranscriptForm {
	const segmentsOf = (source: string) =>
		cues(source, name).flatMap((cue) => cueSegments(source, cue, name === 'webvtt'));
	return {
		name,
		detect(source) {
			if (name === 'webvtt' && !/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(source)) return 0;
			if (name === 'srt' && !/^\uFEFF?\s*\d+[ \t]*\r?\n[ \t]*\d/.test(source)) return 0;
			// Far above any count of label lines: the header (or cue structure) settles the form.
			return 1_000_000 + cues(source, name).length;
		},
		read: (source) => ({
			form: name,
			title: null,
			author: null,
			editor: null,
			blocks: assembleBlocks(source, segmentsOf(source))
		})
	};
}

export const webvtt = captionForm('webvtt');
export const srt = captionForm('srt');
