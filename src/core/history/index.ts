// history: answer records, flags, FSRS scheduling replayed from them, stats, and the replay kept between runs.
export * from './flags.js';
export * from './records.js';
export * from './replay.js';
export * from './schedule.js';
export * from './stats.js';
