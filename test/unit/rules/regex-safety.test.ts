import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileUserRegex, MAX_MATCH_INPUT, regexSafetyProblem } from '../../../src/rules';

describe('regex safety', () => {
  it.each([
    ['(a+)+', /nested quantifiers/],
    ['(a*)*b', /nested quantifiers/],
    ['(?:\\w+\\s?)+$', /nested quantifiers/],
    ['(x+x+)+y', /nested quantifiers|adjacent/],
    ['(a|a)*', /repeated alternation/],
    ['(a|ab)+c', /repeated alternation/],
    ['(\\d|\\w)+', /repeated alternation/],
    ['(.*)+', /nested quantifiers/],
    ['.*.*=.*', /adjacent repetitions/],
    ['\\d+\\d+$', /adjacent repetitions/],
    ['(a)\\1', /backreferences/],
    ['(?<x>a)\\k<x>', /named backreferences/],
    ['(?<=a+)b', /lookbehind/],
    ['(?s)abc', /unsupported group syntax/],
    ['a'.repeat(1001), /longer than 1000/],
  ])('refuses %s', (pattern, why) => {
    expect(regexSafetyProblem(pattern)).toMatch(why);
  });

  it.each([
    'rate[ _-]?limit|throttl',
    '\\b(401|403)\\b',
    '(?:foo|bar)+',
    'status=5\\d\\d',
    '^[a-z0-9-]+$',
    '.*timeout',
    'error.*timeout.*retry',
    '(?<=id=)\\d',
    '\\d{1,3}(\\.\\d{1,3}){3}',
  ])('accepts %s', (pattern) => {
    expect(regexSafetyProblem(pattern)).toBeNull();
  });

  it('(?i) makes a pattern case-insensitive; invalid syntax is reported', () => {
    const r = compileUserRegex('(?i)unauthorized');
    expect(r.ok && r.regex.test('401 UNAUTHORIZED')).toBe(true);
    expect(compileUserRegex('[z-a]')).toMatchObject({ ok: false, problem: expect.stringMatching(/^bad regex/) });
  });

  it('every regex in config/rules.yaml is accepted and fast on pathological input', () => {
    const patterns: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'regex' && typeof x === 'string') patterns.push(x);
          else walk(x);
        }
      }
    };
    walk(parse(readFileSync('config/rules.yaml', 'utf8')));
    expect(patterns.length).toBeGreaterThanOrEqual(3);
    const inputs = ['a'.repeat(MAX_MATCH_INPUT), ' '.repeat(MAX_MATCH_INPUT), 'status= '.repeat(MAX_MATCH_INPUT / 8), '5'.repeat(MAX_MATCH_INPUT), 'rate_'.repeat(MAX_MATCH_INPUT / 5), 'token '.repeat(MAX_MATCH_INPUT / 6)];
    for (const p of patterns) {
      const r = compileUserRegex(p);
      expect(r.ok, p).toBe(true);
      if (!r.ok) continue;
      for (const input of inputs) {
        const start = process.hrtime.bigint();
        r.regex.test(input);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        expect(ms, `${p} on ${input.slice(0, 10)}…`).toBeLessThan(50);
      }
    }
  });
});
