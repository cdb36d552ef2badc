// formats: pure `data → string` renderers for what commands print (CSV, listings, JSON).
// Terminal views with colour and language (session reports, stats) live in src/ui.
export * from './banks.js';
export * from './csv.js';
export * from './flagged.js';
export * from './history.js';
export * from './questions.js';
