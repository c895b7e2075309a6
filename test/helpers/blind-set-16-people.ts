import { DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** Given names and family names by locale, for personal records. */
export const NAMES16: Record<string, { first: string[]; last: string[] }> = {
  us: { first: ['Jordan', 'Tamika', 'Brett', 'Kayla', 'Marcus'], last: ['Whitfield', 'Okafor', 'Delgado', 'Hendricks', 'Pruitt'] },
  de: { first: ['Jannik', 'Svenja', 'Torben', 'Mareike'], last: ['Brandstätter', 'Köhler', 'Wiesner', 'Hoffmeister'] },
  br: { first: ['Thiago', 'Luana', 'Renata', 'Caio'], last: ['Albuquerque', 'Nascimento', 'Figueiredo', 'Prates'] },
  in: { first: ['Aarav', 'Ishita', 'Pranav', 'Sneha'], last: ['Raghunathan', 'Chatterjee', 'Kulkarni', 'Iyer'] },
  nordic: { first: ['Eeva', 'Mikko', 'Linnea', 'Sindre'], last: ['Virtanen', 'Lindqvist', 'Haugen', 'Korhonen'] },
  east: { first: ['Marek', 'Ioana', 'Katarzyna', 'Luka'], last: ['Dvořák', 'Popescu', 'Wiśniewska', 'Horvat'] },
};

/** A full name from a locale. */
export const fullName = (r: Rng9, loc: string): string => `${r.pick(NAMES16[loc]!.first)} ${r.pick(NAMES16[loc]!.last)}`;

const ascii = (s: string): string => s.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase();

/** A personal or work mailbox for a name (never a documentation domain). */
export function mailbox(r: Rng9, name: string): string {
  const [f, l] = ascii(name).split(' ') as [string, string];
  const dom = r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'hotmail.fr', 'uol.com.br', 'proton.me', 'fastmail.fm']);
  return r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${l}.${f}`, `${f}_${l}${r.int(70, 99)}`]) + '@' + dom;
}

const nz = (r: Rng9, n: number): string => r.chars('23456789', 1) + r.digits(n - 1);

/** Phone numbers in national layouts (E.164 or local), never a 555-01xx fiction number. */
export const phoneGen16: Record<string, (r: Rng9) => string> = {
  us: (r) => `+1 (${nz(r, 3)}) ${r.chars('2346789', 1)}${r.digits(2)}-${r.digits(4)}`,
  uk: (r) => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
  de: (r) => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
  fr: (r) => `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  br: (r) => `+55 (11) 9${r.digits(4)}-${r.digits(4)}`,
  in: (r) => `+91-${r.chars('6789', 1)}${r.digits(4)}-${r.digits(5)}`,
  jp: (r) => `090-${r.digits(4)}-${r.digits(4)}`,
  au: (r) => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  mx: (r) => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
  ng: (r) => `+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`,
  ke: (r) => `+2547${r.digits(8)}`,
  pl: (r) => `+48 ${r.chars('5678', 1)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
};

/** Postal addresses in several countries' layouts. */
export const addressGen16: Record<string, (r: Rng9) => string> = {
  us: (r) => `${r.int(100, 9899)} ${r.pick(['Larkspur', 'Wexford', 'Old Mill', 'Cedar Hollow'])} ${r.pick(['Dr', 'Ln', 'Ct'])} Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Tulsa, OK 741', 'Boise, ID 837', 'Raleigh, NC 276'])}${r.digits(2)}`,
  uk: (r) => `Flat ${r.int(1, 30)}, ${r.int(2, 180)} ${r.pick(['Holloway Road', 'Castle Street', 'Wellington Crescent'])}, ${r.pick(['London N7', 'Leeds LS6', 'Bristol BS8'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
  de: (r) => `${r.pick(['Lindenstraße', 'Am Kirchberg', 'Schillerweg'])} ${r.int(1, 120)}${r.pick(['', 'a', 'b'])}, ${r.pick(['0', '2', '5', '8'])}${r.digits(4)} ${r.pick(['Leipzig', 'Bremen', 'Augsburg'])}`,
  br: (r) => `Rua ${r.pick(['Doutor Arnaldo', 'Haddock Lobo', 'Teodoro Sampaio'])}, ${r.int(10, 2500)} - apto ${r.int(11, 184)}, São Paulo - SP, 0${r.digits(4)}-${r.digits(3)}`,
  jp: (r) => `〒${r.digits(3)}-${r.digits(4)} 東京都${r.pick(['世田谷区', '目黒区', '杉並区'])}${r.pick(['三軒茶屋', '自由が丘', '高円寺南'])}${r.int(1, 4)}丁目${r.int(1, 30)}-${r.int(1, 20)}`,
  nl: (r) => `${r.pick(['Prinsengracht', 'Oudegracht', 'Laan van Meerdervoort'])} ${r.int(2, 400)}-${r.pick(['I', 'II', 'hs'])}, ${r.int(1011, 3599)} ${r.chars('ABCEGHJKLMNPRSTVWXZ', 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag'])}`,
  ca: (r) => `${r.int(100, 4999)} ${r.pick(['rue Saint-Denis', 'avenue du Parc', 'boulevard Rosemont'])}, app. ${r.int(1, 30)}, Montréal (Québec) H${r.digits(1)}${r.chars('ABCEGHJKLMNPRSTVXY', 1)} ${r.digits(1)}${r.chars('ABCEGHJKLMNPRSTVXY', 1)}${r.digits(1)}`,
  in: (r) => `Flat ${r.int(101, 1204)}, ${r.pick(['Prestige Shantiniketan', 'Sobha Dream Acres'])}, ${r.pick(['Whitefield', 'Panathur Road'])}, Bengaluru, Karnataka 5600${r.digits(2)}`,
};

/** A passport number in a national layout. */
export const passportGen16: Record<string, (r: Rng9) => string> = {
  de: (r) => r.chars('CFGHJKLMNPRTVWXYZ', 1) + r.chars('CFGHJKLMNPRTVWXYZ' + DIGITS, 8),
  in: (r) => r.chars(UPPER.replace(/[IOQXYZ]/g, ''), 1) + r.int(1, 9) + r.digits(6),
  us: (r) => r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + r.digits(8),
};

/** A date of birth (1950-2004) in a given layout. */
export function dob16(r: Rng9, layout: 'iso' | 'dmy' | 'mdy' | 'dot'): string {
  const y = r.int(1950, 2004), m = String(r.int(1, 12)).padStart(2, '0'), d = String(r.int(13, 28));
  return layout === 'iso' ? `${y}-${m}-${d}` : layout === 'dmy' ? `${d}/${m}/${y}` : layout === 'mdy' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
}

/** A lowercase handle (for usernames that are not personal values). */
export const handle = (r: Rng9): string => r.chars(LOWER, 6) + r.digits(2);
