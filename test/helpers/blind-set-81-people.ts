import { DIGITS, UPPER, type Rng81 } from './blind-set-81-rng';

const FIRST = ['Maria', 'Jonas', 'Aisha', 'Tomasz', 'Priya', 'Lucas', 'Sofia', 'Kenji', 'Chiara', 'Olusegun', 'Emma', 'Mateo', 'Ingrid', 'Rahul', 'Chloé', 'Dmitri', 'Fatima', 'Liam', 'Noor', 'Hannah', 'Diego', 'Yuki', 'Ana', 'Björn', 'Leila', 'Connor', 'Mei', 'Gabriel', 'Zanele', 'Ruairí'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Kowalczyk', 'Raghunathan', 'Moreau', 'Castellanos', 'Takahashi', 'Bianchi', 'Adeyemi', 'Fischer', 'Vargas', 'Halvorsen', 'Mehta', 'Dubois', 'Volkov', 'El-Amin', 'Gallagher', 'Qureshi', 'Schneider', 'Ferreira', 'Nakamura', 'Lima', 'Eriksson', 'Rahimi', 'McAllister', 'Zhou', 'Santos', 'Dlamini', "O'Donnell"];
const STREETS: Record<string, string[]> = {
  EN: ['Maple Avenue', 'Birchwood Drive', 'Elm Street', 'Harbour Road', 'Westbourne Grove', 'Oak Hollow Lane', 'Sunset Boulevard', 'Queen Street West'],
  DE: ['Kastanienallee', 'Lindenstraße', 'Schönhauser Allee', 'Bergmannstraße'], FR: ['Rue des Martyrs', 'Rue Oberkampf', 'Avenue Parmentier'],
  ES: ['Calle de Atocha', 'Calle Mayor', 'Calle de Alcalá'], IT: ['Via Roma', 'Corso Buenos Aires', 'Via Torino'], NL: ['Prinsengracht', 'Keizersgracht', 'Overtoom'],
};
const CITIES = [
  ['Portland, OR', '97214', 'US'], ['Austin, TX', '78704', 'US'], ['Berlin', '10435', 'DE'], ['Paris', '75009', 'FR'], ['Chicago, IL', '60614', 'US'], ['Dublin', 'D08 XY27', 'IE'],
  ['Madrid', '28012', 'ES'], ['Milano', '20121', 'IT'], ['München', '80331', 'DE'], ['London', 'W2 5SH', 'GB'], ['Denver, CO', '80206', 'US'], ['Amsterdam', '1016 GV', 'NL'], ['Toronto, ON', 'M5V 2A8', 'CA'],
] as const;
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'hotmail.co.uk', 'web.de', 'fastmail.com'];

/** A generated person with the data a mobile account carries. */
export interface Person81 {
  first: string;
  last: string;
  full: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  zip: string;
  country: string;
  birth: string;
  ip: string;
}

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z-]/g, '').toLowerCase();

/** A phone number in one of several national and E.164 shapes. */
export function phone81(r: Rng81, country = r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL'])): string {
  const d = (n: number) => r.chars(DIGITS, n);
  const nz = () => String(r.int(2, 9));
  switch (country) {
    case 'US':
    case 'CA': {
      const area = r.pick(['503', '512', '312', '720', '646', '415', '206', '617', '416', '647']);
      const ex = nz() + d(2);
      return r.pick([`+1 (${area}) ${ex}-${d(4)}`, `+1${area}${ex}${d(4)}`, `(${area}) ${ex}-${d(4)}`, `${area}-${ex}-${d(4)}`]);
    }
    case 'GB':
      return r.pick([`+44 7${r.int(4, 9)}${d(2)} ${d(6)}`, `07${r.int(4, 9)}${d(2)} ${d(3)} ${d(3)}`]);
    case 'DE':
      return r.pick([`+49 15${r.int(1, 9)} ${d(8)}`, `+4917${r.int(0, 9)}${d(7)}`]);
    case 'FR':
      return r.pick([`+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `06${d(8)}`]);
    case 'ES':
      return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    case 'IT':
      return `+39 3${r.int(2, 9)}${d(1)} ${d(3)} ${d(4)}`;
    default:
      return `+31 6 ${d(8)}`;
  }
}

/** An end-user public IPv4 address (never private, loopback or documentation ranges). */
export function ip81(r: Rng81): string {
  return `${r.pick([24, 47, 73, 81, 86, 92, 98, 109, 151, 176, 185, 188, 212, 217])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

/** A birth date as ISO text. */
export function birth81(r: Rng81): string {
  return `${r.int(1952, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** A whole generated person. */
export function person81(r: Rng81): Person81 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const [city, zip, country] = r.pick(CITIES);
  const sep = r.pick(['.', '_', '', '.']);
  const email = `${ascii(first)}${sep}${ascii(last)}${r.next() < 0.4 ? r.int(7, 99) : ''}@${r.pick(MAIL)}`;
  const no = String(r.int(2, 2890));
  const en = country === 'US' || country === 'GB' || country === 'CA' || country === 'IE';
  const street = en ? `${no} ${r.pick(STREETS['EN']!)}` : country === 'FR' ? `${r.int(1, 160)} ${r.pick(STREETS['FR']!)}` : `${r.pick(STREETS[country]!)} ${r.int(1, 160)}`;
  return { first, last, full: `${first} ${last}`, email, phone: phone81(r, country), street, city, zip, country, birth: birth81(r), ip: ip81(r) };
}

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) n *= 2;
    if (n > 9) n -= 9;
    sum += n;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A card number passing Luhn (Visa, Mastercard, Amex or Discover), digits only. */
export function card81(r: Rng81): string {
  const kind = r.int(0, 3);
  const [prefix, len] = kind === 0 ? ['4', 16] : kind === 1 ? [String(r.int(51, 55)), 16] : kind === 2 ? [r.pick(['34', '37']), 15] : ['6011', 16];
  const body = prefix + r.chars(DIGITS, (len as number) - prefix.length - 1);
  return body + luhnDigit(body);
}

/** A card number grouped the way a checkout field shows it. */
export function cardSpaced81(r: Rng81, sep = ' '): string {
  const c = card81(r);
  return c.length === 15 ? `${c.slice(0, 4)}${sep}${c.slice(4, 10)}${sep}${c.slice(10)}` : (c.match(/.{4}/g) ?? []).join(sep);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** An IBAN with valid check digits for a European country, compact or printed in groups of four. */
export function iban81(r: Rng81, grouped = r.next() < 0.4): string {
  const d = (n: number) => r.chars(DIGITS, n);
  const cc = r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'BE', 'AT']);
  const bban =
    cc === 'DE' ? d(18) : cc === 'FR' ? d(10) + r.chars(UPPER + DIGITS, 11) + d(2) : cc === 'GB' ? r.pick(['NWBK', 'BARC', 'HBUK', 'MIDL', 'LOYD']) + d(14)
      : cc === 'NL' ? r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + d(10) : cc === 'ES' ? d(20) : cc === 'IT' ? r.chars(UPPER, 1) + d(10) + r.chars(UPPER + DIGITS, 12) : cc === 'BE' ? d(12) : d(16);
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const iban = cc + check + bban;
  return grouped ? (iban.match(/.{1,4}/g) ?? []).join(' ') : iban;
}

/** An ABA routing number with a valid checksum. */
export function routing81(r: Rng81): string {
  const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])).padStart(2, '0') + r.chars(DIGITS, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(body[i]) * w[i]!;
  return body + String((10 - (s % 10)) % 10);
}

/** A US bank account number (8 to 12 digits, never starting with 0). */
export function account81(r: Rng81): string {
  return String(r.int(1, 9)) + r.chars(DIGITS, r.int(7, 11));
}

/** A card verification code not occurring elsewhere is the caller's concern; three or four digits. */
export function cvc81(r: Rng81, amex = false): string {
  return String(r.int(1, 9)) + r.chars(DIGITS, amex ? 3 : 2);
}

/** A BIC/SWIFT code (business identifier, not planted). */
export function bic81(r: Rng81): string {
  return r.pick(['DEUTDEFF', 'BNPAFRPP', 'NWBKGB2L', 'INGBNL2A', 'CAIXESBB', 'UNCRITMM', 'GEBABEBB', 'BKAUATWW']) + (r.next() < 0.5 ? 'XXX' : '');
}
