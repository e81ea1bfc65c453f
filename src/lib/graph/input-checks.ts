/**
 * Checks on raw input that come before any parsing: the text is UTF-8, within the size limits,
 * and free of characters that are invisible or change how text reads.
 *
 * Decision on control characters: the compiler refuses them. NUL, form feed, escape and the
 * other C0/C1 controls (tab, line feed and carriage return apart) have no place in what was said,
 * break XML (GraphML) and terminals, and cannot be seen; the bidirectional embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069) make a label read differently from its
 * text. Each is reported with its file, line and column and what to do, so nothing downstream
 * (the app, the exporters) ever receives one.
 */

/** The largest transcript Citegraph compiles, in bytes (20 MB builds in about a minute). */
export const MAX_TRANSCRIPT_BYTES = 20_000_000;
/** The largest annotations file, in bytes. */
export const MAX_ANNOTATIONS_BYTES = 5_000_000;
/** The longest paragraph (a run of text without a line break), in characters. */
export const MAX_PARAGRAPH_CHARS = 8_000_000;
/** How many expanded YAML aliases (`*name`) an annotations file may use. */
export const MAX_YAML_ALIASES = 1000;

/** Formats a byte count the way people read file sizes ("5.6 MB"). */
export function formatBytes(bytes: number): string {
	const short = (value: number) => value.toFixed(1).replace(/\.0$/, '');
	// 999,960 bytes would round to "1000 KB": that is 1 MB.
	if (bytes >= 999_950) return `${short(bytes / 1_000_000)} MB`;
	if (bytes >= 1_000) return `${short(bytes / 1_000)} KB`;
	return `${bytes} bytes`;
}

/**
 * The byte offset of the first sequence in `bytes` that is not well-formed UTF-8 (overlong
 * forms, surrogates and code points past U+10FFFF included), or -1 when all of it is.
 *
 * @example
 * firstInvalidUtf8(new TextEncoder().encode('café')); // -1
 * firstInvalidUtf8(Uint8Array.of(0x63, 0x61, 0x66, 0xe9)); // 3 (Latin-1 é)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		if (i + need >= n) return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** 1-based line and byte column of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** Characters the compiler refuses (see the module comment). */
const UNSAFE_CHARACTER =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const CHARACTER_NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x08: 'backspace',
	0x0b: 'vertical tab',
	0x0c: 'form feed',
	0x1b: 'escape',
	0x7f: 'delete',
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate'
};

/** "U+000C (form feed)": how a refused character is named in a message. */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return `${hex} (${CHARACTER_NAMES[code] ?? 'a control character'})`;
}

/** Whether `char` is one of the bidirectional controls. */
export function isBidiControl(char: string): boolean {
	const code = char.codePointAt(0)!;
	return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * Every refused character in `text` with its offset, in order.
 *
 * @example
 * unsafeCharacters('a\fb'); // [{ offset: 1, char: '\f' }]
 */
export function unsafeCharacters(text: string): { offset: number; char: string }[] {
	return [...text.matchAll(UNSAFE_CHARACTER)].map((m) => ({ offset: m.index, char: m[0] }));
}

/** What to do about a refused character. */
export function unsafeCharacterHint(char: string): string {
	if (char === '\f') {
		return 'Replace it with a blank line (pdftotext puts a form feed between pages).';
	}
	if (isBidiControl(char)) {
		return 'Remove it: it reorders the text around it, so it reads differently from what it is.';
	}
	return 'Remove it: it is invisible and has no place in the text.';
}
