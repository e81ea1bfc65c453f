/**
 * Diagnostics in reading order and offsets as lines and columns (src/lib/graph/diagnostics.ts),
 * every expectation written by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex, sortDiagnostics, type Diagnostic } from '../../src/lib/graph';

const at = (file: string, line: number, column: number): Diagnostic => ({
	file,
	line,
	column,
	message: `${file}:${line}:${column}`
});

describe('sortDiagnostics', () => {
	it('orders by file, then line, then column, and leaves the list it is given as it was', () => {
		const given = [
			at('b.yaml', 1, 1),
			at('a.txt', 9, 2),
			at('a.txt', 10, 1),
			at('a.txt', 9, 1),
			at('a.txt', 2, 40)
		];
		const copy = [...given];
		expect(sortDiagnostics(given).map((d) => d.message)).toEqual([
			'a.txt:2:40',
			'a.txt:9:1',
			'a.txt:9:2',
			'a.txt:10:1',
			'b.yaml:1:1'
		]);
		expect(given).toEqual(copy);
	});
});

describe('LineIndex', () => {
	// Lines start at offsets 0, 4 ("b\n" after "abc\n"), 6 and 7 (an empty line, then the last).
	const index = new LineIndex('abc\nb\n\nxy');

	it.each([
		[0, 1, 1],
		[3, 1, 4],
		[4, 2, 1],
		[5, 2, 2],
		[6, 3, 1],
		[7, 4, 1],
		[8, 4, 2],
		// Past the end: still the last line.
		[20, 4, 14]
	])('offset %s is line %s, column %s', (offset, line, column) => {
		expect(index.position(offset)).toEqual({ line, column });
		expect(index.line(offset)).toBe(line);
	});
});
