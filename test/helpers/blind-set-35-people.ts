import { LOWER, type Rng35 } from './blind-set-35-rng';

const FIRST = ['Marisol', 'Tobias', 'Aiyana', 'Dmitri', 'Chiamaka', 'Henrik', 'Yuki', 'Rosalind', 'Mateus', 'Priya', 'Caoimhe', 'Olusegun', 'Ingrid', 'Thiago', 'Soo-ah', 'Bartholomew', 'Leilani', 'Gustavo', 'Anneliese', 'Kwame', 'Fenna', 'Rafael', 'Zofia', 'Emeka', 'Saoirse', 'Jun', 'Marguerite', 'Declan', 'Ximena', 'Ravi', 'Hannelore', 'Tomasz', 'Aroha', 'Lucien', 'Nkechi', 'Björn', 'Valentina', 'Kenji', 'Imogen', 'Ezequiel'];
const LAST = ['Okonkwo', 'Lindqvist', 'Delacroix', 'Haverford', 'Nakamura', 'Vasquez-Ortega', 'Brennan', 'Kowalczyk', 'Abernathy', 'Ferreira', 'Szabo', 'MacAllister', 'Oyelaran', 'Van der Berg', 'Castellanos', 'Ashworth', 'Petrovic', 'Yamaguchi', 'Fitzgerald', "O'Donoghue", 'Halvorsen', 'Mbeki', 'Quintero', 'Rasmussen', 'Takahashi', 'Whitcombe', 'Moreau', 'Grünewald', 'Adeyemi', 'Santangelo', 'Eriksson', 'Pemberton', 'Alencar', 'Dziedzic', 'Kaur', 'Thorsen'];
const MAIL = ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.co.uk', 'gmx.de', 'web.de', 'orange.fr', 'hotmail.com', 'fastmail.com', 'live.ca', 'uol.com.br'];
const STREET = ['Maple Ridge Dr', 'Harbor View Rd', 'Linden Ave', 'Kestrel Close', 'Old Mill Ln', 'Cedar Hollow Way', 'Rue des Tanneurs', 'Schillerstraße', 'Calle del Pez', 'Prinsengracht', 'Birchwood Ct', 'Juniper St'];
const CITY = [['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Raleigh', 'NC', '276'], ['Columbus', 'OH', '432'], ['Tacoma', 'WA', '984'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837']] as const;

/** A person: full name as written, its parts and a personal e-mail derived from it. */
export interface Person35 {
  first: string;
  last: string;
  full: string;
  email: string;
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** A fresh person with a realistic personal e-mail (not a placeholder domain). */
export function person35(r: Rng35): Person35 {
  const first = r.pick(FIRST);
  let last = r.pick(LAST);
  if (r.next() < 0.2) last = `${last}-${r.pick(LAST).replace(/ .*/, '')}`;
  const f = ascii(first), l = ascii(last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${r.int(1, 99)}`, `${f}_${l}`, `${l}.${f}${r.int(70, 99)}`, `${f}${r.chars(LOWER, 2)}${r.int(10, 999)}`]);
  return { first, last, full: `${first} ${last}`, email: `${local}@${r.pick(MAIL)}` };
}

/** A phone number as people write it, in one of several national formats. */
export function phone35(r: Rng35): string {
  const area = r.int(201, 989), ex = r.pick([r.int(201, 554), r.int(556, 989)]), line = String(r.int(0, 9999)).padStart(4, '0');
  switch (r.int(0, 7)) {
    case 0: return `(${area}) ${ex}-${line}`;
    case 1: return `+1 ${area}-${ex}-${line}`;
    case 2: return `${area}.${ex}.${line}`;
    case 3: return `+44 7${r.int(400, 999)} ${r.digits(6)}`;
    case 4: return `+49 15${r.int(1, 9)} ${r.digits(8)}`;
    case 5: return `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 6: return `+55 11 9${r.digits(4)}-${r.digits(4)}`;
    default: return `+81 90-${r.digits(4)}-${r.digits(4)}`;
  }
}

/** A date of birth in one of the usual written forms. */
export function dob35(r: Rng35, minYear = 1968, maxYear = 2004): string {
  const y = r.int(minYear, maxYear), m = r.int(1, 12), d = r.int(1, 28);
  const mm = String(m).padStart(2, '0'), dd = String(d).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return r.pick([`${y}-${mm}-${dd}`, `${mm}/${dd}/${y}`, `${dd}.${mm}.${y}`, `${months[m - 1]} ${d}, ${y}`]);
}

/** A US home address on one line. */
export function address35(r: Rng35): string {
  const [city, st, zip] = r.pick(CITY);
  const unit = r.next() < 0.4 ? `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}` : '';
  return `${r.int(12, 9870)} ${r.pick(STREET.slice(0, 6).concat(STREET.slice(10)))}${unit}, ${city}, ${st} ${zip}${r.digits(2)}`;
}

/** A European home address on one line. */
export function euAddress35(r: Rng35): string {
  return r.pick([
    `${r.pick(['Schillerstraße', 'Bergmannstraße', 'Lindenallee'])} ${r.int(1, 140)}, ${r.int(10115, 99998)} ${r.pick(['Berlin', 'Leipzig', 'Köln'])}`,
    `${r.int(1, 90)} ${r.pick(['Rue des Tanneurs', 'Avenue Jean Jaurès', 'Rue Oberkampf'])}, ${r.int(10, 95)}0${r.int(10, 99)} ${r.pick(['Lyon', 'Paris', 'Nantes'])}`,
    `${r.pick(['Prinsengracht', 'Kerkstraat', 'Vondelstraat'])} ${r.int(1, 400)}, ${r.int(1011, 9999)} ${r.pick(['AB', 'KL', 'TX'])} ${r.pick(['Amsterdam', 'Utrecht'])}`,
    `Flat ${r.int(1, 30)}, ${r.int(2, 120)} ${r.pick(['Kestrel Close', 'Abbey Road', 'Mill Lane'])}, ${r.pick(['Leeds LS6', 'Bristol BS3', 'Manchester M14'])} ${r.int(1, 9)}${r.pick(['AB', 'QT', 'HN'])}`,
  ]);
}

/** A gamertag that is not a person's real name (a look-alike, never planted). */
export function handle35(r: Rng35): string {
  return r.pick(['Frostbyte', 'NoScope', 'LagWizard', 'PixelKnight', 'ToxicTurnip', 'VoidRunner', 'CrispyBacon', 'Glitchmob']) + r.pick(['', '_', 'xX']) + r.int(1, 9999);
}
