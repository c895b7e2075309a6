import { describe, expect, it } from 'vitest';
import { foldFullWidth } from '../../../src/scan/create-scanner';
import { plainness, PLAIN, PLAIN_MAX, QUIET } from '../../../src/scan/plain-text';
import { unwrapInvisible } from '../../../src/scan/unwrap-invisible';
import { unwrapText } from '../../../src/scan/unwrap-text';
import { rng } from './generators';

/** Pieces that each unwrap step reads, and plain ones around them. */
const PIECES = ['a', 'Z', '0', ' ', ':', '.', '/', '[', ']', '(', "'", '"', '=', '=3D', '=3D"', '-', '&', '&quot;', '&#x40;', '%', '%2540', '%3Dk', '_', '__c', '__pc', 'x__c ', '\\', '\\n', '\\"', '\\x1b[', '\n', '\r\n', '\t', 'quoted-printable', 'QUOTED-Printable', 'Bank_Account__c', '\u00AD', '\u200B', '\x1b[31m', '\uFF21', '\u3000', 'é', '"msg":"db:5432:*:app:pw"', '> ', '2026-12-07T05:00:00Z INFO '];

describe('plainness', () => {
  it('is PLAIN only where foldFullWidth and unwrapInvisible change nothing, QUIET only where unwrapText finds nothing', () => {
    const r = rng(75);
    let plain = 0;
    let quiet = 0;
    for (let i = 0; i < 60_000; i++) {
      let t = '';
      for (let k = r.int(1, 8); k > 0; k--) t += r.pick(PIECES);
      const p = plainness(t);
      if (t.length > PLAIN_MAX) expect(p, JSON.stringify(t)).toBe(0);
      if (p & PLAIN) {
        plain++;
        expect(foldFullWidth(t), JSON.stringify(t)).toBe(t);
        expect(unwrapInvisible(t), JSON.stringify(t)).toBeNull();
      }
      if (p & QUIET) {
        quiet++;
        expect(p & PLAIN).toBe(PLAIN);
        expect(unwrapText(t), JSON.stringify(t)).toBeNull();
      }
    }
    expect(plain).toBeGreaterThan(5000);
    expect(quiet).toBeGreaterThan(1000);
  });

  it('reads every character: one that is not printable ASCII, or a backslash, anywhere makes a text not plain', () => {
    for (const c of ['\\', '\n', '\t', '\x7f', '\u00AD', '\uFF21', '\u3000', 'é', '\x1b']) {
      for (const at of [0, 5, 30]) expect(plainness('abcdefghij'.repeat(4).slice(0, at) + c), JSON.stringify(c)).toBe(0);
    }
    expect(plainness('10:04:01 UTC')).toBe(PLAIN | QUIET);
    expect(plainness('i-0a1b2c3d4e5f60781')).toBe(PLAIN);
    expect(plainness('x'.repeat(PLAIN_MAX + 1))).toBe(0);
  });
});
