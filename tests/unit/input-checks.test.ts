/**
 * The checks on raw input (src/lib/graph/input-checks.ts). The UTF-8 check is compared with a
 * second, deliberately simple one built on the platform's own strict decoder, over every one- and
 * two-byte sequence and the boundaries of the longer ones; the rest against values written here.
 */
import { describe, expect, it } from 'vitest';
import {
	bytePosition,
	describeCharacter,
	firstInvalidUtf8,
	formatBytes,
	isBidiControl,
	unsafeCharacterHint,
	unsafeCharacters
} from '../../src/lib/graph/input-checks';

/** Where the longest prefix that a strict decoder accepts ends, or -1 when all of it is accepted. */
function referenceInvalid(bytes: Uint8Array): number {
	const strict = new TextDecoder('utf-8', { fatal: true });
	const accepts = (length: number) => {
		try {
			strict.decode(bytes.subarray(0, length));
			return true;
		} catch {
			return false;
		}
	};
	if (accepts(bytes.length)) return -1;
	let longest = 0;
	for (let length = 1; length < bytes.length; length++) if (accepts(length)) longest = length;
	return longest;
}

/** Bytes at the edges of the ranges UTF-8 distinguishes. */
const EDGES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
const LEADS = [0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5];

describe('firstInvalidUtf8 agrees with a strict decoder', () => {
	it('on every one- and two-byte sequence after a letter', () => {
		const disagreements: string[] = [];
		for (let a = 0; a < 256; a++) {
			for (let b = 0; b < 256; b++) {
				const bytes = Uint8Array.of(0x61, a, b);
				const got = firstInvalidUtf8(bytes);
				const want = referenceInvalid(bytes);
				if (got !== want)
					disagreements.push(`61 ${a.toString(16)} ${b.toString(16)}: ${got} ≠ ${want}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('on three- and four-byte sequences at the edges of each range, whole and cut short', () => {
		const disagreements: string[] = [];
		const check = (bytes: Uint8Array) => {
			const got = firstInvalidUtf8(bytes);
			const want = referenceInvalid(bytes);
			if (got !== want)
				disagreements.push(`${[...bytes].map((x) => x.toString(16))}: ${got} ≠ ${want}`);
		};
		for (const lead of LEADS) {
			for (const b of EDGES) {
				for (const c of EDGES) {
					check(Uint8Array.of(0x61, lead, b, c));
					check(Uint8Array.of(lead, b, c, 0x61));
					for (const d of EDGES) check(Uint8Array.of(lead, b, c, d));
				}
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('finds the Latin-1 é of "café", and nothing wrong in UTF-8 text', () => {
		expect(firstInvalidUtf8(Uint8Array.of(0x63, 0x61, 0x66, 0xe9))).toBe(3);
		expect(firstInvalidUtf8(new TextEncoder().encode('café 🌾 ∑ 中'))).toBe(-1);
		expect(firstInvalidUtf8(new Uint8Array())).toBe(-1);
	});
});

describe('the rest of the input checks', () => {
	it('formats sizes as people read them', () => {
		expect(
			[0, 999, 1_000, 1_500, 999_949, 999_950, 1_000_000, 2_500_000, 20_000_000].map(formatBytes)
		).toEqual([
			'0 bytes',
			'999 bytes',
			'1 KB',
			'1.5 KB',
			'999.9 KB',
			'1 MB',
			'1 MB',
			'2.5 MB',
			'20 MB'
		]);
	});

	it('gives the line and byte column of an offset, a line break counting on its own line', () => {
		const bytes = new TextEncoder().encode('ab\ncd\n');
		expect([0, 2, 3, 4, 6].map((offset) => bytePosition(bytes, offset))).toEqual([
			{ line: 1, column: 1 },
			{ line: 1, column: 3 },
			{ line: 2, column: 1 },
			{ line: 2, column: 2 },
			{ line: 3, column: 1 }
		]);
	});

	it('knows the bidirectional controls, and not their neighbours', () => {
		const codes = [0x2029, 0x202a, 0x202c, 0x202e, 0x202f, 0x2065, 0x2066, 0x2068, 0x2069, 0x206a];
		expect(codes.map((c) => isBidiControl(String.fromCodePoint(c)))).toEqual([
			false,
			true,
			true,
			true,
			false,
			false,
			true,
			true,
			true,
			false
		]);
	});

	it('names a refused character and says what to do about it', () => {
		expect(['\f', '\u202e', '\u0001', '\u0085'].map(describeCharacter)).toEqual([
			'U+000C (form feed)',
			'U+202E (right-to-left override)',
			'U+0001 (a control character)',
			'U+0085 (a control character)'
		]);
		expect(['\f', '\u2066', '\u0000'].map(unsafeCharacterHint)).toEqual([
			'Replace it with a blank line (pdftotext puts a form feed between pages).',
			'Remove it: it reorders the text around it, so it reads differently from what it is.',
			'Remove it: it is invisible and has no place in the text.'
		]);
		expect(unsafeCharacters('a\tb\fc\u202ad\n')).toEqual([
			{ offset: 3, char: '\f' },
			{ offset: 5, char: '\u202a' }
		]);
	});
});
