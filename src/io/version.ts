import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Which build of the program is running, for the caches: parsed notes cached by one build are
// never used by another (the parser may have changed even when package.json's version did not).
//
// `npm run build` writes `dist/build-info.json`: the package version and a hash of everything it
// built. Run from the TypeScript sources (the tests), there is no build: the version is then the
// package version and a hash of the size and mtime of every source file, so editing the loader
// still retires what the old code cached.

const BUILD_INFO = 'build-info.json';

export interface BuildInfo {
  version: string;
  /** `<package version>+<hash of the build>`: what the caches are keyed by. */
  id: string;
}

let cached: BuildInfo | undefined;

/** This module's folder: `dist/io` when built, `src/io` from the sources. */
const HERE = path.dirname(fileURLToPath(import.meta.url));

function fromSources(root: string): BuildInfo {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, '..', 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha1');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(root, full)}\u0000${stat.size}\u0000${stat.mtimeMs}\n`);
      }
    }
  };
  walk(root);
  return { version: pkg.version, id: `${pkg.version}+src.${hash.digest('hex').slice(0, 16)}` };
}

/** The running build (read once). */
export function buildInfo(): BuildInfo {
  if (cached) return cached;
  const root = path.dirname(HERE);
  try {
    const info = JSON.parse(fs.readFileSync(path.join(root, BUILD_INFO), 'utf8')) as BuildInfo;
    if (typeof info.version === 'string' && typeof info.id === 'string') return (cached = info);
  } catch {
    // not built: the sources
  }
  return (cached = fromSources(root));
}
