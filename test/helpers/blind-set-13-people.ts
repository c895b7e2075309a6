import { DIGITS, type Rng9 } from './blind-set-9-rng';

const FIRST = ['Lena', 'Mateo', 'Aoife', 'Jonas', 'Priya', 'Chiara', 'Tomasz', 'Ingrid', 'Kwame', 'Yuki', 'Sofía', 'Emre', 'Ana', 'Minh', 'Olga', 'Rafael'];
const LAST = ['Kowalczyk', 'Haugen', 'Brennan', 'Moreau', 'Fischer', 'Okafor', 'Tanaka', 'Silva', 'Rossi', 'Yılmaz', 'Lindqvist', 'Nguyen', 'Popescu', 'Tamm', 'Peeters', 'Herrera'];
const MAIL = ['gmail.com', 'outlook.com', 'web.de', 'yahoo.co.uk', 'gmx.at', 'hotmail.fr', 'icloud.com', 'proton.me', 'libero.it', 'seznam.cz'];

/** A first and last name. */
export const person = (r: Rng9): { first: string; last: string } => ({ first: r.pick(FIRST), last: r.pick(LAST) });

/** A personal mailbox at a consumer mail provider. */
export function email(r: Rng9): string {
  const { first, last } = person(r);
  const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return `${ascii(first)}${r.pick(['.', '_', ''])}${ascii(last)}${r.int(1, 99)}@${r.pick(MAIL)}`;
}

/** A date of birth `YYYY-MM-DD` (1950-1999). */
export const dob = (r: Rng9): string => `19${r.int(50, 99)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

const d = (r: Rng9, n: number): string => String(r.int(1, 9)) + r.chars(DIGITS, n - 1);

/** A mobile number in a national or international layout. */
export function phone(r: Rng9, cc: string): string {
  switch (cc) {
    case 'GB': return `+44 7${r.int(4, 9)}${r.digits(2)} ${d(r, 6)}`;
    case 'NL': return `+31 6 ${d(r, 4)} ${r.digits(4)}`;
    case 'IT': return `+39 3${r.int(20, 49)} ${d(r, 3)} ${r.digits(4)}`;
    case 'ES': return `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 'NO': return `+47 ${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`;
    case 'BE': return `+32 4${r.int(70, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 'PT': return `+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`;
    case 'RO': return `07${r.int(20, 99)} ${d(r, 3)} ${r.digits(3)}`;
    case 'BR': return `+55 (${r.int(11, 99)}) 9${r.digits(4)}-${r.digits(4)}`;
    case 'IN': return `+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`;
    case 'CN': return `+86 1${r.pick(['38', '39', '58', '86'])} ${r.digits(4)} ${r.digits(4)}`;
    case 'ZA': return `+27 ${r.pick(['72', '82', '83', '71'])} ${d(r, 3)} ${r.digits(4)}`;
    case 'AU': return `+61 4${r.digits(2)} ${d(r, 3)} ${r.digits(3)}`;
    case 'SG': return `+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`;
    case 'KR': return `010-${d(r, 4)}-${r.digits(4)}`;
    case 'TR': return `+90 5${r.int(30, 59)} ${d(r, 3)} ${r.digits(2)} ${r.digits(2)}`;
    case 'JP': return `090-${d(r, 4)}-${r.digits(4)}`;
    case 'MX': return `+52 1 ${r.pick(['55', '33', '81'])} ${d(r, 4)} ${r.digits(4)}`;
    case 'DE': return `+49 1${r.pick(['51', '52', '60', '70', '76'])} ${d(r, 8)}`;
    case 'FR': return `+33 ${r.pick(['6', '7'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 'PL': return `+48 ${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
    case 'KE': return `+254 7${r.digits(2)} ${d(r, 6)}`;
    default: return `+1 (${r.int(201, 989)}) ${r.int(201, 549)}-${d(r, 4)}`;
  }
}
