import { B62, B64URL, DIGITS, LOWER, UPPER, Rng9 } from './blind-set-9-rng';

/** One planted value of set 54. */
export interface V54 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A case under construction: its own random stream and the values planted so far. */
export class Case54 {
  readonly vals: V54[] = [];
  constructor(readonly r: Rng9) {}
  /** Plants a credential. */
  c(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  /** Plants personal data. */
  p(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  /** Plants financial data. */
  f(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

export type Tpl54 = (k: Case54) => string;

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** GitHub / npm style token: prefix, 30 random base62, 6-char base62 CRC32 of the random part. */
export function crcToken(r: Rng9, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32(body), 6);
}

export function luhnDigit(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A card number passing Luhn, with a real brand prefix; grouped by spaces or dashes at random. */
export function card(r: Rng9, layout: 'plain' | 'spaced' | 'any' = 'any'): string {
  const brand = r.pick([
    ['4', 16],
    ['4', 16],
    ['5' + r.int(1, 5), 16],
    [String(r.int(2221, 2720)), 16],
    ['3' + r.pick(['4', '7']), 15],
    ['6011', 16],
    ['65', 16],
    ['35' + r.int(28, 89), 16],
  ] as const);
  const [pre, len] = brand;
  const partial = pre + r.digits(len - pre.length - 1);
  const num = partial + luhnDigit(partial);
  const style = layout === 'any' ? r.pick(['plain', 'plain', 'spaced', 'dashed']) : layout;
  if (style === 'plain') return num;
  const sep = style === 'spaced' ? ' ' : '-';
  if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g)!.join(sep);
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

export function ibanMod97(iban: string): number {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  return mod97(s.slice(4) + s.slice(0, 4));
}

/** An IBAN passing mod-97, for a handful of countries with their real BBAN shapes. */
export function iban(r: Rng9, spaced = r.next() < 0.3): string {
  const cc = r.pick(['DE', 'DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'BE', 'CH', 'AT', 'IE']);
  const bban = {
    DE: () => r.pick(['37040044', '50010517', '10020030', '70150000', '20041111']) + r.digits(10),
    FR: () => r.pick(['30006', '20041', '30004', '10278']) + r.digits(5) + r.digits(11) + r.digits(2),
    GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(6) + r.digits(8),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
    ES: () => r.pick(['2100', '0049', '0182', '2038']) + r.digits(16),
    IT: () => r.chars(UPPER, 1) + r.pick(['03069', '02008', '05034']) + r.digits(5) + r.digits(12),
    BE: () => r.digits(12),
    CH: () => r.pick(['00762', '00230', '08390']) + r.digits(12),
    AT: () => r.pick(['12000', '20111', '32000']) + r.digits(11),
    IE: () => r.pick(['AIBK', 'BOFI']) + r.digits(6) + r.digits(8),
  }[cc]!();
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const plain = cc + check + bban;
  return spaced ? plain.match(/.{1,4}/g)!.join(' ') : plain;
}

export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** An ABA routing number with a valid checksum. */
export function aba(r: Rng9): string {
  for (;;) {
    const s = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0') + r.digits(6);
    for (let c = 0; c < 10; c++) if (abaOk(s + c)) return s + c;
  }
}

export function ssn(r: Rng9, dashed = true): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = [String(area).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
  return dashed ? s.join('-') : s.join('');
}

export function cpf(r: Rng9): string {
  const d = [...r.digits(9)].map(Number);
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  const dig = (xs: number[]) => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const m = (s * 10) % 11;
    return m === 10 ? 0 : m;
  };
  d.push(dig(d));
  d.push(dig(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

export function bsn(r: Rng9): string {
  for (;;) {
    const s = String(r.int(1, 6)) + r.digits(8);
    const sum = [...s].reduce((a, x, i) => a + Number(x) * (i === 8 ? -1 : 9 - i), 0);
    if (sum % 11 === 0) return s;
  }
}

export function sin(r: Rng9): string {
  const p = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
  const s = p + luhnDigit(p);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rng9): string {
  const n = r.digits(8);
  return n + DNI_LETTERS[Number(n) % 23];
}

export function nino(r: Rng9): string {
  const first = r.pick([...'ABCEGHJKLMNOPRSTWXYZ']);
  const second = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const pre = first + second;
  const safe = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre) ? 'AB' : pre;
  const d = r.digits(6);
  return `${safe} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`;
}

const FIRST = ['Margarethe', 'Oluwaseun', 'Siobhan', 'Tomasz', 'Priyanka', 'Joaquín', 'Henrike', 'Dmitri', 'Aoife', 'Leandro', 'Yuki', 'Fatima', 'Bartholomew', 'Ingrid', 'Rafael', 'Chiamaka', 'Magnus', 'Zofia', 'Kwame', 'Annelies', 'Hiroshi', 'Marisol', 'Theodora', 'Emeka', 'Solveig', 'Gustavo', 'Róisín', 'Anneke', 'Benedikt', 'Lucía'];
const LAST = ['Vollstedt', 'Adeyemi', 'O’Sullivan', 'Wiśniewski', 'Raghunathan', 'Etxeberria', 'Lindqvist', 'Castellanos', 'Okonkwo', 'Van der Berg', 'Nakamura', 'Haddad', 'Pemberton', 'Fitzgerald', 'Kowalczyk', 'Abernathy', 'Delacroix', 'Brennan', 'Mbeki', 'Oyelaran', 'Hargreaves', 'Szabó', 'Janssens', 'Moreau-Lefèvre', 'Kristiansen', 'McAllister', 'Duarte', 'Quintero', 'Whitfield', 'Ferreira'];

export interface Person54 {
  first: string;
  last: string;
  full: string;
  email: string;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’' ]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase();
}

export function person(r: Rng9): Person54 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const a = ascii(first);
  const b = ascii(last);
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}${b}${r.int(1, 99)}`, `${a}_${b}`, `${b}.${a}`, `${a}.${b}+billing`]);
  const dom = r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'icloud.com', 'proton.me', 'gmx.net', 'hotmail.fr', 'fastmail.com', 'orange.fr']);
  return { first, last, full: `${first} ${last}`, email: `${local}@${dom}` };
}

export function phone(r: Rng9): string {
  const n = () => String(r.int(2, 9)) + r.digits(2);
  return r.pick([
    () => `+1${r.pick(['212', '415', '617', '312', '206', '512', '303'])}${n()}${r.digits(4)}`,
    () => `(${r.pick(['646', '415', '720', '404', '213'])}) ${n()}-${r.digits(4)}`,
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+31 6 ${r.digits(8)}`,
    () => `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ])();
}

export function street(r: Rng9): string {
  return r.pick([
    () => `${r.int(2, 4890)} ${r.pick(['Maple Ridge Dr', 'W 34th St', 'Valencia St', 'Sycamore Ln', 'Hawthorne Ave', 'N Lincoln Park W'])}${r.pick(['', `, Apt ${r.int(2, 38)}${r.pick(['B', 'C', ''])}`])}`,
    () => `${r.pick(['Lindenstraße', 'Schönhauser Allee', 'Kastanienweg', 'Am Hopfengarten'])} ${r.int(1, 140)}`,
    () => `${r.int(1, 220)} ${r.pick(['Coldharbour Lane', 'Albert Road', 'Gloucester Crescent', 'Mill Hill'])}`,
    () => `${r.int(1, 90)} ${r.pick(['rue des Martyrs', 'avenue Jean Jaurès', 'boulevard Voltaire'])}`,
  ])();
}

export function city(r: Rng9): { city: string; zip: string; region: string; country: string } {
  return r.pick([
    { city: 'Portland', zip: `972${r.digits(2)}`, region: 'OR', country: 'US' },
    { city: 'Austin', zip: `787${r.digits(2)}`, region: 'TX', country: 'US' },
    { city: 'Brooklyn', zip: `112${r.digits(2)}`, region: 'NY', country: 'US' },
    { city: 'Berlin', zip: `10${r.int(115, 999)}`, region: 'BE', country: 'DE' },
    { city: 'Manchester', zip: `M${r.int(1, 40)} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`, region: 'ENG', country: 'GB' },
    { city: 'Lyon', zip: `6900${r.int(1, 9)}`, region: 'ARA', country: 'FR' },
  ]);
}

/** A full one-line postal address. */
export function address(r: Rng9): string {
  const c = city(r);
  return `${street(r)}, ${c.zip} ${c.city}${c.country === 'US' ? `, ${c.region}` : ''}`;
}

export function dob(r: Rng9, style = r.int(0, 2)): string {
  const y = r.int(1948, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return style === 0 ? `${y}-${m}-${d}` : style === 1 ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
}

export const b64urlJson = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A signed-looking JWT with a real header and claims. */
export function jwt(r: Rng9, iss: string, extra: Record<string, unknown> = {}, alg = r.pick(['RS256', 'HS256', 'ES256'])): string {
  const iat = 1780000000 + r.int(0, 9000000);
  const head = b64urlJson({ alg, typ: 'JWT', ...(alg === 'HS256' ? {} : { kid: r.b62(20) }) });
  const body = b64urlJson({ iss, sub: r.pick([`auth0|${r.hex(24)}`, `00u${r.b62(17)}`, r.uuid()]), aud: r.pick(['https://api.internal', 'api://default', r.uuid()]), iat, exp: iat + 3600, ...extra });
  return `${head}.${body}.${r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32)}`;
}

export function awsKeyId(r: Rng9, prefix = r.pick(['AKIA', 'ASIA'])): string {
  return prefix + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

export const awsSecret = (r: Rng9): string => r.chars(B62 + '+/', 40);
export const b64u = (r: Rng9, n: number): string => r.chars(B64URL, n);
export const low = (r: Rng9, n: number): string => r.chars(LOWER + DIGITS, n);

/** A PEM private key block; `nl` is how line breaks appear in the text. */
export function pem(r: Rng9, label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY']), nl = '\n'): string {
  const body = (label === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : label === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC') + r.b64(label === 'EC PRIVATE KEY' ? 90 : 300);
  return `-----BEGIN ${label}-----${nl}${body.match(/.{1,64}/g)!.join(nl)}${nl}-----END ${label}-----`;
}
