/**
 * Making ids from names: lower-case words joined by hyphens, kept unique within a document. Used by
 * everything that writes starter annotations (starter.ts for a transcript, qdpx-import.ts for a
 * REFI-QDA project).
 */

/**
 * The first `words` words of `text` as lower-case ASCII joined by hyphens (accents dropped:
 * "Élodie" is "elodie"), or '' when no letter or digit is left.
 *
 * @example
 * slugWords('Wang Qing, chief engineer'); // 'wang-qing-chief-engineer'
 */
export function slugWords(text: string, words = 6): string {
	// NFKD splits an accent off its letter ("é" is "e" and a combining mark): the mark goes, so it
	// does not break the word.
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.slice(0, words)
		.join('-');
}

/**
 * `base`, or `base-2`, `base-3`… whichever is not in `used` yet; the id returned is added to it.
 *
 * @example
 * const used = new Set(['q1']);
 * uniqueId('q1', used); // 'q1-2'
 */
export function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}
