// The typed errors live beside every layer (src/errors.ts); commands import them from here.
export * from '../errors.js';
