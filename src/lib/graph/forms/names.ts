/**
 * The transcript forms Citegraph reads, by name. Plain constants with no runtime dependencies,
 * so the annotations schema and the command line can name them without loading the readers.
 */
export const TRANSCRIPT_FORMS = [
	'published',
	'one-line',
	'webvtt',
	'srt',
	'service',
	'markdown'
] as const;
export type TranscriptFormName = (typeof TRANSCRIPT_FORMS)[number];

/** What each form looks like, in the words the README and the error messages use. */
export const FORM_DESCRIPTIONS: Record<TranscriptFormName, string> = {
	published: 'a speaker label alone on its line ("Jane Doe:"), then paragraphs',
	'one-line': '"Jane Doe: what she said" on one line',
	webvtt: 'WebVTT captions with <v Jane Doe> voice tags (or a "Jane Doe:" prefix)',
	srt: 'SRT subtitles with a speaker prefix in the cue text ("Jane Doe: …" or "[Jane Doe] …")',
	service:
		'a transcription service export: a speaker line with a time ("Jane Doe  00:01:23", "Jane Doe (01:23)", "[00:01:23] Jane Doe"), then the text',
	markdown:
		'Markdown with bold, italic or heading speaker names ("**Jane:**", "*Jane:*", "## Jane"), also in quoted blocks ("> …")'
};

/** "published, one-line, webvtt, srt, service, markdown": for messages that list the forms. */
export const FORM_LIST = TRANSCRIPT_FORMS.join(', ');

/** True for a known form name. */
export function isTranscriptForm(name: string): name is TranscriptFormName {
	return (TRANSCRIPT_FORMS as readonly string[]).includes(name);
}
