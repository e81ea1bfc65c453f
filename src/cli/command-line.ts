/**
 * What every `graph:*` command does with its command line: parse the options (strictly), print
 * the usage for `--help`, and say what is wrong (usage included) on stderr with exit status 1.
 */
import { writeSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Says what is wrong and exits. Declare it with this type (`const fail: Fail = …`) so that
 * TypeScript knows code after a call to it does not run. */
export type Fail = (message: string) => never;

/** Says `<command>: <message>` on stderr and exits with status 1. */
export function failure(command: string): Fail {
	return (message) => {
		// Written synchronously: process.exit must not cut the message short on a pipe.
		writeSync(2, `${command}: ${message}\n`);
		process.exit(1);
	};
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line parsed against `options` (each command has `help`/`-h` besides). An unknown or
 * malformed option fails with the usage; `--help` prints it and exits 0.
 *
 * @example
 * const fail: Fail = failure('graph:new');
 * const { values, positionals } = commandLine(fail, USAGE, { id: { type: 'string' } }, true);
 */
export function commandLine<const O extends Options, const P extends boolean>(
	fail: Fail,
	usage: string,
	options: O,
	allowPositionals: P
) {
	const config = {
		options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
		allowPositionals,
		strict: true
	} as const;
	let parsed: ReturnType<typeof parseArgs<typeof config>>;
	try {
		parsed = parseArgs(config);
	} catch (error) {
		return fail(`${(error as Error).message}\n\n${usage}`);
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(usage);
		process.exit(0);
	}
	return parsed;
}
