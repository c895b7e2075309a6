import { Rng, ABC, pad } from './blind-set-7-rng';
import { beBban, esBban, frBban, itBban } from './blind-set-7-bban';

/**
 * Checksummed and structured values for blind set 7: cards (Luhn), IBANs (mod 97), ABA routing
 * numbers, US SSNs, JWTs that decode, GitHub-style tokens with their CRC32 suffix.
 */

/** True when `digits` passes the Luhn check. */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A Luhn-valid card number of `len` digits starting with `prefix`. */
export function card(r: Rng, prefix: string, len: number): string {
  const body = prefix + r.str(ABC.dig, len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('unreachable');
}

/** A fresh card of a common brand: Visa, Mastercard (51-55 and 2221-2720), Amex, Discover. */
export function anyCard(r: Rng): string {
  const kind = r.int(0, 4);
  if (kind === 0) return card(r, '4' + r.str(ABC.dig, 5), 16);
  if (kind === 1) return card(r, String(r.int(51, 55)) + r.str(ABC.dig, 4), 16);
  if (kind === 2) return card(r, String(r.int(2221, 2720)) + r.str(ABC.dig, 2), 16);
  if (kind === 3) return card(r, r.pick(['34', '37']) + r.str(ABC.dig, 4), 15);
  return card(r, '6011' + r.str(ABC.dig, 2), 16);
}

/** Remainder of a digit/letter string mod 97 (letters as 10..35). */
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** True when `iban` (no spaces) passes ISO 13616 mod 97. */
export const ibanOk = (iban: string): boolean => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;

const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.str(ABC.dig, 18),
  GB: (r) => r.str(ABC.up, 4) + r.str(ABC.dig, 14),
  FR: (r) => frBban(r.str(ABC.dig, 10) + r.str(ABC.upDig, 11) + r.str(ABC.dig, 2)),
  ES: (r) => esBban(r.str(ABC.dig, 20)),
  NL: (r) => r.str(ABC.up, 4) + r.str(ABC.dig, 10),
  IT: (r) => itBban(r.str(ABC.up, 1) + r.str(ABC.dig, 10) + r.str(ABC.upDig, 12)),
  BE: (r) => beBban(r.str(ABC.dig, 12)),
  CH: (r) => r.str(ABC.dig, 5) + r.str(ABC.upDig, 12),
};

/** A valid IBAN for `country` (one of DE GB FR ES NL IT BE CH), compact. */
export function iban(r: Rng, country = r.pick(Object.keys(BBAN))): string {
  const bban = BBAN[country]!(r);
  const check = 98 - mod97(bban + country + '00');
  return country + pad(check) + bban;
}

/** Groups a compact IBAN in fours, as printed on statements. */
export const grouped = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

/** True when `n` is a checksum-valid ABA routing number. */
export function abaOk(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const d = n.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** A checksum-valid ABA routing number with a Federal Reserve prefix (01-12, 21-32). */
export function aba(r: Rng): string {
  const lead = r.pick([r.int(1, 12), r.int(21, 32)]);
  const body = pad(lead) + r.str(ABC.dig, 6);
  for (let c = 0; c <= 9; c++) if (abaOk(body + c)) return body + c;
  throw new Error('unreachable');
}

/** A US bank account number, 8 to 12 digits. */
export const account = (r: Rng): string => r.digits(r.int(8, 12));

/** A US SSN in an issued range (not 000/666/9xx area, no zero group or serial), dashed. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

/** A JWT whose header and payload decode to JSON; signature random of `sigBytes`. */
export function jwt(r: Rng, payload: Record<string, unknown>, alg = 'HS256', sigBytes = 32): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.an(20) };
  return `${enc(header)}.${enc(payload)}.${r.b64url(sigBytes)}`;
}

/** Unix seconds in late 2026, for iat/exp claims. */
export const epoch = (r: Rng): number => 1_790_000_000 + r.int(0, 9_000_000);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of `n`, left-padded with '0' to `w` characters. */
function base62(n: number, w: number): string {
  let s = '';
  do {
    s = ABC.an[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(w, '0');
}

/** A GitHub-format token (`ghp_`, `gho_`, `ghs_`…): 30 random base62 plus a CRC32 suffix of 6. */
export function githubToken(r: Rng, prefix = 'ghp_'): string {
  const body = r.an(30);
  return prefix + body + base62(crc32(body), 6);
}

/** A PEM block with 64-column base64 body lines that start like the real DER of that kind. */
export function pem(r: Rng, label: string, der: string, bytes: number): string {
  const b64 = (der + r.b64(bytes)).replace(/=+$/, '');
  const lines = b64.match(/.{1,64}/g)!;
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

/** An RSA private key in PKCS#1 PEM (2048-bit sized body). */
export const rsaPem = (r: Rng): string => pem(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1191);

/** A PKCS#8 private key PEM. */
export const pkcs8Pem = (r: Rng): string => pem(r, 'PRIVATE KEY', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIB', 1191);

/** An OpenSSH ed25519 private key PEM. */
export const opensshPem = (r: Rng): string =>
  pem(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAA', 300);
