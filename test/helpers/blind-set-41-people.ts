import { DIGITS, Rng9 } from './blind-set-9-rng';

/** Set 41's generators for personal and financial data: people, ids with check digits, cards, IBANs. */
const FIRST = ['Amara', 'Joaquín', 'Priya', 'Mateusz', 'Sinéad', 'Kwame', 'Lena', 'Tomasz', 'Harriet', 'Rafael', 'Yuki', 'Dmitri', 'Aisling', 'Oluwaseun', 'Camille', 'Bartholomew', 'Freya', 'Ibrahim', 'Marisol', 'Henrik', 'Chloé', 'Desmond', 'Ingrid', 'Tariq'];
const LAST = ['Okonkwo', 'Fernández', 'Raghunathan', 'Wiśniewski', "O'Sullivan", 'Mensah', 'Vogel', 'Kowalczyk', 'Pemberton', 'Alves', 'Tanaka', 'Volkov', 'Gallagher', 'Adeyemi', 'Marchand', 'Whitfield', 'Lindqvist', 'Haddad', 'Castellanos', 'Brandt', 'Dubois', 'Ashworth', 'Johansson', 'Rahimi'];
const MAILDOM = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'proton.me', 'icloud.com', 'hotmail.fr', 'gmx.net', 'kestrelfreight.com', 'brightpath-clinic.org', 'halvorsen-bau.de', 'tidewaterlegal.co.uk', 'northgate-realty.com', 'vantalabs.io'];
const STREETS = ['Alder Lane', 'Wexford Road', 'Kastanienallee', 'Rue des Tanneurs', 'Calle del Pez', 'Larkspur Court', 'Bishopsgate', 'Keizersgracht', 'Old Mill Road', 'Harrow Drive'];
const ASCII = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f']/g, '').replace(/ł/g, 'l').replace(/ś/g, 's');

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  dob: string;
  dobIso: string;
}

export function phone(r: Rng9): string {
  const area = r.pick(['212', '312', '415', '617', '503', '720', '404', '512', '206', '646', '773', '984']);
  const ex = String(r.int(201, 989)).replace('555', '556');
  const line = r.digits(4);
  return r.pick([
    () => `+1 ${area}-${ex}-${line}`,
    () => `(${area}) ${ex}-${line}`,
    () => `${area}.${ex}.${line}`,
    () => `+1${area}${ex}${line}`,
    () => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
    () => `07${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`,
    () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+31 6 ${r.digits(8)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ])();
}

export function address(r: Rng9): string {
  return r.pick([
    () => `${r.int(2, 980)} ${r.pick(STREETS)}, ${r.pick(['Evanston, IL 602', 'Portland, OR 972', 'Austin, TX 787', 'Raleigh, NC 276'])}${r.digits(2)}`,
    () => `${r.pick(['Kastanienallee', 'Bergmannstraße', 'Lindenweg'])} ${r.int(1, 140)}, ${r.int(10, 99)}${r.digits(3)} ${r.pick(['Berlin', 'Leipzig', 'Köln'])}`,
    () => `Flat ${r.int(1, 40)}, ${r.int(2, 200)} ${r.pick(STREETS)}, ${r.pick(['Leeds LS6', 'Bristol BS7', 'London N16'])} ${r.int(1, 9)}${r.pick(['AB', 'HT', 'QW', 'RZ'])}`,
    () => `${r.int(1, 99)} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'rue Oberkampf'])}, 750${r.int(10, 20)} Paris`,
  ])();
}

export function person(r: Rng9): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const sep = r.pick(['.', '_', '', '-']);
  const local = `${ASCII(first).toLowerCase()}${sep}${ASCII(last).toLowerCase()}${r.next() < 0.4 ? r.int(2, 98) : ''}`;
  const y = r.int(1952, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const dobIso = `${y}-${p2(m)}-${p2(d)}`;
  const dob = r.pick([dobIso, `${p2(m)}/${p2(d)}/${y}`, `${p2(d)}.${p2(m)}.${y}`]);
  return { first, last, name: `${first} ${last}`, email: `${local}@${r.pick(MAILDOM)}`, phone: phone(r), address: address(r), dob, dobIso };
}

/** A public IPv4 address outside private, loopback, link-local, CGNAT, multicast and documentation ranges. */
export function publicIp(r: Rng9): string {
  const a = r.pick([23, 31, 37, 45, 62, 73, 81, 84, 94, 98, 104, 151, 176, 185, 212, 217, 24, 67, 89, 109]);
  return `${a}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export function publicIp6(r: Rng9): string {
  const g = () => r.int(0x1000, 0xffff).toString(16);
  return `${r.pick(['2a02', '2600', '2a01', '2603', '2806'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
}

const luhnDigit = (partial: string): string => {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return String((10 - (sum % 10)) % 10);
};

export function luhnOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  return /^\d{12,19}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
}

/** A card number with a valid Luhn digit, written in one of the ways people and exports write them. */
export function card(r: Rng9): string {
  const brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'visa']);
  const pre = { visa: '4', mc: `5${r.int(1, 5)}`, mc2: `2${r.int(221, 720)}`, amex: r.pick(['34', '37']), disc: '6011' }[brand]!;
  const len = brand === 'amex' ? 15 : 16;
  let body = pre + r.digits(len - 1 - pre.length);
  while (/^(\d)\1+$/.test(body.slice(pre.length))) body = pre + r.digits(len - 1 - pre.length);
  const n = body + luhnDigit(body);
  const sep = r.pick(['', ' ', '-', '']);
  if (len === 15) return sep ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n;
  return sep ? n.match(/.{4}/g)!.join(sep) : n;
}

const mod97 = (s: string): number => {
  let rem = 0;
  for (const ch of s) rem = (rem * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
  return rem;
};

export function ibanOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c) && mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

/** An IBAN with valid mod-97 check digits, compact or in groups of four. */
export function iban(r: Rng9, spaced = r.next() < 0.5): string {
  const cc = r.pick(['DE', 'GB', 'NL', 'FR', 'BE', 'CH', 'AT', 'IE', 'PL']);
  const L = (n: number) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
  let bban = {
    DE: () => r.digits(18),
    GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
    FR: () => r.digits(10) + r.digits(11) + r.digits(2),
    BE: () => {
      const f = r.digits(10);
      const k = Number(f) % 97 || 97;
      return f + String(k).padStart(2, '0');
    },
    CH: () => r.digits(5) + r.digits(12),
    AT: () => r.digits(16),
    IE: () => L(4) + r.digits(14),
    PL: () => r.digits(24),
  }[cc]!();
  if (/^0+$/.test(bban)) bban = '1' + bban.slice(1);
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const c = cc + check + bban;
  return spaced ? c.match(/.{1,4}/g)!.join(' ') : c;
}

export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(s[i]) * w[i % 3]!;
  return sum % 10 === 0 && /^(0[1-9]|1[0-2]|2[1-9]|3[0-2])/.test(s);
}

export function aba(r: Rng9): string {
  for (;;) {
    const head = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])).padStart(2, '0') + r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * w[i]!;
    const s = head + String((10 - (sum % 10)) % 10);
    if (abaOk(s)) return s;
  }
}

export const account = (r: Rng9): string => String(r.int(1, 9)) + r.digits(r.int(7, 11));
export const sortCode = (r: Rng9): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;

export function ssn(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

export function nino(r: Rng9): string {
  const p1 = 'ABCEGHJKLMNOPRSTWXYZ';
  const p2 = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = r.chars(p1, 1) + r.chars(p2, 1);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = r.chars(p1, 1) + r.chars(p2, 1);
  const d = r.digits(6);
  const s = r.chars('ABCD', 1);
  return r.next() < 0.5 ? `${pre}${d}${s}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`;
}

export function sin(r: Rng9): string {
  const head = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7);
  const n = head + luhnDigit(head);
  return r.next() < 0.5 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
}

export function bsn(r: Rng9): string {
  for (;;) {
    const d = String(r.int(1, 6)) + r.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c <= 9) return d + String(c);
  }
}

export const dni = (r: Rng9): string => {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
};

export function cpf(r: Rng9): string {
  const d = r.digits(9).split('').map(Number);
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  const dig = (xs: number[]) => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[i]! * (xs.length + 1 - i);
    const m = (s * 10) % 11;
    return m === 10 ? 0 : m;
  };
  d.push(dig(d));
  d.push(dig(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

export function pesel(r: Rng9): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const head = p2(r.int(50, 99)) + p2(r.int(1, 12)) + p2(r.int(1, 28)) + r.digits(4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(head[i]) * w[i]!;
  return head + String((10 - (s % 10)) % 10);
}

export function personnummer(r: Rng9): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const head = p2(r.int(50, 99)) + p2(r.int(1, 12)) + p2(r.int(1, 28)) + r.chars(DIGITS, 3);
  return `${head.slice(0, 6)}-${head.slice(6)}${luhnDigit(head)}`;
}

/** One national id of a random country, with its kind. */
export function nationalId(r: Rng9): [string, string] {
  return r.pick<() => [string, string]>([
    () => [ssn(r), 'us-ssn'],
    () => [nino(r), 'uk-nino'],
    () => [sin(r), 'ca-sin'],
    () => [bsn(r), 'nl-bsn'],
    () => [dni(r), 'es-dni'],
    () => [cpf(r), 'br-cpf'],
    () => [pesel(r), 'pl-pesel'],
    () => [personnummer(r), 'se-personnummer'],
    () => [ssn(r), 'us-ssn'],
  ])();
}
