/**
 * Importing a document in the browser: the files a person drops or picks (a transcript and
 * optionally its `annotations.yaml`, or a REFI-QDA `.qdpx` project) in, a compiled graph out,
 * compiled exactly as `npm run graph:build` compiles the same document folder. Pure: no DOM, no
 * storage, no file system; the import worker calls it, and so do the unit tests.
 */
import { compileDocument } from './compile';
import type { Diagnostic } from './diagnostics';
import { bytePosition, firstInvalidUtf8, formatBytes } from './input-checks';
import { kindOfFile, MAX_BROWSER_TRANSCRIPT_BYTES, sizeProblem } from './import-limits';
import { importQdpx, QdpxError, slugId } from './qdpx-import';
import { ID_PATTERN, type Graph } from './schema';
import { StarterError, starterAnnotations } from './starter';

/** A file as the person picked it: its name and its bytes. */
export interface PickedFile {
	name: string;
	bytes: Uint8Array;
}

/** A source file of an imported document, as the page shows it beside its problems. */
export interface SourceText {
	/** The name the person knows it by (the picked file's, or `transcript.txt` of a project). */
	name: string;
	text: string;
}

/** A document made in the browser: its two source files and the graph compiled from them. */
export interface ImportedDocument {
	id: string;
	title: string;
	/** The name of the file the transcript came from (`interview.txt`, `project.qdpx`). */
	origin: string;
	/** The transcript's name in the document folder. */
	transcriptName: string;
	transcript: string;
	annotations: string;
	/** Compiled as `graph:build` compiles `graph-data/<id>/`, with its layout. */
	graph: Graph;
	/** What the import found that the person should check (the form, the host's guess, segments not anchored). */
	notes: string[];
}

export type ImportOutcome =
	| { ok: true; document: ImportedDocument; notes: string[] }
	| {
			ok: false;
			/** Each names a file by the name the person knows it by. */
			diagnostics: Diagnostic[];
			/** The text of the files the diagnostics point into, for showing them side by side. */
			sources: SourceText[];
			notes: string[];
	  };

export interface ImportOptions {
	/** The new document's id (default: from the file's name). */
	id?: string;
	/** Computes the graph's layout, as `graph:build` does (without it, the graph has none). */
	layout?: (graph: Graph) => Graph['layout'];
}

const TRANSCRIPT_NAME = 'transcript.txt';
import { ANNOTATIONS_NAME } from './document-folder';

const isProject = (file: PickedFile) => kindOfFile(file.name) === 'project';
const isAnnotations = (file: PickedFile) => kindOfFile(file.name) === 'annotations';

/** A problem with a whole file (its size, its kind), pinned to its first line. */
const fileProblem = (file: string, message: string, hint?: string): Diagnostic => ({
	file,
	line: 1,
	column: 1,
	message,
	...(hint ? { hint } : {})
});

/**
 * Reads a picked file as UTF-8, as `graph:build` reads a source file: a byte order mark is kept
 * (offsets stay true to the file), and bytes that are not UTF-8 are refused with their place.
 */
function decode(file: PickedFile): { text: string } | { problem: Diagnostic } {
	const bad = firstInvalidUtf8(file.bytes);
	if (bad !== -1) {
		const at = bytePosition(file.bytes, bad);
		const byte = file.bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
		return {
			problem: {
				file: file.name,
				...at,
				message: `this file is not UTF-8: byte 0x${byte} at line ${at.line}, byte ${at.column} does not begin a valid UTF-8 sequence`,
				hint: 'Save it as UTF-8 and import it again.'
			}
		};
	}
	return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes) };
}

/** The id a file's name suggests: `Panel on Ports (2024).txt` → `panel-on-ports-2024`. */
export function idFromFileName(name: string): string {
	const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
	return slugId(stem);
}

/**
 * Compiles the picked files into a document: one transcript with or without its annotations,
 * or one `.qdpx` project. Nothing is kept anywhere; a refused import changes nothing.
 *
 * @example
 * const outcome = importFiles([{ name: 'talk.txt', bytes }, { name: 'annotations.yaml', bytes: yaml }]);
 * if (!outcome.ok) outcome.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
 */
export function importFiles(files: PickedFile[], options: ImportOptions = {}): ImportOutcome {
	const refuse = (diagnostics: Diagnostic[], sources: SourceText[] = [], notes: string[] = []) =>
		({ ok: false, diagnostics, sources, notes }) as const;
	const projects = files.filter(isProject);
	const annotationFiles = files.filter(isAnnotations);
	const transcripts = files.filter((f) => !isProject(f) && !isAnnotations(f));
	const shape =
		(projects.length === 1 && files.length === 1) ||
		(projects.length === 0 && transcripts.length === 1 && annotationFiles.length <= 1);
	if (!shape) {
		const names = files.map((f) => f.name).join(', ') || 'no file';
		return refuse([
			fileProblem(
				files[0]?.name ?? 'import',
				`cannot import ${names}: choose one transcript (with or without its annotations.yaml), or one .qdpx project`
			)
		]);
	}
	const main = projects[0] ?? transcripts[0]!;
	const id = options.id?.trim() || idFromFileName(main.name);
	if (!ID_PATTERN.test(id)) {
		return refuse([
			fileProblem(
				main.name,
				`"${id}" is not a valid document id`,
				'Use lower-case letters and digits, words joined by hyphens (e.g. my-interview).'
			)
		]);
	}
	const tooLarge = files.flatMap((f) => sizeProblem({ name: f.name, size: f.bytes.length }) ?? []);
	if (tooLarge.length > 0) return refuse(tooLarge);
	if (projects.length === 1) return importProject(main, id, options);

	const annotationsFile = annotationFiles[0];
	const transcript = decode(main);
	const annotations = annotationsFile ? decode(annotationsFile) : null;
	const unreadable = [transcript, annotations].flatMap((r) =>
		r && 'problem' in r ? [r.problem] : []
	);
	if (unreadable.length > 0) return refuse(unreadable);
	const transcriptText = (transcript as { text: string }).text;
	if (!annotations) {
		// No annotations: the starter ones (speakers, the host, who introduces whom), so that the
		// graph shows speakers, questions, answers and turns at once, every edge cited.
		let starter: ReturnType<typeof starterAnnotations>;
		try {
			starter = starterAnnotations(transcriptText, { id, fileName: main.name });
		} catch (error) {
			if (!(error instanceof StarterError)) throw error;
			return refuse(
				[fileProblem(main.name, error.message)],
				[{ name: main.name, text: transcriptText }]
			);
		}
		return compileImported({
			id,
			origin: main.name,
			names: { transcript: main.name, annotations: `${ANNOTATIONS_NAME} (starter)` },
			transcript: transcriptText,
			annotations: starter.yaml,
			notes: starter.findings,
			layout: options.layout
		});
	}
	return compileImported({
		id,
		origin: main.name,
		names: { transcript: main.name, annotations: annotationsFile!.name },
		transcript: transcriptText,
		annotations: (annotations as { text: string }).text,
		notes: [],
		layout: options.layout
	});
}

/** Reads a REFI-QDA project into a transcript and starter annotations, and compiles them. */
function importProject(file: PickedFile, id: string, options: ImportOptions): ImportOutcome {
	let project: ReturnType<typeof importQdpx>;
	try {
		project = importQdpx(file.bytes, { id });
	} catch (error) {
		if (!(error instanceof QdpxError)) throw error;
		return {
			ok: false,
			diagnostics: [fileProblem(file.name, error.message)],
			sources: [],
			notes: []
		};
	}
	const notes = [
		...project.problems.map(
			(p) =>
				`a coded segment at transcript line ${p.line} (characters ${p.start}–${p.end}) is not anchored: ${p.problem}`
		),
		...project.notes
	];
	if (new TextEncoder().encode(project.transcript).length > MAX_BROWSER_TRANSCRIPT_BYTES) {
		return {
			ok: false,
			diagnostics: [
				fileProblem(
					file.name,
					`the project's transcript is larger than ${formatBytes(MAX_BROWSER_TRANSCRIPT_BYTES)}, the largest the browser imports`,
					'Import it with npm run graph:import instead.'
				)
			],
			sources: [],
			notes
		};
	}
	return compileImported({
		id,
		origin: file.name,
		names: { transcript: TRANSCRIPT_NAME, annotations: ANNOTATIONS_NAME },
		transcript: project.transcript,
		annotations: project.annotations,
		notes,
		layout: options.layout
	});
}

/**
 * Compiles a document under the paths `graph:build` gives it (`graph-data/<id>/…`, which the
 * graph records), so that its downloaded folder builds to the identical graph; diagnostics are
 * then told with the names the person knows the files by.
 */
function compileImported(input: {
	id: string;
	origin: string;
	names: { transcript: string; annotations: string };
	transcript: string;
	annotations: string;
	notes: string[];
	layout?: ImportOptions['layout'];
}): ImportOutcome {
	const paths = {
		transcript: `graph-data/${input.id}/${TRANSCRIPT_NAME}`,
		annotations: `graph-data/${input.id}/${ANNOTATIONS_NAME}`
	};
	const result = compileDocument({
		id: input.id,
		transcriptFile: paths.transcript,
		transcript: input.transcript,
		annotationsFile: paths.annotations,
		annotations: input.annotations
	});
	if (!result.ok) {
		// The paths are named in the diagnostics' files, and in some of their messages and hints.
		const rename = (text: string) =>
			text
				.replaceAll(paths.transcript, input.names.transcript)
				.replaceAll(paths.annotations, input.names.annotations);
		return {
			ok: false,
			diagnostics: result.diagnostics.map((d) => ({
				...d,
				file: rename(d.file),
				message: rename(d.message),
				...(d.hint === undefined ? {} : { hint: rename(d.hint) })
			})),
			sources: [
				{ name: input.names.transcript, text: input.transcript },
				{ name: input.names.annotations, text: input.annotations }
			],
			notes: input.notes
		};
	}
	const graph = result.graph;
	if (input.layout) graph.layout = input.layout(graph);
	return {
		ok: true,
		document: {
			id: input.id,
			title: graph.document.title,
			origin: input.origin,
			transcriptName: TRANSCRIPT_NAME,
			transcript: input.transcript,
			annotations: input.annotations,
			graph,
			notes: input.notes
		},
		notes: input.notes
	};
}
