/** The published form: a speaker label alone on its line ("Jane Doe:"), then paragraphs. */
import { parseTranscript } from '../transcript';
import type { TranscriptForm } from './types';

export const published: TranscriptForm = {
	name: 'published',
	detect: (source) => parseTranscript(source).blocks.length - 1,
	read(source) {
		const parsed = parseTranscript(source);
		return {
			form: 'published',
			title: parsed.title,
			author: parsed.author,
			editor: parsed.editor,
			blocks: parsed.blocks.map(({ label, start, end, line, body }) => ({
				label,
				start,
				end,
				line,
				parts: body.end > body.start ? [body] : []
			}))
		};
	}
};
