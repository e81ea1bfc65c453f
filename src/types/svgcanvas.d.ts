declare module 'svgcanvas' {
	/** A canvas 2D context that records what is drawn as SVG (https://github.com/zenozeng/svgcanvas). */
	export class Context {
		constructor(options: { width: number; height: number; document?: Document });
		getSvg(): SVGSVGElement;
		getSerializedSvg(fixNamedEntities?: boolean): string;
	}
}
