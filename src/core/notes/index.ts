// notes: files' text -> front matter + outline -> banks. The loader's public surface.
export * from './extract.js';
export * from './frontmatter.js';
export * from './outline.js';
export * from './parse.js';
export * from './patterns.js';
