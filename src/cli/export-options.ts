/**
 * graph:export's numeric options, checked before anything starts: what is wrong with them, in a
 * sentence that says what would work.
 */

/** PNG scales: below a tenth the picture is a speck; above 64 no browser can draw it. */
export const MIN_SCALE = 0.1;
export const MAX_SCALE = 64;
/** Browser window sizes that can show the app, per side in CSS pixels. */
export const MIN_VIEWPORT = 100;
export const MAX_VIEWPORT = 10_000;

/** The first problem with `--scale`, `--zoom` or `--viewport`, or null when they are usable. */
export function exportNumbersProblem(args: {
	scale: string;
	zoom?: string;
	viewport: string;
}): string | null {
	const scale = Number(args.scale);
	if (!Number.isFinite(scale) || scale <= 0) {
		return `--scale must be a positive number, such as 1, 2 or 4, not "${args.scale}"`;
	}
	if (scale < MIN_SCALE) {
		return `--scale ${args.scale} is too small: the image would be a speck; use ${MIN_SCALE} or more (1, 2 or 4 are usual)`;
	}
	if (scale > MAX_SCALE) {
		return `--scale ${args.scale} is too large for any browser to draw; use ${MAX_SCALE} or less (when the image is still too large, the message names the largest scale that works)`;
	}
	if (args.zoom !== undefined) {
		const zoom = Number(args.zoom);
		if (!Number.isFinite(zoom) || zoom <= 0)
			return `--zoom must be a positive number, not "${args.zoom}"`;
	}
	const viewport = args.viewport.match(/^(\d+)x(\d+)$/);
	if (!viewport) return `--viewport must be WIDTHxHEIGHT, e.g. 1280x800, not "${args.viewport}"`;
	const sides = [Number(viewport[1]), Number(viewport[2])];
	if (sides.some((side) => side < MIN_VIEWPORT || side > MAX_VIEWPORT)) {
		return `--viewport ${args.viewport}: width and height must each be between ${MIN_VIEWPORT} and ${MAX_VIEWPORT.toLocaleString('en-US')} pixels, e.g. 1280x800`;
	}
	return null;
}
