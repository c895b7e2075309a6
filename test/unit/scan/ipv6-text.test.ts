import { isIPv6 as netIsIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isIPv6 } from '../../../src/scan/ip-text';
import { Rng9 } from '../../helpers/blind-set-9-rng';

/** A string like those the IPv6 pattern matches: groups, `::`, dotted quads, and small mutations of them. */
function candidate(r: Rng9): string {
  const hex = '0123456789abcdefABCDEF';
  const group = (): string => Array.from({ length: r.int(r.int(0, 9) === 0 ? 0 : 1, r.int(0, 9) === 0 ? 5 : 4) }, () => hex[r.int(0, hex.length - 1)]).join('');
  const quad = (): string => Array.from({ length: 4 }, () => String(r.int(0, 9) === 0 ? r.int(0, 300) : r.int(0, 255)).padStart(r.int(0, 6) === 0 ? 3 : 1, '0')).join('.');
  const n = r.int(1, 9);
  const parts = Array.from({ length: n }, group);
  if (r.int(0, 2) === 0) parts.push(quad());
  let s = parts.join(':');
  if (r.int(0, 1) === 0) {
    const at = r.int(0, parts.length);
    const cut = parts.slice(0, at).join(':');
    s = `${cut}::${parts.slice(at).join(':')}`;
  }
  if (r.int(0, 7) === 0) s = s.replace(':', ':::');
  if (r.int(0, 9) === 0) s += '::';
  return s;
}

describe('isIPv6 (the IPv6 detector without node:net)', () => {
  it('judges as node:net does: documented forms and 200 000 drawn ones', () => {
    for (const s of ['::', '::1', '1::', 'fe80::1:2:3', '2001:db8::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::01.2.3.4', '::1.2.3.256', ':1::', '1:::2', '12345::', '1::2::3']) {
      expect(isIPv6(s), s).toBe(netIsIPv6(s));
    }
    const r = new Rng9(6);
    let valid = 0;
    for (let i = 0; i < 200_000; i++) {
      const s = candidate(r);
      const want = netIsIPv6(s);
      if (want) valid++;
      if (isIPv6(s) !== want) expect(isIPv6(s), s).toBe(want);
    }
    expect(valid).toBeGreaterThan(20_000);
  });
});
