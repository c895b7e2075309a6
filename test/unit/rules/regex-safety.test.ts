import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RE2JS } from 're2js';
import { compileUserRegex, MAX_MATCH_INPUT, regexSafetyProblem } from '../../../src/rules';

/** Milliseconds `fn` takes (best of two runs: one slow run under load proves nothing). */
function ms(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

/** Patterns that make a backtracking engine take exponential or polynomial time. */
const CATASTROPHIC: [pattern: string, input: (n: number) => string][] = [
  ['\\w+\\d+!', (n) => '1'.repeat(n)],
  ['[a-z]+[a-z0-9]+[a-z]+!', (n) => 'a'.repeat(n)],
  ['\\d*[0-9]*\\d*x', (n) => '1'.repeat(n)],
  ['(a+)+b', (n) => 'a'.repeat(n)],
  ['(a*)*b', (n) => 'a'.repeat(n)],
  ['(?:\\w+\\s?)+$', (n) => `${'word '.repeat(n / 5)}!`],
  ['(a|ab)+c', (n) => 'ab'.repeat(n / 2)],
  ['(\\d|\\w)+!', (n) => '1'.repeat(n)],
  ['.*.*=.*;', (n) => 'a'.repeat(n)],
  ['(x+x+)+y', (n) => 'x'.repeat(n)],
  ['(a{1,10}){1,10}b', (n) => 'a'.repeat(n)],
  ['(\\w+\\s?){1,100}!', (n) => `!${'ab1 '.repeat(n / 4)}!`],
];

describe('user regexes run in linear time (re2js)', () => {
  it.each(CATASTROPHIC)('%s matches 100 KB quickly, and 200 KB in about twice the time', (pattern, input) => {
    const r = compileUserRegex(pattern);
    expect(r.ok, r.ok ? '' : r.problem).toBe(true);
    if (!r.ok) return;
    const small = input(100_000);
    const big = input(200_000);
    const t1 = ms(() => r.regex.test(small));
    const t2 = ms(() => r.regex.test(big));
    expect(t1, `${pattern}: ${t1.toFixed(1)} ms on 100 KB`).toBeLessThan(500);
    expect(t2, `${pattern}: ${t2.toFixed(1)} ms on 200 KB`).toBeLessThan(1_000);
  });

  it.each([
    ['(a)\\1', /backreferences/],
    ['(?<x>a)\\k<x>', /named backreferences/],
    ['(?<=a+)b', /lookbehind/],
    ['(?<!a)b', /lookbehind/],
    ['foo(?=bar)', /lookahead/],
    ['foo(?!bar)', /lookahead/],
    ['(a{1,100}){1,100}b', /repetition count too large/],
    ['(\\w+\\s?){1,1000}!', /repetition count too large|too complex/],
    ['(\\w+\\s?){1,200}!', /too complex/],
    ['(a{1,30}){1,30}b', /too complex/],
    ['[z-a]', /^bad regex/],
    ['(unclosed', /^bad regex/],
    ['a'.repeat(1001), /longer than 1000/],
    ['', /empty/],
  ])('refuses %s with a reason', (pattern, why) => {
    expect(regexSafetyProblem(pattern)).toMatch(why);
  });

  it.each(['[(?=]x', '\\(?=x'])('reads %s as RE2 does (no lookaround or backreference there)', (pattern) => {
    expect(regexSafetyProblem(pattern)).toBeNull();
  });

  it.each([
    'rate[ _-]?limit|throttl',
    '\\b(401|403)\\b',
    '(?:foo|bar)+',
    'status=5\\d\\d',
    '^[a-z0-9-]+$',
    '.*timeout',
    'error.*timeout.*retry',
    '\\d{1,3}(\\.\\d{1,3}){3}',
    '(a+)+',
  ])('accepts %s', (pattern) => {
    expect(regexSafetyProblem(pattern)).toBeNull();
  });

  it('(?i) makes a pattern case-insensitive, as before', () => {
    const r = compileUserRegex('(?i)unauthorized');
    expect(r.ok && r.regex.test('401 UNAUTHORIZED')).toBe(true);
    const cs = compileUserRegex('unauthorized');
    expect(cs.ok && cs.regex.test('401 UNAUTHORIZED')).toBe(false);
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
        const t = ms(() => r.regex.test(input));
        expect(t, `${p} on ${input.slice(0, 10)}…`).toBeLessThan(50);
      }
    }
  });

  it('the (?i) literal prefilter never changes an answer (property test against plain re2js)', () => {
    const patterns = [
      '(?i)stripe[^\\n]{0,80}(status[=: ]{0,3}(4\\d\\d|5\\d\\d)|timeout|unauthori[sz]ed|rate[ _-]?limit)',
      '(?i)\\b(401|403)\\b|unauthori[sz]ed|forbidden|invalid[ _-]?api[ _-]?key',
      '(?i)rate[ _-]?limit|throttl|too many requests',
      '(?i)(foo|bar)baz',
      '(?i)a.*b.*c',
      '(?i)timeout',
      '(?i)x(?-i:Y)z',
      '(?i)[a-z]+ing',
    ];
    const words = ['Stripe', 'STATUS=429', 'timeout', 'TimeOut', 'unauthorised', 'Forbidden', '403', 'rate-limit', 'RATE LIMIT', 'throttled', 'FOO', 'baz', 'BarBaz', 'a', 'B', 'c', 'xyz', 'XYZ', 'xYz', 'running', 'ſtripe', 'K', '\n', ' '];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (const p of patterns) {
      const mine = compileUserRegex(p);
      expect(mine.ok, p).toBe(true);
      if (!mine.ok) continue;
      const plain = RE2JS.compile(p);
      for (let i = 0; i < 2_000; i++) {
        const text = Array.from({ length: 1 + rnd(8) }, () => words[rnd(words.length)]).join(rnd(2) ? ' ' : '');
        expect(mine.regex.test(text), `${p} on ${JSON.stringify(text)}`).toBe(plain.test(text));
      }
    }
  });
});

