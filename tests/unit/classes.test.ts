import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { setClass } from '../../src/lib/cytoscape/classes';

function graph() {
	const cy = cytoscape({ headless: true, styleEnabled: true });
	cy.add(['a', 'b', 'c', 'd'].map((id) => ({ group: 'nodes' as const, data: { id } })));
	cy.getElementById('a').addClass('faded');
	cy.getElementById('b').addClass('faded');
	return cy;
}

/** Ids of the elements Cytoscape reports a class change on while `act` runs. */
function touched(cy: cytoscape.Core, act: () => void): string[] {
	const ids: string[] = [];
	const record = (event: cytoscape.EventObject) => ids.push(event.target.id());
	cy.on('class', record);
	act();
	cy.off('class', record);
	return ids.sort();
}

describe('setClass', () => {
	it('leaves the class on exactly the members', () => {
		const cy = graph();
		setClass(cy.elements(), 'faded', cy.$('#b, #c'));
		expect(
			cy
				.nodes('.faded')
				.map((n) => n.id())
				.sort()
		).toEqual(['b', 'c']);
	});

	it('touches only the elements whose class changes (Cytoscape restyles every one it touches)', () => {
		const cy = graph();
		expect(touched(cy, () => setClass(cy.elements(), 'faded', cy.$('#b, #c')))).toEqual(['a', 'c']);
		expect(touched(cy, () => setClass(cy.elements(), 'faded', cy.$('#b, #c')))).toEqual([]);
	});

	it('with no members, takes the class from the whole scope, and only from it', () => {
		const cy = graph();
		setClass(cy.$('#a'), 'faded', cy.collection());
		expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['b']);
	});
});
