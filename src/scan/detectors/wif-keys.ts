import { base58CheckValid } from '../base58';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/** Words one of which the line must hold: a key, wallet or Bitcoin named. */
const CONTEXT = /wif|wallet|priv|bitcoin|btc|key|secret|sign|sweep|seed/i;

/** True for a Bitcoin WIF private key: version 0x80 (mainnet) or 0xef (testnet), valid checksum, optional compression flag 0x01. */
export function wifValid(v: string): boolean {
  if (v.length === 51) return base58CheckValid(v, 37, [0x80, 0xef]);
  return v.length === 52 && base58CheckValid(v, 38, [0x80, 0xef]);
}

/**
 * Bitcoin private keys in Wallet Import Format, where a key, wallet or Bitcoin is named (env lines, panics, config dumps):
 * 51 Base58 characters from `5` (or `9` on testnet) or 52 from `K`/`L` (or `c`), checked with
 * Base58Check, which no random identifier of that length passes. A private key is a credential.
 */
export const WIF_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bitcoin-wif-private-key',
    name: 'Bitcoin private key (WIF)',
    category: 'credential',
    severity: 'critical',
    priority: 85,
    pattern: /(?<![A-Za-z0-9])(?:[59][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51})(?![A-Za-z0-9])/,
    // Runs where a private key, wallet or Bitcoin is named (`HOT_WALLET_WIF=`, `privkey`, `importprivkey`, `BTC_SIGNER_KEY`,
    // `SIGNING_KEY`): not on every line with `key` or `signature` (a log's cache keys and webhook signatures).
    keywords: ['wif', 'wallet', 'priv', 'bitcoin', 'btc', 'secret', 'signer', 'signing', 'sweep', 'seed'],
    mask: 'full',
    // The keywords are the context: the line must name one (the prefilter's keywords only skip lines).
    validate: (v, ctx) => wifValid(v) && CONTEXT.test(ctx.text),
    remediation: 'Move the funds to a new wallet at once and retire this key; it can sign for its addresses',
  }),
];
