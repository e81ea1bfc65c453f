import type { Core, ElementDefinition, Position } from 'cytoscape';

/**
 * The elements of a graph that are not in the Cytoscape instance yet: nothing has shown them.
 * Cytoscape styles every element it holds, drawn or not (about a third of a large document is
 * answers, hidden until expanded), so the canvas adds an element only when it is first shown
 * and keeps the rest here, their positions following the nodes that are drawn: an arrangement
 * chosen, the view turned on its side, a re-layout.
 */
export class Latent {
	readonly #elements = new Map<string, ElementDefinition>();

	/** Holds `elements` (nodes and edges with ids), replacing what was held. */
	reset(elements: readonly ElementDefinition[]) {
		this.#elements.clear();
		for (const element of elements) this.#elements.set(element.data.id!, element);
	}

	get size(): number {
		return this.#elements.size;
	}

	has(id: string): boolean {
		return this.#elements.has(id);
	}

	/**
	 * Takes out of hiding the elements among `ids` held here, nodes before edges, and returns
	 * them to add. An edge stays here while one of its ends does (it cannot be drawn without
	 * both), so what is returned can always be added.
	 */
	take(ids: Iterable<string>): ElementDefinition[] {
		const nodes: ElementDefinition[] = [];
		const edges: ElementDefinition[] = [];
		for (const id of ids) {
			const element = this.#elements.get(id);
			if (!element) continue;
			if (element.group === 'edges' || element.data.source !== undefined) edges.push(element);
			else nodes.push(element);
		}
		for (const node of nodes) this.#elements.delete(node.data.id!);
		const addable = edges.filter(
			(edge) => !this.#elements.has(edge.data.source!) && !this.#elements.has(edge.data.target!)
		);
		for (const edge of addable) this.#elements.delete(edge.data.id!);
		return [...nodes, ...addable];
	}

	/** Moves the nodes held here: `place` returns a node's new position, or null to keep it. */
	moveNodes(place: (id: string, at: Position | undefined) => Position | null) {
		for (const [id, element] of this.#elements) {
			if (element.group === 'edges' || element.data.source !== undefined) continue;
			const next = place(id, element.position);
			if (next) element.position = { x: next.x, y: next.y };
		}
	}

	/** What is held here, nodes and edges. */
	held(): ElementDefinition[] {
		return [...this.#elements.values()];
	}

	/** The ids of the nodes held here. */
	nodeIds(): string[] {
		const ids: string[] = [];
		for (const [id, element] of this.#elements) {
			if (element.group !== 'edges' && element.data.source === undefined) ids.push(id);
		}
		return ids;
	}

	/** A node's position and size, if it is held here. */
	node(id: string): { position?: Position; size?: number } | undefined {
		const element = this.#elements.get(id);
		if (!element || element.data.source !== undefined) return undefined;
		return { position: element.position, size: element.data.size as number | undefined };
	}
}

const SCRATCH = 'citegraph-latent';

/** Records the elements `cy` does not hold yet, for those that read the whole graph from it. */
export function attachLatent(cy: Core, latent: Latent) {
	cy.scratch(SCRATCH, latent);
}

/**
 * Every node's position and drawn width, as on screen for those drawn and as they would be
 * drawn for the rest (the exports carry the whole graph's layout).
 */
export function nodePlaces(cy: Core): {
	positions: Record<string, Position>;
	sizes: Record<string, number>;
} {
	const positions: Record<string, Position> = {};
	const sizes: Record<string, number> = {};
	cy.nodes().forEach((node) => {
		positions[node.id()] = { ...node.position() };
		sizes[node.id()] = node.width();
	});
	const latent = cy.scratch(SCRATCH) as Latent | undefined;
	for (const id of latent?.nodeIds() ?? []) {
		const held = latent!.node(id)!;
		if (held.position) positions[id] = { ...held.position };
		if (held.size !== undefined) sizes[id] = held.size;
	}
	return { positions, sizes };
}
