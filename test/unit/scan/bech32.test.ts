import { describe, expect, it } from 'vitest';
import { bech32Checksum, bech32Valid } from '../../../src/scan/bech32';
import { createScanner } from '../../../src/scan';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const rand = (n: number, alpha: string): string => Array.from({ length: n }, () => alpha[Math.floor(Math.random() * alpha.length)]).join('');

describe('bech32 checksum', () => {
  it('accepts the specification test vectors and rejects altered ones', () => {
    // BIP-173 valid strings (published test vectors of the specification).
    for (const s of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', '?1ezyfcl']) expect(bech32Valid(s)).toBe(true);
    expect(bech32Valid('a12uel5m')).toBe(false); // last character changed
    expect(bech32Valid('A12uEL5L')).toBe(false); // mixed case
  });

  it('round-trips generated addresses, and one changed character breaks every one', () => {
    for (let i = 0; i < 200; i++) {
      const data = 'q' + rand(32, CHARSET);
      const addr = `bc1${data}${bech32Checksum('bc', data)}`;
      expect(bech32Valid(addr)).toBe(true);
      const k = 3 + Math.floor(Math.random() * (addr.length - 3));
      const other = CHARSET[(CHARSET.indexOf(addr[k]!) + 1 + Math.floor(Math.random() * 31)) % 32]!;
      expect(bech32Valid(addr.slice(0, k) + other + addr.slice(k + 1))).toBe(false);
    }
  });
});

describe('bitcoin-address detector', () => {
  const scanner = createScanner();
  const ids = (text: string): string[] => scanner.scan(text).map((f) => f.detector);

  it('finds an address with a valid checksum in a log line', () => {
    const data = 'q' + rand(32, CHARSET);
    expect(ids(`payout queued to bc1${data}${bech32Checksum('bc', data)} amount=0.013`)).toContain('bitcoin-address');
  });

  it('does not report hex trace ids that start with bc1', () => {
    let flagged = 0;
    for (let i = 0; i < 300; i++) {
      const trace = 'bc1' + rand(29, '0123456789abcdef');
      if (ids(`{"level":"info","msg":"job done","trace_id":"${trace}","span_id":"${rand(16, '0123456789abcdef')}"}`).includes('bitcoin-address')) flagged++;
    }
    expect(flagged).toBe(0);
  });
});
