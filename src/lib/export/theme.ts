/**
 * The colours an exported figure is drawn in: its background (white, none, or the page's) and
 * text colours that read on it.
 */

export type Background = 'white' | 'transparent' | 'theme';

export const BACKGROUNDS: { value: Background; label: string }[] = [
	{ value: 'white', label: 'White' },
	{ value: 'transparent', label: 'Transparent' },
	{ value: 'theme', label: 'Theme' }
];

export interface FigureColours {
	/** Background fill, or null for none. */
	background: string | null;
	ink: string;
	muted: string;
	/** The frame around the graph. */
	rule: string;
	/** The halo round labels on the graph: the background, or the theme's when there is none. */
	halo: string;
}

const LIGHT = { ink: '#1f2328', muted: '#57606a', rule: '#d0d7de' };
const DARK = { ink: '#e6edf3', muted: '#9da7b3', rule: '#3d444d' };

/**
 * [r, g, b, a] (a from 0 to 1) of any CSS colour the browser understands (`rgb()`, `oklch()`,
 * `color-mix()`…), read back from a one-pixel canvas; null when it is not a colour.
 */
export function resolveColour(colour: string): [number, number, number, number] | null {
	const canvas = document.createElement('canvas');
	canvas.width = 1;
	canvas.height = 1;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context || !CSS.supports('color', colour)) return null;
	context.fillStyle = colour;
	context.fillRect(0, 0, 1, 1);
	const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
	return [r!, g!, b!, a! / 255];
}

/** Whether text should be light on this colour (WCAG relative luminance below the midpoint). */
export function isDark([r, g, b]: readonly number[]): boolean {
	const linear = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!) < 0.179;
}

/**
 * The background the graph is drawn on in the page now: the first opaque background from the
 * graph's container up (the theme's canvas colour), else white.
 */
export function themeBackground(element: Element | null): string {
	for (let at = element; at; at = at.parentElement) {
		const colour = resolveColour(getComputedStyle(at).backgroundColor);
		if (colour && colour[3] > 0) return `rgb(${colour[0]}, ${colour[1]}, ${colour[2]})`;
	}
	return '#ffffff';
}

/** The colours of a figure on `background`, for a graph drawn in a container of the page. */
export function figureColours(background: Background, container: Element | null): FigureColours {
	const theme = themeBackground(container);
	const themeIsDark = isDark(resolveColour(theme) ?? [255, 255, 255]);
	switch (background) {
		case 'white':
			return { background: '#ffffff', halo: '#ffffff', ...LIGHT };
		case 'theme':
			return { background: theme, halo: theme, ...(themeIsDark ? DARK : LIGHT) };
		case 'transparent':
			// The graph keeps the theme's colours, so the text around it does too.
			return { background: null, halo: theme, ...(themeIsDark ? DARK : LIGHT) };
	}
}
