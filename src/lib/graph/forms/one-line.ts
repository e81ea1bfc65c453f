/**
 * The one-line form: `Jane Doe: what she said`, the label and the words on one line. Lines
 * without a label continue the turn (or, before the first label, the narration).
 */
import { trimSpan } from '../transcript';
import { isLabel, sourceLines, assembleBlocks, type Segment } from './lines';
import type { TranscriptForm } from './types';

const LABELLED = /^([ \t]*)([^:\n]{1,60}?)[ \t]*:[ \t]+(?=\S)/;

function segments(source: string): Segment[] {
	const out: Segment[] = [];
	for (const line of sourceLines(source)) {
		const match = LABELLED.exec(line.text);
		const text = trimSpan(source, line);
		if (match && isLabel(match[2]!)) {
			const labelStart = line.start + match[1]!.length;
			const body = trimSpan(source, { start: line.start + match[0].length, end: line.end });
			out.push({ label: match[2]!, start: labelStart, parts: [body] });
		} else if (text.end > text.start) {
			out.push({ label: null, start: text.start, parts: [text] });
		}
	}
	return out;
}

export const oneLine: TranscriptForm = {
	name: 'one-line',
	detect(source) {
		// Labels that come back: one stray "Note: …" line is not a dialogue.
		const counts = new Map<string, number>();
		for (const s of segments(source)) {
			if (s.label) counts.set(s.label.toLowerCase(), (counts.get(s.label.toLowerCase()) ?? 0) + 1);
		}
		return [...counts.values()].filter((n) => n >= 2).reduce((a, b) => a + b, 0);
	},
	read: (source) => ({
		form: 'one-line',
		title: null,
		author: null,
		editor: null,
		blocks: assembleBlocks(source, segments(source))
	})
};
