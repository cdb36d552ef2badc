import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, KEYS, openSettings, SettingsError } from '../../src/io/settings.js';

let dir: string;
let warnings: string[];
const warn = (message: string): void => {
  warnings.push(message);
};
const clock = () => new Date('2024-05-01T12:30:00.000Z');
const open = () => openSettings(dir, warn, { now: clock, cwd: '/base', homedir: '/home/ann' });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-settings-'));
  warnings = [];
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function thrown(fn: () => unknown): SettingsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return error as SettingsError;
  }
  throw new Error('expected a SettingsError');
}

describe('settings', () => {
  it('gives defaults when nothing is set, without writing a file', () => {
    const settings = open();
    expect(settings.KEYS).toEqual(KEYS);
    expect(settings.path).toBe(path.join(dir, 'config.json'));
    expect(settings.list()).toEqual({ notes: [], lang: 'auto', count: 10 });
    expect(settings.get('count')).toBe(DEFAULT_SETTINGS.count);
    expect(fs.existsSync(settings.path)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('sets, parses and keeps values across opens', () => {
    const settings = open();
    expect(settings.set('count', ' 20 ')).toBe(20);
    expect(settings.set('lang', 'ZH')).toBe('zh');
    expect(settings.set('notes', 'notes, ./more ,~/k8s,/abs/x.md,notes')).toEqual([
      '/base/notes',
      '/base/more',
      '/home/ann/k8s',
      '/abs/x.md',
    ]);
    const again = open();
    expect(again.get('count')).toBe(20);
    expect(again.get('lang')).toBe('zh');
    expect(again.list()).toEqual({ notes: ['/base/notes', '/base/more', '/home/ann/k8s', '/abs/x.md'], lang: 'zh', count: 20 });
    expect(JSON.parse(fs.readFileSync(again.path, 'utf8'))).toMatchObject({ count: 20, lang: 'zh' });
    again.set('notes', '');
    expect(again.get('notes')).toEqual([]);
    again.unset('count');
    expect(open().get('count')).toBe(10);
  });

  it('rejects bad values and keys with clear messages (usage errors)', () => {
    const settings = open();
    for (const bad of ['abc', '0', '501', '1.5', '-3', '']) {
      const error = thrown(() => settings.set('count', bad));
      expect(error.message).toMatch(/count must be a whole number from 1 to 500/);
      expect(error.exitCode).toBe(2);
    }
    expect(thrown(() => settings.set('lang', 'fr')).message).toMatch(/lang must be one of auto, en, zh/);
    const unknown = thrown(() => settings.set('colour', 'red'));
    expect(unknown.message).toMatch(/unknown setting "colour".*notes, lang, count/);
    expect(thrown(() => settings.get('colour')).exitCode).toBe(2);
    expect(settings.get('count')).toBe(10);
  });

  it.each([
    ['invalid JSON', '{"count": 20,'],
    ['not an object', '[1, 2, 3]'],
    ['a bad value', '{"count": "many", "lang": "en"}'],
    ['a count out of range', '{"count": 100000}'],
    ['notes not a list', '{"notes": "/tmp/x"}'],
  ])('moves a settings file with %s aside, says where, and uses defaults', (_name, content) => {
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, content);
    const settings = open();
    const moved = path.join(dir, 'config.json.corrupt-2024-05-01T12-30-00-000Z');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(moved);
    expect(fs.readFileSync(moved, 'utf8')).toBe(content);
    expect(settings.list()).toEqual({ notes: [], lang: 'auto', count: 10 });
    settings.set('count', '7');
    expect(open().get('count')).toBe(7);
    expect(warnings).toHaveLength(1);
  });

  it('never overwrites an earlier moved-aside file', () => {
    fs.writeFileSync(path.join(dir, 'config.json'), 'garbage 1');
    open();
    fs.writeFileSync(path.join(dir, 'config.json'), 'garbage 2');
    open();
    expect(fs.readFileSync(path.join(dir, 'config.json.corrupt-2024-05-01T12-30-00-000Z'), 'utf8')).toBe('garbage 1');
    expect(fs.readFileSync(path.join(dir, 'config.json.corrupt-2024-05-01T12-30-00-000Z-2'), 'utf8')).toBe('garbage 2');
    expect(warnings[1]).toContain('corrupt-2024-05-01T12-30-00-000Z-2');
  });

  it('reads a file that starts with a UTF-8 byte-order mark (as Windows editors save it), and keeps working with it', () => {
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify({ count: 12, lang: 'zh' }, undefined, '\t')}\r\n`);
    const settings = open();
    expect(warnings).toEqual([]);
    expect(settings.list()).toEqual({ notes: [], lang: 'zh', count: 12 });
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
    settings.set('count', '13');
    expect(open().list()).toEqual({ notes: [], lang: 'zh', count: 13 });
    expect(warnings).toEqual([]);
  });

  it('writes the whole file anew on each change, as conf did, leaving no temporary file', () => {
    const settings = open();
    settings.set('count', '5');
    settings.set('lang', 'en');
    expect(fs.readFileSync(settings.path, 'utf8')).toBe('{\n\t"count": 5,\n\t"lang": "en"\n}');
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
  });

  it('keeps keys it does not know (a newer version may have written them)', () => {
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ count: 5, theme: 'dark' }));
    const settings = open();
    expect(warnings).toEqual([]);
    expect(settings.get('count')).toBe(5);
    settings.set('lang', 'en');
    expect(JSON.parse(fs.readFileSync(settings.path, 'utf8'))).toEqual({ count: 5, theme: 'dark', lang: 'en' });
  });

  it('does not crash when the data dir cannot be used at all', () => {
    const notADir = path.join(dir, 'file');
    fs.writeFileSync(notADir, 'x');
    const settings = openSettings(path.join(notADir, 'data'), warn, { now: clock });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot use settings file .*using default settings/);
    expect(settings.get('lang')).toBe('auto');
    const error = thrown(() => settings.set('count', '5'));
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/cannot save settings/);
  });
});
