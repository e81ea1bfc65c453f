/**
 * Problems found while compiling a document, each pinned to a file, line and column so that a
 * person can go straight to it.
 */
export interface Diagnostic {
	/** Repo-relative path of the file at fault. */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	message: string;
	/** What to do about it, when the message alone does not say. */
	hint?: string;
}

/**
 * Formats a diagnostic the way compilers do, so editors and terminals can link to it.
 *
 * @example
 * formatDiagnostic({ file: 'a.yaml', line: 3, column: 5, message: 'duplicate id "x"' })
 * // 'a.yaml:3:5: error: duplicate id "x"'
 */
export function formatDiagnostic(d: Diagnostic): string {
	const head = `${d.file}:${d.line}:${d.column}: error: ${d.message}`;
	return d.hint ? `${head}\n    ${d.hint}` : head;
}

/** Orders diagnostics by file, then position, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
}

/** Maps string offsets to 1-based line and column numbers. */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
			this.starts.push(i + 1);
		}
	}

	/** The 1-based line and column of `offset`. */
	position(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
	}

	line(offset: number): number {
		return this.position(offset).line;
	}
}
