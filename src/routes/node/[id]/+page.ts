import { homeNodeEntries, nodePermalink } from 'virtual:citegraph/permalinks';
import type { EntryGenerator, PageLoad } from './$types';

// Plain HTML, the home page's document's permalinks (see /d/[document]/node/[id]).
export const csr = false;

export const entries: EntryGenerator = homeNodeEntries;

export const load = (({ params }) => nodePermalink(undefined, params.id)) satisfies PageLoad;
