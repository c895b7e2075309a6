import type { Rng9 } from './blind-set-9-rng';
import type { Ctx57 } from './blind-set-57-ctx';
import { abaOk, cpfDigits, ibanMake, luhnDigit } from './blind-set-57-checks';

const FIRST = ['Amara', 'Bjørn', 'Chiara', 'Dmitri', 'Eleni', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Jomo', 'Kateryna', 'Luis', 'Mei', 'Nikolai', 'Oluwaseun', 'Priya', 'Quentin', 'Rosa', 'Saoirse', 'Tomasz', 'Ulrike', 'Valentina', 'Wei', 'Ximena', 'Yusuf', 'Zofia', 'Aarav', 'Beatriz', 'Callum', 'Dalia', 'Emeka', 'Fatima', 'Gustavo', 'Hana', 'Ivo', 'Jasmin', 'Kwame', 'Leilani', 'Mateus', 'Noor'];
const LAST = ['Okonkwo', 'Lindqvist', 'Bianchi', 'Volkov', 'Papadopoulos', 'Haddad', 'Schreiber', 'Tanaka', 'Halvorsen', 'Mwangi', 'Kovalenko', 'Fernández', 'Zhang', 'Petrov', 'Adeyemi', 'Raghunathan', 'Marchetti', 'Delgado', 'Ní Bhriain', 'Wiśniewski', 'Brandt', 'Moreau', 'Nakamura', 'Castillo', 'Yilmaz', 'Nowak', 'Chatterjee', 'Albuquerque', 'MacLeod', 'Shapiro', 'Eze', 'Rahman', 'Oliveira', 'Kim', 'Horvat', 'Kaya', 'Asante', 'Kahananui', 'Ferreira', 'Siddiqui'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'yandex.ru', 'naver.com', 'qq.com', 'uol.com.br', 't-online.de', 'free.fr', 'seznam.cz', 'wp.pl', 'rediffmail.com', 'mail.ru', 'aol.com', 'yahoo.co.jp', 'live.com', 'fastmail.com'];
const STREETS = ['Alder Creek Rd', 'Rue de la Roquette', 'Kastanienallee', 'Via Giuseppe Verdi', 'Calle de Alcalá', 'Maple Ridge Dr', 'Herengracht', 'Ulica Długa', 'Rua Augusta', 'Linden Ave', 'Baker Street', 'Östra Hamngatan', 'Hollis St', 'Sunset Blvd'];
const CITIES: readonly [string, string][] = [['Portland, OR', '972'], ['Austin, TX', '787'], ['Columbus, OH', '432'], ['Denver, CO', '802'], ['Raleigh, NC', '276'], ['Tucson, AZ', '857'], ['Madison, WI', '537']];

/** Plain ASCII form of a name part for e-mail local parts. */
const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A person with a recorded name and e-mail (always) and the generator to plant more of their data. */
export interface Person57 {
  first: string;
  last: string;
  full: string;
  email: string;
}

/** Creates a person; records the full name and the e-mail address unless told not to. */
export function person57(c: Ctx57, recordName = true, recordEmail = true): Person57 {
  const first = c.r.pick(FIRST);
  const last = c.r.pick(LAST);
  const full = `${first} ${last}`;
  const local = c.r.pick([`${ascii(first)}.${ascii(last)}`, `${ascii(first)}${ascii(last)}${c.r.int(7, 99)}`, `${ascii(first)[0]}${ascii(last)}`, `${ascii(last)}.${ascii(first)}${c.r.int(1980, 2004)}`]);
  const email = `${local}@${c.r.pick(DOMAINS)}`;
  if (recordName) c.pers('person-name', full);
  if (recordEmail) c.pers('email', email);
  return { first, last, full, email };
}

/** A US phone number not in the 555-01xx fiction range, E.164 or national. */
export function usPhone(r: Rng9, e164 = r.next() < 0.5): string {
  const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(1, 9)}`;
  const b = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556');
  const d = r.digits(4);
  return e164 ? `+1${a}${b}${d}` : r.pick([`(${a}) ${b}-${d}`, `${a}-${b}-${d}`, `${a}.${b}.${d}`]);
}

/** A phone number from one of several countries, E.164 or national format. */
export function phone57(r: Rng9): string {
  switch (r.int(0, 7)) {
    case 0: return `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`;
    case 1: return `+49 15${r.int(1, 9)} ${r.digits(8)}`;
    case 2: return `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 3: return `+91 9${r.digits(4)} ${r.digits(5)}`;
    case 4: return `+55 11 9${r.digits(4)}-${r.digits(4)}`;
    case 5: return `+81 90-${r.digits(4)}-${r.digits(4)}`;
    case 6: return `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
    default: return usPhone(r);
  }
}

/** A US street address with ZIP. */
export function address57(r: Rng9): string {
  const [city, zip] = r.pick(CITIES);
  return `${r.int(12, 9899)} ${r.pick(STREETS)}, ${city} ${zip}${r.digits(2)}`;
}

/** A date of birth, ISO or day-first. */
export function dob57(r: Rng9): string {
  const y = r.int(1948, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.next() < 0.6 ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
}

/** A public IPv4 address of a customer (no private, reserved or documentation ranges). */
export function ip57(r: Rng9): string {
  return `${r.pick([24, 31, 45, 67, 73, 81, 89, 93, 101, 109, 151, 176, 185, 188, 212, 217])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

/** A US SSN in an issuable range. */
export function ssn57(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A national id with valid check digits: [kind, value]. */
export function nationalId57(r: Rng9): [string, string] {
  switch (r.int(0, 4)) {
    case 0: return ['us-ssn', ssn57(r)];
    case 1: {
      for (;;) {
        const s = `${r.int(1, 9)}${r.digits(7)}`;
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
        const last = sum % 11;
        if (last < 10) return ['nl-bsn', s + last];
      }
    }
    case 2: {
      const n = r.digits(8);
      return ['es-dni', n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]];
    }
    case 3: {
      const b = `${r.int(1, 9)}${r.digits(8)}`;
      const d = b + cpfDigits(b);
      return ['br-cpf', `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`];
    }
    default: {
      const base = `${r.int(1, 2)}${r.digits(2)}${String(r.int(1, 12)).padStart(2, '0')}${r.int(10, 95)}${r.digits(3)}${r.digits(3)}`;
      const key = String(97 - Number(BigInt(base) % 97n)).padStart(2, '0');
      return ['fr-nir', `${base.slice(0, 1)} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10)} ${key}`];
    }
  }
}

/** A card number passing Luhn (Visa, Mastercard, Amex, Discover, JCB), compact or grouped. */
export function card57(r: Rng9): string {
  const brand = r.int(0, 4);
  let d: string;
  if (brand === 0) d = '4' + r.pick(['0', '5', '7', '8', '9']) + r.digits(13);
  else if (brand === 1) d = `5${r.int(1, 5)}` + r.digits(13);
  else if (brand === 2) d = r.pick(['34', '37']) + r.digits(12);
  else if (brand === 3) d = '6011' + r.digits(11);
  else d = `35${r.int(28, 89)}` + r.digits(11);
  d += luhnDigit(d);
  const style = r.int(0, 2);
  if (style === 0 || d.length === 15) return d;
  return d.match(/.{4}/g)!.join(style === 1 ? ' ' : '-');
}

/** An IBAN from one of several countries with valid mod-97 digits, compact or in groups of four. */
export function iban57(r: Rng9): string {
  const [cc, bban] = r.pick<[string, () => string]>([
    ['DE', () => r.digits(18)],
    ['GB', () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14)],
    ['NL', () => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10)],
    ['FR', () => r.digits(23)],
    ['ES', () => r.digits(20)],
    ['BE', () => r.digits(12)],
    ['AT', () => r.digits(16)],
    ['IT', () => 'X' + r.digits(22)],
    ['PL', () => r.digits(24)],
    ['CH', () => r.digits(17)],
  ]);
  const iban = ibanMake(cc, bban());
  return r.next() < 0.5 ? iban : iban.match(/.{1,4}/g)!.join(' ');
}

/** A valid ABA routing number. */
export function aba57(r: Rng9): string {
  for (;;) {
    const p = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
    const s = p + r.digits(6);
    for (let d = 0; d < 10; d++) if (abaOk(s + d)) return s + d;
  }
}

/** A bank account number (8–12 digits, first not 0). */
export function account57(r: Rng9): string {
  return `${r.int(1, 9)}${r.digits(r.int(7, 11))}`;
}
