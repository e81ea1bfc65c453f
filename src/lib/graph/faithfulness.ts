/**
 * The faithfulness check: does a claim's label (and statement) keep the strength of the words it
 * quotes, does its label stand alone, and does each `about` edge cite a sentence that names its
 * topic? Pure: annotations in, findings (each with its YAML path) out. `npm run graph:report`
 * prints the findings with file and line and fails while any is neither fixed nor acknowledged.
 *
 * The word lists below are the whole of the check's knowledge; they are deliberately small.
 */
import type { YamlPath } from './annotations';
import type { Annotations } from './schema';

/**
 * Words that set a claim's strength, in groups: a label or statement keeps a group when it uses
 * any word of it (so "could" keeps "can", "no" keeps "not"). Each group is named by its first
 * word, which is also the key of a finding about it (`drops:can`, `adds:once`).
 */
export const CUE_GROUPS = {
	/** Modality: ability, possibility, obligation, futurity, hope, hedged expectation. */
	modal: [
		['can', 'could', 'cannot', "can't", 'able'],
		['may', 'might', 'maybe', 'possibly', 'possibility', 'probability', 'likely', 'perhaps'],
		['should', 'must', 'need', 'needs', 'needed', 'ought', 'requires', 'require'],
		['will', 'would', "won't", 'shall'],
		['hope', 'hopes', 'hoped', 'forward'],
		['expected', 'expects', 'expect']
	],
	/** Conditions: "if" is not "once" (the first may not happen, the second assumes it will). */
	condition: [
		['if', 'provided', 'unless'],
		['once', 'after']
	],
	/** Negation, as one group: the label must keep some negation where the quotes have one. */
	negation: [
		['not', 'no', 'never', 'neither', 'nor', 'without', 'cannot', "n't", 'none', 'nothing']
	],
	/** Quantifiers and restrictors. */
	quantifier: [
		['most', 'majority'],
		['some', 'several', 'certain'],
		['all', 'every', 'each', 'entire'],
		['many', 'numerous'],
		['few'],
		['only', 'just', 'merely', 'solely']
	]
} as const;

/**
 * Opinion markers removed from quotes before the check: the claim is attributed and its kind says
 * it is a prediction or judgement, so "I think" may go. ("I hope" stays: hope is modality.)
 */
export const OPINION_MARKERS = /\b(?:i|we) (?:think|expect|feel|believe)(?: that)?\b/gi;

/** Words that cannot open a label, as they need an antecedent the label does not give. */
export const DANGLING_OPENERS = [
	'it',
	'its',
	'this',
	'these',
	'that',
	'those',
	'they',
	'their',
	'them',
	'he',
	'she',
	'his',
	'her',
	'such',
	'other',
	'another',
	'both'
] as const;

/** Number words, read as the digits they stand for. */
export const NUMBER_WORDS: Record<string, string> = {
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	dozens: 'dozens',
	hundreds: 'hundreds',
	thousands: 'thousands',
	millions: 'millions',
	trillions: 'trillions'
};

export type FindingKind = 'drops' | 'adds' | 'number' | 'opens' | 'about' | 'stale';

/** One thing the check found, for one claim or relation. */
export interface Finding {
	kind: FindingKind;
	/** What an acknowledgement names: `drops:can`, `adds:once`, `number:50`, `opens:its`, `about:5g`. */
	key: string;
	/** The claim's id, or `relations[i]` for a relation. */
	subject: string;
	/** Where in annotations.yaml: the claim's label, or the edge's target. */
	path: YamlPath;
	message: string;
	/** The reason given in annotations.yaml, or null when the finding is unacknowledged. */
	acknowledged: string | null;
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)*/g;

/** The lower-cased words of a text, with "n't" split off ("isn't" → "is", "n't"). */
export function words(text: string): string[] {
	const out: string[] = [];
	for (const w of text.toLowerCase().match(WORD) ?? []) {
		const word = w.replaceAll('’', "'").replace(/'s$/, '');
		if (word.endsWith("n't") && word !== "can't" && word !== "won't") {
			out.push(word.slice(0, -3), "n't");
		} else out.push(word);
	}
	return out;
}

/** The cue groups a text uses, by their head word. */
export function cues(text: string): Set<string> {
	const present = new Set(words(text));
	const found = new Set<string>();
	for (const groups of Object.values(CUE_GROUPS)) {
		for (const group of groups) {
			if (group.some((w) => present.has(w))) found.add(group[0]);
		}
	}
	return found;
}

/** The numbers a text states: digits (not list markers like "1)"), and number words. */
export function numbers(text: string): Set<string> {
	const found = new Set<string>();
	for (const m of text.matchAll(/\d+(?:\.\d+)?(?!\d|\))/g)) found.add(m[0]);
	for (const w of words(text)) if (NUMBER_WORDS[w]) found.add(NUMBER_WORDS[w]);
	return found;
}

function groupClass(head: string): string {
	for (const [name, groups] of Object.entries(CUE_GROUPS)) {
		if (groups.some((g) => g[0] === head)) return name;
	}
	return 'word';
}

/** Does the text name the topic by its label or one of its aliases (case-insensitive)? */
export function mentions(text: string, names: readonly string[]): boolean {
	const haystack = ` ${words(text).join(' ')} `;
	return names.some((name) => {
		const needle = words(name).join(' ');
		return needle.length > 0 && haystack.includes(` ${needle} `);
	});
}

/**
 * Runs the check over one document's annotations.
 *
 * - `drops:<cue>`: the quotes use a modal, condition, negation or quantifier (see
 *   {@link CUE_GROUPS}) that the label or the statement leaves out;
 * - `adds:<cue>`: the label uses one the quotes do not;
 * - `number:<n>`: a number in the quotes is in neither the label nor the statement;
 * - `opens:<word>`: the label opens with a pronoun or demonstrative ({@link DANGLING_OPENERS});
 * - `about:<topic>`: an `about` edge whose quotes do not name the topic (its label or aliases);
 * - `stale`: an acknowledgement that matches no finding.
 *
 * @example
 * const findings = checkFaithfulness(annotations).filter((f) => f.acknowledged === null);
 */
export function checkFaithfulness(annotations: Annotations): Finding[] {
	const findings: Finding[] = [];
	const names = new Map(annotations.entities.map((e) => [e.id, [e.label, ...e.aliases]]));

	annotations.claims.forEach((claim, i) => {
		const own: Omit<Finding, 'acknowledged'>[] = [];
		const at = (field: string): YamlPath => ['claims', i, field];
		const quoted = claim.quotes.join(' ').replace(OPINION_MARKERS, ' ');
		const inQuotes = cues(quoted);
		const inLabel = cues(claim.label);
		const inStatement = cues(claim.statement.replace(OPINION_MARKERS, ' '));

		for (const cue of inQuotes) {
			const missing = [
				...(inLabel.has(cue) ? [] : ['label']),
				...(inStatement.has(cue) ? [] : ['statement'])
			];
			if (missing.length === 0) continue;
			own.push({
				kind: 'drops',
				key: `drops:${cue}`,
				subject: claim.id,
				path: at(missing[0]!),
				message: `the quotes use the ${groupClass(cue)} "${cue}" (or a word like it), which the ${missing.join(' and the ')} drop${missing.length === 1 ? 's' : ''}`
			});
		}
		for (const cue of inLabel) {
			if (inQuotes.has(cue)) continue;
			own.push({
				kind: 'adds',
				key: `adds:${cue}`,
				subject: claim.id,
				path: at('label'),
				message: `the label uses the ${groupClass(cue)} "${cue}", which the quotes do not`
			});
		}
		const stated = numbers(`${claim.label} ${claim.statement}`);
		for (const n of numbers(quoted)) {
			if (stated.has(n)) continue;
			own.push({
				kind: 'number',
				key: `number:${n}`,
				subject: claim.id,
				path: at('statement'),
				message: `the quotes give the number "${n}", which neither label nor statement keeps`
			});
		}
		const first = words(claim.label)[0];
		if (first && (DANGLING_OPENERS as readonly string[]).includes(first)) {
			own.push({
				kind: 'opens',
				key: `opens:${first}`,
				subject: claim.id,
				path: at('label'),
				message: `the label opens with "${first}", which refers to something the label does not name`
			});
		}
		claim.about.forEach((topic, t) => {
			const topicNames = names.get(topic);
			if (!topicNames || mentions(claim.quotes.join(' '), topicNames)) return;
			own.push({
				kind: 'about',
				key: `about:${topic}`,
				subject: claim.id,
				path: ['claims', i, 'about', t],
				message: `is about "${topic}", but no quote names it (${topicNames.map((n) => `"${n}"`).join(', ')})`
			});
		});

		const reasons = claim.acknowledged;
		const keys = new Set(own.map((f) => f.key));
		for (const f of own) findings.push({ ...f, acknowledged: reasons[f.key] ?? null });
		for (const key of Object.keys(reasons)) {
			if (keys.has(key)) continue;
			findings.push({
				kind: 'stale',
				key,
				subject: claim.id,
				path: ['claims', i, 'acknowledged', key],
				message: `acknowledges "${key}", which the check no longer finds: remove it`,
				acknowledged: null
			});
		}
	});

	annotations.relations.forEach((relation, i) => {
		if (relation.relation !== 'about') return;
		const topicNames = names.get(relation.target);
		if (!topicNames || mentions(relation.quotes.join(' '), topicNames)) return;
		findings.push({
			kind: 'about',
			key: `about:${relation.target}`,
			subject: `relations[${i}]`,
			path: ['relations', i, 'target'],
			message: `${relation.source} is about "${relation.target}", but no quote names it (${topicNames.map((n) => `"${n}"`).join(', ')})`,
			acknowledged: null
		});
	});
	return findings;
}
