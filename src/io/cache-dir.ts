/** The parse cache's folder in the data dir (its own module, so naming it loads nothing). */
export const CACHE_DIR = 'cache';
