/**
 * A count with its noun, in the singular for one: "1 claim", "2 claims". Every count the app
 * and the command-line tools put in words goes through it. The plural is the noun and an "s"
 * unless one is given.
 *
 * @example
 * plural(1, 'claim'); // "1 claim"
 * plural(3, 'claim'); // "3 claims"
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
}
