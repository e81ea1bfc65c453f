import { toJsonSchema } from '@valibot/to-json-schema';
import { GRAPH_FORMAT, GRAPH_VERSION, GraphSchema } from '../graph';

/** Where the published JSON Schema of the graph format lives, relative to the repo root. */
export const GRAPH_SCHEMA_FILE = `static/schema/${GRAPH_FORMAT}.v${GRAPH_VERSION}.schema.json`;

/** The JSON Schema of the compiled graph format, as the text of the published file. */
export function graphJsonSchemaText(): string {
	const schema = {
		$schema: 'http://json-schema.org/draft-07/schema#',
		title: 'Citegraph compiled graph',
		description:
			'One interview as a graph: its turns and sentences, and nodes and edges that cite sentence ids. See README.md, "The graph file format".',
		...toJsonSchema(GraphSchema, { target: 'draft-07' })
	};
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
