import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, type Automaton } from '../../../src/scan/aho-corasick';
import { findShapes } from '../../../src/scan/find-shapes';
import { createTextPass, type TextPass } from '../../../src/scan/text-pass';
import { instantiateTextPass } from '../../../src/scan/wasm/text-pass-module';
import { rng, type Rng } from './generators';

// Keywords that share characters with the runs (digits, `-`, space, hex letters), overlap each
// other and include one-character ones, so hits land at position 0, at the end and inside runs.
const KEYWORDS = ['token', 'ab', 'b-1', 'sk_live_', 'api key', 'aa', 'a', '9:', 'x'];
const automaton = buildAutomaton(new Map(KEYWORDS.map((k, i) => [k, [i]])));
// The same with keywords that count only at a line's start (spelled after a newline, as automatonWord spells them),
// one of them also a keyword anywhere and one of digits, which runs hold.
const LINE_KEYWORDS = [...KEYWORDS, '\nab', '\ntoken', '\n10'];
const lineAutomaton = buildAutomaton(new Map(LINE_KEYWORDS.map((k, i) => [k, [i]])));
/** Segment length of the wasm pass (a text longer than this is fed in pieces). */
const SEG = instantiateTextPass().SEG;

/** ASCII case folding only, as the automaton does (`K`, the Kelvin sign, is not `k`). */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Every (end position, keyword ids) of a naive search: each keyword compared at each position, the
 * text read as if after a newline (a keyword that starts with one counts at the text's start too).
 *
 * The newline is read by index, not glued on: `'\n' + text` read with charCodeAt in an optimized
 * loop made V8 (Node 20) rebuild and flatten the whole concatenation on every read once it had
 * optimized the string away (its allocation sunk), so a 130K-character text took minutes.
 */
function naiveHits(text: string, keywords: readonly string[] = KEYWORDS): [number, number[]][] {
  const out: [number, number[]][] = [];
  // Code unit q of the text after the virtual newline (q = 0 is the newline).
  const at = (q: number): number => (q === 0 ? 10 : fold(text.charCodeAt(q - 1)));
  for (let i = 1; i <= text.length; i++) {
    let ids: number[] | undefined;
    for (let id = 0; id < keywords.length; id++) {
      const k = keywords[id]!;
      let j = 0;
      if (i + 1 >= k.length) while (j < k.length && at(i + 1 - k.length + j) === k.charCodeAt(j)) j++;
      if (j === k.length) (ids ??= []).push(id);
    }
    if (ids) out.push([i - 1, ids]);
  }
  return out;
}

/** The pass's hits as (end position, keyword ids). */
function passHits(pass: TextPass, a: Automaton = automaton): [number, number[]][] {
  return Array.from({ length: pass.hits }, (_, i) => [pass.hitPos[i]!, [...a.outputs[pass.hitState[i]!]!].sort((x, y) => x - y)]);
}

/** What the pass finds must be what findShapes and the naive search find. */
function expectSame(pass: TextPass, text: string, skip: boolean, keywords: readonly string[] = KEYWORDS, a: Automaton = automaton): void {
  pass.run(text);
  const pos: number[] = [];
  const bits: number[] = [];
  findShapes(text, pos, bits, undefined, skip);
  expect(passHits(pass, a)).toEqual(naiveHits(text, keywords));
  expect(pass.shapePos.map((p, i) => [p, pass.shapeBits[i]])).toEqual(pos.map((p, i) => [p, bits[i]]));
}

// Pieces of random texts: keywords in any case, run characters, shapes, and characters of no
// run: non-ASCII letters, a surrogate pair, lone surrogates, NUL and U+FFFF.
const PIECES = [
  ...KEYWORDS,
  'TOKEN',
  'Api Key',
  'SK_LIVE_',
  '0123456789',
  ' -.()+:',
  'abcdef',
  'ABCDEF',
  'GHXYZ',
  'é',
  '中',
  'K',
  '\u{1F600}',
  '\ud800',
  '\udfff',
  '\0',
  '\uffff',
  '4111 1111 1111 1111',
  '+1 (415) 555-2671',
  '8.8.8.8',
  '10.1.2.3',
  'fe80::1:2:3',
  '00-1a-2b-3c-4d-5e',
  '2001:db8:0:0:0:0:2:1',
  'DE89370400440532013000',
  '123-45-6789',
  '\n',
  '\r\n',
  '\n10',
  '\nAB',
];

/** A random text of about `n` characters glued from PIECES, single characters and random digits/hex. */
function randomText(r: Rng, n: number): string {
  let s = '';
  while (s.length < n) {
    const k = r.int(0, 9);
    if (k < 5) s += r.pick(PIECES);
    else if (k < 7) s += r.str('0123456789abcdefABC:-. +', r.int(1, 40));
    else if (k < 8) s += `SK${r.str('0123456789abcdef', r.int(31, 33))}`;
    else s += String.fromCharCode(r.int(0, 0xffff));
  }
  return s;
}

describe('createTextPass (WebAssembly)', () => {
  it.each([1, 2, 3])('finds what findShapes and a naive keyword search find, on random texts with mixed Unicode (seed %i)', (seed) => {
    const r = rng(seed);
    for (const skip of [false, true]) {
      const pass = createTextPass(automaton, { skipPrivateIpv4: skip });
      const linePass = createTextPass(lineAutomaton, { skipPrivateIpv4: skip });
      for (let i = 0; i < 300; i++) {
        const text = randomText(r, r.int(0, 400));
        expectSame(pass, text, skip);
        expectSame(linePass, text, skip, LINE_KEYWORDS, lineAutomaton);
      }
    }
  });

  it('handles edge cases: empty text, hits at the first and last character, runs that end with the text', () => {
    const pass = createTextPass(automaton);
    for (const text of [
      '',
      'a',
      'x',
      'token',
      'aaaa',
      'AB12',
      'xAB12',
      'AB1',
      '1234567',
      '4111 1111 1111 1111',
      '8.8.8.8',
      'fe80::1:2:3',
      'SK' + 'ab'.repeat(16),
      'SK' + 'ab'.repeat(16) + 'a',
      '\0',
      '\uffff',
      '\ud800',
      'a\uffffa',
    ]) {
      expectSame(pass, text, false);
    }
    pass.run('a');
    expect([pass.hits, pass.hitPos[0]]).toEqual([1, 0]);
    pass.run('xyz token');
    expect(pass.hitPos[pass.hits - 1]).toBe(8);
  });

  it('finds keywords and runs across the joints of a text fed in segments', () => {
    const r = rng(7);
    const pass = createTextPass(automaton);
    // Something that straddles each joint, at every offset around it.
    for (const piece of ['sk_live_', 'api key', '4111 1111 1111 1111', 'fe80::1:2:3', 'SK' + 'c'.repeat(32), 'DE89370400440532013000', '10.1.2.3']) {
      for (let back = 0; back <= piece.length; back += 3) {
        const head = randomText(r, SEG - back).slice(0, SEG - back);
        expectSame(pass, head + piece + randomText(r, SEG + 50).slice(0, SEG + 50) + piece, false);
      }
    }
    for (const n of [SEG - 1, SEG, SEG + 1, 3 * SEG + 17]) expectSame(pass, randomText(r, n).slice(0, n), false);
  });

  it('finds the same when a segment is run as two halves split after a newline (run2)', () => {
    const r = rng(11);
    const pass = createTextPass(automaton);
    const lines = (n: number): string => {
      let s = '';
      while (s.length < n) s += randomText(r, r.int(0, 160)) + '\n';
      return s.slice(0, n);
    };
    // Lengths around the split's minimum (2 x 1024) and the segment's, several segments long.
    for (const n of [2047, 2048, 2049, 5000, SEG - 1, SEG, SEG + 3000, 2 * SEG + 5]) expectSame(pass, lines(n), false);
    // Halves of unequal length (the newline found late), runs and keywords right before and after it.
    for (const piece of ['token', 'sk_live_', '4111 1111 1111 1111', 'fe80::1:2:3', 'SK' + 'c'.repeat(32), 'DE89370400440532013000', '8.8.8.8']) {
      const head = randomText(r, 5000).replace(/\n/g, ' ').slice(0, 5000);
      expectSame(pass, head + piece + '\n' + piece + randomText(r, 2000).replace(/\n/g, ' ').slice(0, 2000), false);
      expectSame(pass, lines(3000) + piece + '\n' + piece + lines(200), false);
    }
    // Keywords that count only at a line's start, in both halves and right after the split.
    const linePass = createTextPass(lineAutomaton);
    for (const n of [2047, 2049, 5000, SEG + 3000]) expectSame(linePass, lines(n), false, LINE_KEYWORDS, lineAutomaton);
    for (const piece of ['token', '10', 'AB', 'ab x']) {
      const head = randomText(r, 5000).replace(/\n/g, ' ').slice(0, 5000);
      expectSame(linePass, piece + head + '\n' + piece + randomText(r, 2000).replace(/\n/g, ' ').slice(0, 2000) + '\n' + piece, false, LINE_KEYWORDS, lineAutomaton);
    }
    linePass.run('10 token\n'.repeat(20_000));
    expect(linePass.hits).toBe(40_000); // each line: `10` at its start, `token` (no hit elsewhere)
    // Every line a hit, in both halves.
    const full = 'a token\n'.repeat(20_000);
    pass.run(full);
    expect(pass.hits).toBe(40_000);
    expectSame(pass, full, false);
  });

  it("keeps working after a huge text full of hits, and reports only the next text's own", () => {
    const pass = createTextPass(automaton);
    const huge = 'a token '.repeat(400_000);
    pass.run(huge);
    expect(pass.hits).toBe(800_000); // `a` and `token` in each piece
    expect(pass.hitPos[799_999]).toBe(huge.length - 2);
    pass.run('no keys here');
    expect(passHits(pass)).toEqual(naiveHits('no keys here'));
  });

  it('the committed module bytes are those of the WAT source (npm run build:wasm)', () => {
    const root = path.join(__dirname, '..', '..', '..');
    // Exits non-zero (and execFileSync throws) when src/scan/wasm/text-pass-bytes.ts is stale.
    expect(() => execFileSync(process.execPath, [path.join(root, 'scripts', 'build-wasm.mjs'), '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
