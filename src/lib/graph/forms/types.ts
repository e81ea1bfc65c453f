/** What every transcript form's reader produces: turns as offsets into the unchanged source. */
import type { FrontMatterLine, Span } from '../transcript';
import type { TranscriptFormName } from './names';

/** A stretch of the recording, in seconds from its start; `end` is unknown for some forms. */
export interface TimeRange {
	start: number;
	end?: number;
}

/**
 * Spoken text: a span of the source that holds no markup (no cue numbers, timings, voice tags,
 * speaker labels or Markdown markers), with its time when the source gives one.
 */
export interface TextPart extends Span {
	time?: TimeRange;
}

/** One speaker's turn (or the narration before the first one), in any form. */
export interface FormBlock extends Span {
	/** The speaker label as written, or null for the narration before the dialogue. */
	label: string | null;
	/** 1-based line where the block starts (its label, cue, or first text). */
	line: number;
	/** The spoken text, in order; sentences are split inside each part, never across two. */
	parts: TextPart[];
	/** The turn's time when the source gives it for the turn as a whole (service exports). */
	time?: TimeRange;
}

/** A transcript read in its form. */
export interface TranscriptReading {
	form: TranscriptFormName;
	title: FrontMatterLine | null;
	author: FrontMatterLine | null;
	editor: FrontMatterLine | null;
	/** The narration first (possibly without parts), then one block per turn. */
	blocks: FormBlock[];
}

/** A reader of one form. */
export interface TranscriptForm {
	name: TranscriptFormName;
	/**
	 * How strongly `source` looks like this form: the number of turn-starting lines (or cues) it
	 * recognises, 0 when it is not this form at all.
	 */
	detect(source: string): number;
	read(source: string): TranscriptReading;
}
