/**
 * Playing the recording of a timed transcript beside the reader: which recording (the document's
 * `recording` URL, or a local file the user picked), where playback is, and the sentence being
 * spoken. The `<audio>` element is the player component's; it reports its time here.
 */
import type { Sentence } from '$lib/graph/schema';
import { sentenceAt } from '$lib/graph/timing';

export class Playback {
	/** The graph's sentences, in reading order. */
	private readonly sentences: readonly Sentence[];
	/** The recording's address: the document's URL, or a `blob:` URL of the file picked. */
	src = $state<string | null>(null);
	/** What the recording is, for the reader: the file's name or the URL. */
	name = $state<string | null>(null);
	/** Whether it is a file the user picked (read at once) rather than a URL (fetched on play). */
	local = $state(false);
	/** Seconds into the recording, as the player last reported. */
	time = $state(0);
	/** Whether playback has begun (the reader marks the sentence being spoken from then on). */
	started = $state(false);
	/** Why the recording cannot be played, when it cannot. */
	error = $state<string | null>(null);

	/** The sentence being spoken, once playback has begun. */
	readonly speaking: Sentence | null = $derived.by(() =>
		this.started ? sentenceAt(this.sentences, this.time) : null
	);

	private element: HTMLMediaElement | null = null;
	private picked: string | null = null;

	constructor(sentences: readonly Sentence[], recording: string | null) {
		this.sentences = sentences;
		if (recording) {
			this.src = recording;
			this.name = recording;
		}
	}

	/** The player's media element, once it exists (null when it goes). */
	attach(element: HTMLMediaElement | null) {
		this.element = element;
	}

	/** Plays a file the user picked instead of the document's recording. */
	pick(file: File) {
		if (this.picked) URL.revokeObjectURL(this.picked);
		this.picked = URL.createObjectURL(file);
		this.src = this.picked;
		this.name = file.name;
		this.local = true;
		this.error = null;
		this.started = false;
		this.time = 0;
	}

	/** Plays from `seconds`. */
	playFrom(seconds: number) {
		const element = this.element;
		if (!element || !this.src) return;
		// A recording not loaded yet (fetched on play) is sought once its length is known.
		if (element.readyState >= HTMLMediaElement.HAVE_METADATA) element.currentTime = seconds;
		else {
			element.addEventListener('loadedmetadata', () => (element.currentTime = seconds), {
				once: true
			});
		}
		this.time = seconds;
		this.started = true;
		element.play().catch((error: Error) => {
			// Pausing before playback starts rejects with AbortError: not a failure.
			if (error.name !== 'AbortError')
				this.error = `The recording cannot be played: ${error.message}`;
		});
	}

	/** The player's report of where it is. */
	update(seconds: number, playing: boolean) {
		this.time = seconds;
		if (playing) this.started = true;
	}

	fail(message: string) {
		this.error = message;
	}

	/** Releases the picked file's URL. */
	destroy() {
		if (this.picked) URL.revokeObjectURL(this.picked);
	}
}
