/**
 * The explorer's actions (src/lib/state/explorer.svelte.ts) as the history records them: each
 * action's query string is written out by hand (parameters in the order links write them:
 * select, focus, depth, types, speakers, relations, expand, q, sentence, trace, connect, step,
 * reader, layout). Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { explorerWithHistory as explorer } from './explorer-fixture';

// The interview has nodes of all eight types; the legend lists them in this order.
const ALL_BUT_CLAIMS = 'speaker,organization,question,answer,sector,scenario,concept';

describe('the explorer’s filters', () => {
	it('hide a type and show it again, all types written as none', () => {
		const { explorer: e, steps } = explorer();
		e.toggleType('claim');
		expect(e.showsType('claim')).toBe(false);
		e.toggleType('claim');
		expect(steps).toEqual([`push ?types=${ALL_BUT_CLAIMS}`, 'push ']);
	});

	it('show one type alone and every type again; the last type shown stays shown', () => {
		const { explorer: e, steps } = explorer();
		e.onlyType('sector');
		expect(e.showsOnlyType('sector')).toBe(true);
		e.toggleType('sector');
		e.onlyType('sector');
		expect(e.showsOnlyType('sector')).toBe(false);
		expect(steps).toEqual(['push ?types=sector', 'push ']);
	});

	it('show one relation alone and every relation again, and hide one', () => {
		const { explorer: e, steps } = explorer();
		e.onlyRelation('about');
		expect([
			e.showsOnlyRelation('about'),
			e.showsRelation('about'),
			e.showsRelation('said-by')
		]).toEqual([true, true, false]);
		e.toggleRelation('about');
		e.onlyRelation('about');
		e.toggleRelation('refines');
		expect(e.showsRelation('refines')).toBe(false);
		e.toggleRelation('refines');
		expect(steps).toEqual([
			'push ?relations=about',
			'push ',
			'push ?relations=affiliated-with,asked-by,answers,said-by,relayed-by,made-in,about,applies-to,part-of,agrees-with,disagrees-with,supports',
			'push '
		]);
	});

	it('switch from one type or relation shown alone straight to another', () => {
		const { explorer: e, steps } = explorer();
		e.onlyType('sector');
		expect([e.showsOnlyType('sector'), e.showsOnlyType('claim')]).toEqual([true, false]);
		e.onlyType('claim');
		e.onlyRelation('about');
		expect([e.showsOnlyRelation('about'), e.showsOnlyRelation('said-by')]).toEqual([true, false]);
		e.onlyRelation('said-by');
		expect(steps).toEqual([
			'push ?types=sector',
			'push ?types=claim',
			'push ?types=claim&relations=about',
			'push ?types=claim&relations=said-by'
		]);
	});

	it('narrow to what speakers said, one at a time, and reset', () => {
		const { explorer: e, steps } = explorer();
		e.toggleSpeaker('wang-qing');
		e.toggleSpeaker('xiang-lipeng');
		e.toggleSpeaker('wang-qing');
		e.onlyType('claim');
		e.resetFilters();
		expect(steps).toEqual([
			'push ?speakers=wang-qing',
			'push ?speakers=wang-qing,xiang-lipeng',
			'push ?speakers=xiang-lipeng',
			'push ?types=claim&speakers=xiang-lipeng',
			'push '
		]);
	});
});

describe('the explorer’s evidence and reading', () => {
	it('traces a node, selecting it, and clears the trace', () => {
		const { explorer: e, steps } = explorer();
		e.trace('q1');
		e.trace(null);
		expect(steps).toEqual(['push ?select=q1&trace=q1', 'push ?select=q1']);
	});

	it('connects two nodes, opening the answer between them, and clears the connection once', () => {
		const { explorer: e, steps } = explorer();
		e.connect('q1', 'wang-qing');
		expect(e.clearEvidence()).toBe(true);
		expect(e.clearEvidence()).toBe(false);
		expect(steps).toEqual([
			'push ?select=q1&expand=q1&connect=q1,wang-qing',
			'push ?select=q1&expand=q1'
		]);
	});

	it('follows the interview to a turn within its 14, rounded, or shows it all', () => {
		const { explorer: e, steps } = explorer();
		e.setStep(100);
		expect(e.step?.turn.id).toBe('t13');
		e.setStep(-3);
		e.setStep(2.4);
		e.setStep(null);
		expect(e.step).toBeNull();
		// Links count steps from 1.
		expect(steps).toEqual(['push ?step=14', 'push ?step=1', 'push ?step=3', 'push ']);
	});

	it('closes the transcript, arranges the graph by question, and selects a sentence', () => {
		const { explorer: e, steps } = explorer();
		e.setReader(false);
		e.setLayout('question');
		e.selectSentence('t3-s16');
		expect(e.selection).toContain('wang-5g-breaks-out-first');
		expect(e.selection).toContain('q1-wang-qing');
		expect(steps).toEqual([
			'push ?reader=0',
			'push ?reader=0&layout=question',
			'push ?expand=q1&sentence=t3-s16&reader=0&layout=question'
		]);
	});

	it('emphasises a highlight over the evidence, and the evidence once it is cleared', () => {
		const { explorer: e } = explorer();
		e.trace('q1');
		const evidence = e.evidence;
		// Question 1 was asked by Gong Haihan, of Zinc Link.
		expect(evidence?.nodes).toEqual(['q1', 'gong-haihan', 'zinc-link']);
		const highlight = { nodes: ['q2'], edges: [] };
		e.setHighlight(highlight);
		expect(e.emphasis).toBe(highlight);
		e.setHighlight(null);
		expect(e.emphasis).toEqual(evidence);
	});
});

describe('answers collapsed into their questions', () => {
	it('are counted: all eight at first, none once expanded or while answers are hidden', () => {
		const { explorer: e } = explorer();
		expect(e.collapsedAnswers).toBe(8);
		// Wang Qing answers four questions.
		e.toggleSpeaker('wang-qing');
		expect(e.collapsedAnswers).toBe(4);
		e.toggleSpeaker('wang-qing');
		// Followed to question 1 (turn 1), no answer has been given; after Xiang's (turn 2) and
		// Wang's (turn 3) answers, two.
		e.setStep(1);
		expect(e.collapsedAnswers).toBe(0);
		e.setStep(3);
		expect(e.collapsedAnswers).toBe(2);
		e.setStep(null);
		e.onlyType('claim');
		expect(e.collapsedAnswers).toBe(0);
		e.resetFilters();
		e.expandAll();
		expect(e.collapsedAnswers).toBe(0);
	});
});
