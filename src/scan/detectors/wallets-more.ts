import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { base58CheckValid } from '../base58';
import { bech32Valid } from '../bech32';

/** Words that come with a wallet address in logs and payloads (shared by every coin below). */
const WALLET_WORDS = ['wallet', 'addr', 'payout', 'withdraw', 'deposit', 'crypto', 'beneficiary', 'refund'];

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const RIPPLE = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

/** An XRP Ledger classic address (`r…`): Ripple's Base58 alphabet, version 0, 4-byte double-SHA-256 checksum. */
export function xrpAddressValid(v: string): boolean {
  let s = '';
  for (const ch of v) {
    const i = RIPPLE.indexOf(ch);
    if (i < 0) return false;
    s += ALPHABET[i];
  }
  return base58CheckValid(s, 25, [0]);
}

/** A Base58Check address detector for one coin: its first characters, version bytes and words. */
function base58Coin(id: string, name: string, first: string, versions: number[], words: string[]): Detector {
  return defineDetector({
    id,
    name,
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.8,
    keywords: [...words, ...WALLET_WORDS],
    pattern: new RegExp(String.raw`(?<![\w+.-])[${first}][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w+])`),
    // The 4-byte checksum tells an address from a random Base58 id of the same length.
    validate: (v) => base58CheckValid(v, 25, versions),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  });
}

/** Wallet addresses of other coins: TRON, Litecoin (Base58 and bech32), Dogecoin, Dash, XRP. */
export const MORE_WALLET_DETECTORS: readonly Detector[] = [
  base58Coin('tron-address', 'TRON address', 'T', [0x41], ['tron', 'trx', 'trc20', 'trc-20', 'usdt']),
  base58Coin('litecoin-address', 'Litecoin (Base58) address', 'LM', [0x30, 0x32], ['ltc', 'litecoin']),
  base58Coin('dogecoin-address', 'Dogecoin address', 'DA9', [0x1e, 0x16], ['doge']),
  base58Coin('dash-address', 'Dash address', 'X7', [0x4c, 0x10], ['dash:', 'dash=', 'dash"', 'dash address', 'dash_address']),
  defineDetector({
    id: 'litecoin-bech32-address',
    name: 'Litecoin (bech32) address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.7,
    keywords: ['ltc1'],
    pattern: /(?<![\w])ltc1[02-9ac-hj-np-z]{25,87}(?![\w])/,
    kind: /^ltc1/,
    validate: (v) => bech32Valid(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'xrp-address',
    name: 'XRP Ledger address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.8,
    keywords: ['xrp', 'ripple', ...WALLET_WORDS],
    pattern: /(?<![\w+.-])r[1-9A-HJ-NP-Za-km-z]{24,34}(?![\w+])/,
    validate: xrpAddressValid,
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
];
