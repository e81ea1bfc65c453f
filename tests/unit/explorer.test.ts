import { describe, expect, it } from 'vitest';
import { explorerWithHistory } from './explorer-fixture';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const questions = graph.nodes.filter((n) => n.type === 'question').map((n) => n.id);
const claim = graph.nodes.find((n) => n.type === 'claim')!;

describe('Explorer', () => {
	it('records each action as a history step, and typing as an amendment', () => {
		const { explorer, steps } = explorerWithHistory(graph);
		explorer.select('q1');
		explorer.setQuery('5');
		explorer.setQuery('5G');
		explorer.toggleExpanded('q1');
		expect(steps).toEqual([
			'push ?select=q1',
			'replace ?select=q1&q=5',
			'replace ?select=q1&q=5G',
			'push ?select=q1&expand=q1&q=5G'
		]);
	});

	it('after Expand all a speaker’s answers count as expanded, and collapsing them closes only theirs', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.expandAll();
		expect(explorer.isExpanded('wang-qing')).toBe(true);
		explorer.toggleExpanded('wang-qing');
		expect(explorer.isExpanded('wang-qing')).toBe(false);
		expect(explorer.isExpanded('xiang-lipeng')).toBe(true);
		expect(explorer.visible.nodes.has('q1-wang-qing')).toBe(false);
		expect(explorer.visible.nodes.has('q5-wang-qing')).toBe(false);
		expect(explorer.visible.nodes.has('q1-xiang-lipeng')).toBe(true);
		expect(explorer.visible.nodes.has('q3-xiang-lipeng')).toBe(true);
	});

	it('records nothing for a change that changes nothing, or for a restore', () => {
		const { explorer, steps } = explorerWithHistory(graph);
		explorer.select(null);
		explorer.collapse('q1');
		explorer.restore('?select=q2&focus=q2');
		expect(explorer.selected).toBe('q2');
		expect(explorer.focus).toBe('q2');
		expect(steps).toEqual([]);
	});

	it('selecting a collapsed answer expands its question in the same step', () => {
		const { explorer, steps } = explorerWithHistory(graph);
		explorer.select('q1-wang-qing');
		expect(explorer.view.expanded).toEqual(['q1']);
		expect(explorer.visible.nodes.has('q1-wang-qing')).toBe(true);
		expect(steps).toEqual(['push ?select=q1-wang-qing&expand=q1']);
	});

	it('hides and shows types, keeping the last one shown', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.toggleType('claim');
		expect(explorer.showsType('claim')).toBe(false);
		expect(explorer.showsType('sector')).toBe(true);
		expect([...explorer.visible.nodes].some((id) => id === claim.id)).toBe(false);
		explorer.toggleType('claim');
		expect(explorer.view.types).toEqual([]);

		const present = [...new Set(graph.nodes.map((n) => n.type))];
		for (const type of present.slice(1)) explorer.toggleType(type);
		expect(explorer.view.types).toEqual([present[0]]);
		explorer.toggleType(present[0]!);
		expect(explorer.view.types).toEqual([present[0]]);
	});

	it('hides and shows relations the same way', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.toggleRelation('about');
		expect(explorer.showsRelation('about')).toBe(false);
		expect([...explorer.visible.edges].some((id) => id.includes('--about--'))).toBe(false);
		explorer.toggleRelation('about');
		expect(explorer.view.relations).toEqual([]);
	});

	it('expands every question and collapses them all again', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.expand('q1');
		explorer.expandAll();
		expect(explorer.view.expanded).toEqual(['q1', ...questions.filter((q) => q !== 'q1')]);
		expect(explorer.visible.nodes.size).toBe(graph.nodes.length);
		expect(explorer.collapsed.size).toBe(0);
		explorer.collapseAll();
		expect(explorer.view.expanded).toEqual([]);
		expect(explorer.collapsed.has('q1')).toBe(true);
	});

	it('focus narrows what is shown to the neighbourhood, and depth widens it', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.setFocus('q1');
		const one = explorer.shown.nodes.size;
		explorer.setDepth(2);
		expect(explorer.shown.nodes.size).toBeGreaterThan(one);
		explorer.setDepth(7);
		expect(explorer.view.depth).toBe(3);
		explorer.setFocus(null);
		expect(explorer.shown).toEqual(explorer.visible);
	});

	it('speaker filters add up, and reset clears every filter', () => {
		const { explorer } = explorerWithHistory(graph);
		explorer.toggleSpeaker('wang-qing');
		explorer.toggleType('concept');
		expect(explorer.view.speakers).toEqual(['wang-qing']);
		explorer.resetFilters();
		expect(explorer.view).toMatchObject({ speakers: [], types: [], relations: [] });
	});

	it('keeps a transient highlight out of the URL', () => {
		const { explorer, steps } = explorerWithHistory(graph);
		explorer.setHighlight({ nodes: ['q1'], edges: [] });
		expect(explorer.highlight).toEqual({ nodes: ['q1'], edges: [] });
		explorer.setHighlight(null);
		expect(explorer.highlight).toBeNull();
		expect(steps).toEqual([]);
	});

	it('knows which nodes can be expanded', () => {
		const { explorer } = explorerWithHistory(graph);
		expect(explorer.canExpand('q1')).toBe(true);
		expect(explorer.canExpand('wang-qing')).toBe(true);
		expect(explorer.canExpand('q1-wang-qing')).toBe(false);
		expect(explorer.canExpand('zinc-link')).toBe(false);
	});
});
