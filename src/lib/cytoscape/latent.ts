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
	 * Takes out of hiding the elements among `ids` held here, and returns them to add, the nodes
	 * before the edges. An edge stays here while one of its ends does (it cannot be drawn without
	 * both), so what is returned can always be added.
	 */
	take(ids: Iterable<string>): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
		const nodes: ElementDefinition[] = [];
		const edges: ElementDefinition[] = [];
		for (const id of ids) {
			const element = this.#elements.get(id);
			if (element) (isEdge(element) ? edges : nodes).push(element);
		}
		for (const node of nodes) this.#elements.delete(node.data.id!);
		const addable = edges.filter(
			(edge) => !this.#elements.has(edge.data.source!) && !this.#elements.has(edge.data.target!)
		);
		for (const edge of addable) this.#elements.delete(edge.data.id!);
		return { nodes, edges: addable };
	}

	/** Moves the nodes held here: `place` returns a node's new position, or null to keep it. */
	moveNodes(place: (id: string, at: Position | undefined) => Position | null) {
		for (const node of this.nodes()) {
			const next = place(node.data.id!, node.position);
			if (next) node.position = { x: next.x, y: next.y };
		}
	}

	/** What is held here, nodes and edges. */
	held(): ElementDefinition[] {
		return [...this.#elements.values()];
	}

	/** The nodes held here. */
	nodes(): ElementDefinition[] {
		return this.held().filter((element) => !isEdge(element));
	}

	/** The ids of the nodes held here. */
	nodeIds(): string[] {
		return this.nodes().map((node) => node.data.id!);
	}
}

/** Whether a definition is an edge's: the canvas's definitions (elements.ts) name its ends. */
const isEdge = (element: ElementDefinition) => element.data.source !== undefined;

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
	for (const node of latent?.nodes() ?? []) {
		const id = node.data.id!;
		if (node.position) positions[id] = { ...node.position };
		if (node.data.size !== undefined) sizes[id] = node.data.size as number;
	}
	return { positions, sizes };
}
