/**
 * Ids made from names (src/lib/graph/ids.ts) and corpus ids (src/lib/graph/corpus-id.ts), each
 * expectation written by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { documentTitle, splitCorpusId } from '../../src/lib/graph/corpus-id';
import { slugWords, uniqueId } from '../../src/lib/graph/ids';

describe('slugWords', () => {
	it.each([
		['Wang Qing, chief engineer', 6, 'wang-qing-chief-engineer'],
		// Accents dropped, runs of other characters one break, ends trimmed.
		['  Élodie   Brûlé — (CEO)!  ', 6, 'elodie-brule-ceo'],
		['one two three four', 2, 'one-two'],
		['¿¡ — !?', 6, '']
	])('%s (%i words) is "%s"', (text, words, slug) => {
		expect(slugWords(text, words)).toBe(slug);
	});

	it('takes six words unless told', () => {
		expect(slugWords('a b c d e f g h')).toBe('a-b-c-d-e-f');
	});
});

describe('uniqueId', () => {
	it('is the base while it is free, then counts from 2, and keeps what it gives', () => {
		const used = new Set(['q1', 'q1-2']);
		expect(uniqueId('q2', used)).toBe('q2');
		expect(uniqueId('q1', used)).toBe('q1-3');
		expect(uniqueId('q1', used)).toBe('q1-4');
		expect([...used]).toEqual(['q1', 'q1-2', 'q2', 'q1-3', 'q1-4']);
	});
});

describe('corpus ids', () => {
	it('split at the first colon; an id starting with one belongs to the empty document', () => {
		expect(splitCorpusId('doc:t1-s2')).toEqual({ document: 'doc', id: 't1-s2' });
		expect(splitCorpusId('doc:a:b')).toEqual({ document: 'doc', id: 'a:b' });
		expect(splitCorpusId(':x')).toEqual({ document: '', id: 'x' });
		expect(splitCorpusId('merged')).toEqual({ document: null, id: 'merged' });
	});

	it('name a sentence’s document by its title, by its id when untitled, and none outside a corpus', () => {
		const corpus = { documents: [{ id: 'a', title: 'Talk A' }] };
		expect(documentTitle(corpus, 'a')).toBe('Talk A');
		expect(documentTitle(corpus, 'b')).toBe('b');
		expect(documentTitle({}, 'a')).toBe('a');
		expect(documentTitle(corpus, undefined)).toBeNull();
	});
});
