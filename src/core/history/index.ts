// history: answer records, FSRS scheduling replayed from them, and stats.
export * from './records.js';
export * from './schedule.js';
export * from './stats.js';
