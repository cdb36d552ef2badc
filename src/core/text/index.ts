// text: helpers every stage shares (normalising, hashing, seeded randomness, control-character stripping).
export * from './hash.js';
export * from './normalize.js';
export * from './random.js';
export * from './sanitize.js';
export * from './names.js';
export * from './measure.js';
export * from './glossary.js';
export * from './expansions.js';
export * from './known-names.js';
export * from './known-sets.js';
export * from './known-orders.js';
export * from './han.js';
export * from './memo.js';
export * from './distance.js';
