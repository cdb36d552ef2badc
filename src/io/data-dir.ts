import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

// Where settings and the answer log live: --data-dir, else $K8S_QUIZ_HOME, else the folder conf
// would pick for project `k8s-quiz` (env-paths' `config` path with conf's default `-nodejs` suffix).
// Pure apart from the defaults for platform / home / cwd, which callers (and tests) can pass in.

const PROJECT_NAME = 'k8s-quiz';
/** conf's default `projectSuffix`, appended by env-paths. */
const PROJECT_SUFFIX = 'nodejs';

export interface DataDirSystem {
  platform?: NodeJS.Platform;
  homedir?: string;
  /** Base for relative paths (a relative --data-dir, $K8S_QUIZ_HOME or $XDG_CONFIG_HOME). */
  cwd?: string;
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

function expandHome(p: string, homedir: string, platform: NodeJS.Platform): string {
  if (p === '~') return homedir;
  if (p.startsWith('~/') || (platform === 'win32' && p.startsWith('~\\'))) {
    return pathFor(platform).join(homedir, p.slice(2));
  }
  return p;
}

/**
 * conf's default config directory for `projectName: 'k8s-quiz'`, computed the way env-paths 3
 * does it (conf 15 calls `envPaths(projectName, {suffix: 'nodejs'}).config`), without touching the disk:
 * - Linux and others: `$XDG_CONFIG_HOME/k8s-quiz-nodejs`, else `~/.config/k8s-quiz-nodejs`
 * - macOS: `~/Library/Preferences/k8s-quiz-nodejs`
 * - Windows: `%APPDATA%\k8s-quiz-nodejs\Config`, else `~\AppData\Roaming\k8s-quiz-nodejs\Config`
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, system: DataDirSystem = {}): string {
  const platform = system.platform ?? process.platform;
  const homedir = system.homedir ?? os.homedir();
  const cwd = system.cwd ?? process.cwd();
  const p = pathFor(platform);
  const name = `${PROJECT_NAME}-${PROJECT_SUFFIX}`;
  let dir: string;
  if (platform === 'darwin') {
    dir = p.join(homedir, 'Library', 'Preferences', name);
  } else if (platform === 'win32') {
    const appData = env['APPDATA'] || p.join(homedir, 'AppData', 'Roaming');
    dir = p.join(appData, name, 'Config');
  } else {
    dir = p.join(env['XDG_CONFIG_HOME'] || p.join(homedir, '.config'), name);
  }
  // conf resolves its file path against the process cwd, so a relative XDG_CONFIG_HOME is too.
  return p.resolve(cwd, dir);
}

/**
 * The data directory, as an absolute path: `option` (--data-dir), else `$K8S_QUIZ_HOME`,
 * else conf's default location. Empty strings count as unset; a leading `~` is expanded.
 */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv, system: DataDirSystem = {}): string {
  const platform = system.platform ?? process.platform;
  const homedir = system.homedir ?? os.homedir();
  const cwd = system.cwd ?? process.cwd();
  const chosen = option || env['K8S_QUIZ_HOME'];
  if (chosen) return pathFor(platform).resolve(cwd, expandHome(chosen, homedir, platform));
  return defaultDataDir(env, { platform, homedir, cwd });
}

/** A file-name-safe timestamp: `2024-05-01T12-30-00-000Z`. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Renames `file` to `<file>.<tag>-<timestamp>` (adding `-2`, `-3`… if that name is taken) and
 * returns the new path. Throws what rename throws (ENOENT when another process moved it first).
 */
export function moveAside(file: string, tag: string, now: Date): string {
  const base = `${file}.${tag}-${fileStamp(now)}`;
  let target = base;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}-${n}`;
  fs.renameSync(file, target);
  return target;
}

