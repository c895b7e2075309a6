import { DIGITS, UPPER } from './blind-set-9-rng';
import type { Rng22 } from './blind-set-22-types';

/** Fictional people, employers and addresses for identity payloads (no real person is meant). */
const FIRST = [
  'Amara',
  'Bjorn',
  'Chiara',
  'Dmitri',
  'Eleni',
  'Farid',
  'Greta',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kaveh',
  'Leontine',
  'Mateus',
  'Noor',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosalind',
  'Sefa',
  'Tomasz',
  'Ulla',
  'Valentin',
  'Wiebke',
  'Ximena',
  'Yusuf',
  'Zofia',
];
const LAST = [
  'Abernathy',
  'Brennholt',
  'Castellanos',
  'Dragomir',
  'Eichhorn',
  'Fairweather',
  'Gallardo',
  'Hollenbeck',
  'Ivanova',
  'Jorgensen',
  'Kowalczyk',
  'Lindqvist',
  'Marchetti',
  'Nakashima',
  'Oyelaran',
  'Pemberton',
  'Quiroga',
  'Rautenberg',
  'Szabo',
  'Thorvaldsen',
  'Underhill',
  'Vasconcelos',
  'Wojcik',
  'Yamamoto',
  'Zielinski',
];
/** Corporate mail domains that are not reserved for examples. */
export const DOMAINS = [
  'northwind-health.com',
  'brightlake.io',
  'kestrel-logistics.de',
  'veridian-bank.co.uk',
  'halcyonretail.com',
  'orbitpay.eu',
  'tamarack-energy.com',
  'lumenfield.nl',
  'cobaltworks.se',
  'ardent-insure.fr',
];
const STREETS = ['Maple Avenue', 'Harbour Road', 'Lindenstrasse', 'Kings Parade', 'Rue des Tanneurs', 'Keizersgracht', 'Sveavagen', 'Calle de Toledo', 'Elm Street', 'Birchwood Close'];
const CITIES = [
  ['Springfield', 'IL', '62704', 'US'],
  ['Bristol', '', 'BS8 1TH', 'GB'],
  ['Leipzig', '', '04109', 'DE'],
  ['Lyon', '', '69002', 'FR'],
  ['Utrecht', '', '3511 AB', 'NL'],
  ['Uppsala', '', '753 20', 'SE'],
  ['Austin', 'TX', '78704', 'US'],
  ['Madrid', '', '28005', 'ES'],
] as const;

export interface Person22 {
  first: string;
  last: string;
  name: string;
  email: string;
  login: string;
  phone: string;
  employeeId: string;
  birth: string;
  street: string;
  city: string;
  region: string;
  postal: string;
  country: string;
}

/** A fresh person: name, work mail, E.164 mobile, employee number, birth date and home address. */
export function person22(r: Rng22): Person22 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const domain = r.pick(DOMAINS);
  const login = r.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}.${last}${r.int(2, 9)}`]).toLowerCase();
  const c = r.pick(CITIES);
  const street = c[3] === 'US' || c[3] === 'GB' ? `${r.int(12, 988)} ${r.pick(STREETS)}` : `${r.pick(STREETS)} ${r.int(2, 140)}`;
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${login}@${domain}`,
    login,
    phone: phone22(r, c[3]),
    employeeId: `E${r.int(1, 9)}${r.digits(5)}`,
    birth: birth22(r),
    street,
    city: c[0],
    region: c[1],
    postal: c[2],
    country: c[3],
  };
}

/** An E.164 mobile number for a country. */
export function phone22(r: Rng22, country: string): string {
  if (country === 'GB') return `+447${r.int(400, 999)}${r.digits(6)}`;
  if (country === 'DE') return `+4915${r.int(1, 9)}${r.digits(8)}`;
  if (country === 'FR') return `+336${r.digits(8)}`;
  if (country === 'NL') return `+316${r.digits(8)}`;
  if (country === 'SE') return `+4670${r.digits(7)}`;
  if (country === 'ES') return `+346${r.digits(8)}`;
  return `+1${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}`;
}

/** A birth date between 1955 and 2003 (ISO). */
export const birth22 = (r: Rng22): string => `${r.int(1955, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

/** A US SSN in an issued range (area not 000, 666 or 9xx). */
export function ssn22(r: Rng22): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number (valid prefix letters, suffix A-D). */
export const nino22 = (r: Rng22): string => `${r.pick(['AB', 'CE', 'JH', 'KL', 'NP', 'RS', 'TW', 'YZ', 'PR', 'HM'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;

/** A Dutch BSN passing the 11-proof. */
export function bsn22(r: Rng22): string {
  for (;;) {
    const d = `${r.int(1, 6)}${r.digits(7)}`;
    const s = [...d].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    const last = s % 11;
    if (last <= 9) return d + String(last);
  }
}

/** A Spanish DNI with its control letter. */
export function dni22(r: Rng22): string {
  const n = r.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A Swedish personnummer YYMMDD-NNNC with the Luhn control digit. */
export function personnummer22(r: Rng22): string {
  const body = `${String(r.int(55, 99))}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit22(body)}`;
}

/** A French NIR (INSEE) number with its 2-digit key. */
export function nir22(r: Rng22): string {
  const body = `${r.int(1, 2)}${String(r.int(55, 99))}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${r.digits(3)}${r.digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit22(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A payment card number with a valid Luhn digit. */
export function card22(r: Rng22): string {
  const [prefix, len] = r.pick([
    ['4', 16],
    ['51', 16],
    ['55', 16],
    ['2221', 16],
    ['37', 15],
    ['6011', 16],
  ] as const);
  const body = prefix + r.digits(len - prefix.length - 1);
  return body + luhnDigit22(body);
}

const ibanCheck = (country: string, bban: string): string => {
  const moved = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98 - Number(BigInt(moved) % 97n)).padStart(2, '0');
};

/** An IBAN with correct mod-97 check digits (compact form). */
export function iban22(r: Rng22, country?: string): string {
  const cc = country ?? r.pick(['DE', 'GB', 'NL', 'FR', 'ES', 'SE']);
  const bban =
    cc === 'DE'
      ? r.digits(18)
      : cc === 'GB'
        ? r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14)
        : cc === 'NL'
          ? r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)
          : cc === 'FR'
            ? r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2)
            : cc === 'SE'
              ? r.digits(20)
              : r.digits(20);
  return cc + ibanCheck(cc, bban) + bban;
}

/** An IBAN printed in groups of four. */
export const spaced22 = (iban: string): string => iban.replace(/(.{4})/g, '$1 ').trim();

/** A US ABA routing number with a valid check digit. */
export function aba22(r: Rng22): string {
  const d = `${r.pick(['0', '1', '2', '3'])}`;
  const first2 = d === '0' ? `0${r.int(1, 9)}` : d === '1' ? `1${r.int(0, 2)}` : d === '2' ? `2${r.int(1, 9)}` : `3${r.int(0, 2)}`;
  const b = first2 + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return b + String((10 - (s % 10)) % 10);
}

/** A UK sort code (dd-dd-dd). */
export const sortCode22 = (r: Rng22): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
