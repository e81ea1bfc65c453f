/**
 * Small pieces of the core at their edges, each expectation written by hand: escaping text for
 * XML (src/lib/graph/xml.ts) and reading arrangements (src/lib/graph/arrangement.ts). Written for
 * the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { positionsOf, turnsOnPortrait } from '../../src/lib/graph/arrangement';
import type { GraphLayout } from '../../src/lib/graph/schema';
import { escapeXml, xmlText } from '../../src/lib/graph/xml';

describe('escapeXml', () => {
	it('escapes the five entities and writes tab and line breaks as references', () => {
		expect(escapeXml('a\tb\nc\rd <&> "q" \'s\'')).toBe(
			'a&#9;b&#10;c&#13;d &lt;&amp;&gt; &quot;q&quot; &apos;s&apos;'
		);
	});

	it('drops what XML cannot hold: controls, lone surrogates, U+FFFE; keeps astral characters', () => {
		expect(xmlText('a\u0001b\uD800c\uFFFEd🌾')).toBe('abcd🌾');
		expect(escapeXml('\u0000<')).toBe('&lt;');
	});
});

describe('positionsOf', () => {
	const layout = {
		arrangement: 'speaker',
		positions: { a: { x: 1, y: 1 } },
		arrangements: {
			// A stale copy of the opening arrangement: positions wins.
			speaker: { a: { x: 9, y: 9 } },
			question: { a: { x: 2, y: 2 } }
		}
	} as unknown as GraphLayout;

	it.each([
		['speaker', { a: { x: 1, y: 1 } }],
		['question', { a: { x: 2, y: 2 } }],
		// Not stored: the opening arrangement's positions.
		['overview', { a: { x: 1, y: 1 } }]
	] as const)('reads %s', (arrangement, positions) => {
		expect(positionsOf(layout, arrangement)).toEqual(positions);
	});
});

describe('turnsOnPortrait', () => {
	it.each([
		// 23 wide and 20 tall is exactly 1.15 times (1.15 × 20 is 23 in floating point too, where
		// 1.15 × 100 is not 115): not clearly wider.
		[{ a: { x: 0, y: 0 }, b: { x: 23, y: 20 } }, false],
		[{ a: { x: 0, y: 0 }, b: { x: 24, y: 20 } }, true],
		[{ a: { x: -50, y: 10 }, b: { x: 50, y: -90 }, c: { x: 0, y: 0 } }, false]
	])('%o: %s', (positions, turns) => {
		expect(turnsOnPortrait(positions)).toBe(turns);
	});
});
