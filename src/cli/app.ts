import { resolveDataDir } from '../io/data-dir.js';
import { openSettings, type Settings } from '../io/settings.js';
import { stripControlLine } from '../core/text/index.js';
import type { HistoryRecord } from '../core/history/index.js';
import type { Collection, Lang } from '../core/types.js';
import type { LoadOptions } from '../io/load.js';
import { colorLevel, makeChalk } from '../ui/style.js';
import { terminalWidth } from '../ui/layout.js';
import { CliError } from './errors.js';
import { notesPaths } from './notes-paths.js';
import type { Runtime } from './runtime.js';
import type { ChalkInstance } from 'chalk';

// What every command shares: the runtime, global options, settings, notes loading.

export interface GlobalOptions {
  dataDir?: string;
  color: boolean;
}

export class App {
  readonly chalk: ChalkInstance;
  /** Colour for messages: stderr may be a file while stdout is a terminal. */
  readonly errChalk: ChalkInstance;
  readonly width: number;
  private settingsCache: Settings | null = null;

  constructor(
    readonly runtime: Runtime,
    readonly globals: GlobalOptions,
    plain = false,
  ) {
    this.chalk = makeChalk(colorLevel({ isTTY: runtime.stdout.isTTY, env: runtime.env, allowed: globals.color && !plain }));
    this.errChalk = makeChalk(colorLevel({ isTTY: runtime.stderr.isTTY, env: runtime.env, allowed: globals.color && !plain }));
    this.width = terminalWidth(runtime.stdout.columns);
  }

  get dataDir(): string {
    return resolveDataDir(this.globals.dataDir, this.runtime.env, { cwd: this.runtime.cwd });
  }

  get settings(): Settings {
    this.settingsCache ??= openSettings(this.dataDir, (message) => this.warn(message), { cwd: this.runtime.cwd, now: this.runtime.now });
    return this.settingsCache;
  }

  /** Every readable record of the answer log; damaged lines become warnings. */
  async history(): Promise<HistoryRecord[]> {
    const { openHistory } = await import('../io/history.js');
    const { records, warnings } = openHistory(this.dataDir).read();
    this.printWarnings(warnings);
    return records;
  }

  out(text: string): void {
    this.runtime.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  warn(message: string): void {
    this.runtime.stderr.write(`${this.errChalk.yellow('warning:')} ${stripControlLine(message)}\n`);
  }

  /** Prints the first warnings and a count of the rest: a damaged file can produce thousands. */
  printWarnings(warnings: { file: string; line: number; message: string }[], limit = 20): void {
    for (const w of warnings.slice(0, limit)) {
      this.warn(w.message.startsWith(w.file) ? w.message : w.line ? `${w.file}:${w.line}: ${w.message}` : `${w.file}: ${w.message}`);
    }
    if (warnings.length > limit) this.warn(`… and ${warnings.length - limit} more`);
  }

  /** Interface language: --lang, else the setting, else undefined (follow the notes). */
  lang(option: Lang | undefined): Lang | undefined {
    if (option) return option;
    const setting = this.settings.get('lang');
    return setting === 'en' || setting === 'zh' ? setting : undefined;
  }

  /** Loads notes from the given paths (or the configured / bundled ones); fails when nothing could be read. */
  async load(paths: string[], options: LoadOptions = {}): Promise<{ collection: Collection; paths: string[] }> {
    const chosen = notesPaths(paths, paths.length ? undefined : this.settings.get('notes'));
    const { loadNotes } = await import('../io/load.js'); // stats and history never read notes
    const collection = await loadNotes(chosen, this.runtime.cwd, options);
    this.printWarnings(collection.warnings);
    if (collection.sources.length === 0) {
      throw new CliError(`no notes could be read from ${chosen.join(', ')}`);
    }
    return { collection, paths: chosen };
  }
}
