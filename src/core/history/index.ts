// history: answer records, flags, FSRS scheduling replayed from them, and stats.
export * from './flags.js';
export * from './records.js';
export * from './schedule.js';
export * from './stats.js';
