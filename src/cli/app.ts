import path from 'node:path';
import { resolveDataDir } from '../io/data-dir.js';
import type { NoteCache } from '../io/cache.js';
import { openSettings, type Settings } from '../io/settings.js';
import { stripControlLine } from '../core/text/index.js';
import type { HistoryRecord, HistoryReplay } from '../core/history/index.js';
import type { Bank, Collection, Lang } from '../core/types.js';
import type { LoadOptions } from '../io/load.js';
import { colorLevel, makeChalk } from '../ui/style.js';
import { hanging, terminalText, terminalWidth, wrap } from '../ui/layout.js';
import { labelled, messages, type Messages } from '../ui/messages.js';
import { CliError } from './errors.js';
import { CACHE_DIR } from '../io/cache-dir.js';
import { chooseBundled, notesPaths, type BundledChoice } from './notes-paths.js';
import type { Runtime } from './runtime.js';
import type { ChalkInstance } from 'chalk';

// What every command shares: the runtime, global options, settings, notes loading.

export interface GlobalOptions {
  dataDir?: string;
  color: boolean;
  /**
   * false with --no-cache: every note is parsed again, the bundled ones too, the answer log is
   * replayed from its start (and the cache is left as it is).
   */
  cache?: boolean;
  /** The command's own --lang, where it has one (optsWithGlobals merges it in). */
  lang?: Lang;
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
    /** The language known before the command runs (setting, --lang, locale): said in until the run has its own. */
    readonly early: Lang = 'en',
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

  /**
   * What `stats` and `drill` take from the whole answer log, as of `now`: kept in the cache between
   * runs (unless --no-cache), so only the lines appended since are replayed. Damaged lines become
   * warnings, as with history().
   */
  async historyReplay(now: Date): Promise<HistoryReplay> {
    const [{ readHistoryReplay }, { buildInfo }] = await Promise.all([import('../io/history-cache.js'), import('../io/version.js')]);
    const { replay, warnings } = readHistoryReplay(this.dataDir, now, {
      version: buildInfo().id,
      ...(this.globals.cache === false ? {} : { cacheDir: this.cacheDir }),
    });
    this.printWarnings(warnings);
    return replay;
  }

  out(text: string): void {
    // The one way to stdout: no control sequence but colour gets through, whatever the text's source.
    this.runtime.stdout.write(terminalText(text.endsWith('\n') ? text : `${text}\n`));
  }

  /**
   * A message for a person on stdout, wrapped when stdout is a terminal (data goes through
   * `out`; in a file or a pipe, a path in a message stays whole on its line).
   */
  say(text: string): void {
    this.out(this.runtime.stdout.isTTY ? wrap(text, this.width) : text);
  }

  /** A message for a person on stderr, wrapped when stderr is a terminal. */
  note(text: string): void {
    this.runtime.stderr.write(`${this.runtime.stderr.isTTY ? wrap(text, this.width) : terminalText(text)}\n`);
  }

  /** The language messages are said in: --lang, the setting, else the notes' (set once they are read). */
  private spoken: Lang | undefined;

  /** The message table of the run's language (the early one until a language is known). */
  get m(): Messages {
    return messages(this.spoken ?? this.early);
  }

  /** From now on, messages are said in `lang` (unless --lang or the setting chose already). */
  speak(lang: Lang): void {
    this.spoken = lang;
  }

  warn(message: string): void {
    const m = this.m;
    const label = labelled(this.errChalk.yellow(m.warning), '');
    const text = m.warningText(stripControlLine(message));
    this.runtime.stderr.write(`${this.runtime.stderr.isTTY ? hanging(label, text, this.width) : label + text}\n`);
  }

  /** Prints the first warnings and a count of the rest: a damaged file can produce thousands. */
  printWarnings(warnings: { file: string; line: number; message: string }[], limit = 20): void {
    const m = this.m;
    for (const w of warnings.slice(0, limit)) {
      const text = m.warningText(w.message);
      this.warn(w.message.startsWith(w.file) ? text : m.warningAt(w.line ? `${w.file}:${w.line}` : w.file, text));
    }
    if (warnings.length > limit) this.warn(m.andMore(warnings.length - limit));
  }

  /** Interface language: --lang, else the setting, else undefined (follow the notes). */
  lang(option: Lang | undefined): Lang | undefined {
    const chosen = option ?? this.settings.get('lang');
    const lang = chosen === 'en' || chosen === 'zh' ? chosen : undefined;
    if (lang) this.spoken = lang;
    this.chosenLang = lang;
    return lang;
  }

  private chosenLang: Lang | undefined;

  /** The language the notes are mostly written in (by their banks), for the interface when none was chosen. */
  notesLang(collection: Collection): Lang {
    // Notes that give no bank say nothing of their language: the locale's then.
    if (collection.banks.length === 0) return this.early;
    const zh = collection.banks.filter((b) => b.lang === 'zh').length;
    return zh > 0 && zh * 2 >= collection.banks.length ? 'zh' : 'en';
  }

  /** Where parsed notes are cached: `cache/` in the data dir. */
  get cacheDir(): string {
    return path.join(this.dataDir, CACHE_DIR);
  }

  /** The parse cache, unless --no-cache. */
  private async noteCache(): Promise<NoteCache | undefined> {
    if (this.globals.cache === false) return undefined;
    const [{ openNoteCache }, { buildInfo }] = await Promise.all([import('../io/cache.js'), import('../io/version.js')]);
    return openNoteCache(this.cacheDir, buildInfo().id, { now: () => this.runtime.now().getTime() });
  }

  /** `cache clear`: deletes the parse cache (it is made again as notes are read). */
  async clearCache(): Promise<void> {
    const m = messages(this.lang(undefined) ?? this.early);
    const dir = this.cacheDir;
    const { clearCache } = await import('../io/cache.js');
    let existed: boolean;
    try {
      existed = clearCache(dir);
    } catch (error) {
      throw new CliError(m.cache.cannotDelete(dir, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    this.say(existed ? m.cache.cleared(dir) : m.cache.none(dir));
  }

  /** For banks that load() took whole from the prebuilt bundled set: their drafts key, without hashing them. */
  private readonly draftsKeys = new WeakMap<readonly Bank[], (lang: Lang | undefined) => string | undefined>();

  /** The drafts key of `banks` (as load() gave them) in `lang` when it is known without hashing them; else undefined. */
  knownDraftsKey(banks: readonly Bank[], lang: Lang | undefined): string | undefined {
    return this.draftsKeys.get(banks)?.(lang);
  }

  /** Loads notes from the given paths (or the configured / bundled ones); fails when nothing could be read. */
  async load(paths: string[], options: LoadOptions = {}): Promise<{ collection: Collection; paths: string[]; bundled?: BundledChoice }> {
    const configured = paths.length ? undefined : this.settings.get('notes');
    // No path and no configured notes: the bundled set of the setting, else --lang, else the locale.
    const bundled = paths.length || configured?.length ? undefined : chooseBundled({ setting: this.settings.get('lang'), flag: this.globals.lang, env: this.runtime.env });
    const chosen = notesPaths(paths, configured, bundled?.dir);
    // stats and history never read notes
    const [{ loadNotes }, cache, { openPrebuilt }] = await Promise.all([import('../io/load.js'), this.noteCache(), import('../io/prebuilt.js')]);
    const prebuilt = cache ? openPrebuilt() : undefined;
    const collection = await loadNotes(chosen, this.runtime.cwd, { ...options, ...(cache && prebuilt ? { cache, prebuilt } : {}) });
    // One bundled set, every note of it from dist/: the key of its kept drafts is known.
    if (prebuilt && chosen.length === 1) {
      const dir = path.resolve(this.runtime.cwd, chosen[0] as string);
      const loaded = collection.sources.length;
      this.draftsKeys.set(collection.banks, (lang) => prebuilt.draftsKey(dir, loaded, lang));
    }
    // Warnings in the interface language: the one chosen, else the notes' own.
    if (!this.chosenLang && collection.sources.length) this.spoken = this.notesLang(collection);
    this.printWarnings(collection.warnings);
    if (collection.sources.length === 0) {
      throw new CliError(`no notes could be read from ${chosen.join(', ')}`);
    }
    return { collection, paths: chosen, ...(bundled ? { bundled } : {}) };
  }
}
