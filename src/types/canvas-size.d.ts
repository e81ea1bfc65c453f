declare module 'canvas-size' {
	/** Options of canvas-size (https://github.com/jhildenbiddle/canvas-size). */
	interface CanvasSizeOptions {
		width?: number;
		height?: number;
		max?: number;
		min?: number;
		step?: number;
		usePromise?: boolean;
		useWorker?: boolean;
	}
	interface CanvasSizeResult {
		width: number;
		height: number;
		testTime: number;
		totalTime: number;
		success: boolean;
	}
	const canvasSize: {
		maxArea(options?: CanvasSizeOptions): Promise<CanvasSizeResult>;
		maxWidth(options?: CanvasSizeOptions): Promise<CanvasSizeResult>;
		maxHeight(options?: CanvasSizeOptions): Promise<CanvasSizeResult>;
		test(options: CanvasSizeOptions): Promise<CanvasSizeResult>;
	};
	export default canvasSize;
}
