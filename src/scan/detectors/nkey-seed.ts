import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes unpadded RFC 4648 base32 (capitals and 2–7), or null. */
function base32(s: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of s) {
    const i = B32.indexOf(ch);
    if (i < 0) return null;
    acc = (acc << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** CRC-16/XMODEM (polynomial 0x1021, initial 0), as NATS computes it over an nkey. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** True when `seed` decodes to prefix, key and a matching little-endian CRC-16 (the nkeys check). */
export function nkeyChecksumValid(seed: string): boolean {
  const raw = base32(seed);
  if (!raw || raw.length < 4) return false;
  const body = raw.subarray(0, raw.length - 2);
  return crc16(body) === (raw[raw.length - 2]! | (raw[raw.length - 1]! << 8));
}

/**
 * NATS nkey seeds: `SU…` (user), `SA…` (account), `SO…` (operator), `SN…`, `SC…`, `SX…`: 58
 * base32 characters ending in a CRC-16, in `.creds` files, `NATS_NKEY_SEED=` and CLI output.
 * The checksum keeps other capitals-and-digits runs out.
 */
export const NKEY_SEED_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'nats-nkey-seed',
    name: 'NATS nkey seed',
    category: 'credential',
    severity: 'critical',
    priority: 75,
    keywords: ['sua', 'saa', 'soa', 'sna', 'sca', 'sxa'],
    needs: ['SUA', 'SAA', 'SOA', 'SNA', 'SCA', 'SXA'],
    pattern: /(?<![A-Za-z0-9])S[UAONCX]A[A-Z2-7]{55}(?![A-Za-z0-9])/,
    kind: /^S[UAONCX]/,
    mask: 'full',
    validate: nkeyChecksumValid,
    remediation: 'Revoke this nkey (re-issue the user or account with nsc) and keep .creds files out of logs',
  }),
];
