import type { Rng31 } from './blind-set-31-rng';

/** The Luhn check digit for a string of digits. */
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

/** True when a digit string passes the Luhn check. */
export function luhnOk(s: string): boolean {
  return /^\d{2,}$/.test(s) && luhnDigit(s.slice(0, -1)) === s.slice(-1);
}

/** A Luhn-valid card number (digits only) of a brand. */
export function cardNumber(r: Rng31, brand = r.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'discover'])): string {
  const prefix = { visa: '4' + r.digits(5), mc: r.pick(['51', '52', '53', '54', '55', '2221', '2720']), amex: r.pick(['34', '37']), discover: '6011' }[brand] ?? '4';
  const len = brand === 'amex' ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

/** A card number grouped the way receipts and forms print it (4-4-4-4, Amex 4-6-5). */
export function groupCard(pan: string, sep = ' '): string {
  if (pan.length === 15) return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep);
  return pan.match(/.{1,4}/g)!.join(sep);
}

/** True when a card number (spaces or dashes allowed) is 13-19 digits and passes Luhn. */
export function cardOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  return /^\d{13,19}$/.test(d) && luhnOk(d);
}

/** mod-97 of a long digit/letter string as used by IBANs. */
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

const BBAN: Record<string, (r: Rng31) => string> = {
  DE: (r) => r.num(8) + r.digits(10),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6) + r.digits(8),
  FR: (r) => '30' + r.digits(3) + r.digits(5) + r.digits(11) + r.digits(2),
  ES: (r) => r.pick(['2100', '0049', '0182', '2038']) + r.digits(16),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
  IT: (r) => r.pick(['X', 'K', 'A']) + r.pick(['03069', '02008', '05034']) + r.digits(5) + r.digits(12),
  BE: (r) => r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(6) + r.digits(8),
  PL: (r) => r.digits(24),
  SE: (r) => r.digits(20),
};

/** An IBAN (compact) with valid mod-97 check digits. */
export function iban(r: Rng31, cc = r.pick(Object.keys(BBAN))): string {
  const bban = BBAN[cc]!(r);
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}

/** An IBAN printed in groups of four. */
export function spacedIban(s: string): string {
  return s.match(/.{1,4}/g)!.join(' ');
}

/** True when an IBAN (spaces allowed) has valid mod-97 check digits. */
export function ibanOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c) && mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

/** An ABA routing number with a valid 3-7-1 checksum. */
export function abaRouting(r: Rng31): string {
  const body = r.pick(['02', '03', '06', '07', '11', '12', '21', '26', '31', '32']) + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...body].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** True when a routing number passes the ABA checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 10 === 0;
}

/** A Luhn-valid IMEI (15 digits) with a realistic TAC prefix. */
export function imei(r: Rng31): string {
  const body = r.pick(['35', '86', '35', '01', '99']) + r.digits(12);
  return body + luhnDigit(body);
}

/** A Luhn-valid ICCID (19 digits, `89` + country code + issuer). */
export function iccid(r: Rng31): string {
  const body = '89' + r.pick(['01260', '01410', '44100', '49200', '33015', '61061', '91000', '88234']) + r.digits(11);
  return body + luhnDigit(body);
}

/** Home networks (MCC+MNC) by country code. */
export const PLMNS: Record<string, string[]> = {
  US: ['310260', '310410', '311480'],
  GB: ['23415', '23410', '23420'],
  DE: ['26201', '26202', '26203'],
  FR: ['20801', '20810', '20815'],
  AU: ['50501', '50502'],
  IN: ['405857', '40445'],
  BR: ['72406', '72411'],
  ES: ['21407', '21401'],
  NL: ['20404', '20408'],
  SE: ['24001', '24007'],
  PL: ['26006', '26002'],
};

/** A 15-digit IMSI: MCC + MNC of a real network (of a country when given) + MSIN. */
export function imsi(r: Rng31, country?: string): string {
  const plmn = r.pick(PLMNS[country ?? r.pick(Object.keys(PLMNS))] ?? PLMNS['GB']!);
  return plmn + r.digits(15 - plmn.length);
}

/** The table-driven CRC32 (IEEE) of a string, as used by checksummed tokens. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A number written in base62 with a fixed width (GitHub token checksum style). */
export function base62(n: number, width: number): string {
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  while (n > 0) {
    out = A[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** A GitHub classic PAT (`ghp_` + 30 random + 6 CRC32 characters). */
export function githubPat(r: Rng31): string {
  const body = r.b62(30);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

/** True when a GitHub token's last six characters are the CRC32 of its random part. */
export function githubPatOk(s: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(s);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
}
