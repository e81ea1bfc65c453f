/**
 * Times in the graph: when turns and sentences are spoken (from captions and service exports),
 * shown as clock times and followed during playback.
 */
import type { Sentence, TimeSpan } from './schema';

/**
 * A time as a clock reads it: minutes and seconds, hours when there are any.
 *
 * @example
 * clockTime(83.5); // '1:23'
 * clockTime(3723); // '1:02:03'
 */
export function clockTime(seconds: number): string {
	const whole = Math.floor(seconds + 1e-9);
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = whole % 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * A time span as a clock reads it, `0:06–0:12`, or its start alone when the end is unknown.
 *
 * @example
 * clockSpan({ start: 6.5, end: 12 }); // '0:06–0:12'
 */
export function clockSpan(time: TimeSpan): string {
	return time.end === undefined
		? clockTime(time.start)
		: `${clockTime(time.start)}–${clockTime(time.end)}`;
}

/**
 * The sentence being spoken `seconds` into the recording: the last one (in the order given)
 * that has started, unless it has ended by then (a pause between cues). A sentence without an
 * end lasts until the next one starts. Null before the first and in pauses.
 *
 * @example
 * sentenceAt(graph.sentences, 7); // the sentence whose time holds 7 s
 */
export function sentenceAt<T extends Pick<Sentence, 'time'>>(
	sentences: readonly T[],
	seconds: number
): T | null {
	let found: T | null = null;
	for (const sentence of sentences) {
		if (sentence.time && sentence.time.start <= seconds) found = sentence;
	}
	if (!found) return null;
	const end = found.time!.end;
	return end === undefined || seconds < end ? found : null;
}
