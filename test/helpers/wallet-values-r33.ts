import { createHash } from 'node:crypto';
import { BIP39_ENGLISH } from '../../src/scan/bip39-words';
import { base58 } from './financial-values';

/** Round r33 test values: a BIP-39 mnemonic and a BIP-32 extended key built from the given bytes (valid checksums). */
const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

/** The mnemonic of `entropy` (16 bytes: 12 words, 20: 15, 24: 18, 28: 21, 32: 24). */
export function mnemonicOf(entropy: Buffer): string {
  const bits = [...entropy].map((b) => b.toString(2).padStart(8, '0')).join('');
  const cs = [...sha(entropy)].map((b) => b.toString(2).padStart(8, '0')).join('').slice(0, entropy.length / 4);
  const all = bits + cs;
  const words: string[] = [];
  for (let i = 0; i < all.length; i += 11) words.push(BIP39_ENGLISH[parseInt(all.slice(i, i + 11), 2)]!);
  return words.join(' ');
}

/** A Base58Check extended key: version (`0488ade4` xprv, `04358394` tprv, `0488b21e` xpub), depth, fingerprint, child, chain code, key. */
export function extendedKeyOf(version: string, body: Buffer): string {
  const payload = Buffer.concat([Buffer.from(version, 'hex'), body.subarray(0, 74)]);
  return base58(Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]));
}
