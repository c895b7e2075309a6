import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { base58CheckValid } from '../base58';
import { isLowEntropy } from '../validators';
import { isPublicContract } from '../public-contracts';

/** Words that come with a wallet address in logs, payloads and prose. */
const WALLET_WORDS = ['btc', 'bitcoin', 'wallet', 'addr', 'payout', 'withdraw', 'deposit', 'crypto', 'donat', 'beneficiary', 'refund', 'satoshi', 'sats', 'send to', 'send it to', 'pay to'];

/** Cryptocurrency wallet addresses without a literal prefix: Base58Check Bitcoin, bare-hex Ethereum under a wallet key. */
export const WALLET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bitcoin-base58-address',
    name: 'Bitcoin (Base58) address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.8,
    keywords: WALLET_WORDS,
    // P2PKH `1…` (version 0) and P2SH `3…` (version 5): 25 bytes, 26–35 Base58 characters.
    pattern: /(?<![\w+.-])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w+])/,
    // The 4-byte double-SHA-256 checksum tells an address from a random Base58 id of the same length.
    validate: (v) => base58CheckValid(v, 25, [0, 5]),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'ethereum-address-under-key',
    name: 'Ethereum wallet address (bare hex, under a wallet key)',
    category: 'financial',
    severity: 'low',
    priority: 59,
    confidence: 0.7,
    // Not `eth` alone: `Method`, `ethernet` and `together` would run it on every stack trace.
    keywords: ['wallet', 'ethaddr', 'eth_addr', 'eth-addr', 'eth.addr'],
    // `"wallet": "5aAeb6…"` (40 hex without `0x`) under a key that names a wallet or an ETH address.
    pattern: rei`(?<k>[\w.-]{0,24}(?:wallet|eth[_.-]?addr(?:ess)?)[\w.-]{0,16})${SEP}(?<v>[0-9a-fA-F]{40})(?![\w])`,
    validate: (v, ctx) => /wallet|eth/i.test(ctx.key ?? '') && !/(?:hash|sha|digest|id|key|secret|seed|private)$/i.test(ctx.key ?? '') && !isLowEntropy(v) && !isPublicContract(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
];
