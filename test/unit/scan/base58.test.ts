import { createHash } from 'node:crypto';
import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { base58CheckValid, base58Decode, sha256 } from '../../../src/scan/base58';
import { base58, btcBase58 } from '../../helpers/financial-values';

describe('sha256 (written out for Base58Check)', () => {
  it('agrees with node:crypto on random inputs of every length around the block edges', () => {
    for (const n of [0, 1, 31, 55, 56, 63, 64, 65, 119, 120, 200]) {
      const data = randomBytes(n);
      expect(Buffer.from(sha256(data)).toString('hex'), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

describe('Base58Check', () => {
  it('decodes what base58 encodes, leading zero bytes included', () => {
    for (let i = 0; i < 20; i++) {
      const bytes = Buffer.concat([Buffer.alloc(i % 3), randomBytes(24)]);
      expect(Buffer.from(base58Decode(base58(bytes))!).toString('hex')).toBe(bytes.toString('hex'));
    }
    expect(base58Decode('0OIl')).toBeNull();
  });

  it('accepts generated P2PKH and P2SH addresses and rejects every one-character change', () => {
    for (let i = 0; i < 20; i++) {
      const v = btcBase58(i % 2 === 0 ? 0 : 5);
      expect(base58CheckValid(v, 25, [0, 5]), v).toBe(true);
      const at = 1 + (i % (v.length - 1));
      const changed = v.slice(0, at) + (v[at] === 'a' ? 'b' : 'a') + v.slice(at + 1);
      expect(base58CheckValid(changed, 25, [0, 5]), changed).toBe(false);
    }
  });

  it('rejects a valid address of another version (testnet) and the wrong length', () => {
    const payload = Buffer.concat([Buffer.from([0x6f]), randomBytes(20)]);
    const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest().subarray(0, 4);
    const testnet = base58(Buffer.concat([payload, sum]));
    expect(base58CheckValid(testnet, 25, [0x6f])).toBe(true);
    expect(base58CheckValid(testnet, 25, [0, 5])).toBe(false);
    expect(base58CheckValid(btcBase58(0), 21, [0, 5])).toBe(false);
  });
});
