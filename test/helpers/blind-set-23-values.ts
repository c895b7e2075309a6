import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { B62, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** Value generators for blind set 23: real prefixes, lengths, alphabets and check digits, fresh per seed. */

export const B62_GH = DIGITS + UPPER + LOWER;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

export function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c);
  return '0';
}

/** Remainder of a long decimal string mod 97. */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

export function ibanDigits(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

export function ibanOk(iban: string): boolean {
  const c = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false;
  return mod97(ibanDigits(c.slice(4) + c.slice(0, 4))) === 1;
}

export function ghChecksum(random30: string): string {
  let n = crc32(random30) >>> 0;
  let out = '';
  while (n > 0) {
    out = B62_GH[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

function bech32Polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  return [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
}

export function bech32Ok(addr: string): boolean {
  const i = addr.lastIndexOf('1');
  if (i < 1 || addr !== addr.toLowerCase()) return false;
  const data = [...addr.slice(i + 1)].map((c) => BECH32.indexOf(c));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  return bech32Polymod([...hrpExpand(addr.slice(0, i)), ...data]) === 1;
}

function sha256(b: Buffer): Buffer {
  return createHash('sha256').update(b).digest();
}

export function base58checkOk(s: string): boolean {
  let n = 0n;
  for (const c of s) {
    const d = B58.indexOf(c);
    if (d < 0) return false;
    n = n * 58n + BigInt(d);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.length - s.replace(/^1+/, '').length;
  const buf = Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
  if (buf.length < 5) return false;
  const body = buf.subarray(0, buf.length - 4);
  return sha256(sha256(body))
    .subarray(0, 4)
    .equals(buf.subarray(buf.length - 4));
}

function base58(buf: Buffer): string {
  let n = BigInt('0x' + buf.toString('hex'));
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of buf) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export function verhoeffOk(d: string): boolean {
  let c = 0;
  [...d].reverse().forEach((ch, i) => (c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(ch)]!]!));
  return c === 0;
}

export function cpfDigits(nine: string): string {
  let s = nine;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(s[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    s += String(r === 10 ? 0 : r);
  }
  return s;
}

/** The ISO 7064 MOD 11,10 check digit of a German tax id (Steuer-ID). */
export function steuerCheck(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

export function abaOk(r: string): boolean {
  if (!/^\d{9}$/.test(r)) return false;
  const d = [...r].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

export function esCheck(bank: string, branch: string, acct: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const one = (s: string) => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i]!;
    const r = 11 - (sum % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  return `${one('00' + bank + branch)}${one(acct)}`;
}

const FIRST = [
  'Maria',
  'Jonas',
  'Aisha',
  'Tomasz',
  'Priya',
  'Lucas',
  'Sofia',
  'Kenji',
  'Fatima',
  'Oliver',
  'Chloé',
  'Mateo',
  'Ingrid',
  'Rahul',
  'Leila',
  'Daniel',
  'Anneke',
  'Gabriel',
  'Yuki',
  'Siobhán',
  'Carlos',
  'Emma',
  'Nnamdi',
  'Hannah',
  'Marek',
  'Camille',
  'Diego',
  'Astrid',
  'Ravi',
  'Olga',
];
const LAST = [
  'Schneider',
  'Okafor',
  'Kowalski',
  'Patel',
  'Fernández',
  'Nakamura',
  'Haddad',
  'Bennett',
  'Lindqvist',
  'Moreau',
  'van der Berg',
  "O'Connor",
  'Silva',
  'Iyer',
  'Novak',
  'Müller',
  'García',
  'Thompson',
  'Dubois',
  'Jansen',
  'Rossi',
  'Andersson',
  'Nowak',
  'Costa',
  'Kaur',
  'Reyes',
  'Brennan',
  'Hoffmann',
  'Sato',
  'Walsh',
];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'gmx.de', 'hotmail.fr', 'proton.me', 'web.de', 'live.nl', 'uol.com.br', 'rediffmail.com', 'fastmail.com'];
const COMPANY_DOMAINS = ['bergmann-logistik.de', 'northwind-health.com', 'lumenstack.io', 'carrowayfoods.co.uk', 'pixelfarm.studio', 'helix-dental.fr', 'orbitalpay.app', 'greenfieldmotors.com'];

export interface Person23 {
  first: string;
  last: string;
  full: string;
}

export interface Address23 {
  line1: string;
  line2: string;
  city: string;
  postal: string;
  region: string;
  country: string;
}

export type Country23 = 'US' | 'GB' | 'DE' | 'FR' | 'NL' | 'ES' | 'BR' | 'IN' | 'CA' | 'AU' | 'SE' | 'PL' | 'JP' | 'MX';

/** The generator methods the templates use on top of Rng9. */
export interface Gen23Api {
  card(brand?: 'visa' | 'mc' | 'amex' | 'discover' | 'jcb'): string;
  grouped(card: string, sep: string): string;
  iban(cc?: 'DE' | 'GB' | 'NL' | 'FR' | 'ES' | 'BE' | 'IE' | 'CH'): string;
  spaced(iban: string): string;
  routing(): string;
  ssn(): string;
  nino(): string;
  nir(): string;
  dni(): string;
  bsn(): string;
  cpf(): string;
  aadhaar(): string;
  pesel(): string;
  sin(): string;
  personnummer(): string;
  steuerId(): string;
  btcBech32(): string;
  btcLegacy(): string;
  eth(): string;
  person(): Person23;
  email(p?: Person23): string;
  workEmail(p?: Person23): string;
  phone(cc?: Country23): string;
  address(cc?: Country23): Address23;
  dob(): string;
  userIp(): string;
  ipv6(): string;
  gh(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr'): string;
  jwt(claims: Record<string, unknown>, alg?: 'HS256' | 'RS256' | 'ES256'): string;
  pem(label: string, lines: number): string[];
  awsKeyId(prefix?: 'AKIA' | 'ASIA'): string;
  awsSecret(): string;
  azSecret(): string;
  b32(n: number): string;
  lowerAlnum(n: number): string;
  upperAlnum(n: number): string;
  epoch(): number;
  iso(): string;
}

export class Gen23 extends Rng9 implements Gen23Api {
  card(brand: 'visa' | 'mc' | 'amex' | 'discover' | 'jcb' = this.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'discover', 'jcb'] as const)): string {
    let body: string;
    if (brand === 'visa') body = '4' + this.digits(14);
    else if (brand === 'mc') body = this.next() < 0.7 ? '5' + this.int(1, 5) + this.digits(13) : String(this.int(2221, 2720)) + this.digits(11);
    else if (brand === 'amex') body = this.pick(['34', '37']) + this.digits(12);
    else if (brand === 'discover') body = '6011' + this.digits(11);
    else body = String(this.int(3528, 3589)) + this.digits(11);
    return body + luhnDigit(body);
  }

  grouped(card: string, sep: string): string {
    if (card.length === 15) return [card.slice(0, 4), card.slice(4, 10), card.slice(10)].join(sep);
    return card.match(/.{1,4}/g)!.join(sep);
  }

  iban(cc: 'DE' | 'GB' | 'NL' | 'FR' | 'ES' | 'BE' | 'IE' | 'CH' = this.pick(['DE', 'GB', 'NL', 'FR', 'ES', 'BE', 'IE', 'CH'] as const)): string {
    let bban: string;
    if (cc === 'DE') bban = String(this.int(10000000, 89999999)) + this.digits(10);
    else if (cc === 'GB') bban = this.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL', 'MONZ']) + this.digits(6) + this.digits(8);
    else if (cc === 'IE') bban = this.pick(['AIBK', 'BOFI', 'IPBS']) + this.digits(6) + this.digits(8);
    else if (cc === 'NL') bban = this.pick(['ABNA', 'INGB', 'RABO', 'KNAB', 'BUNQ']) + this.digits(10);
    else if (cc === 'CH') bban = '00' + this.digits(3) + this.digits(12);
    else if (cc === 'BE') {
      const ten = String(this.int(1, 9)) + this.digits(9);
      const r = Number(BigInt(ten) % 97n) || 97;
      bban = ten + String(r).padStart(2, '0');
    } else if (cc === 'ES') {
      const bank = this.pick(['2100', '0049', '0182', '0081', '2085']);
      const branch = this.digits(4);
      const acct = this.digits(10);
      bban = bank + branch + esCheck(bank, branch, acct) + acct;
    } else {
      const bank = this.pick(['30004', '20041', '30003', '10278', '30066']);
      const branch = this.digits(5);
      const acct = this.digits(11);
      const key = 97 - mod97(bank + branch + acct + '00');
      bban = bank + branch + acct + String(key).padStart(2, '0');
    }
    const check = 98 - mod97(ibanDigits(bban + cc + '00'));
    return cc + String(check).padStart(2, '0') + bban;
  }

  spaced(iban: string): string {
    return iban.match(/.{1,4}/g)!.join(' ');
  }

  routing(): string {
    for (;;) {
      const r = this.pick(['02', '03', '04', '05', '06', '07', '08', '09', '11', '12', '21', '22', '26', '31', '32']) + this.digits(6);
      for (let c = 0; c < 10; c++) if (abaOk(r + c)) return r + c;
    }
  }

  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    return `${String(area).padStart(3, '0')}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }

  nino(): string {
    const a = this.pick([...'ABCEGHJKLMNOPRSTWXYZ']);
    const b = this.pick([...'ABCEGHJKLMNPRSTWXYZ']);
    const pre = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b) ? 'AB' : a + b;
    const d = this.digits(6);
    return this.next() < 0.5 ? `${pre}${d}${this.pick(['A', 'B', 'C', 'D'])}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${this.pick(['A', 'B', 'C', 'D'])}`;
  }

  nir(): string {
    const dept = String(this.pick([1, 6, 13, 31, 33, 44, 59, 67, 69, 75, 92, 93, 94])).padStart(2, '0');
    const body = `${this.int(1, 2)}${String(this.int(50, 99))}${String(this.int(1, 12)).padStart(2, '0')}${dept}${String(this.int(1, 990)).padStart(3, '0')}${String(this.int(1, 999)).padStart(3, '0')}`;
    const key = String(97 - mod97(body)).padStart(2, '0');
    return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
  }

  dni(): string {
    const n = this.int(10000000, 79999999);
    return `${n}${DNI_LETTERS[n % 23]}`;
  }

  bsn(): string {
    for (;;) {
      const d = String(this.int(1, 6)) + this.digits(7);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
      const last = sum % 11;
      if (last < 10) return d + last;
    }
  }

  cpf(): string {
    const c = cpfDigits(String(this.int(1, 9)) + this.digits(8));
    return `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
  }

  aadhaar(): string {
    const body = String(this.int(2, 9)) + this.digits(10);
    for (let c = 0; c < 10; c++) if (verhoeffOk(body + c)) return `${body.slice(0, 4)} ${body.slice(4, 8)} ${body.slice(8)}${c}`;
    return '';
  }

  pesel(): string {
    const yy = String(this.int(50, 99));
    const mm = String(this.int(1, 12)).padStart(2, '0');
    const dd = String(this.int(1, 28)).padStart(2, '0');
    const body = yy + mm + dd + this.digits(4);
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(body[i]) * PESEL_W[i]!;
    return body + ((10 - (sum % 10)) % 10);
  }

  sin(): string {
    const body = String(this.pick([1, 2, 3, 4, 5, 6, 7, 9])) + this.digits(7);
    const s = body + luhnDigit(body);
    return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
  }

  personnummer(): string {
    const body = String(this.int(50, 99)) + String(this.int(1, 12)).padStart(2, '0') + String(this.int(1, 28)).padStart(2, '0') + this.digits(3);
    return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
  }

  steuerId(): string {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = ds.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [ds[i], ds[j]] = [ds[j]!, ds[i]!];
    }
    const nine = ds.slice(0, 9);
    const ten = [...nine, nine[this.int(0, 8)]!];
    for (let i = ten.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [ten[i], ten[j]] = [ten[j]!, ten[i]!];
    }
    if (ten[0] === 0) [ten[0], ten[1]] = [ten[1]!, ten[0]!];
    if (ten[0] === 0) [ten[0], ten[2]] = [ten[2]!, ten[0]!];
    const s = ten.join('');
    return s + steuerCheck(s);
  }

  btcBech32(): string {
    const prog = this.bytes(20);
    const five: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const b of prog) {
      acc = (acc << 8) | b;
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.push((acc >> bits) & 31);
      }
    }
    if (bits > 0) five.push((acc << (5 - bits)) & 31);
    const data = [0, ...five];
    const pm = bech32Polymod([...hrpExpand('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
    const chk = [0, 1, 2, 3, 4, 5].map((i) => (pm >>> (5 * (5 - i))) & 31);
    return 'bc1' + [...data, ...chk].map((d) => BECH32[d]).join('');
  }

  btcLegacy(): string {
    const body = Buffer.concat([Buffer.from([this.pick([0, 5])]), this.bytes(20)]);
    return base58(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]));
  }

  eth(): string {
    return '0x' + this.hex(40);
  }

  person(): Person23 {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    return { first, last, full: `${first} ${last}` };
  }

  email(p: Person23 = this.person()): string {
    const f = p.first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    const l = p.last
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${this.int(1, 99)}`, `${f}${l}${this.int(70, 99)}`, `${l}.${f}`]);
    return `${local}@${this.pick(MAIL_DOMAINS)}`;
  }

  workEmail(p: Person23 = this.person()): string {
    const f = p.first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    const l = p.last
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    return `${f}.${l}@${this.pick(COMPANY_DOMAINS)}`;
  }

  phone(cc: Country23 = this.pick(['US', 'GB', 'DE', 'FR', 'NL', 'ES', 'BR', 'IN', 'CA', 'AU', 'SE', 'PL', 'JP', 'MX'] as const)): string {
    const d = (n: number) => this.digits(n);
    const nanp = () => `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`;
    const exch = () => {
      const e = `${this.int(2, 9)}${d(2)}`;
      return e === '555' ? '556' : e;
    };
    switch (cc) {
      case 'US':
        return this.pick([`+1 (${nanp()}) ${exch()}-${d(4)}`, `+1${nanp()}${exch()}${d(4)}`, `${nanp()}-${exch()}-${d(4)}`]);
      case 'CA':
        return `+1 ${this.pick(['416', '604', '514', '403', '613'])}-${exch()}-${d(4)}`;
      case 'GB':
        return this.pick([`+44 7${this.int(4, 9)}${d(2)} ${d(6)}`, `07${this.int(4, 9)}${d(2)} ${d(3)} ${d(3)}`, `+447${this.int(4, 9)}${d(8)}`]);
      case 'DE':
        return this.pick([`+49 15${this.int(1, 9)} ${d(8)}`, `0170 ${d(7)}`, `+49 (0) 17${this.int(1, 9)} ${d(3)} ${d(4)}`]);
      case 'FR':
        return this.pick([`+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+336${d(8)}`]);
      case 'NL':
        return this.pick([`+31 6 ${d(8)}`, `06-${d(8)}`]);
      case 'ES':
        return `+34 6${d(2)} ${d(3)} ${d(3)}`;
      case 'BR':
        return this.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`]);
      case 'IN':
        return `+91 9${d(4)} ${d(5)}`;
      case 'AU':
        return `+61 4${this.int(0, 8)}${d(1)} ${d(3)} ${d(3)}`;
      case 'SE':
        return `+46 7${this.pick(['0', '2', '3', '6'])} ${d(3)} ${d(2)} ${d(2)}`;
      case 'PL':
        return `+48 5${d(2)} ${d(3)} ${d(3)}`;
      case 'JP':
        return `+81 90-${d(4)}-${d(4)}`;
      default:
        return `+52 55 ${d(4)} ${d(4)}`;
    }
  }

  address(cc: Country23 = this.pick(['US', 'GB', 'DE', 'FR', 'NL', 'ES', 'CA', 'AU'] as const)): Address23 {
    const n = this.int(2, 480);
    const streets: Record<string, string[]> = {
      US: ['Maple Avenue', 'W 34th Street', 'Lakeview Drive', 'Cedar Lane', 'Mission Street'],
      GB: ['Kingsley Road', 'Aldwych Close', 'Harbour Street', 'Elm Grove'],
      DE: ['Bergstraße', 'Lindenallee', 'Schillerstr.', 'Am Hafen'],
      FR: ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la Paix'],
      NL: ['Keizersgracht', 'Van Woustraat', 'Lindengracht', 'Parkweg'],
      ES: ['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de América'],
      CA: ['Queen Street West', 'Rue Saint-Denis', 'Granville Street'],
      AU: ['George Street', 'Chapel Street', 'Brunswick Street'],
      BR: ['Rua Augusta', 'Avenida Paulista'],
      IN: ['MG Road', '14th Cross, Indiranagar'],
      SE: ['Drottninggatan'],
      PL: ['ul. Marszałkowska'],
      JP: ['Shibuya 2-21-1'],
      MX: ['Av. Insurgentes Sur'],
    };
    const st = this.pick(streets[cc] ?? streets.US!);
    const l2 = this.pick(['', '', `Apt ${this.int(1, 40)}${this.pick(['A', 'B', 'C'])}`, `Flat ${this.int(1, 12)}`]);
    switch (cc) {
      case 'US':
        return {
          line1: `${n} ${st}`,
          line2: l2,
          city: this.pick(['Austin', 'Portland', 'Columbus', 'Raleigh', 'Denver']),
          postal: String(this.int(10001, 98999)),
          region: this.pick(['TX', 'OR', 'OH', 'NC', 'CO']),
          country: 'US',
        };
      case 'GB':
        return {
          line1: `${n} ${st}`,
          line2: l2,
          city: this.pick(['Leeds', 'Bristol', 'Manchester', 'Glasgow']),
          postal: `${this.pick(['LS', 'BS', 'M', 'G'])}${this.int(1, 20)} ${this.int(1, 9)}${this.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
          region: '',
          country: 'GB',
        };
      case 'DE':
        return { line1: `${st} ${n}`, line2: '', city: this.pick(['Köln', 'Leipzig', 'Hamburg', 'München']), postal: String(this.int(10115, 99998)), region: '', country: 'DE' };
      case 'FR':
        return { line1: `${n} ${st}`, line2: '', city: this.pick(['Lyon', 'Nantes', 'Lille', 'Bordeaux']), postal: String(this.int(10000, 95999)), region: '', country: 'FR' };
      case 'NL':
        return {
          line1: `${st} ${n}`,
          line2: '',
          city: this.pick(['Amsterdam', 'Utrecht', 'Rotterdam']),
          postal: `${this.int(1011, 9999)} ${this.chars('ABCDEGHJKLMNPRSTVWXZ', 2)}`,
          region: '',
          country: 'NL',
        };
      case 'ES':
        return {
          line1: `${st}, ${n}, ${this.int(1, 8)}º ${this.pick(['A', 'B', 'Izq.'])}`,
          line2: '',
          city: this.pick(['Madrid', 'Barcelona', 'Valencia']),
          postal: String(this.int(8001, 46999)).padStart(5, '0'),
          region: '',
          country: 'ES',
        };
      case 'CA':
        return {
          line1: `${n} ${st}`,
          line2: l2,
          city: this.pick(['Toronto', 'Montréal', 'Vancouver']),
          postal: `${this.pick(['M5V', 'H2X', 'V6B'])} ${this.int(1, 9)}${this.pick(['A', 'K', 'T'])}${this.int(1, 9)}`,
          region: this.pick(['ON', 'QC', 'BC']),
          country: 'CA',
        };
      default:
        return { line1: `${n} ${st}`, line2: l2, city: this.pick(['Sydney', 'Melbourne', 'Brisbane']), postal: String(this.int(2000, 4999)), region: this.pick(['NSW', 'VIC', 'QLD']), country: cc };
    }
  }

  dob(): string {
    return `${this.int(1950, 2004)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }

  userIp(): string {
    return `${this.pick([24, 31, 37, 46, 62, 73, 77, 81, 86, 89, 92, 95, 99, 109, 151, 176, 178, 188, 212, 217])}.${this.int(1, 254)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }

  ipv6(): string {
    return `2a02:${this.hex(4).replace(/^0+/, '') || 'a'}:${this.hex(4).replace(/^0+/, '') || 'b'}:${this.hex(3)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}`;
  }

  gh(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr'): string {
    const r = this.b62(30);
    return `${prefix}_${r}${ghChecksum(r)}`;
  }

  jwt(claims: Record<string, unknown>, alg: 'HS256' | 'RS256' | 'ES256' = 'HS256'): string {
    const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: this.b64url(12) };
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc(header)}.${enc(claims)}.${this.b64url(alg === 'HS256' ? 32 : alg === 'ES256' ? 64 : 256)}`;
  }

  pem(label: string, lines: number): string[] {
    const head: Record<string, string> = {
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
      'ENCRYPTED PRIVATE KEY': 'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI',
      'EC PRIVATE KEY': 'MHcCAQEEI',
    };
    const lead = head[label] ?? '';
    const b = (lead + this.b64(48 * lines).slice(lead.length)).match(/.{1,64}/g)!;
    return [`-----BEGIN ${label}-----`, ...b, `-----END ${label}-----`];
  }

  awsKeyId(prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
    return prefix + this.chars(B32, 16);
  }

  awsSecret(): string {
    return this.chars(UPPER + LOWER + DIGITS + '+/', 40);
  }

  azSecret(): string {
    return this.chars(B62, 3) + '8Q~' + this.chars(B62 + '-_.~', 34);
  }

  b32(n: number): string {
    return this.chars(LOWER + '234567', n);
  }

  lowerAlnum(n: number): string {
    return this.chars(LOWER + DIGITS, n);
  }

  upperAlnum(n: number): string {
    return this.chars(UPPER + DIGITS, n);
  }

  epoch(): number {
    return 1764900000 + this.int(0, 86400 * 30);
  }

  iso(): string {
    return new Date((1764900000 + this.int(0, 86400 * 30)) * 1000 + this.int(0, 999)).toISOString();
  }
}
