/**
 * The words of the graph: node types, relations, turn kinds. Plain constants with no runtime
 * dependencies, so the app can use them without loading the schema library.
 */

/** Node types, in the order the legend lists them. */
export const NODE_TYPES = [
	'speaker',
	'organization',
	'question',
	'answer',
	'claim',
	'sector',
	'scenario',
	'concept'
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** What a claim does, when the annotator says (`kind` of a claim in annotations.yaml). */
export const CLAIM_KINDS = [
	'assertion',
	'prediction',
	'recommendation',
	'analogy',
	'judgement',
	'explanation'
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Node types an annotator declares under `entities`; the others come from their own sections. */
export const ENTITY_TYPES = ['sector', 'scenario', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relations, each read as "source RELATION target". The structural ones are derived by the
 * compiler; the annotated ones are written under `relations`.
 */
export const RELATIONS = {
	'affiliated-with': 'a speaker works for an organisation',
	'asked-by': 'a question was asked by a speaker',
	answers: 'an answer replies to a question',
	'said-by': 'an answer or a claim was spoken by a speaker',
	'relayed-by':
		"a relayed view (someone else's view) was passed on by a speaker who does not hold it",
	'made-in': 'a claim was made in an answer',
	about: 'a claim or question is about a sector, scenario or concept',
	'applies-to': 'a scenario applies to a sector',
	'part-of': 'a sector, scenario or concept belongs to a broader one',
	'agrees-with': 'a claim agrees with another claim',
	'disagrees-with': 'a claim disagrees with another claim',
	refines: 'a claim qualifies or makes another claim more precise',
	supports: 'a claim is evidence or a reason for another claim'
} as const;
export type Relation = keyof typeof RELATIONS;
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** Relations an annotator may write under `relations`. */
export const ANNOTATED_RELATIONS = [
	'about',
	'applies-to',
	'part-of',
	'agrees-with',
	'disagrees-with',
	'refines',
	'supports'
] as const satisfies readonly Relation[];
export type AnnotatedRelation = (typeof ANNOTATED_RELATIONS)[number];

/**
 * `host` asks the questions, `guest` answers them; `author` is the article's author, whose voice is
 * the narration (the introduction), so their claims quote narration, not a turn of dialogue.
 */
export const SPEAKER_ROLES = ['host', 'guest', 'author'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
export const TURN_KINDS = ['narration', 'question', 'answer'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

/**
 * The arrangements the build lays every document out in, each a complete set of positions:
 * `speaker` gathers each speaker's claims round them with the topics they share between them;
 * `question` follows the discussion question by question; `overview` is the force layout.
 */
export const ARRANGEMENTS = ['speaker', 'question', 'overview'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

/** What the toolbar calls each arrangement. */
export const ARRANGEMENT_NAMES: Record<Arrangement, string> = {
	speaker: 'By speaker',
	question: 'By question',
	overview: 'Overview'
};

/**
 * The arrangement the explorer opens on: by speaker answers "who said what about what" in one
 * look (each guest's claims round them, the topics they share between them, agreements and
 * disagreements across the middle, the host and the questions below).
 */
export const DEFAULT_ARRANGEMENT: Arrangement = 'speaker';
