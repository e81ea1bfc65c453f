/**
 * `npm run graph:schema`: writes the JSON Schema of the compiled graph format, generated from the
 * valibot schema, to static/schema/ (served by the app and committed to the repo).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GRAPH_SCHEMA_FILE, graphJsonSchemaText } from '../lib/server/json-schema';

mkdirSync(dirname(GRAPH_SCHEMA_FILE), { recursive: true });
writeFileSync(GRAPH_SCHEMA_FILE, graphJsonSchemaText());
console.log(`wrote ${GRAPH_SCHEMA_FILE}`);
