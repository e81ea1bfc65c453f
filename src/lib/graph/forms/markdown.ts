/**
 * Markdown transcripts: the speaker's name in bold (`**Jane:** …`, `**Jane**: …`), in italics
 * (`*Jane:* …`, `_Jane:_ …`) or as a heading (`## Jane`), with the words after it on the same
 * line or in the paragraphs that follow. Any of it may be in a quoted block (`> …`), as when
 * one speaker's answers are quoted: the `>` markers are markup, not speech. A level-1 heading
 * before the first speaker (`# Title`) is the title.
 */
import { trimSpan, type Span } from '../transcript';
import { LineIndex } from '../diagnostics';
import { assembleBlocks, isLabel, sourceLines, type Segment } from './lines';
import type { TranscriptForm } from './types';

/** Quote markers at a line's start: `> `, `>> `, `> > `. */
const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/;
const EMPHASIS_LABEL = /^(\*\*|__|\*|_)([^*_\n]{1,62}?)\1[ \t]*(?=:|[ \t]|$)/;
const HEADING_LABEL = /^(#{2,6})[ \t]+([^\n#]{1,60}?)[ \t]*#*[ \t]*$/;
const TITLE = /^#[ \t]+(\S[^\n]*?)[ \t]*#*[ \t]*$/;
/** Whole-line markup that says nothing: horizontal rules. */
const RULE = /^[ \t]*(?:[-*_][ \t]*){3,}$/;

interface MarkdownLine {
	/** Where the line starts, quote markers included. */
	lineStart: number;
	/** The line without quote markers. */
	content: Span;
	text: string;
}

function labelled(source: string, line: MarkdownLine): { label: string; rest: Span } | null {
	const emphasis = EMPHASIS_LABEL.exec(line.text);
	if (emphasis) {
		// The colon may be inside the markers (**Jane:**) or after them (**Jane**:).
		let label = emphasis[2]!.trim();
		let after = line.content.start + emphasis[0].length;
		const inside = label.endsWith(':');
		if (inside) label = label.slice(0, -1).trim();
		const colonAfter = source[after] === ':';
		if (colonAfter) after++;
		const rest = trimSpan(source, { start: after, end: line.content.end });
		if ((inside || colonAfter || rest.end === rest.start) && isLabel(label)) {
			return { label, rest };
		}
	}
	const heading = HEADING_LABEL.exec(line.text);
	if (heading && isLabel(heading[2]!.replace(/:$/, ''))) {
		return {
			label: heading[2]!.replace(/:$/, '').trim(),
			rest: { start: line.content.end, end: line.content.end }
		};
	}
	return null;
}

function markdownLines(source: string): MarkdownLine[] {
	return sourceLines(source).map((line) => {
		const markers = QUOTE_MARKERS.exec(line.text);
		const content = trimSpan(source, {
			start: line.start + (markers ? markers[0].length : 0),
			end: line.end
		});
		return { lineStart: line.start, content, text: source.slice(content.start, content.end) };
	});
}

function segments(source: string): Segment[] {
	const out: Segment[] = [];
	for (const line of markdownLines(source)) {
		if (line.content.end === line.content.start || RULE.test(line.text)) continue;
		const found = labelled(source, line);
		if (found) {
			out.push({
				label: found.label,
				start: line.lineStart,
				parts: found.rest.end > found.rest.start ? [found.rest] : []
			});
		} else {
			const title = out.length === 0 ? TITLE.exec(line.text) : null;
			const text = title
				? { start: line.content.start + line.text.indexOf(title[1]!), end: 0 }
				: line.content;
			if (title) text.end = text.start + title[1]!.length;
			out.push({ label: null, start: line.content.start, parts: [text] });
		}
	}
	return out;
}

export const markdown: TranscriptForm = {
	name: 'markdown',
	detect: (source) =>
		markdownLines(source).filter((line) => labelled(source, line) !== null).length,
	read(source) {
		const lines = markdownLines(source);
		const first = lines.find((l) => l.content.end > l.content.start);
		const title = first ? TITLE.exec(first.text) : null;
		const index = new LineIndex(source);
		const titleStart = title ? first!.content.start + first!.text.indexOf(title[1]!) : 0;
		return {
			form: 'markdown',
			title: title
				? {
						value: title[1]!,
						line: index.line(titleStart),
						span: { start: titleStart, end: titleStart + title[1]!.length }
					}
				: null,
			author: null,
			editor: null,
			blocks: assembleBlocks(source, segments(source))
		};
	}
};
