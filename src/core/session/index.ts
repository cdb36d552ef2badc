// session: ask, grade and time a list of questions; the answer kinds' kits; interviews;
// recall coverage; choosing what to ask, how long, with what seed, and how a session ends.
export * from './answer-text.js';
export * from './drill-plan.js';
export * from './ending.js';
export * from './grade.js';
export * from './interview.js';
export * from './interview-plan.js';
export * from './kinds/index.js';
export * from './lang.js';
export * from './overlap.js';
export * from './pick.js';
export * from './seed.js';
export * from './session.js';
export * from './status.js';
