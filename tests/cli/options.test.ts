import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { earlyLang, minutesValue, positiveInt, seedValue, similarCommand, typedOption, typesValue } from '../../src/cli/options.js';
import { messages } from '../../src/ui/messages.js';

const COMMANDS = ['quiz', 'interview', 'drill', 'banks', 'questions', 'stats', 'history', 'config', 'reset'];

describe('option values', () => {
  it('suggests the command a typo was close to, and leaves paths and far words alone', () => {
    expect(similarCommand('stat', COMMANDS)).toBe('stats');
    expect(similarCommand('histroy', COMMANDS)).toBe('history');
    expect(similarCommand('Drill', COMMANDS)).toBe('drill');
    expect(similarCommand('stats', COMMANDS)).toBeNull(); // the command itself is not a typo
    expect(similarCommand('notes', COMMANDS)).toBeNull();
    expect(similarCommand('./stat', COMMANDS)).toBeNull();
    expect(similarCommand('k8s.md', COMMANDS)).toBeNull();
  });

  it('turns bad numbers and types into usage errors naming the option', () => {
    expect(() => positiveInt('--count', 500)('0')).toThrow(UsageError);
    expect(() => positiveInt('--count', 500)('501')).toThrow(/--count/);
    expect(positiveInt('--count', 500)(' 12 ')).toBe(12);
    expect(() => minutesValue('0')).toThrow(/above 0/);
    expect(minutesValue('0.5')).toBe(0.5);
    expect(typesValue('order, Define,order')).toEqual(['order', 'define']);
    expect(() => typesValue('order,quizz')).toThrow(/quizz/);
  });
});

describe('the language before parsing', () => {
  it('reads an option as typed: spaced or with =, the last one, nothing after --', () => {
    expect(typedOption(['quiz', '--lang', 'zh'], '--lang')).toBe('zh');
    expect(typedOption(['--lang=zh', 'banks'], '--lang')).toBe('zh');
    expect(typedOption(['--lang', 'en', '--lang', 'zh'], '--lang')).toBe('zh');
    expect(typedOption(['--', '--lang', 'zh'], '--lang')).toBeUndefined();
    expect(typedOption(['--language', 'zh'], '--lang')).toBeUndefined();
    expect(typedOption(['--lang'], '--lang')).toBeUndefined();
    expect(typedOption(['stats', '--data-dir', '/tmp/x'], '--data-dir')).toBe('/tmp/x');
  });

  it('setting, then --lang, then the locale; auto and unknown values count as not set', () => {
    const zhLocale = { LANG: 'zh_CN.UTF-8' };
    expect(earlyLang({ args: [], env: zhLocale })).toBe('zh');
    expect(earlyLang({ args: [], env: { LANG: 'en_US.UTF-8' } })).toBe('en');
    expect(earlyLang({ args: [], env: {} })).toBe('en');
    expect(earlyLang({ args: ['--lang', 'zh'], env: {} })).toBe('zh');
    expect(earlyLang({ args: ['--lang', 'en'], env: zhLocale })).toBe('en');
    expect(earlyLang({ setting: 'zh', args: ['--lang', 'en'], env: {} })).toBe('zh');
    expect(earlyLang({ setting: 'en', args: [], env: zhLocale })).toBe('en');
    expect(earlyLang({ setting: 'auto', args: [], env: zhLocale })).toBe('zh');
    expect(earlyLang({ args: ['--lang', 'fr'], env: zhLocale })).toBe('zh');
  });

  it('bad values are said in the language given, English by default', () => {
    const zh = messages('zh');
    expect(() => positiveInt('--count', 500, zh)('0')).toThrow('--count 需要 1 到 500 之间的整数，而不是「0」');
    expect(() => seedValue('x', zh)).toThrow('--seed 需要一个整数，而不是「x」');
    expect(() => minutesValue('0', zh)).toThrow('--minutes 需要大于 0、最多 600 的分钟数');
    expect(() => typesValue('quizz', zh)).toThrow('不认识的：quizz');
    expect(() => seedValue('x')).toThrow('--seed takes a whole number, not "x"');
  });
});
