/**
 * Reading `annotations.yaml`: YAML syntax, then the schema, each problem located at its line and
 * column in the file.
 */
import * as v from 'valibot';
import {
	isAlias,
	isMap,
	isNode,
	isScalar,
	LineCounter,
	parseDocument,
	visit,
	type Document
} from 'yaml';
import type { Diagnostic } from './diagnostics';
import {
	describeCharacter,
	MAX_YAML_ALIASES,
	unsafeCharacterHint,
	unsafeCharacters
} from './input-checks';
import { AnnotationsSchema, type Annotations } from './schema';

export type YamlPath = readonly (string | number)[];

/** Finds the line and column of a value in the YAML file by its path (`['claims', 3, 'quotes', 0]`). */
export type Locator = (path: YamlPath) => { line: number; column: number };

export interface LoadedAnnotations {
	annotations: Annotations | null;
	diagnostics: Diagnostic[];
	locate: Locator;
}

/**
 * Parses and validates annotations. On any problem `annotations` is null and every problem found
 * is in `diagnostics` (YAML errors first; schema errors only when the YAML itself is sound).
 *
 * @example
 * const { annotations, diagnostics } = loadAnnotations(text, 'graph-data/x/annotations.yaml');
 */
export function loadAnnotations(text: string, file: string): LoadedAnnotations {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const locate = makeLocator(doc, lineCounter);
	const at = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};

	const yamlErrors = [...doc.errors, ...doc.warnings];
	if (yamlErrors.length > 0) {
		return {
			annotations: null,
			locate,
			diagnostics: yamlErrors.map((e) => ({
				file,
				...at(e.code === 'MISSING_CHAR' ? unclosedQuoteStart(text, e.pos[0]) : e.pos[0]),
				message: `invalid YAML: ${e.message.split('\n')[0]}`,
				hint: 'Check indentation and quoting; quotes containing " are easiest in single quotes.'
			}))
		};
	}

	const structure = checkStructure(doc, file, at);
	if (structure.length > 0) return { annotations: null, locate, diagnostics: structure };

	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
	} catch (error) {
		// toJS throws on an alias bomb ("Excessive alias count") and on an alias whose anchor
		// comes later; both are reported where the first alias is written.
		const first = firstAlias(doc);
		const bomb = /alias count/i.test((error as Error).message);
		return {
			annotations: null,
			locate,
			diagnostics: [
				{
					file,
					...at(first?.range?.[0] ?? 0),
					message: bomb
						? `YAML aliases expand to more than ${MAX_YAML_ALIASES} copies (an alias bomb, or far more reuse than annotations need)`
						: `invalid YAML: ${(error as Error).message}`,
					hint: bomb
						? `Write the repeated values out, or use anchors (&name) and aliases (*name) at most ${MAX_YAML_ALIASES} times in all.`
						: 'Define an anchor (&name) before the aliases (*name) that use it.'
				}
			]
		};
	}

	const result = v.safeParse(AnnotationsSchema, data ?? {});
	if (result.success) return { annotations: result.output, diagnostics: [], locate };
	return {
		annotations: null,
		locate,
		diagnostics: result.issues.map((issue) => {
			const path = (issue.path ?? []).map((item) => item.key as string | number);
			return { file, ...locate(path), message: describeIssue(issue, path) };
		})
	};
}

/**
 * Problems of the file as a whole that the schema would misname: a file that is not a mapping
 * of sections, and refused characters (see input-checks.ts) in any value.
 */
function checkStructure(
	doc: Document,
	file: string,
	at: (offset: number) => { line: number; column: number }
): Diagnostic[] {
	const contents = doc.contents;
	if (contents !== null && !isMap(contents)) {
		const what = isScalar(contents) ? 'a single value' : 'a list';
		return [
			{
				file,
				...at(contents.range?.[0] ?? 0),
				message: `the annotations are ${what}, not a mapping of sections (document, speakers, organizations, entities, claims, relations, uncited)`,
				hint: 'Start the file with "speakers:" and the other sections; see "The annotations" in README.md.'
			}
		];
	}
	const out: Diagnostic[] = [];
	visit(doc, {
		Scalar(_key, node) {
			if (typeof node.value !== 'string' || !node.range) return;
			const found = unsafeCharacters(node.value);
			if (found.length === 0) return;
			const char = found[0]!.char;
			out.push({
				file,
				...at(node.range[0]),
				message: `this value contains ${describeCharacter(char)}${found.length > 1 ? ` and ${found.length - 1} more such character${found.length > 2 ? 's' : ''}` : ''}`,
				hint: unsafeCharacterHint(char)
			});
		}
	});
	return out;
}

function firstAlias(doc: Document): { range?: [number, number, number] | null } | null {
	let found: { range?: [number, number, number] | null } | null = null;
	visit(doc, {
		Alias(_key, node) {
			if (isAlias(node)) found = node;
			return visit.BREAK;
		}
	});
	return found;
}

function makeLocator(doc: Document, lineCounter: LineCounter): Locator {
	return (path) => {
		// The deepest node that exists: a missing key is reported where its parent is.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
			if (isNode(node) && node.range) {
				const { line, col } = lineCounter.linePos(node.range[0]);
				return { line, column: col };
			}
		}
		return { line: 1, column: 1 };
	};
}

function describeIssue(issue: v.BaseIssue<unknown>, path: YamlPath): string {
	const where =
		path.length > 0
			? path
					.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
					.join('')
					.replace(/^\./, '')
			: 'the file';
	if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
		return `${where}: unknown field (check its spelling against the format in README.md)`;
	}
	if (issue.input === undefined && issue.kind === 'schema') return `${where}: is required`;
	return `${where}: ${issue.message}`;
}

/**
 * YAML reports a missing closing quote where the file ends; the person needs the line where the
 * quote was opened: the last value that starts with a quotation mark before that point.
 */
function unclosedQuoteStart(text: string, reportedAt: number): number {
	const before = text.slice(0, reportedAt);
	const openings = [...before.matchAll(/(?:^|[:\-[,{]\s*)(["'])/gm)];
	const last = openings[openings.length - 1];
	return last ? last.index + last[0].length - 1 : reportedAt;
}
