import { documentNodeEntries, nodePermalink } from 'virtual:citegraph/permalinks';
import type { EntryGenerator, PageLoad } from './$types';

// Plain HTML: a permalink reads, links and cites without any script. Its load runs at build time
// only (vite.config.ts says why it is not a server load).
export const csr = false;

export const entries: EntryGenerator = documentNodeEntries;

export const load = (({ params }) => nodePermalink(params.document, params.id)) satisfies PageLoad;
