/**
 * The stance table on a graph written here by hand (src/lib/graph/stance.ts), laid out so that
 * the graph's order is never the table's: speakers listed author, host, guests; claims and relayed
 * views listed last said first; the agreement listed before the disagreements. The whole table is
 * written out by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex, type Graph } from '../../src/lib/graph';
import { stanceTable } from '../../src/lib/graph/stance';
import { edgeOf } from './helpers';

/** Sentence `s<n>` starts at offset n × 10 (s15 at 15, s25 at 25). */
const START: Record<string, number> = {
	s0: 0,
	s1: 10,
	s15: 15,
	s2: 20,
	s25: 25,
	s3: 30,
	s4: 40,
	s5: 50,
	s6: 60,
	s7: 70,
	s8: 80,
	s9: 90
};

const speaker = (id: string, role: string) => ({
	id,
	type: 'speaker',
	label: id,
	role,
	citations: []
});
const topic = (id: string, type: string) => ({ id, type, label: id, citations: [] });
const claim = (id: string, by: string, sentence: string, holder?: string) => ({
	id,
	type: 'claim',
	label: id,
	speaker: by,
	relayed: holder ? { holder } : null,
	citations: [sentence]
});
const edge = (source: string, relation: string, target: string) => edgeOf(source, relation, target);

function graph(): Graph {
	return {
		nodes: [
			{ id: 'acme', type: 'organization', label: 'Acme', citations: [] },
			speaker('wri', 'author'),
			speaker('hal', 'host'),
			// A guest who claims nothing: no column.
			speaker('nob', 'guest'),
			speaker('gus', 'guest'),
			speaker('gia', 'guest'),
			topic('tb', 'sector'),
			topic('to', 'concept'),
			topic('ta', 'sector'),
			topic('td', 'scenario'),
			topic('tx', 'sector'),
			// Only a relayed view is about it: no row.
			topic('tn', 'sector'),
			topic('te', 'concept'),
			claim('k9', 'gia', 's9'),
			claim('k8', 'gus', 's8'),
			claim('k7', 'hal', 's7'),
			claim('k6', 'wri', 's6'),
			claim('r4', 'gia', 's6', 'bankers'),
			claim('r5', 'hal', 's5', 'critics'),
			claim('k4', 'gia', 's4'),
			claim('k3', 'gus', 's3'),
			claim('kz', 'hal', 's25'),
			claim('k2', 'hal', 's2'),
			claim('kk', 'gus', 's15'),
			claim('k1', 'wri', 's1'),
			claim('k0', 'gus', 's0')
		],
		edges: [
			edge('k8', 'agrees-with', 'k4'),
			edge('k7', 'disagrees-with', 'k6'),
			edge('k8', 'disagrees-with', 'k9'),
			edge('k9', 'disagrees-with', 'k3'),
			edge('k2', 'agrees-with', 'k1'),
			// One speaker against themself: no disagreement between speakers.
			edge('k0', 'disagrees-with', 'k3'),
			// Responses to the critics' view, which Hal relays.
			edge('r5', 'disagrees-with', 'k2'),
			edge('k8', 'disagrees-with', 'r5'),
			edge('k9', 'agrees-with', 'r5'),
			edge('k4', 'agrees-with', 'r5'),
			edge('k3', 'refines', 'r5'),
			edge('k0', 'supports', 'r5'),
			// Between two relayed views: no speaker's response.
			edge('r4', 'agrees-with', 'r5'),
			...[
				['k9', 'td'],
				['k8', 'td'],
				['k7', 'tx'],
				['k6', 'tx'],
				['r4', 'tn'],
				['r5', 'td'],
				['r5', 'ta'],
				['k4', 'ta'],
				['k3', 'ta'],
				['k3', 'td'],
				['kz', 'te'],
				['k2', 'tb'],
				['kk', 'to'],
				['k1', 'tb'],
				['k0', 'to'],
				['k0', 'te'],
				['k0', 'ta']
			].map(([source, target]) => edge(source!, 'about', target!))
		],
		sentences: Object.entries(START).map(([id, start]) => ({
			id,
			start,
			end: start + 5,
			text: id
		})),
		turns: []
	} as unknown as Graph;
}

const cells = (claims: Record<string, string[]>) =>
	['gus', 'gia', 'hal', 'wri'].map((speaker) => ({ speaker, claims: claims[speaker] ?? [] }));

describe('stanceTable on a graph whose order is never the table’s', () => {
	it('is, written out whole', () => {
		expect(stanceTable(new GraphIndex(graph()))).toEqual({
			// Guests, then the host, then the author; Nob claims nothing.
			speakers: ['gus', 'gia', 'hal', 'wri'],
			rows: [
				// Disagreements: ta and td have three claims by two speakers each (ta is listed
				// first), tx two. In a cell, disputed claims first, then the rest, each as said.
				{
					topic: 'ta',
					cells: cells({ gus: ['k3', 'k0'], gia: ['k4'] }),
					verdict: 'disagree',
					relations: ['k9--disagrees-with--k3', 'k8--agrees-with--k4'],
					claimCount: 3
				},
				{
					topic: 'td',
					cells: cells({ gus: ['k3', 'k8'], gia: ['k9'] }),
					verdict: 'disagree',
					relations: ['k8--disagrees-with--k9', 'k9--disagrees-with--k3', 'k8--agrees-with--k4'],
					claimCount: 3
				},
				{
					topic: 'tx',
					cells: cells({ hal: ['k7'], wri: ['k6'] }),
					verdict: 'disagree',
					relations: ['k7--disagrees-with--k6'],
					claimCount: 2
				},
				{
					topic: 'tb',
					cells: cells({ hal: ['k2'], wri: ['k1'] }),
					verdict: 'agree',
					relations: ['k2--agrees-with--k1'],
					claimCount: 2
				},
				// Two claims each: te by two speakers before to by one, though to is listed first.
				{
					topic: 'te',
					cells: cells({ gus: ['k0'], hal: ['kz'] }),
					verdict: 'both',
					relations: [],
					claimCount: 2
				},
				{
					topic: 'to',
					cells: cells({ gus: ['k0', 'kk'] }),
					verdict: 'one',
					relations: [],
					claimCount: 2
				}
			],
			disputes: [
				// k8–k9 and k9–k3 join into one dispute, first in row ta; k7–k6, listed first, is
				// first in row tx.
				{
					topics: ['ta', 'td'],
					sides: [
						{ speaker: 'gus', claims: ['k3', 'k8'] },
						{ speaker: 'gia', claims: ['k9'] }
					],
					edges: ['k8--disagrees-with--k9', 'k9--disagrees-with--k3']
				},
				{
					topics: ['tx'],
					sides: [
						{ speaker: 'hal', claims: ['k7'] },
						{ speaker: 'wri', claims: ['k6'] }
					],
					edges: ['k7--disagrees-with--k6']
				}
			],
			relayed: [
				// r5 (at 50) before r4 (at 60); its topics in the graph's order of topics; its
				// responses disagreements, agreements, refinements, support, each as said.
				{
					claim: 'r5',
					by: 'hal',
					holder: 'critics',
					topics: ['ta', 'td'],
					responses: [
						'r5--disagrees-with--k2',
						'k8--disagrees-with--r5',
						'k4--agrees-with--r5',
						'k9--agrees-with--r5',
						'k3--refines--r5',
						'k0--supports--r5'
					]
				},
				{ claim: 'r4', by: 'gia', holder: 'bankers', topics: ['tn'], responses: [] }
			]
		});
	});
});
