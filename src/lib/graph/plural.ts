/**
 * A count with its noun, in the singular for one: "1 claim", "2 claims". The plural is the noun
 * and an "s" unless one is given. (The figure export words its counts itself, since it writes
 * them with thousands separators: `image.ts`.)
 *
 * @example
 * plural(1, 'claim'); // "1 claim"
 * plural(3, 'claim'); // "3 claims"
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
}
