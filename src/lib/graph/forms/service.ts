/**
 * Transcription service exports: a speaker line with a time, then what they said, in one or
 * more paragraphs. The speaker lines it knows:
 *
 * ```text
 * Jane Doe  00:01:23        Jane Doe (01:23)        Jane Doe [01:23]
 * [00:01:23] Jane Doe       00:01:23 Jane Doe       (01:23) Jane Doe:
 * ```
 *
 * A turn starts at its time and ends where the next turn starts.
 */
import { trimSpan } from '../transcript';
import { assembleBlocks, clockSeconds, isLabel, sourceLines, TIME, type Segment } from './lines';
import type { TranscriptForm } from './types';

const NAME_THEN_TIME = new RegExp(
	String.raw`^[ \t]*([^\n]{1,60}?)[ \t]*:?[ \t]*[(\[]?(${TIME})[)\]]?[ \t]*:?[ \t]*$`
);
const TIME_THEN_NAME = new RegExp(
	String.raw`^[ \t]*[(\[]?(${TIME})[)\]]?[ \t]*[-–—]?[ \t]*([^\n]{1,60}?)[ \t]*:?[ \t]*$`
);

/** The speaker and seconds of a speaker line, or null for a line of text. */
function speakerLine(text: string): { label: string; seconds: number } | null {
	const a = NAME_THEN_TIME.exec(text);
	if (a && isLabel(a[1]!)) return { label: a[1]!.trim(), seconds: clockSeconds(a[2]!) };
	const b = TIME_THEN_NAME.exec(text);
	if (b && isLabel(b[2]!)) return { label: b[2]!.trim(), seconds: clockSeconds(b[1]!) };
	return null;
}

function segments(source: string): Segment[] {
	const out: Segment[] = [];
	for (const line of sourceLines(source)) {
		const speaker = speakerLine(line.text);
		const text = trimSpan(source, line);
		if (speaker) {
			out.push({
				label: speaker.label,
				start: text.start,
				parts: [],
				time: { start: speaker.seconds }
			});
		} else if (text.end > text.start) {
			out.push({ label: null, start: text.start, parts: [text] });
		}
	}
	return out;
}

export const service: TranscriptForm = {
	name: 'service',
	detect: (source) => segments(source).filter((s) => s.label !== null).length,
	read: (source) => ({
		form: 'service',
		title: null,
		author: null,
		editor: null,
		blocks: assembleBlocks(source, segments(source))
	})
};
