/**
 * How large a canvas the browser can draw. Past its limits a canvas comes out blank (or
 * `toBlob` gives null), so an export computes its size first and refuses what will not fit.
 */

/** The largest canvas a browser accepts: pixels a side, and pixels in all. */
export interface CanvasLimits {
	maxSide: number;
	maxArea: number;
}

/**
 * Chromium's and Firefox's limits: 32,767 pixels a side and 268,435,456 pixels (16,384²) in
 * all. Other browsers may allow less; {@link probeCanvas} checks the size actually asked for.
 */
export const BROWSER_CANVAS_LIMITS: CanvasLimits = { maxSide: 32767, maxArea: 16384 * 16384 };

/** Sizes every browser draws, iOS Safari included (16.7 million pixels): no probe needed. */
const SAFE_AREA = 4096 * 4096;

export interface PixelSize {
	width: number;
	height: number;
}

/** The pixel size of a figure measured in CSS pixels, drawn at `scale`. */
export function pixelSize(size: PixelSize, scale: number): PixelSize {
	return { width: Math.ceil(size.width * scale), height: Math.ceil(size.height * scale) };
}

/** Whether a canvas of this size is within the limits. */
export function fitsCanvas(size: PixelSize, limits: CanvasLimits = BROWSER_CANVAS_LIMITS): boolean {
	return (
		size.width >= 1 &&
		size.height >= 1 &&
		size.width <= limits.maxSide &&
		size.height <= limits.maxSide &&
		size.width * size.height <= limits.maxArea
	);
}

/**
 * The largest scale, in steps of 0.1 (or 0.01 below 1), at which a figure of `size` CSS pixels
 * still fits the limits; null when not even a tenth of it does.
 */
export function largestScale(
	size: PixelSize,
	limits: CanvasLimits = BROWSER_CANVAS_LIMITS
): number | null {
	const exact = Math.min(
		limits.maxSide / size.width,
		limits.maxSide / size.height,
		Math.sqrt(limits.maxArea / (size.width * size.height))
	);
	const step = exact >= 1 ? 10 : 100;
	for (let scale = Math.floor(exact * step) / step; scale >= 0.1; scale -= 1 / step) {
		const rounded = Math.round(scale * step) / step;
		if (fitsCanvas(pixelSize(size, rounded), limits)) return rounded;
	}
	return null;
}

/**
 * Whether this browser can really draw a canvas of `size`: sizes every browser handles pass at
 * once; larger ones are tried (in a worker, with canvas-size) before anything is drawn.
 */
export async function probeCanvas(size: PixelSize): Promise<boolean> {
	if (!fitsCanvas(size)) return false;
	if (size.width * size.height <= SAFE_AREA && Math.max(size.width, size.height) <= 4096) {
		return true;
	}
	const { default: canvasSize } = await import('canvas-size');
	const result = await canvasSize.test({ ...size, useWorker: true, usePromise: true });
	return result.success;
}

/** This browser's real limits, measured with canvas-size (for when a probe fails). */
export async function measureLimits(): Promise<CanvasLimits> {
	const { default: canvasSize } = await import('canvas-size');
	const [area, width, height] = await Promise.all([
		canvasSize.maxArea({ useWorker: true, usePromise: true }),
		canvasSize.maxWidth({ useWorker: true, usePromise: true, max: 32767 }),
		canvasSize.maxHeight({ useWorker: true, usePromise: true, max: 32767 })
	]);
	return {
		maxSide: Math.min(width.width, height.height),
		maxArea: area.width * area.height
	};
}
