import { MediaQuery } from 'svelte/reactivity';

/** Whether the system asks for a dark colour scheme; reactive, and false while prerendering. */
export const prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
