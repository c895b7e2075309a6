import { base58CheckValid, sha256 } from '../base58';
import { BIP39_ENGLISH } from '../bip39-words';
import { defineDetector } from '../define-detector';
import type { Detector, Verdict } from '../detector';

/**
 * Round r33 (blind set 33: fintech back offices, crypto custody): wallet secrets by their standard
 * formats — BIP-39 mnemonics (their checksum), BIP-32 extended private keys (Base58Check), the
 * encrypted key of a Web3 Secret Storage keystore — and provider tokens by their documented shapes:
 * Infura project ids and QuickNode tokens in RPC URLs, Gemini `account-…` keys, Plaid processor
 * tokens, a Coinbase Exchange API secret in a request that signs with `CB-ACCESS-*` headers.
 */

let wordIndex: Map<string, number> | null = null;

/** The index of a BIP-39 word, or -1. */
function indexOf(word: string): number {
  wordIndex ??= new Map(BIP39_ENGLISH.map((w, i) => [w, i]));
  return wordIndex.get(word) ?? -1;
}

/** True when `words` (12, 15, 18, 21 or 24 of the list) carry a valid BIP-39 checksum (the first ENT/32 bits of SHA-256(entropy)). */
export function bip39Valid(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 12 || n > 24 || n % 3 !== 0) return false;
  const bits: number[] = [];
  for (const w of words) {
    const i = indexOf(w);
    if (i < 0) return false;
    for (let b = 10; b >= 0; b--) bits.push((i >> b) & 1);
  }
  const ent = (n * 11 * 32) / 33;
  const bytes = new Uint8Array(ent / 8);
  for (let i = 0; i < ent; i++) bytes[i >> 3]! |= bits[i]! << (7 - (i & 7));
  const hash = sha256(bytes);
  for (let i = 0; i < ent / 32; i++) if (((hash[i >> 3]! >> (7 - (i & 7))) & 1) !== bits[ent + i]) return false;
  return true;
}

/** The longest run of the value's first words (12 to 24, in threes) that is a valid mnemonic, as a trim; else not ok. */
function mnemonicVerdict(v: string): boolean | Verdict {
  const words = v.split(' ');
  if (new Set(words).size < 6) return false; // `zoo zoo … wrong`, a documentation example
  for (let n = Math.min(24, words.length - (words.length % 3)); n >= 12; n -= 3) {
    if (bip39Valid(words.slice(0, n))) return n === words.length ? true : { ok: true, trimEnd: words.slice(0, n).join(' ').length };
  }
  return false;
}

/** Not a placeholder or one character repeated; letters and digits both. */
const tokenOk = (v: string): boolean => !/^(.)\1+$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

export const CRYPTO_R33_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bip39-mnemonic',
    name: 'BIP-39 wallet mnemonic (seed phrase) under a mnemonic, seed or phrase key',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    confidence: 0.95,
    keywords: ['mnemonic', 'seed', 'phrase', 'recovery', 'bip39', 'bip-39'],
    // `WALLET_MNEMONIC='word … word'`, `"mnemonic":"…"`, `seed phrase: "…"`, a vault table's `hot_wallet_mnemonic      …`.
    pattern: /(?:mnemonic|seed|phrase|recovery|bip-?39)[\w.-]{0,30}?(?:\\{0,3}["'])?(?:\s{0,3}(?:=>|:=|[:=])\s{0,3}|\s{1,30})(?:\\{0,3}["'])?(?<v>[a-z]{3,8}(?: [a-z]{3,8}){11,23})(?![a-z])/i,
    mask: 'full',
    validate: (v) => /^[a-z ]+$/.test(v) && mnemonicVerdict(v),
    remediation: 'Move the funds to a wallet with a new seed at once (a logged mnemonic is a spent one) and keep seeds in an HSM or KMS',
  }),
  defineDetector({
    id: 'bip32-extended-private-key',
    name: 'BIP-32 extended private key (xprv/tprv/yprv/zprv)',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    confidence: 0.97,
    keywords: ['xprv', 'tprv', 'yprv', 'zprv'],
    // 78 bytes and a 4-byte checksum in Base58Check: 111 characters after the version prefix's letters.
    pattern: /(?<![A-Za-z0-9])(?<v>[xtyz]prv[1-9A-HJ-NP-Za-km-z]{100,108})(?![A-Za-z0-9])/,
    kind: /^[xtyz]prv/,
    validate: (v) => base58CheckValid(v, 82, [0x04]) || { ok: false },
    remediation: 'Sweep the funds of every address this key derives and keep extended private keys in the signer\'s HSM',
  }),
  defineDetector({
    id: 'keystore-ciphertext',
    name: 'Encrypted private key of a Web3 Secret Storage (Ethereum keystore) file',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.85,
    keywords: ['"ciphertext"'],
    // `"crypto":{"cipher":"aes-128-ctr","ciphertext":"<hex>",…"kdf":"scrypt"…}`: with the password it decrypts to the key.
    pattern: /"ciphertext"\s{0,3}:\s{0,3}"(?<v>[0-9a-f]{64,256})"/,
    mask: 'full',
    validate: (_v, ctx) => /"(?:kdf|cipherparams|mac)"\s{0,3}:/.test(ctx.text),
    remediation: 'Treat the keystore as exposed: move the funds and create a new keystore with a new password',
  }),
  defineDetector({
    id: 'infura-project-id-url',
    name: 'Infura project id (API key) in an RPC URL',
    category: 'credential',
    severity: 'medium',
    priority: 60,
    confidence: 0.85,
    keywords: ['infura.io/v3/', 'infura.io/ws/v3/'],
    pattern: /\.infura\.io\/(?:ws\/)?v3\/(?<v>[0-9a-f]{32})(?![0-9A-Za-z])/,
    mask: 'tail',
    validate: (v) => tokenOk(v),
    remediation: 'Rotate the Infura API key (or restrict it by origin and contract) and log RPC URLs without their path',
  }),
  defineDetector({
    id: 'quicknode-endpoint-token',
    name: 'QuickNode endpoint token in an RPC URL',
    category: 'credential',
    severity: 'medium',
    priority: 60,
    confidence: 0.85,
    keywords: ['.quiknode.pro/'],
    pattern: /\.quiknode\.pro\/(?<v>[0-9a-f]{32,64})(?![0-9A-Za-z])/,
    mask: 'tail',
    validate: (v) => tokenOk(v),
    remediation: 'Rotate the QuickNode endpoint token and log RPC URLs without their path',
  }),
  defineDetector({
    id: 'gemini-api-key',
    name: 'Gemini exchange API key (`account-…` or `master-…`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['account-', 'master-'],
    // Gemini's documented key shape: a scope prefix and 20 letters and digits; named only where the line is about Gemini.
    pattern: /(?<![\w-])(?<v>(?:account|master)-[A-Za-z0-9]{20})(?![\w-])/,
    kind: /^(?:account|master)-/,
    validate: (v, ctx) => tokenOk(v.slice(v.indexOf('-') + 1)) && /[a-z]/.test(v.slice(8)) && /[A-Z]/.test(v) && /gemini/i.test(ctx.text),
    remediation: 'Revoke the Gemini API key in the exchange settings and create a new one with the least scope',
  }),
  defineDetector({
    id: 'plaid-processor-token',
    name: 'Plaid processor token',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.95,
    keywords: ['processor-production-', 'processor-development-', 'processor-sandbox-'],
    pattern: /(?<![\w-])(?<v>processor-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    kind: /^processor-(?:production|development|sandbox)-/,
    validate: (v) => (v.startsWith('processor-sandbox-') ? { ok: true, test: true } : true),
    remediation: 'Revoke the processor token (remove the Item it was made for) and keep processor tokens out of env dumps',
  }),
  defineDetector({
    id: 'coinbase-exchange-api-secret',
    name: 'Coinbase Exchange API secret (64 bytes in base64) in a request signed with CB-ACCESS headers',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['cb-access-key'],
    span: 800,
    // The request's headers, then the signing secret the log printed beside them (CB-ACCESS-SIGN's HMAC is 44 characters, not 88).
    pattern: /CB-ACCESS-KEY[\s\S]{0,800}?(?<![A-Za-z0-9+/])(?<v>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Delete the Coinbase Exchange API key and create a new one; never log the signing secret',
  }),
];
