import { DIGITS, LOWER, type Rng11 } from './blind-set-11-rng';

/** Made-up people, mailboxes, phones and addresses (no documentation domains, no 555-01xx). */
const FIRST = ['Amara', 'Tobias', 'Ingrid', 'Rafael', 'Yuki', 'Priyanka', 'Mateusz', 'Chiara', 'Oluwaseun', 'Henrik', 'Lucía', 'Declan', 'Mei', 'Anouk', 'Björn', 'Camille', 'Dmitri', 'Fatima', 'Giulia', 'Hamza', 'Kaito', 'Leontine', 'Nikolai', 'Rosalind', 'Saoirse', 'Thiago', 'Wilhelmina', 'Zainab'];
const LAST = ['Okonkwo', 'Lindqvist', 'Moreau', 'Castellanos', 'Tanaka', 'Raghunathan', 'Kowalczyk', 'Bianchi', 'Adeyemi', 'Halvorsen', 'Fernández', 'Gallagher', 'Chen', 'de Vries', 'Nyström', 'Lefebvre', 'Volkov', 'Haddad', 'Romano', 'Siddiqui', 'Nakamura', 'van Dijk', 'Petrov', 'Ashworth', 'Ní Bhriain', 'Carvalho', 'Van den Berg', 'Mensah'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.fr', 'web.de', 'icloud.com', 'proton.me', 'gmx.net', 'libero.it', 'orange.fr', 'comcast.net', 'bigpond.com', 'qq.com', 'naver.com', 'uol.com.br', 'telenet.be', 'ziggo.nl', 'seznam.cz', 'wp.pl', 'fastmail.fm'];
const CORP = ['northwind-logistics.com', 'brightpath.io', 'kestrelhealth.co.uk', 'veldtmining.co.za', 'lumenbank.de', 'harbourfreight-au.com.au', 'tidewater.ca', 'oakridgepartners.com', 'sundial.fr', 'mapleleafcredit.ca'];

export interface Person { first: string; last: string; email: string; }
const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
export function person(r: Rng11, work = false): Person {
  const first = r.pick(FIRST), last = r.pick(LAST);
  const style = r.int(0, 3);
  const local = style === 0 ? `${ascii(first)}.${ascii(last)}` : style === 1 ? `${ascii(first)[0]}${ascii(last)}${r.int(1, 99)}` : style === 2 ? `${ascii(first)}_${ascii(last)}${r.int(70, 99)}` : `${ascii(last)}.${ascii(first)}+${r.pick(['billing', 'shop', 'news'])}`;
  return { first, last, email: `${local}@${work ? r.pick(CORP) : r.pick(DOMAINS)}` };
}

/** A phone number: [display form, kind]. */
export function phone(r: Rng11, cc?: string): string {
  const c = cc ?? r.pick(['US', 'UK', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'IN', 'JP', 'AU', 'MX', 'SE', 'PL', 'SG', 'ZA', 'KR', 'IE', 'CH', 'NZ']);
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (c) {
    case 'US': { const a = `${nz()}${d(2)}`, x = `${nz()}${d(2)}`; const s = r.int(0, 3); return s === 0 ? `+1${a}${x}${r.int(2000, 9999)}` : s === 1 ? `(${a}) ${x}-${r.int(2000, 9999)}` : s === 2 ? `${a}-${x}-${r.int(2000, 9999)}` : `+1 ${a}.${x}.${r.int(2000, 9999)}`; }
    case 'UK': return r.int(0, 1) ? `+44 7${r.int(400, 999)} ${d(6)}` : `07${r.int(400, 999)} ${d(3)} ${d(3)}`;
    case 'DE': return r.int(0, 1) ? `+49 1${r.pick(['51', '52', '60', '62', '70', '71', '76'])} ${d(8)}` : `01${r.pick(['51', '57', '72', '76'])}/${d(7)}`;
    case 'FR': return r.int(0, 1) ? `+33 ${r.int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}` : `0${r.int(6, 7)}.${d(2)}.${d(2)}.${d(2)}.${d(2)}`;
    case 'ES': return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    case 'IT': return r.int(0, 1) ? `+39 3${r.int(20, 93)} ${d(3)} ${d(4)}` : `3${r.int(20, 93)}${d(7)}`;
    case 'NL': return r.int(0, 1) ? `+31 6 ${d(4)} ${d(4)}` : `06-${d(8)}`;
    case 'BR': return r.int(0, 1) ? `+55 11 9${d(4)}-${d(4)}` : `(21) 9${d(4)}-${d(4)}`;
    case 'IN': return r.int(0, 1) ? `+91 ${r.int(7, 9)}${d(4)} ${d(5)}` : `+91-${r.int(7, 9)}${d(9)}`;
    case 'JP': return r.int(0, 1) ? `+81 90-${d(4)}-${d(4)}` : `080-${d(4)}-${d(4)}`;
    case 'AU': return r.int(0, 1) ? `+61 4${d(2)} ${d(3)} ${d(3)}` : `04${d(2)} ${d(3)} ${d(3)}`;
    case 'MX': return `+52 1 55 ${d(4)} ${d(4)}`;
    case 'SE': return r.int(0, 1) ? `+46 70 ${d(3)} ${d(2)} ${d(2)}` : `070-${d(3)} ${d(2)} ${d(2)}`;
    case 'PL': return `+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`;
    case 'SG': return `+65 ${r.int(8, 9)}${d(3)} ${d(4)}`;
    case 'ZA': return r.int(0, 1) ? `+27 ${r.pick(['82', '83', '72', '84'])} ${d(3)} ${d(4)}` : `0${r.pick(['82', '83', '72'])} ${d(3)} ${d(4)}`;
    case 'KR': return `+82 10-${d(4)}-${d(4)}`;
    case 'IE': return r.int(0, 1) ? `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}` : `08${r.int(3, 9)} ${d(3)} ${d(4)}`;
    case 'CH': return `+41 7${r.pick(['6', '7', '8', '9'])} ${d(3)} ${d(2)} ${d(2)}`;
    default: return `+64 21 ${d(3)} ${d(4)}`;
  }
}

const STREETS = ['Maple Avenue', 'Kingsway', 'Rue de la Roquette', 'Hauptstraße', 'Calle de Alcalá', 'Via Garibaldi', 'Prinsengracht', 'Elm Street', 'Harbour Road', 'Queen Street West', 'Rua Augusta', 'Birchwood Drive', 'Sycamore Lane', 'Wilshire Boulevard'];
/** A street address line with a house number. */
export function street(r: Rng11): string {
  const s = r.pick(STREETS);
  return /^(Rue|Calle|Via|Rua)/.test(s) || /straße|gracht/.test(s) ? (s.startsWith('R') || s.startsWith('C') || s.startsWith('V') ? `${s} ${r.int(2, 240)}` : `${s} ${r.int(2, 240)}`) : `${r.int(2, 9800)} ${s}${r.int(0, 2) ? '' : `, Apt ${r.int(1, 40)}${r.pick(['', 'B'])}`}`;
}
export const usZip = (r: Rng11): string => String(r.int(10001, 98999));
export const ukPostcode = (r: Rng11): string => `${r.pick(['SW', 'NW', 'M', 'LS', 'B', 'EH', 'CF'])}${r.int(1, 19)} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;

/** A date of birth in a layout picked by the caller: 'iso' | 'us' | 'eu' | 'long' | 'dots'. */
export function dob(r: Rng11, layout: string): string {
  const y = r.int(1948, 2003), m = r.int(1, 12), dd = r.int(1, 28);
  const p = (n: number): string => String(n).padStart(2, '0');
  const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (layout === 'us') return `${p(m)}/${p(dd)}/${y}`;
  if (layout === 'eu') return `${p(dd)}/${p(m)}/${y}`;
  if (layout === 'long') return `${dd} ${MON[m - 1]} ${y}`;
  if (layout === 'dots') return `${p(dd)}.${p(m)}.${y}`;
  return `${y}-${p(m)}-${p(dd)}`;
}
export const slug = (r: Rng11, n: number): string => r.chars(LOWER + DIGITS, n);
