import { abaDigit, clabeDigit, luhnDigit, makeIban, spaced4 } from './blind-set-33-checks';
import { B64, DIGITS, LOWER, UPPER, type Rng33 } from './blind-set-33-rng';

/** The three groups a planted value belongs to. */
export type Group33 = 'credential' | 'personal' | 'financial';

/** One planted value. */
export interface Value33 {
  value: string;
  kind: string;
  group: Group33;
}

/** Collects the values a template plants while it writes its text; each call returns the value for interpolation. */
export class Case33 {
  readonly values: Value33[] = [];

  /** Plants a credential. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants a personal value. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants a financial value. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A positive template: area, name, draws per seed and the writer of one case. */
export interface Template33 {
  area: string;
  name: string;
  draws?: number;
  make: (c: Case33, r: Rng33) => string;
}

/** A negative template: text that holds only look-alikes. */
export interface NegTemplate33 {
  area: string;
  name: string;
  draws?: number;
  make: (r: Rng33) => string;
}

const FIRST: Record<string, readonly string[]> = {
  US: ['Jessica', 'Marcus', 'Tyrone', 'Brittany', 'Dwayne', 'Kimberly', 'Cody', 'Latoya', 'Evan', 'Shannon', 'Ryan', 'Destiny'],
  GB: ['Oliver', 'Siobhan', 'Harriet', 'Callum', 'Imogen', 'Rhys', 'Gemma', 'Alistair'],
  DE: ['Jürgen', 'Katrin', 'Lukas', 'Anneliese', 'Felix', 'Henrike'],
  FR: ['Amélie', 'Théo', 'Margaux', 'Benoît', 'Océane', 'Yannick'],
  ES: ['María José', 'Javier', 'Lucía', 'Íñigo', 'Rocío'],
  BR: ['João Pedro', 'Thaís', 'Gustavo', 'Luana', 'Rafael'],
  IN: ['Priya', 'Arjun', 'Sneha', 'Venkatesh', 'Ananya'],
  MX: ['Guadalupe', 'Alejandro', 'Ximena', 'Rodrigo'],
  AU: ['Lachlan', 'Matilda', 'Brodie', 'Charlotte'],
  NL: ['Sanne', 'Joris', 'Femke', 'Daan'],
  PL: ['Małgorzata', 'Krzysztof', 'Agnieszka'],
  CA: ['Geneviève', 'Liam', 'Mathieu', 'Aisha'],
};
const LAST: Record<string, readonly string[]> = {
  US: ['Whitfield', 'Okafor', 'Delgado', 'Kowalczyk', 'Washington', 'Nakamura', 'Brennan', 'Castellano', 'Haddad', 'Lindqvist'],
  GB: ["O'Sullivan", 'Featherstone', 'Ashworth', 'Pemberton-Hale', 'McAllister', 'Rowntree'],
  DE: ['Schäfer', 'Großmann', 'Vogelsang', 'Oberndorfer', 'Kühn'],
  FR: ['Lefèvre', 'Dubois-Marchand', 'Girard', 'Chevalier', 'Rousseau'],
  ES: ['García Márquez', 'Fernández', 'Ruiz de la Torre', 'Etxeberria'],
  BR: ['da Silva Santos', 'Oliveira', 'Carvalho', 'Nascimento'],
  IN: ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande', 'Sethi'],
  MX: ['Hernández', 'Zamora Ruiz', 'Villanueva', 'Cervantes'],
  AU: ['Thompson', 'Fitzgerald', 'Nguyen', 'Papadopoulos'],
  NL: ['van der Berg', 'de Vries', 'Bakker', 'Visser'],
  PL: ['Wiśniewska', 'Zieliński', 'Kamińska'],
  CA: ['Tremblay', 'Gagnon', 'Bouchard', 'MacDonald'],
};

/** A drawn person: names as printed and the country they are drawn for. */
export interface Person33 {
  first: string;
  last: string;
  full: string;
  country: string;
}

/** A person from a country (random country when omitted). */
export function person(r: Rng33, country?: string): Person33 {
  const cc = country ?? r.pick(Object.keys(FIRST));
  const first = r.pick(FIRST[cc] ?? FIRST['US']!);
  const last = r.pick(LAST[cc] ?? LAST['US']!);
  return { first, last, full: `${first} ${last}`, country: cc };
}

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');

/** A personal e-mail address for a person. */
export function emailOf(r: Rng33, p: Person33): string {
  const local = r.pick([`${ascii(p.first)}.${ascii(p.last)}`, `${ascii(p.first)[0]}${ascii(p.last)}${r.int(1, 99)}`, `${ascii(p.last)}_${ascii(p.first)}`, `${ascii(p.first)}${r.int(1970, 2004)}`]);
  return `${local}${r.pick(['', '', '', '+bank'])}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'hotmail.fr', 'gmx.de', 'uol.com.br', 'rediffmail.com', 'bigpond.com'])}`;
}

/** A phone number as printed in the person's country. */
export function phone(r: Rng33, country: string): string {
  const d = (n: number) => r.digits(n);
  switch (country) {
    case 'GB': return r.pick([`+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(3)} ${d(3)}`]);
    case 'DE': return `+49 15${d(2)} ${d(7)}`;
    case 'FR': return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'ES': return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    case 'BR': return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`]);
    case 'IN': return r.pick([`+91 9${d(4)} ${d(5)}`, `+91-8${d(9)}`]);
    case 'MX': return `+52 55 ${d(4)} ${d(4)}`;
    case 'AU': return r.pick([`+61 4${d(2)} ${d(3)} ${d(3)}`, `04${d(2)} ${d(3)} ${d(3)}`]);
    case 'NL': return `+31 6 ${d(8)}`;
    case 'PL': return `+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`;
    default: return r.pick([`(${r.int(201, 989)}) ${r.int(201, 989)}-${d(4)}`, `+1 ${r.int(201, 989)}-${r.int(201, 989)}-${d(4)}`, `${r.int(201, 989)}.${r.int(201, 989)}.${d(4)}`]);
  }
}

/** A one-line street address as printed for the country. */
export function address(r: Rng33, country: string): string {
  switch (country) {
    case 'GB': return `${r.int(2, 199)} ${r.pick(['Wellington Road', 'Church Lane', 'Station Approach', 'Kingsley Close'])}, ${r.pick(['Leeds LS6 2QT', 'Bristol BS7 8HX', 'Croydon CR0 4NE'])}`;
    case 'DE': return `${r.pick(['Lindenstraße', 'Hauptstr.', 'Am Mühlbach'])} ${r.int(1, 140)}, ${r.pick(['10435 Berlin', '80331 München', '50667 Köln'])}`;
    case 'FR': return `${r.int(1, 88)} ${r.pick(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, ${r.pick(['69002 Lyon', '75011 Paris', '33000 Bordeaux'])}`;
    case 'BR': return `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras'])}, ${r.int(10, 2200)} - ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ'])}, ${r.digits(5)}-${r.digits(3)}`;
    case 'IN': return `Flat ${r.int(101, 904)}, ${r.pick(['Prestige Shantiniketan', 'Lodha Amara', 'DLF Phase 3'])}, ${r.pick(['Bengaluru 560048', 'Thane 400607', 'Gurugram 122002'])}`;
    case 'AU': return `${r.int(1, 90)} ${r.pick(['Wattle St', 'Beach Rd', 'Grevillea Cres'])}, ${r.pick(['Fitzroy VIC 3065', 'Bondi NSW 2026', 'Toowong QLD 4066'])}`;
    case 'MX': return `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución'])} ${r.int(10, 1800)}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Narvarte'])}, CDMX ${r.digits(5)}`;
    default: return `${r.int(10, 9899)} ${r.pick(['Maple Ave', 'N Lincoln St', 'Oak Hollow Dr', 'SW 8th Ter', 'Peachtree Rd NE'])}${r.pick(['', ` Apt ${r.int(1, 40)}${r.pick(['', 'B'])}`])}, ${r.pick(['Springfield, IL 62704', 'Austin, TX 78745', 'Tacoma, WA 98405', 'Decatur, GA 30030', 'Columbus, OH 43215'])}`;
  }
}

/** A date of birth in the given style. */
export function dob(r: Rng33, style: 'iso' | 'us' | 'eu' | 'compact' = 'iso'): string {
  const y = r.int(1948, 2003);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return style === 'iso' ? `${y}-${m}-${d}` : style === 'us' ? `${m}/${d}/${y}` : style === 'eu' ? `${d}.${m}.${y}` : `${y}${m}${d}`;
}

const BRANDS: Record<string, { prefixes: readonly string[]; len: number }> = {
  visa: { prefixes: ['4'], len: 16 },
  mastercard: { prefixes: ['51', '53', '55', '2221', '2720', '2305'], len: 16 },
  amex: { prefixes: ['34', '37'], len: 15 },
  discover: { prefixes: ['6011', '65', '644'], len: 16 },
  diners: { prefixes: ['36', '300', '305'], len: 14 },
  jcb: { prefixes: ['3528', '3566', '3589'], len: 16 },
  unionpay: { prefixes: ['62'], len: 19 },
  maestro: { prefixes: ['6759', '5018'], len: 19 },
  visa13: { prefixes: ['4'], len: 13 },
};

/** A Luhn-valid card number (digits only) of a brand (random when omitted), with its brand. */
export function pan(r: Rng33, brand?: string): { digits: string; brand: string } {
  const b = brand ?? r.pick(['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'maestro']);
  const spec = BRANDS[b]!;
  const pre = r.pick(spec.prefixes);
  const body = pre + r.digits(spec.len - pre.length - 1);
  return { digits: body + luhnDigit(body), brand: b };
}

/** A card number as printed: plain, spaced or dashed, grouped the brand's way. */
export function printed(digits: string, sep: '' | ' ' | '-'): string {
  if (!sep) return digits;
  const groups = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : digits.length === 13 ? [4, 3, 3, 3] : digits.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(digits.slice(i, i + g));
    i += g;
  }
  return out.join(sep);
}

/** A CVV/CVC (four digits for Amex). */
export function cvv(r: Rng33, brand: string): string {
  return brand === 'amex' ? String(r.int(1000, 9999)) : String(r.int(100, 999));
}

/** An expiry month and two-digit year in the future. */
export function expiry(r: Rng33): { mm: string; yy: string } {
  return { mm: String(r.int(1, 12)).padStart(2, '0'), yy: String(r.int(26, 33)) };
}

function beCheck(ten: string): string {
  const m = Number(BigInt(ten) % 97n);
  return String(m === 0 ? 97 : m).padStart(2, '0');
}

function esDc(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = 11 - (w.reduce((a, x, i) => a + x * Number(ten[i]), 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

/** A valid IBAN (electronic form) for a country (random when omitted). */
export function iban(r: Rng33, country?: string): string {
  const cc = country ?? r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'BE', 'IE', 'PL', 'CH', 'AT', 'LT', 'SE', 'BR', 'AE']);
  const d = (n: number) => r.digits(n);
  let bban: string;
  switch (cc) {
    case 'DE': bban = d(18); break;
    case 'GB': bban = r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + d(14); break;
    case 'FR': {
      const [b, g, a] = [d(5), d(5), d(11)];
      const key = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n);
      bban = b + g + a + String(key).padStart(2, '0');
      break;
    }
    case 'NL': bban = r.pick(['ABNA', 'INGB', 'RABO', 'KNAB', 'BUNQ']) + d(10); break;
    case 'ES': {
      const [b, o, a] = [d(4), d(4), d(10)];
      bban = b + o + esDc('00' + b + o) + esDc(a) + a;
      break;
    }
    case 'BE': { const t = d(10); bban = t + beCheck(t); break; }
    case 'IE': bban = r.pick(['AIBK', 'BOFI', 'IPBS']) + d(14); break;
    case 'PL': bban = d(24); break;
    case 'CH': bban = d(17); break;
    case 'AT': bban = d(16); break;
    case 'LT': bban = d(16); break;
    case 'SE': bban = d(20); break;
    case 'BR': bban = d(23) + r.pick(['C', 'P']) + '1'; break;
    default: bban = d(19);
  }
  return makeIban(cc, bban);
}

/** An IBAN in print form (groups of four) or electronic form. */
export function ibanAs(r: Rng33, country?: string): string {
  const i = iban(r, country);
  return r.next() < 0.4 ? spaced4(i) : i;
}

/** A valid US ABA routing number. */
export function aba(r: Rng33): string {
  const f = r.pick(['0', '1', '2', '3']) + String(r.int(1, 9)) + r.digits(6);
  return f + abaDigit(f);
}

/** A valid Mexican CLABE. */
export function clabe(r: Rng33): string {
  const f = r.pick(['002', '012', '014', '021', '072', '127', '646']) + r.digits(14);
  return f + clabeDigit(f);
}

/** A US bank account number (8 to 14 digits, first non-zero). */
export function usAccount(r: Rng33): string {
  return String(r.int(1, 9)) + r.digits(r.int(7, 13));
}

/** A base64 body of `n` bytes wrapped at 64 characters, starting with a DER-like prefix. */
export function pemBody(r: Rng33, prefix: string, n: number): string {
  const b64 = prefix + r.b64(n).replace(/=+$/, '');
  const trimmed = b64.slice(0, b64.length - (b64.length % 4));
  return trimmed.match(/.{1,64}/g)!.join('\n');
}

/** A PEM block with a label and a body. */
export function pem(r: Rng33, label: string, prefix: string, n: number): string {
  return `-----BEGIN ${label}-----\n${pemBody(r, prefix, n)}\n-----END ${label}-----`;
}

/** An ASCII-armoured PGP private key block (random body, CRC line). */
export function pgpPrivate(r: Rng33): string {
  const body = ('lQVYBG' + r.b64(r.int(700, 1100))).replace(/=+$/, '').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${r.chars(UPPER + LOWER + DIGITS + '+/', 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A JWT with the given header and claims and a random signature. */
export function jwt(r: Rng33, header: object, claims: object, sigBytes = 256): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(claims)}.${r.b64url(sigBytes)}`;
}

/** A password with the characters people put in passwords, some needing escapes in JSON or shells. */
export function password(r: Rng33): string {
  const core = r.chars(UPPER + LOWER + DIGITS, r.int(9, 15));
  const sp = r.pick(['!', '#', '$', '%', '*', '@', '?', '+', '=', ':', ';', '^', '~']);
  const i = r.int(2, core.length - 2);
  return core.slice(0, i) + sp + core.slice(i) + r.pick(['', '!', '9', 'x', '#']);
}

/** A base64 string of `n` characters (standard alphabet, no padding). */
export function b64chars(r: Rng33, n: number): string {
  return r.chars(B64, n);
}
