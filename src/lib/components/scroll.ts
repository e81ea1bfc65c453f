/**
 * Scrolling inside the explorer's panes. The explorer is a fixed-height application: each pane
 * (details, transcript, list, legend) scrolls itself and the window never does. The browser's
 * `scrollIntoView` scrolls every scrollable ancestor up to the window, so a selection could push
 * the header off the page; `reveal` scrolls the nearest scrolling pane alone.
 */

/** Where in its pane an element should end up, as `scrollIntoView`'s `block`. */
export type Block = 'start' | 'center' | 'nearest';

/** The nearest ancestor that scrolls vertically, or null when only the page could. */
export function scrollPane(element: Element): HTMLElement | null {
	for (let at = element.parentElement; at; at = at.parentElement) {
		if (at === document.body || at === document.documentElement) return null;
		const { overflowY } = getComputedStyle(at);
		if (overflowY === 'auto' || overflowY === 'scroll') return at;
	}
	return null;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls `element`'s pane (never the window) so that the element is in sight: at its top,
 * centred, or just enough to show it (`nearest`, which does nothing when it is already in
 * sight). Smooth unless the reader prefers reduced motion or `smooth` is false.
 */
export function reveal(element: Element | null | undefined, block: Block, smooth = true) {
	if (!element) return;
	const pane = scrollPane(element);
	if (!pane) return;
	const inner = element.getBoundingClientRect();
	const outer = pane.getBoundingClientRect();
	// Offsets from the top of the pane's visible area.
	const top = inner.top - outer.top - pane.clientTop;
	const bottom = top + inner.height;
	const visible = pane.clientHeight;
	let delta: number;
	if (block === 'start') delta = top;
	else if (block === 'center') delta = top + inner.height / 2 - visible / 2;
	else if (top < 0) delta = top;
	else if (bottom > visible) delta = Math.min(top, bottom - visible);
	else return;
	if (Math.abs(delta) < 1) return;
	pane.scrollBy({ top: delta, behavior: smooth && !reducedMotion() ? 'smooth' : 'auto' });
}
