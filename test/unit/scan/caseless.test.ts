import { describe, expect, it } from 'vitest';
import { caseless } from '../../../src/scan/caseless';
import { asWritten } from '../../../src/scan/define-detector';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { warmUpText } from '../../../src/cli/warm-up';
import { buildBlindSet13 } from '../../helpers/blind-set-13';
import { buildBlindSet14 } from '../../helpers/blind-set-14';
import { buildBlindSet15 } from '../../helpers/blind-set-15';
import { Rng9 } from '../../helpers/blind-set-9-rng';

const rng = (seed: number): (() => number) => {
  const r = new Rng9(seed);
  return () => r.next();
};

/** ECMA-262 Canonicalize for non-unicode `i` matching. */
function canon(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return c >= 128 && cu < 128 ? c : cu;
}

/** Every match of `re` in `text`: index, whole match and groups (as JSON, for comparing). */
function matches(re: RegExp, text: string): string {
  const out: unknown[] = [];
  if (re.sticky) {
    // At every word start (where the sticky patterns' start finders try them) and after every non-letter.
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && /[A-Za-z0-9]/.test(text[at - 1]!)) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) out.push([at, m[0], m.groups ?? null]);
    }
    return JSON.stringify(out);
  }
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  for (const m of text.matchAll(g)) out.push([m.index, m[0], m.groups ?? null, m.indices ? m.indices.groups ?? null : null]);
  return JSON.stringify(out);
}

/** `text` with the case of about a third of its letters flipped (seeded). */
function scramble(text: string, seed: number): string {
  const r = rng(seed);
  let out = '';
  for (const ch of text) {
    const flip = r() < 0.35;
    out += flip ? (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) : ch;
  }
  return out;
}

describe('caseless (case-insensitive patterns written out case-sensitively)', () => {
  it('pairs each code unit with exactly the code units `i` matching pairs it with (all 65 536)', () => {
    const group = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) {
      const k = canon(c);
      const g = group.get(k);
      if (g) g.push(c);
      else group.set(k, [c]);
    }
    const syntax = new Set('\\^$.|?*+()[]{}/'.split('').map((x) => x.charCodeAt(0)));
    let rewritten = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (syntax.has(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const src = String.fromCharCode(c);
      const w = caseless(src);
      const expected = group.get(canon(c))!.slice().sort((a, b) => a - b);
      if (w === null) continue; // left to the `i` flag
      rewritten++;
      // The rewrite is the unit itself or a class of its case group: `[xX]`.
      const got = w === src ? [c] : [...w.slice(1, -1)].map((x) => x.charCodeAt(0)).sort((a, b) => a - b);
      if (w !== src) expect(w[0] + w[w.length - 1], w).toBe('[]');
      expect(got, `U+${c.toString(16)}: ${w}`).toEqual(expected);
    }
    expect(rewritten).toBeGreaterThan(63_000);
  });

  it('closes classes and ranges under case exactly as `i` does (random ranges over Latin-1 and beyond)', () => {
    const r = rng(7);
    const probe = [...Array.from({ length: 0x600 }, (_, i) => i), 0x1e9e, 0x212a, 0x212b, 0x2126, 0x3a3, 0x3c2, 0x17f, 0x131, 0x130];
    const esc = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
    let checked = 0;
    for (let k = 0; k < 300; k++) {
      const lo = Math.floor(r() * 0x180);
      const hi = lo + Math.floor(r() * 0x90);
      const neg = r() < 0.3 ? '^' : '';
      const src = `[${neg}${esc(lo)}-${esc(hi)}_\\d.-]`;
      const w = caseless(src);
      if (w === null) continue;
      checked++;
      const a = new RegExp(src, 'i');
      const b = new RegExp(w);
      for (const c of probe) expect(b.test(String.fromCharCode(c)), `${src} → ${w} at U+${c.toString(16)}`).toBe(a.test(String.fromCharCode(c)));
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('leaves to `i` what it cannot write out: back-references, escaped letters, µ, ÿ, other cased scripts', () => {
    for (const src of [String.raw`(a)\1`, String.raw`(?<x>a)\k<x>`, String.raw`(?<x>\w)\k<x>`, String.raw`\x41`, String.raw`\cJ`]) {
      expect(caseless(src), src).toBeNull();
    }
    expect(caseless('token')).toBe('[tT][oO][kK][eE][nN]');
    expect(caseless('(?<key>ab)')).toBe('(?<key>[aA][bB])');
    expect(caseless('x{2,3}[^a-c]')).toBe('[xX]{2,3}[^\\u0041-\\u0043a-c]');
    expect(caseless('身份证号')).toBe('身份证号');
    expect(caseless(`(?<q>["'])a\\k<q>`)).toBe(`(?<q>["'])[aA]\\k<q>`);
    expect(caseless('ÿ')).toBe('[ÿŸ]');
    expect(caseless('[ł]')).toBe('[\\u0141ł]');
  });

  it('every built-in detector pattern it rewrote finds what the written pattern finds, on blind-set texts in scrambled case', () => {
    const texts = [warmUpText()];
    for (const [build, seed] of [
      [buildBlindSet13, 3],
      [buildBlindSet14, 4],
      [buildBlindSet15, 5],
    ] as const) {
      const set = build(seed);
      for (const c of [...set.positives, ...set.negatives]) texts.push(c.text, scramble(c.text, c.text.length));
    }
    let compared = 0;
    for (const d of DEFAULT_DETECTORS) {
      for (const re of [d.pattern, d.sticky, d.plain, d.precheck?.re]) {
        if (!re) continue;
        const written = asWritten(re);
        if (!written) continue;
        expect(written.flags.includes('i')).toBe(true);
        expect(re.flags.includes('i')).toBe(false);
        compared++;
        for (const t of texts) expect(matches(re, t), `${d.id}: /${written.source}/${written.flags}`).toBe(matches(written, t));
      }
    }
    expect(compared).toBeGreaterThan(150);
    // Correctness, not speed: ~1,100 patterns over ~1,000 texts; the default 30 s is too close on a loaded machine.
  }, 240_000);
});
