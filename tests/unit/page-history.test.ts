/**
 * The explorer's history (src/lib/state/history.ts): a view change pushes or replaces the query
 * string of the current page through SvelteKit's shallow routing, keeping its path and hash.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const navigation = vi.hoisted(() => ({ pushState: vi.fn(), replaceState: vi.fn() }));
vi.mock('$app/navigation', () => navigation);

const { pageHistory } = await import('../../src/lib/state/history');

afterEach(() => {
	vi.unstubAllGlobals();
	navigation.pushState.mockClear();
	navigation.replaceState.mockClear();
});

describe('pageHistory', () => {
	it('pushes the new query string onto the page’s own path and hash', () => {
		vi.stubGlobal('location', { pathname: '/d/harbour', hash: '#top' });
		pageHistory.push('?select=q1');
		expect(navigation.pushState).toHaveBeenCalledWith('/d/harbour?select=q1#top', {});
		expect(navigation.replaceState).not.toHaveBeenCalled();
	});

	it('replaces it in place, and an empty query string leaves the bare path', () => {
		vi.stubGlobal('location', { pathname: '/', hash: '' });
		pageHistory.replace('');
		expect(navigation.replaceState).toHaveBeenCalledWith('/', {});
		expect(navigation.pushState).not.toHaveBeenCalled();
	});
});
