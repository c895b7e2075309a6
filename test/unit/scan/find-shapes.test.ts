import { describe, expect, it } from 'vitest';
import { digitRunShapes, findShapes, KIND, kindOf, SHAPE } from '../../../src/scan/find-shapes';
import { cardNumber, cleanLine, iban, rng, ssn } from './generators';

const shapesOf = (text: string): [number, number][] => {
  const pos: number[] = [];
  const bits: number[] = [];
  findShapes(text, pos, bits);
  return pos.map((p, i) => [p, bits[i]!]);
};
const any = (text: string): number => shapesOf(text).reduce((a, [, b]) => a | b, 0);
const HEX = '0123456789abcdef';

describe('findShapes', () => {
  // Only after SK or AC (issue 13: the shape's only users are Twilio SIDs; trace ids and MD5s are not candidates).
  it('finds a 32-hex stretch after SK/AC at every offset, and only stretches of exactly 32', () => {
    const key = (HEX + HEX + HEX).slice(10, 42);
    for (let off = 0; off < 40; off++) {
      const text = 'k'.repeat(off) + 'SK' + key + ' tail';
      expect(shapesOf(text)).toEqual([[off + 2, SHAPE.hex32]]);
    }
    expect(any(`x AC${key}a y`)).toBe(0); // 33
    expect(any(`x AC${key.slice(1)} y`)).toBe(0); // 31
    expect(any(`x ${key} y`)).toBe(0); // a trace id
    expect(any(`SK${key}:AC${key}`)).toBe(SHAPE.hex32); // both halves, ':' separates them
    expect(shapesOf(`SK${key}-AC${key}`).map(([p]) => p)).toEqual([2, 37]);
  });

  it('skips private dotted quads when asked, and timestamps are no IPv6 shape', () => {
    const pos: number[] = [];
    const bits: number[] = [];
    findShapes('to 10.1.2.3:80 and 192.168.0.1 and 203.0.113.9 ', pos, bits, KIND.all, true);
    expect(pos).toEqual([34]);
    expect(any('[03/Dec/2026:10:11:12 +0000]') & SHAPE.ipv6).toBe(0);
  });

  it('classifies digit runs like the detectors need them', () => {
    expect(any('card 4111 1111 1111 1111 ok')).toBe(SHAPE.card | SHAPE.phone); // 16 digits, 3 spaces: could be either
    expect(any('card 4111111111111111 ok')).toBe(SHAPE.card);
    expect(any('ssn 123-45-6789 ok') & SHAPE.ssn).toBe(SHAPE.ssn);
    expect(any('call +1 415 555 2671') & SHAPE.phone).toBe(SHAPE.phone);
    expect(any('call (415) 555-2671') & SHAPE.phone).toBe(SHAPE.phone);
    expect(any('from 10.20.30.40 ok')).toBe(SHAPE.ipv4);
    expect(any('took 1234 ms at 2026-11-27')).toBe(0);
    expect(digitRunShapes('123')).toBe(0);
  });

  it('no digit run shorter than 7 characters has a shape (findShapes skips them unclassified)', () => {
    // Digits are interchangeable for the shapes: every run of up to 6 over `1 -.()+`.
    const alphabet = '1 -.()+';
    let runs = [''];
    for (let len = 1; len <= 6; len++) {
      runs = runs.flatMap((r) => [...alphabet].map((c) => r + c));
      for (const r of runs) if (digitRunShapes(r) !== 0) throw new Error(`shape in ${JSON.stringify(r)}`);
    }
    expect(runs.length).toBe(7 ** 6);
    expect(digitRunShapes('1.1.1.1')).toBe(SHAPE.ipv4);
  });

  it('finds IPv6 and MAC shapes in hex runs, and IBAN starts', () => {
    expect(any('peer 2001:db8::ff00:42:8329 up') & SHAPE.ipv6).toBe(SHAPE.ipv6);
    expect(any('mac 00:1A:2b:3C:4d:5E') & SHAPE.mac).toBe(SHAPE.mac);
    expect(any('mac 00-1a-2b-3c-4d-5e') & SHAPE.mac).toBe(SHAPE.mac);
    expect(any('uuid 123e4567-e89b-12d3-a456-426614174000') & SHAPE.mac).toBe(0);
    expect(any('iban DE89370400440532013000')).toBe(SHAPE.iban);
  });

  it('returns positions in ascending order', () => {
    const found = shapesOf('DE89 then 10.0.0.1 then SK' + HEX + HEX + ' end');
    expect(found.map(([p]) => p)).toEqual([...found.map(([p]) => p)].sort((a, b) => a - b));
    expect(found).toHaveLength(4); // DE89, the address, SK01 (an IBAN start too: Slovakia) and the hex after SK
  });

  it('finds the same shapes when told only the character kinds the text has', () => {
    // The prefilter passes the kinds it saw; a shape search may be skipped only when it cannot match.
    const r = rng(11);
    const texts = ['', 'prod', 'stripe-sync-00', 'no digits here: just-words', 'MAC 00:1A:2B:3C:4D:5E', 'GB82WEST12345698765432'];
    for (let i = 0; i < 400; i++) texts.push(`${cleanLine(r)} ${i % 3 === 0 ? cardNumber(r) : i % 3 === 1 ? iban(r, i % 2 === 0) : ssn(r)}`);
    for (const text of texts) {
      let kinds = 0;
      for (let i = 0; i < text.length; i++) kinds |= kindOf(text.charCodeAt(i));
      const pos: number[] = [];
      const bits: number[] = [];
      findShapes(text, pos, bits, kinds);
      expect(pos.map((p, i) => [p, bits[i]])).toEqual(shapesOf(text));
    }
    expect(KIND.all).toBe(KIND.digit | KIND.sep | KIND.upper);
  });

  it('orders many interleaved shapes of different passes in n log n (a large body cannot stall it)', () => {
    // Digit runs and hex runs alternate: every pass's results interleave with the others'.
    const text = Array.from({ length: 120_000 }, (_, i) => (i % 2 === 0 ? `+1 415 555 ${String(1000 + (i % 9000))}` : `fe80::1:${(i % 4096).toString(16)}:9`)).join(' x ');
    // Count every read and write of the result arrays: ordering n shapes by insertion (the
    // old way) shifts them, n²/4 ≈ 3.6 billion writes here; a sort is about n log n.
    let touched = 0;
    const counting = (): number[] =>
      new Proxy<number[]>([], {
        get: (t, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && touched++, Reflect.get(t, k, r)),
        set: (t, k, v, r) => (typeof k === 'string' && /^\d+$/.test(k) && touched++, Reflect.set(t, k, v, r)),
      });
    const pos = counting();
    const bits = counting();
    findShapes(text, pos, bits);
    const found = pos.map((p, i) => [p, bits[i]!] as const);
    expect(found).toHaveLength(120_000);
    expect(found.every(([p], i) => i === 0 || p > found[i - 1]![0])).toBe(true);
    expect(touched).toBeLessThan(40 * 120_000 * Math.log2(120_000));
  });
});
