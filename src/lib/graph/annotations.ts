/**
 * Reading `annotations.yaml`: YAML syntax, then the schema, each problem located at its line and
 * column in the file.
 */
import * as v from 'valibot';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics';
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

	const result = v.safeParse(AnnotationsSchema, doc.toJS() ?? {});
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
