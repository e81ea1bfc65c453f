import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// The first view's stylesheets are small (under 4 KB each): inlined into the page, the
		// still picture of the graph paints without waiting for them (they wait behind the
		// scripts the page preloads).
		inlineStyleThreshold: 8192,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The pages are prerendered, so the policy travels in a <meta> tag, with the hash of
		// SvelteKit's own start-up script; no other inline script may run. Styles may be inline
		// (Svelte and Cytoscape set them); images may be data: and blob: URLs (the export
		// figures are drawn through them); nothing is loaded from another origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				// Recordings: the site's own, a file the reader picks (blob:), or an https URL.
				'media-src': ['self', 'blob:', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
