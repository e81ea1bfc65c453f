/**
 * The snapshot a large graph moves while it is panned or zoomed, taken from the picture already
 * on screen.
 *
 * With `textureOnViewport`, Cytoscape's canvas renderer moves a snapshot of the graph during a
 * pan, a pinch or a wheel zoom, and draws the graph afresh once the gesture ends. But it draws
 * that snapshot afresh too, at the gesture's first frame: every node again (from its cached
 * texture), at twice the canvas's resolution on a screen of one pixel per CSS pixel, and without
 * the edges (`hideEdgesOnViewport` holds while the view moves). At 5,000 nodes that frame took
 * about half a second, and the graph lost its edges while it moved. (Without the snapshot,
 * Cytoscape draws every node at each frame of the gesture, and no edge.)
 *
 * The picture on screen was drawn at the viewport of the renderer's last frame, so a copy of it
 * is the snapshot Cytoscape wants: one copy of a canvas, with the edges and labels as they were.
 * This reads the renderer's internals (Cytoscape 3.x canvas renderer: `render`, `textureCache`,
 * `prevViewport`, its layers); where they are not as expected (the WebGL renderer, another
 * version), it leaves the renderer as it is.
 */
import type { Core, Position } from 'cytoscape';

interface Viewport {
	zoom: number;
	pan: Position;
}

/** What this reads and writes of Cytoscape's canvas renderer. */
interface CanvasRenderer {
	render(options?: { forcedContext?: unknown }): unknown;
	textureOnViewport?: boolean;
	textureCache?: {
		texture: HTMLCanvasElement;
		viewport: Viewport & { width: number; height: number; mpan: Position };
	} | null;
	prevViewport?: Viewport;
	pinching?: boolean;
	swipePanning?: boolean;
	hoverData?: { dragging?: boolean };
	data?: { wheelZooming?: boolean; canvases?: HTMLCanvasElement[] };
	canvasWidth?: number;
	canvasHeight?: number;
	NODE?: number;
}

/** Whether the renderer is in a pan, pinch or wheel zoom (as Cytoscape decides to use the snapshot). */
function moving(r: CanvasRenderer): boolean {
	return Boolean(r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming);
}

/**
 * Makes `cy`'s renderer take its gesture snapshot from the screen, with what `over` returns
 * drawn on top (canvases of the same size laid over Cytoscape's, drawn at the same view: they
 * move with the graph rather than stand still over it). Does nothing unless the instance has a
 * canvas renderer with `textureOnViewport` on.
 */
export function snapshotFromScreen(
	cy: Core,
	over: () => readonly HTMLCanvasElement[] = () => []
): void {
	const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
	const screen = r?.NODE === undefined ? undefined : r.data?.canvases?.[r.NODE];
	if (!r || !r.textureOnViewport || typeof r.render !== 'function' || !screen) return;
	const copy = document.createElement('canvas');
	const render = r.render;
	r.render = function (options = {}) {
		const shown = r.prevViewport;
		if (!options.forcedContext && !r.textureCache && shown && moving(r)) {
			copy.width = screen.width;
			copy.height = screen.height;
			const context = copy.getContext('2d');
			context?.drawImage(screen, 0, 0);
			for (const layer of over()) {
				if (layer.width > 0 && layer.height > 0)
					context?.drawImage(layer, 0, 0, copy.width, copy.height);
			}
			const { zoom, pan } = shown;
			r.textureCache = {
				texture: copy,
				viewport: {
					zoom,
					pan: { ...pan },
					width: r.canvasWidth ?? screen.width,
					height: r.canvasHeight ?? screen.height,
					mpan: { x: -pan.x / zoom, y: -pan.y / zoom }
				}
			};
		}
		return render.call(this, options);
	};
}
