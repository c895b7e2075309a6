import { createHash } from 'node:crypto';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import type { Rng20 } from './blind-set-20-types';

/** Luhn check digit for a body of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export const luhnOk = (s: string): boolean => /^\d+$/.test(s) && luhnDigit(s.slice(0, -1)) === s.slice(-1);

/** A Luhn-valid card number of a brand. */
export function card(r: Rng20, brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'jcb'])): string {
  const pre = { visa: '4', mc: `5${r.int(1, 5)}`, mc2: `22${r.int(21, 70)}`, amex: r.pick(['34', '37']), disc: '6011', jcb: `35${r.int(28, 89)}` }[brand]!;
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}
/** Groups a card in fours (Amex 4-6-5). */
export const spaced = (c: string, sep = ' '): string => (c.length === 15 ? [c.slice(0, 4), c.slice(4, 10), c.slice(10)] : c.match(/.{4}/g)!).join(sep);

const mod97 = (s: string): number => {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
};
/** A mod-97-valid IBAN (electronic form). */
export function iban(r: Rng20, cc = r.pick(['DE', 'GB', 'NL', 'BE', 'AT', 'CH', 'IE', 'FR'])): string {
  let bban: string;
  if (cc === 'DE') bban = r.digits(18);
  else if (cc === 'GB' || cc === 'IE') bban = r.pick(cc === 'GB' ? ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'] : ['AIBK', 'BOFI']) + r.digits(14);
  else if (cc === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10);
  else if (cc === 'BE') {
    const b = r.digits(10);
    const k = Number(BigInt(b) % 97n) || 97;
    bban = b + String(k).padStart(2, '0');
  } else if (cc === 'AT') bban = r.digits(16);
  else if (cc === 'CH') bban = r.digits(17);
  else {
    // FR: bank 5, branch 5, account 11, RIB key 2 (97 - (89*bank + 15*branch + 3*account) mod 97).
    const [bk, br, ac] = [r.digits(5), r.digits(5), r.digits(11)];
    const key = 97 - Number((89n * BigInt(bk) + 15n * BigInt(br) + 3n * BigInt(ac)) % 97n);
    bban = bk + br + ac + String(key).padStart(2, '0');
  }
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}
export const ibanOk = (s: string): boolean => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
/** IBAN in print form (groups of four). */
export const ibanPrint = (s: string): string => s.match(/.{1,4}/g)!.join(' ');

/** An ABA routing number with its 3-7-1 check digit. */
export function aba(r: Rng20): string {
  const b = String(r.int(1, 12)).padStart(2, '0') + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return b + String((10 - (s % 10)) % 10);
}
export const abaOk = (s: string): boolean => /^\d{9}$/.test(s) && [...s].reduce((a, d, i) => a + Number(d) * [3, 7, 1][i % 3]!, 0) % 10 === 0;

/** A US SSN outside the never-issued ranges. */
export function ssn(r: Rng20): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
export const ssnOk = (s: string): boolean => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(s);

/** A Dutch BSN (11-proof). */
export function bsn(r: Rng20): string {
  for (;;) {
    const b = String(r.int(1, 9)) + r.digits(7);
    const s = [...b].reduce((a, d, i) => a + Number(d) * (9 - i), 0);
    const c = s % 11;
    if (c < 10) return b + c;
  }
}
export const bsnOk = (s: string): boolean => /^\d{9}$/.test(s) && [...s].reduce((a, d, i) => a + Number(d) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

/** A Brazilian CPF with both check digits, in 000.000.000-00 form. */
export function cpf(r: Rng20): string {
  const d = [...r.digits(9)].map(Number);
  for (const n of [10, 11]) {
    const s = d.reduce((a, x, i) => a + x * (n - i), 0);
    const k = (s * 10) % 11;
    d.push(k === 10 ? 0 : k);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}
export function cpfOk(s: string): boolean {
  const t = s.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(t)) return false;
  const d = [...t].map(Number);
  for (const n of [10, 11]) {
    const k = (d.slice(0, n - 1).reduce((a, x, i) => a + x * (n - i), 0) * 10) % 11;
    if ((k === 10 ? 0 : k) !== d[n - 1]) return false;
  }
  return true;
}

/** A Canadian SIN (Luhn), `123 456 782` form. */
export function sin(r: Rng20): string {
  const b = String(r.pick([1, 2, 4, 5, 6, 7])) + r.digits(7);
  const t = b + luhnDigit(b);
  return `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`;
}
/** A Polish PESEL (weights 1-3-7-9). */
export function pesel(r: Rng20): string {
  const b = `${String(r.int(50, 99))}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return b + String((10 - (s % 10)) % 10);
}
export const peselOk = (s: string): boolean => /^\d{11}$/.test(s) && [...s].reduce((a, d, i) => a + Number(d) * [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1][i]!, 0) % 10 === 0;
/** A French NIR (15 digits with its 97-key). */
export function nir(r: Rng20): string {
  const b = `${r.int(1, 2)}${String(r.int(55, 99))}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${r.digits(6)}`;
  return b + String(97 - Number(BigInt(b) % 97n)).padStart(2, '0');
}
export const nirOk = (s: string): boolean => /^\d{15}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
/** A Spanish DNI with its control letter. */
export function dni(r: Rng20): string {
  const n = r.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
export const dniOk = (s: string): boolean => /^\d{8}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(s.slice(0, 8)) % 23] === s[8];
/** A UK National Insurance number. */
export const nino = (r: Rng20): string => `${r.pick(['AB', 'JG', 'KL', 'NP', 'PR', 'SW', 'TM', 'WX', 'ZE'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const base62 = (n: number, w: number): string => {
  let o = '';
  for (; n > 0; n = Math.floor(n / 62)) o = B62[n % 62] + o;
  return o.padStart(w, '0');
};
/** A GitHub / npm style token: prefix, 30 random base62, 6 base62 of the CRC32 of the random part. */
export function crcToken(r: Rng20, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32(body), 6);
}
export const crcTokenOk = (s: string): boolean => {
  const m = /^(?:gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(s);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
};

/** AWS access key id (AKIA/ASIA + 16 base32). */
export const awsKeyId = (r: Rng20, p = 'AKIA'): string => p + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
/** AWS secret access key (40 base64 characters without padding). */
export const awsSecret = (r: Rng20): string => r.chars(UPPER + LOWER + DIGITS + '+/', 40);
/** A JWT with a real JSON header and payload and a random signature. */
export function jwt(r: Rng20, claims: Record<string, unknown>): string {
  const h = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: r.hex(16) })).toString('base64url');
  const p = Buffer.from(JSON.stringify({ ...claims, iat: 1796000000 + r.int(0, 99999), exp: 1796100000 + r.int(0, 99999) })).toString('base64url');
  return `${h}.${p}.${r.b64url(256)}`;
}
export const jwtOk = (s: string): boolean => {
  try {
    const [h, p] = s.split('.');
    return JSON.parse(Buffer.from(h!, 'base64url').toString()).typ === 'JWT' && typeof JSON.parse(Buffer.from(p!, 'base64url').toString()) === 'object';
  } catch {
    return false;
  }
};
/** A PEM private-key block (random DER body, 64-char lines) with real escaped newlines when `esc`. */
export function pem(r: Rng20, label = 'PRIVATE KEY', nl = '\n'): string {
  const body = r.b64(r.int(600, 900)).match(/.{1,64}/g)!.join(nl);
  return `-----BEGIN ${label}-----${nl}${body}${nl}-----END ${label}-----`;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const dsha = (b: Buffer): Buffer => createHash('sha256').update(createHash('sha256').update(b).digest()).digest();
const b58 = (b: Buffer): string => {
  let n = BigInt('0x' + b.toString('hex'));
  let o = '';
  for (; n > 0n; n /= 58n) o = B58[Number(n % 58n)] + o;
  for (const x of b) if (x === 0) o = '1' + o;
    else break;
  return o;
};
/** A base58check Bitcoin P2PKH address. */
export function btcLegacy(r: Rng20): string {
  const p = Buffer.concat([Buffer.from([0]), r.bytes(20)]);
  return b58(Buffer.concat([p, dsha(p).subarray(0, 4)]));
}
export function btcLegacyOk(s: string): boolean {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) return false;
    n = n * 58n + BigInt(i);
  }
  const b = Buffer.from(n.toString(16).padStart(50, '0'), 'hex');
  return b.length === 25 && dsha(b.subarray(0, 21)).subarray(0, 4).equals(b.subarray(21));
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const polymod = (v: number[]): number => {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const x of v) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
};
const hrpExp = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
/** A bech32 (v0, P2WPKH) Bitcoin address. */
export function btcBech32(r: Rng20): string {
  const bits = [...r.bytes(20)].flatMap((b) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (b >> i) & 1));
  const data = [0];
  for (let i = 0; i < bits.length; i += 5) data.push(bits.slice(i, i + 5).reduce((a, b) => a * 2 + b, 0) << (5 - Math.min(5, bits.length - i)));
  const pm = polymod([...hrpExp('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [0, 1, 2, 3, 4, 5].map((i) => (pm >> (5 * (5 - i))) & 31);
  return 'bc1' + [...data, ...chk].map((d) => BECH[d]).join('');
}
export const btcBech32Ok = (s: string): boolean => /^bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{39}$/.test(s) && polymod([...hrpExp('bc'), ...[...s.slice(3)].map((c) => BECH.indexOf(c))]) === 1;
/** An all-lowercase Ethereum address (valid without an EIP-55 mixed-case checksum). */
export const eth = (r: Rng20): string => '0x' + r.hex(40);
