import { abaOk, clabeOk, digitsOf, ibanOk, luhnOk, mnemonicOk, unbase58check } from './blind-set-33-checks';
import { NATIONAL_IDS } from './blind-set-33-ids';

const HEX = /^[0-9a-f]+$/i;
const B64URL = /^[A-Za-z0-9_-]+$/;

/** True when a JWT has three base64url parts and a JSON header. */
function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) return false;
  try {
    return typeof JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) === 'object';
  } catch {
    return false;
  }
}

/** True when a PEM block (possibly with JSON-escaped newlines) opens and closes with the same label. */
function pemOk(v: string): boolean {
  const m = /^-----BEGIN ([A-Z ]+)-----(?:\n|\\n)[A-Za-z0-9+/=\n\\]+(?:\n|\\n)-----END \1-----(?:\\n)?$/.exec(v);
  return m !== null;
}

/** Per-kind format checks; kinds not listed have nothing to check. */
const CHECKS: Record<string, (v: string) => boolean> = {
  'card-pan': (v) => /^[\d -]+$/.test(v) && digitsOf(v).length >= 13 && digitsOf(v).length <= 19 && luhnOk(digitsOf(v)),
  'card-cvv': (v) => /^\d{3,4}$/.test(v),
  'card-expiry': (v) => /^(0[1-9]|1[0-2])(\/?\d{2}|\/20\d{2})$/.test(v),
  'track2-data': (v) => {
    const m = /^;(\d{13,19})=(\d{2})(0[1-9]|1[0-2])\d+\?$/.exec(v);
    return m !== null && luhnOk(m[1]!);
  },
  iban: ibanOk,
  clabe: clabeOk,
  'aba-routing': abaOk,
  'uk-account-number': (v) => /^\d{8}$/.test(v),
  'bip39-mnemonic': mnemonicOk,
  'wif-private-key': (v) => {
    const p = unbase58check(v);
    return p !== null && p[0] === 0x80 && (p.length === 33 || (p.length === 34 && p[33] === 1));
  },
  'bip32-xprv': (v) => {
    const p = unbase58check(v);
    return p !== null && p.length === 78 && ['0488ade4', '04358394'].includes(p.subarray(0, 4).toString('hex')) && p[45] === 0;
  },
  'eth-private-key': (v) => /^(0x)?[0-9a-f]{64}$/.test(v),
  'keystore-ciphertext': (v) => v.length === 64 && HEX.test(v),
  'plaid-secret': (v) => /^[0-9a-f]{30}$/.test(v),
  'plaid-access-token': (v) => /^access-(production|development|sandbox)-[0-9a-f-]{36}$/.test(v),
  'pgp-private-key-block': (v) => v.startsWith('-----BEGIN PGP PRIVATE KEY BLOCK-----') && v.endsWith('-----END PGP PRIVATE KEY BLOCK-----'),
  'coinbase-cdp-private-key': pemOk,
  'fireblocks-secret-pem': pemOk,
  email: (v) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  'pix-key-email': (v) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  'pix-key-cpf': (v) => NATIONAL_IDS['br-cpf']!.ok(v),
  'date-of-birth': (v) => /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4}|\d{8})$/.test(v),
  'upi-vpa': (v) => /^[a-z0-9.]+@[a-z]+$/.test(v),
};

/** Checks a planted value of set 33 against its own format (checksums, structure); true for kinds with nothing to check. */
export function formatOk33(kind: string, value: string): boolean {
  const id = NATIONAL_IDS[kind];
  if (id) return id.ok(value);
  const check = CHECKS[kind];
  if (check) return check(value);
  if (kind.endsWith('-jwt')) return jwtOk(value);
  return true;
}
