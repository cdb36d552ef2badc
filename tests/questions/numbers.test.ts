import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/questions/index.js';
import { findNumbers, formatLike, neighbours, type NumberToken } from '../../src/core/questions/numbers.js';
import { entry, terms } from './fixtures.js';

const token = (text: string): NumberToken => {
  const [found] = findNumbers(text);
  if (!found) throw new Error(`no number in ${text}`);
  return found;
};
const offered = (text: string): string[] => {
  const t = token(text);
  return neighbours(t).map((v) => formatLike(t, v));
};

describe('neighbours', () => {
  it('never offers 0 or less for counts, sizes, durations and ports', () => {
    expect(offered('a limit of 1 MiB')).not.toContain('0 MiB');
    expect(offered('至少 1 个副本')).not.toContain('0 个');
    expect(offered('至少 2 个副本')).not.toContain('0 个');
    expect(offered('wait 1s first')).not.toContain('0s');
    expect(offered('runs 2 replicas')).not.toContain('0');
    expect(offered('0.1 cores')).not.toContain('0.0');

    const texts = ['{} MiB', '{}s', '{} 个', '{} replicas', 'port {}', '{}.5 GiB', '0.{} cores', '{}ms'];
    for (let v = 0; v <= 120; v++) {
      for (const shape of texts) {
        const t = token(shape.replace('{}', String(v)));
        for (const n of neighbours(t)) expect(n, `${shape} with ${v}`).toBeGreaterThan(0);
      }
    }
  });

  it('still offers something for small answers, and for an answer of 0', () => {
    expect(offered('wait 1s first')).toEqual(['2s', '3s', '6s', '10s']);
    expect(offered('exit code 0 means success')).toEqual(['1', '2', '5', '10']);
    expect(offered('a limit of 1 MiB').length).toBeGreaterThanOrEqual(3);
    expect(offered('0.1 cores')).toEqual(['0.2', '0.3', '0.4']);
  });

  it('offers a number written in binary other strings of 0s and 1s as long', () => {
    const choices = offered('最大索引转换成二进制为 111111');
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const c of choices) expect(c).toMatch(/^1[01]{5}$/);
    expect(choices).not.toContain('111111');
    // A round thousand is not binary.
    expect(offered('timeout of 1000 ms').every((c) => /^\d+ ms$/.test(c))).toBe(true);
    expect(offered('port 1000')).toContain('2000');
  });

  it('lets a percentage be 0, a setting in its own right', () => {
    expect(offered('maxUnavailable 1%')).toContain('0%');
    for (const n of neighbours(token('maxSurge 2%'))) expect(n).toBeGreaterThanOrEqual(0);
  });

  it('keeps impossible values out of cloze choices', () => {
    const bank = terms('limits', 'Limits', ['Limits'], [
      entry('Small pod', 'Reserves a default of 1 MiB of memory before it starts'),
      entry('Leader', '每个复制组最多由 1 个主节点负责写入'),
    ]);
    for (const seed of [1, 2, 3]) {
      const cloze = allQuestions([bank], { seed }).filter((q) => q.type === 'cloze');
      expect(cloze.length).toBe(2);
      for (const q of cloze) {
        for (const choice of q.choices) expect(choice, q.prompt).not.toMatch(/^(?:0|-\d)/);
      }
    }
  });
});

describe('findNumbers', () => {
  it('reads 404s and 503s as status codes in the plural, not seconds; 300s stays a duration', () => {
    expect(findNumbers('the Ingress returns 404s and then 503s').map((t) => t.text)).toEqual([]);
    expect(findNumbers('a stabilization window of 300s').map((t) => `${t.value}${t.unit}`)).toEqual(['300s']);
    expect(findNumbers('wait 404 s').map((t) => t.unit)).toEqual(['s']);
  });
});
