// session: ask, grade and time a list of questions; the answer kinds' kits; interviews;
// recall coverage; choosing what to ask.
export * from './answer-text.js';
export * from './grade.js';
export * from './interview.js';
export * from './kinds/index.js';
export * from './overlap.js';
export * from './pick.js';
export * from './session.js';
export * from './status.js';
