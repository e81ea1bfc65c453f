/**
 * `npm run graph:new -- <file> [--id <id>] [--format <form>] [--out <dir>] [--force]`: makes a
 * document folder from a transcript in any form Citegraph reads. The transcript is copied byte
 * for byte; the starter annotations (src/lib/graph/starter.ts) name its form, speakers and host
 * and what the text introduces them with, and must compile with the real compiler, or nothing is
 * written. Prints what it found and what the author should check.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { commandLine, failure, type Fail } from './command-line';
import { FORM_LIST } from '../lib/graph/forms';
import {
	bytePosition,
	firstInvalidUtf8,
	formatBytes,
	MAX_TRANSCRIPT_BYTES
} from '../lib/graph/input-checks';
import { starterAnnotations, StarterError, type Starter } from '../lib/graph/starter';
import { writeAtomically } from '../lib/server/build-graphs';

const USAGE = `Usage: npm run graph:new -- <transcript> [options]

  --id          the new document's id (default: from the file's name)
  --format      the transcript's form, when detection should not decide:
                ${FORM_LIST}
  --out         the folder to write the document folder in (default: graph-data)
  --force       write into a document folder that exists already, replacing its two files
  --help, -h    this message`;

const fail: Fail = failure('graph:new');
const { values: args, positionals } = commandLine(
	fail,
	USAGE,
	{
		id: { type: 'string' },
		format: { type: 'string' },
		out: { type: 'string' },
		force: { type: 'boolean', default: false }
	},
	true
);
if (positionals.length !== 1) fail(`give one transcript file\n\n${USAGE}`);
const file = positionals[0]!;
if (!existsSync(file) || !statSync(file).isFile()) fail(`${file}: no such file`);

const bytes = readFileSync(file);
if (bytes.length > MAX_TRANSCRIPT_BYTES) {
	fail(
		`${file} is ${formatBytes(bytes.length)}; the largest transcript Citegraph reads is ${formatBytes(MAX_TRANSCRIPT_BYTES)}. Split it into several documents.`
	);
}
const bad = firstInvalidUtf8(bytes);
if (bad !== -1) {
	const { line, column } = bytePosition(bytes, bad);
	fail(
		`${file}:${line}:${column}: not UTF-8 (byte ${bad}); save the transcript as UTF-8 and try again`
	);
}

let starter: Starter;
try {
	starter = starterAnnotations(bytes.toString('utf8'), {
		id: args.id,
		format: args.format,
		fileName: file.split(/[\\/]/).pop()
	});
} catch (error) {
	if (error instanceof StarterError) {
		fail(`${file}: ${error.message}${error.undetected ? ', or give the form with --format' : ''}`);
	}
	throw error;
}

const folder = resolve(args.out ?? 'graph-data', starter.id);
const shown = relative(process.cwd(), folder).startsWith('..')
	? folder
	: relative(process.cwd(), folder);

for (const finding of starter.findings) console.log(`- ${finding}`);
if (!starter.compiled.ok) {
	fail(
		`the starter annotations do not compile (above); nothing written. Fix the transcript, or give --format if the form was misread.`
	);
}
if (
	!args.force &&
	(existsSync(join(folder, 'transcript.txt')) || existsSync(join(folder, 'annotations.yaml')))
) {
	fail(`${shown} holds a document already; choose --id or --out, or --force`);
}
mkdirSync(folder, { recursive: true });
// Byte for byte: the transcript is never normalised.
writeAtomically(join(folder, 'transcript.txt'), bytes);
writeAtomically(join(folder, 'annotations.yaml'), starter.yaml);
console.log(
	`graph:new: wrote ${shown}/transcript.txt (${starter.form}, verbatim) and ${shown}/annotations.yaml. ` +
		`Check what is listed above, then npm run graph:report.`
);
