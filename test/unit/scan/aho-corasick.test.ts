import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/scan/aho-corasick';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { prefilterKeywords } from '../../../src/scan/prefilter-keywords';
import { rng } from './generators';

/** Every (end offset, payload id) the automaton reports on `text`, as a scanner loop would. */
function run(keywords: Record<string, number[]>, text: string): [number, number][] {
  const a = buildAutomaton(new Map(Object.entries(keywords)));
  const hits: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = a.delta[(s << a.shift) | (c < 128 ? a.classOf[c]! : 0)]!;
    for (const id of a.outputs[s] ?? []) hits.push([i, id]);
  }
  return hits;
}

describe('buildAutomaton', () => {
  it('finds overlapping keywords, case-insensitively, through characters no keyword uses', () => {
    expect(run({ he: [1], she: [2], hers: [3], his: [4] }, 'uSHErs')).toEqual([
      [3, 2],
      [3, 1],
      [5, 3],
    ]);
  });

  it('restarts after an unknown or non-ASCII character', () => {
    expect(run({ 'api_key': [7] }, 'api_ké api_KEY=1 apí_key')).toEqual([[13, 7]]);
  });

  it('reads the field delimiters , ; tab and | as one character (one set of table-header keywords serves all four)', () => {
    const text = 'id;password;x\nid\tpassword\tx\n| id | password |\nid,password,x\nid:password:x\nid|password|x';
    const found = run({ ',password': [1] }, text).map(([i]) => text.slice(i - 8, i + 1));
    expect(found).toEqual([';password', '\tpassword', ',password', '|password']);
    expect(run({ 'x|': [2] }, 'a x, b x; c x\t d x| e x: f x')).toHaveLength(4);
  });

  it('keeps the built-in detectors\' automaton small (its table is read at every start of `herald scan`)', () => {
    const a = buildAutomaton(prefilterKeywords(DEFAULT_DETECTORS));
    // 24 726 states before the delimiters shared a column, 13 604 after (December 2026); 16 128 at 640 detectors
    // (2026-12-05 afternoon rounds), when the bound was raised from 16 000 (start-up measured in docs/benchmarks.md);
    // 17 159 at 672 detectors (rounds f26a/f26b, evening), raised again from 17 000; 18 756 at 804 detectors (rounds
    // h29, t31, c30, night), raised from 18 500 (start-up in docs/scanner.md, "Blind sets 30 and 31"). The states are
    // 16-bit (delta is a Uint16Array). 20 398 at 921 detectors (rounds r32-r35 and np, 2026-12-06), raised from 20 000
    // (`herald scan` of a one-line file 0.13-0.16 s, as at 859 detectors: docs/scanner.md, "Blind sets 34 and 35"). 21 469 at
    // 994 detectors (rounds r36-r38, 2026-12-06), raised from 21 000: a one-line file 0.19-0.22 s against 0.18-0.25 s for the
    // 921-detector build in the same minutes (docs/scanner.md, "Blind sets 36, 37 and 38"). 23 033 at 1066 detectors (rounds
    // r39-r42, 2026-12-06), raised from 22 500: a one-line file 0.37-0.38 s against 0.37-0.44 s for the 994-detector build,
    // interleaved in the same minutes (docs/scanner.md, "Blind sets 41 and 42"). 23 977 at 1131 detectors (rounds r43-r45,
    // 2026-12-06), raised from 23 500: a one-line file 0.19-0.24 s against 0.19-0.25 s for the 1065-detector build,
    // interleaved (docs/scanner.md, "Rounds r43, r44 and r45"). 24 634 after rounds r48-r50 (2026-12-06), raised from
    // 24 200 (start-up in docs/scanner.md, "Rounds r48, r49 and r50").
    // 25 556 after rounds r51-r53 and the fixes after blind sets 54 and 55 (2026-12-06), raised from 24 900.
    // 26 274 after the fixes after blind set 56 and rounds r57-r59 (2026-12-06), raised from 25 900 (start-up in
    // docs/benchmarks.md, "Night of 2026-12-06"). 29 291 after rounds r60-r65 and the encoded-run rules (base64, hex and
    // escaped forms of ~50 markers: 2026-12-06), raised from 26 700 (start-up in docs/benchmarks.md, "Late night of 2026-12-06").
    // 31 905 after rounds r66-r71 (2026-12-07: r69 +533 states for name keys, KYC vendor prefixes and OCR labels; r70 +823 for
    // payroll keys, pay columns and record keywords; r71 +485 for EDI, JCL, mainframe and bank-file keywords), raised from 29 700
    // (start-up in docs/benchmarks.md, "Small hours of 2026-12-07").
    // 32 841 after round r72 (2026-12-07: +936 states, almost all from the quoted bare provider names of
    // provider-named-key-map-value); r73 added ~500 (cookie-file tabs, HSM/PKCS#11 PIN keys, FedEx/SF/Loqate/Personio/PAT
    // keys, Portuguese/Spanish access-code keys, role and name keys, European CSV headers, phone extension words, SQL bind
    // markers) and r74 its column and parameter-list keywords: 33 551 after the three (1591 detectors), raised from 32 300.
    // 35 007 after lead round l86 (2026-12-07: card words in customers' languages, sign-offs in ten languages, password words
    // of prose, `_pat` keys: ~600 states; 1729 detectors), raised from 35 000.
    expect(a.outputs.length).toBeLessThan(36_000);
  });

  it('keeps its table small: columns for the keywords\' characters only', () => {
    const a = buildAutomaton(new Map([['sk_live_', [1]], ['xoxb-', [2]]]));
    expect(a.shift).toBeLessThanOrEqual(4);
    expect(a.delta.length).toBe(a.outputs.length << a.shift);
    expect(a.delta).toBeInstanceOf(Uint16Array);
  });

  it('reports exactly what a naive search reports, for random keyword sets sharing prefixes and suffixes', () => {
    const r = rng(31);
    for (let round = 0; round < 200; round++) {
      const keywords: Record<string, number[]> = {};
      for (let i = r.int(1, 30); i > 0; i--) (keywords[r.str('abcab_-', r.int(1, 6))] ??= []).push(i);
      const text = r.str('abcABC_-x', r.int(0, 200));
      const want: [number, number][] = [];
      const lower = text.toLowerCase();
      for (let i = 0; i < text.length; i++) {
        const seen = new Set<number>();
        // Longest keyword first, as the automaton's state (then its failure chain) reports them.
        for (const [kw, ids] of Object.entries(keywords).sort((a, b) => b[0].length - a[0].length)) {
          if (i + 1 < kw.length || lower.slice(i + 1 - kw.length, i + 1) !== kw) continue;
          for (const id of ids) {
            if (seen.has(id)) continue;
            seen.add(id);
            want.push([i, id]);
          }
        }
      }
      const got = run(keywords, text);
      expect(got.map(([i, id]) => `${i}:${id}`).sort(), JSON.stringify({ keywords, text })).toEqual(want.map(([i, id]) => `${i}:${id}`).sort());
    }
  });
});
