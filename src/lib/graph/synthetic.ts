/**
 * Synthetic documents for the benchmark: a panel discussion of any size, written as a transcript
 * and annotations in the same forms a person writes, so that it goes through the real compiler.
 * Every sentence is unique (it carries its own numbers), so every quote anchors exactly once.
 */
import { compileDocument } from './compile';
import type { Graph } from './schema';

/** A synthetic document's two source files. */
export interface SyntheticDocument {
	id: string;
	transcript: string;
	annotations: string;
}

const GUESTS = [
	['Ada Berg', 'the Alder Institute'],
	['Bo Chen', 'the Birch Laboratory'],
	['Cy Dorn', 'the Cedar Council'],
	['Di Egan', 'the Dogwood Fund'],
	['Ed Falk', 'the Elm Foundation'],
	['Flo Gray', 'the Fir Academy'],
	['Gus Hale', 'the Ginkgo Group'],
	['Hal Iver', 'the Hazel Agency']
] as const;

const CLAIMS_PER_ANSWER = 4;
const TOPIC_TYPES = ['sector', 'scenario', 'concept'] as const;

const slug = (name: string) => name.toLowerCase().replaceAll(' ', '-');
const yamlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A panel of a host and eight guests with about `targetNodes` nodes: each question is answered
 * by every guest, each answer makes four claims, each claim is about a topic, and claims agree
 * with, support or dispute the one before.
 *
 * @example
 * const doc = syntheticDocument(1000); // ≈ 1,000 nodes once compiled
 */
export function syntheticDocument(targetNodes: number): SyntheticDocument {
	const id = `synthetic-${targetNodes}`;
	const perQuestion = 1 + GUESTS.length * (1 + CLAIMS_PER_ANSWER);
	const topicCount = Math.max(3, Math.round(targetNodes / 10));
	const questions = Math.max(
		1,
		Math.round((targetNodes - topicCount - 2 * GUESTS.length - 1) / perQuestion)
	);
	const host = 'Mo Host';
	const lines: string[] = [
		`A synthetic panel of ${targetNodes} nodes`,
		'',
		'By Citegraph bench',
		''
	];
	const intro = GUESTS.map(
		([name, org], i) => `Guest ${name} works at ${org} as panellist number ${i + 1} of the day.`
	);
	lines.push(`The host ${host} invited eight guests. ${intro.join(' ')}`, '');

	const topics = Array.from({ length: topicCount }, (_, t) => ({
		id: `topic-${t + 1}`,
		type: TOPIC_TYPES[t % TOPIC_TYPES.length]!,
		label: `Theme ${t + 1}`,
		quote: `Let us turn to theme ${t + 1} of the agenda.`
	}));
	const claims: string[] = [];
	const relations: string[] = [];
	let sentence = 0;
	let previous: { id: string; quote: string } | null = null;
	for (let q = 0; q < questions; q++) {
		// Each question introduces the topics that have not been introduced yet, in turn.
		const introduced = topics.filter((_, t) => t % questions === q).map((topic) => topic.quote);
		lines.push(
			`${host}:`,
			'',
			`Question ${q + 1} of the panel is open. ${introduced.join(' ')}`,
			''
		);
		for (const [name] of GUESTS) {
			const said: string[] = [];
			for (let c = 0; c < CLAIMS_PER_ANSWER; c++) {
				sentence++;
				const topic = topics[(sentence * 7) % topicCount]!;
				const quote = `Point ${sentence} of the record is that theme ${topic.label.slice(6)} of the agenda matters for case ${sentence * 3 + 1} here.`;
				said.push(quote);
				const claim = `claim-${sentence}`;
				claims.push(
					[
						`  - id: ${claim}`,
						`    speaker: ${slug(name)}`,
						`    label: ${yamlString(`Point ${sentence} on ${topic.label}`)}`,
						`    statement: ${yamlString(`Theme ${topic.label.slice(6)} matters for case ${sentence * 3 + 1}.`)}`,
						`    kind: assertion`,
						`    quotes: [${yamlString(quote)}]`,
						`    about: [${topic.id}]`
					].join('\n')
				);
				if (previous && sentence % 3 !== 0) {
					const relation = ['agrees-with', 'supports', 'disagrees-with'][sentence % 3]!;
					relations.push(
						[
							`  - source: ${claim}`,
							`    relation: ${relation}`,
							`    target: ${previous.id}`,
							`    quotes: [${yamlString(quote)}]`
						].join('\n')
					);
				}
				previous = { id: claim, quote };
			}
			lines.push(`${name}:`, '', said.join(' '), '');
		}
	}
	const transcript = `${lines.join('\n')}\n`;

	const annotations = [
		'document:',
		'  language: en',
		'speakers:',
		`  - id: ${slug(host)}`,
		`    name: ${host}`,
		`    aliases: [${yamlString(host)}]`,
		'    role: host',
		`    introduced: ${yamlString(`The host ${host} invited eight guests.`)}`,
		...GUESTS.flatMap(([name, org], i) => [
			`  - id: ${slug(name)}`,
			`    name: ${name}`,
			`    aliases: [${yamlString(name)}]`,
			'    role: guest',
			`    organization: ${slug(org.slice(4))}`,
			`    introduced: ${yamlString(intro[i]!)}`
		]),
		'organizations:',
		...GUESTS.flatMap(([, org], i) => [
			`  - id: ${slug(org.slice(4))}`,
			`    name: ${yamlString(org.slice(4))}`,
			`    quote: ${yamlString(`${org} as panellist number ${i + 1} of`)}`
		]),
		'entities:',
		...topics.flatMap((topic) => [
			`  - id: ${topic.id}`,
			`    type: ${topic.type}`,
			`    label: ${topic.label}`,
			`    quotes: [${yamlString(topic.quote)}]`
		]),
		'claims:',
		...claims,
		'relations:',
		...relations,
		''
	].join('\n');
	return { id, transcript, annotations };
}

/** The graph of synthetic document `doc`, compiled as `graph:build` compiles a document (no layout). */
export function compileSyntheticDocument(doc: SyntheticDocument): Graph {
	const result = compileDocument({
		id: doc.id,
		transcriptFile: `graph-data/${doc.id}/transcript.txt`,
		transcript: doc.transcript,
		annotationsFile: `graph-data/${doc.id}/annotations.yaml`,
		annotations: doc.annotations
	});
	if (!result.ok) {
		throw new Error(
			`synthetic document ${doc.id} does not compile: ${result.diagnostics[0]?.message}`
		);
	}
	return result.graph;
}

/** The graph of a synthetic panel of about `targetNodes` nodes (no layout). */
export const compiledSynthetic = (targetNodes: number): Graph =>
	compileSyntheticDocument(syntheticDocument(targetNodes));
