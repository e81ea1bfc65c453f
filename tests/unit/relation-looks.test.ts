/**
 * How relations are drawn (relationLook in style.ts): the legend tells each relation by its
 * line alone, so no two may be drawn alike.
 */
import { describe, expect, it } from 'vitest';
import { DARK_THEME, LIGHT_THEME, relationLook } from '../../src/lib/cytoscape/style';

/** Every relation of the vocabulary, written out. */
const RELATIONS = [
	'affiliated-with',
	'asked-by',
	'answers',
	'said-by',
	'relayed-by',
	'made-in',
	'about',
	'applies-to',
	'part-of',
	'agrees-with',
	'disagrees-with',
	'refines',
	'supports'
] as const;

describe('relationLook', () => {
	for (const [name, theme] of [
		['light', LIGHT_THEME],
		['dark', DARK_THEME]
	] as const) {
		it(`draws no two relations alike (colour, width, line and arrowhead), ${name} theme`, () => {
			const looks = RELATIONS.map((relation) => {
				const look = relationLook(relation, theme);
				return `${look.colour} ${look.width} ${look.line} ${look.arrow}`;
			});
			const alike = RELATIONS.filter((_, i) => looks.indexOf(looks[i]!) !== i);
			expect(alike).toEqual([]);
		});
	}

	it('draws "part of" and "applies to" apart: a diamond at the whole, an arrow at the target', () => {
		expect(relationLook('part-of', LIGHT_THEME).arrow).toBe('diamond');
		expect(relationLook('applies-to', LIGHT_THEME).arrow).toBe('triangle');
	});
});
