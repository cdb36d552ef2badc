// session: ask, grade and time a list of questions; interviews; recall coverage.
export * from './grade.js';
export * from './interview.js';
export * from './overlap.js';
export * from './session.js';
