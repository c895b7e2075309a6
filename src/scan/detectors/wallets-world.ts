import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { base58CheckValid, base58Decode } from '../base58';
import { bech32Valid } from '../bech32';
import { lineNames } from './national-ids-context';

/** Bech32 prefixes of Cosmos-SDK chains, Cardano (`addr1`, `stake1`) and others that payment payloads carry. */
const BECH32_HRPS = ['cosmos', 'osmo', 'terra', 'bnb', 'addr', 'stake', 'celestia', 'juno', 'kava', 'inj', 'evmos', 'sei', 'axelar', 'dydx', 'akash', 'secret', 'noble', 'kujira'];

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** CRC-16/XMODEM of `bytes` (Stellar's StrKey checksum). */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** A Stellar account id (`G…`, 56 base32 characters): version byte 6 << 3, 32-byte key, CRC-16 little-endian. */
export function stellarValid(v: string): boolean {
  if (!/^G[A-Z2-7]{55}$/.test(v)) return false;
  const bytes = new Uint8Array(35);
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of v) {
    acc = (acc << 5) | BASE32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  if (n !== 35 || bytes[0] !== 6 << 3) return false;
  const crc = crc16(bytes.subarray(0, 33));
  return bytes[33] === (crc & 0xff) && bytes[34] === crc >> 8;
}

/** A Polkadot / Kusama / Substrate SS58 address: one prefix byte, a 32-byte key and a 2-byte BLAKE2b checksum. */
export function ss58Valid(v: string): boolean {
  const bytes = base58Decode(v);
  if (bytes === null || bytes.length !== 35 || bytes[0]! >= 64) return false;
  // node:crypto on first use: loading it cost ~5 ms of every `herald scan` start, for a rare address kind.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const sum = createHash('blake2b512').update(Buffer.from('SS58PRE')).update(bytes.subarray(0, 33)).digest();
  return sum[0] === bytes[33] && sum[1] === bytes[34];
}

/** Wallet addresses of Cosmos chains, Cardano, Stellar, Tezos, Polkadot and Solana, by their checksums (Solana has none: on a line that names it). */
export const WORLD_WALLET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bech32-chain-address',
    name: 'Wallet address (Cosmos chains, Cardano; bech32)',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.8,
    keywords: BECH32_HRPS.map((h) => h + '1'),
    pattern: new RegExp(String.raw`(?<![\w])(?:${BECH32_HRPS.join('|')})1[02-9ac-hj-np-z]{38,110}(?![\w])`),
    validate: (v) => bech32Valid(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'stellar-address',
    name: 'Stellar account address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.85,
    needs: ['G'],
    keywords: ['stellar', 'xlm', 'wallet', 'memo', 'withdraw', 'deposit', 'payout', 'destination', 'address'],
    pattern: /(?<![A-Za-z0-9])G[A-Z2-7]{55}(?![A-Za-z0-9])/,
    validate: (v) => stellarValid(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'tezos-address',
    name: 'Tezos address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.85,
    keywords: ['tz1', 'tz2', 'tz3'],
    pattern: /(?<![\w])tz[123][1-9A-HJ-NP-Za-km-z]{33}(?![\w])/,
    // Base58Check of a 3-byte prefix (06 a1 9f/a1/a4), a 20-byte key hash and the checksum.
    validate: (v) => base58CheckValid(v, 27, [6]),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'polkadot-address',
    name: 'Polkadot / Kusama (SS58) address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.85,
    keywords: ['polkadot', 'kusama', 'ksm', 'substrate', 'ss58', 'wallet', 'withdraw', 'deposit', 'payout', 'to_address', 'from_address', '"address"'],
    pattern: /(?<![\w])[1-9A-HJ-NP-Za-km-z]{47,48}(?![\w])/,
    validate: (v) => ss58Valid(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'solana-address',
    name: 'Solana address (on a line that names Solana)',
    category: 'financial',
    severity: 'low',
    priority: 58,
    confidence: 0.7,
    keywords: ['solana', 'sol_', 'sol"', 'sol:', 'sol=', 'sol wallet', 'sol address', 'phantom', 'spl'],
    // 32 bytes in Base58 (no checksum): only where the line says Solana.
    pattern: /(?<![\w])[1-9A-HJ-NP-Za-km-z]{32,44}(?![\w])/,
    validate: (v, ctx) => base58Decode(v)?.length === 32 && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /solana|\bsol\b|sol_|phantom|\bspl\b/i),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
];
