import type { Dob17 } from './blind-set-17-ids-eu';
import { D, UP, type Rng17 } from './blind-set-17-rng';

export const FIRST = ['Aisha', 'Tomasz', 'Mariana', 'Kenji', 'Siobhan', 'Lukas', 'Priya', 'Mateo', 'Ingrid', 'Oluwaseun', 'Chloé', 'Dmitri', 'Hannah', 'Rafael', 'Yuki', 'Fatima', 'Connor', 'Elif'];
export const LAST = ['Okafor', 'Kowalczyk', 'Fernandes', 'Tanaka', 'Byrne', 'Hoffmann', 'Raghunathan', 'Gutiérrez', 'Lindqvist', 'Adeyemi', 'Marchetti', 'Volkov', 'Whitfield', 'Duarte', 'Brennan', 'Haddad'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'gmx.de', 'web.de', 'orange.fr', 'hotmail.com', 'brightlane-logistics.com', 'northfieldclinic.org', 'kestrel-analytics.io'];
const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export const person = (r: Rng17): { first: string; last: string; full: string } => {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, full: `${first} ${last}` };
};

/** A real-looking mailbox (never a reserved or documentation domain). */
export function email(r: Rng17, first = r.pick(FIRST), last = r.pick(LAST)): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l[0]}${r.int(70, 99)}`, `${f}_${l}${r.int(1, 9)}`, `${l}.${f}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

const pairs = (r: Rng17, n: number): string => Array.from({ length: n }, () => r.digits(2)).join(' ');
const usArea = (r: Rng17): string => r.pick(['212', '312', '415', '512', '614', '646', '702', '737', '773', '818', '917', '972']);
const usExchange = (r: Rng17): string => {
  let x = '';
  do x = r.chars('23456789', 1) + r.digits(2);
  while (x.endsWith('11') || x === '555');
  return x;
};

/** Phones in national layouts (no drama/test ranges). */
export const PHONES: Record<string, (r: Rng17) => string> = {
  'uk-mobile': (r) => `07${r.int(4, 9)}${r.digits(2)} ${r.num(6)}`,
  'uk-intl': (r) => `+44 7${r.int(4, 9)}${r.digits(2)} ${r.num(6)}`,
  us: (r) => `(${usArea(r)}) ${usExchange(r)}-${r.digits(4)}`,
  'us-dash': (r) => `${usArea(r)}-${usExchange(r)}-${r.digits(4)}`,
  de: (r) => `+49 1${r.pick(['51', '52', '57', '60', '62', '70', '76'])} ${r.num(8)}`,
  'de-national': (r) => `01${r.pick(['51', '60', '70', '76'])} ${r.num(4)} ${r.digits(4)}`,
  fr: (r) => `0${r.pick(['6', '7'])} ${pairs(r, 4)}`,
  es: (r) => `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  it: (r) => `+39 3${r.int(20, 49)} ${r.digits(3)} ${r.digits(4)}`,
  nl: (r) => `06-${r.num(8)}`,
  au: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  in: (r) => `+91 ${r.pick(['9', '8', '7'])}${r.digits(4)} ${r.digits(5)}`,
  br: (r) => `(${r.pick(['11', '21', '31', '41', '51'])}) 9${r.digits(4)}-${r.digits(4)}`,
  jp: (r) => `0${r.pick(['80', '90', '70'])}-${r.num(4)}-${r.digits(4)}`,
  se: (r) => `07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  pl: (r) => `+48 ${r.pick(['5', '6', '7', '8'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ie: (r) => `08${r.pick(['3', '5', '6', '7', '9'])} ${r.num(3)} ${r.digits(4)}`,
  mx: (r) => `+52 55 ${r.num(4)} ${r.digits(4)}`,
  e164: (r) => r.pick([`+1${usArea(r)}${usExchange(r)}${r.digits(4)}`, `+447${r.int(4, 9)}${r.digits(2)}${r.num(6)}`, `+4915${r.int(1, 9)}${r.num(8)}`, `+336${r.num(8)}`, `+614${r.digits(8)}`]),
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A birth date written one way: iso, dmy (/), mdy (/), dotted, long ("3 March 1984"), us-long ("March 3, 1984"), ordinal ("3rd of March 1984"). */
export function dobText(b: Dob17, form: string): string {
  switch (form) {
    case 'iso': return `${b.y}-${p2(b.m)}-${p2(b.d)}`;
    case 'dmy': return `${p2(b.d)}/${p2(b.m)}/${b.y}`;
    case 'mdy': return `${p2(b.m)}/${p2(b.d)}/${b.y}`;
    case 'dotted': return `${p2(b.d)}.${p2(b.m)}.${b.y}`;
    case 'long': return `${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
    case 'us-long': return `${MONTHS[b.m - 1]} ${b.d}, ${b.y}`;
    default: return `${ord(b.d)} of ${MONTHS[b.m - 1]} ${b.y}`;
  }
}
/** True when a written birth date names a real day. */
export function dobOk(v: string): boolean {
  const n = v.match(/^(\d{4})-(\d{2})-(\d{2})$|^(\d{2})[/.](\d{2})[/.](\d{4})$/);
  const ok = (y: number, m: number, d: number): boolean => y >= 1900 && y <= 2026 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  if (n) return n[1] ? ok(+n[1], +n[2]!, +n[3]!) : ok(+n[6]!, +n[5]!, +n[4]!) || ok(+n[6]!, +n[4]!, +n[5]!);
  const w = v.match(/^(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Z][a-z]+) (\d{4})|([A-Z][a-z]+) (\d{1,2}), (\d{4}))$/);
  if (!w) return false;
  return w[1] ? ok(+w[3]!, MONTHS.indexOf(w[2]!) + 1, +w[1]) : ok(+w[6]!, MONTHS.indexOf(w[4]!) + 1, +w[5]!);
}

/** Postal addresses in national layouts (real cities with their own postcode ranges). */
export const ADDRESSES: Record<string, (r: Rng17) => string> = {
  us: (r) => `${r.int(100, 9899)} ${r.pick(['Maple Ridge Dr', 'W Belmont Ave', 'Sycamore Ln', 'N Lamar Blvd'])}, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Columbus, OH 432', 'Chicago, IL 606', 'Austin, TX 787'])}${r.digits(2)}`,
  uk: (r) => `Flat ${r.int(1, 12)}, ${r.int(2, 140)} ${r.pick(['Hawthorn Road', 'Cavendish Street', 'Mill Lane'])}, ${r.pick(['Bristol BS7', 'Leeds LS6', 'Manchester M14'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
  de: (r) => `${r.pick(['Lindenstraße', 'Bahnhofstr.', 'Am Mühlbach', 'Schillerweg'])} ${r.int(1, 88)}${r.pick(['', 'a', 'b'])}, ${r.pick(['10969 Berlin', '80331 München', '50667 Köln', '04109 Leipzig'])}`,
  fr: (r) => `${r.int(1, 120)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la Croix-Rousse'])}, ${r.pick(['69004 Lyon', '75011 Paris', '31000 Toulouse'])}`,
  nl: (r) => `${r.pick(['Keizersgracht', 'Vondelstraat', 'Oudegracht'])} ${r.int(2, 400)}, ${r.int(1011, 1099)} ${r.chars('ABCEGHJKLNPRTVWXZ', 2)} Amsterdam`,
  es: (r) => `Calle de ${r.pick(['Alcalá', 'Toledo', 'Bravo Murillo'])} ${r.int(2, 220)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D'])}, 280${p2(r.int(1, 50))} Madrid`,
  it: (r) => `Via ${r.pick(['Giuseppe Garibaldi', 'Roma', 'Dante Alighieri'])} ${r.int(1, 150)}, ${r.pick(['20121 Milano MI', '10121 Torino TO', '40126 Bologna BO'])}`,
  ca: (r) => `${r.int(100, 4999)} ${r.pick(['Rue Sainte-Catherine O', 'Queen St W', 'Robson St'])}, ${r.pick(['Montréal, QC H3H', 'Toronto, ON M5V', 'Vancouver, BC V6E'])} ${r.int(1, 9)}${r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)}${r.int(1, 9)}`,
  au: (r) => `Unit ${r.int(1, 40)}, ${r.int(2, 300)} ${r.pick(['Bourke Street', 'Oxford Street', 'Brunswick Street'])}, ${r.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'New Farm QLD 4005'])}`,
  ie: (r) => `${r.int(1, 90)} ${r.pick(['Castle Street', 'Griffith Avenue', 'Sundays Well Road'])}, ${r.pick(['Dublin 9, D09', 'Cork, T23', 'Galway, H91'])} ${r.chars('ACDEFHKNPRTVWXY', 1)}${r.digits(1)}${r.chars('ACDEFHKNPRTVWXY' + D, 2)}`,
};

/** Passport numbers in national layouts. */
export const PASSPORTS: Record<string, (r: Rng17) => string> = {
  us: (r) => r.num(9),
  uk: (r) => r.pick(['1', '5', '7']) + r.digits(8),
  de: (r) => 'C' + r.chars('CFGHJKLMNPRTVWXYZ', 2) + r.digits(2) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 4),
  fr: (r) => r.digits(2) + r.chars(UP, 2) + r.digits(5),
  in: (r) => r.chars('ABCDEFGHJKLMNPRSTUVWZ', 1) + r.num(7),
  ca: (r) => r.chars(UP, 2) + r.digits(6),
};
