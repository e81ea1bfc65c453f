/**
 * What a permalink page says of its node in one line (its description for search engines and
 * link previews: `summary` of nodePage in src/lib/graph/permalink.ts), for each kind of node of
 * the interview. Each expected line is written by hand from the annotations (statements, titles,
 * counts of claims) and the transcript. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { nodePage } from '../../src/lib/graph/permalink';
import { compiledInterview } from './helpers';

const TITLE =
	'Five Questions on New Infrastructure: Blockchain plays an important role and investment volume is insufficient';
const summary = (id: string) => nodePage(new GraphIndex(compiledInterview()), id)!.summary;

describe('a permalink page’s summary', () => {
	it.each([
		[
			'a guest’s claim',
			'wang-5g-breaks-out-first',
			`Wang Qing in “${TITLE}”: Given that experience, consensus and supply, Wang thinks 5G will break out first.`
		],
		[
			'the author’s claim',
			'article-tens-of-trillions-ride',
			`Wang Qiao, author of “${TITLE}”, in its introduction: The industry and the capital market have shown strong interest, and all want to catch the tens of trillions of "new infrastructure rides".`
		],
		[
			'a relayed view',
			'relayed-blockchain-only-basic-technology',
			`A view of commentators, relayed by Gong Haihan in “${TITLE}”: Commentators (relayed by the host, who does not say whether he holds the view) say blockchain can only be used as a basic technology at the moment, is not enough to become infrastructure, and so has not been included in new infrastructure.`
		],
		[
			'a question',
			'q1',
			// The transcript puts the question in quotation marks; they are not part of what was said.
			`Question 1, asked by Gong Haihan in “${TITLE}”: Why does the country regard new infrastructure as the focus of this stage of development? Which of the seven fields do you think was the first to break out? Why?`
		],
		['an answer', 'q1-wang-qing', `Wang Qing's answer to Q1, in “${TITLE}”.`],
		// The legend counts 26 claims of Wang Qing.
		['a speaker', 'wang-qing', `Wang Qing, chief engineer: 26 cited claims in “${TITLE}”.`],
		['an organisation', 'zinc-link', `Zinc Link, as cited in “${TITLE}”.`],
		// Two claims list smart manufacturing among what they are about; it has no description.
		[
			'a topic',
			'smart-manufacturing',
			`The scenario “Smart manufacturing” in “${TITLE}”: 2 cited claims about it.`
		],
		// Three claims are about UHV (Wang's time order, Xiang's seven areas, and all but UHV).
		[
			'a described topic',
			'uhv',
			`Ultra-high voltage, one of the seven core areas. The sector “UHV” in “${TITLE}”: 3 cited claims about it.`
		]
	])('of %s says who, where and what', (_, id, expected) => {
		expect(summary(id)).toBe(expected);
	});
});
