import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { minutesValue, positiveInt, similarCommand, typesValue } from '../../src/cli/options.js';

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
