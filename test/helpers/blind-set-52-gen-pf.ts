import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnDigit52, mod97of52, nhsCheck52 } from './blind-set-52-util';

/** Value generators for personal and financial data in blind set 52 (pure functions of the stream). */

export const FIRST52 = ['Priya', 'Mateusz', 'Aoife', 'Kwame', 'Yuki', 'Dolores', 'Tobias', 'Nadia', 'Hamid', 'Ingrid', 'Chidi', 'Rosalind', 'Santiago', 'Mei-Lin', 'Oluwaseun', 'Bjorn', 'Camille', 'Rahul', 'Esther', 'Grzegorz', 'Fatima', 'Declan', 'Ana Sofia', 'Tomasz', 'Keiko', 'Marguerite', 'Dmitri', 'Leilani', 'Anders', 'Thandiwe', 'Joaquin', 'Siobhan', 'Wen', 'Beatriz', 'Emeka', 'Harriet', 'Vikram', 'Lucia', 'Johannes', 'Amara'];
export const LAST52 = ['Raman', 'Kowalczyk', 'Gallagher', 'Mensah', 'Tanaka', 'Whitfield', 'Brandt', 'Haddad', 'Karimi', 'Lindqvist', 'Okafor', 'Pemberton', 'Echeverria', 'Chen', 'Adeyemi', 'Halvorsen', 'Moreau', 'Iyer', 'Goldberg', 'Wisniewski', 'Al-Sayed', "O'Connell", 'Ferreira', 'Nowak', 'Yamamoto', 'Delacroix', 'Volkov', 'Kahananui', 'Sorensen', 'Dlamini', 'Castillo', 'Brennan', 'Zhou', 'Albuquerque', 'Nwosu', 'Ashworth', 'Subramanian', 'Bianchi', 'Vogel', 'Osei'];
const STREETS = ['Maple Ridge Dr', 'Huntington Ave', 'Longwood Ave', 'Orchard Hill Rd', 'Cedar Lane', 'W 168th St', 'Brookline St', 'Kingsbury Way', 'Juniper Ct', 'Ravenswood Ave', 'Elm Grove Terrace', 'Old Mill Rd'];
const CITIES = [['Durham', 'NC', '277'], ['Boston', 'MA', '021'], ['Bethesda', 'MD', '208'], ['La Jolla', 'CA', '920'], ['Rochester', 'MN', '559'], ['Seattle', 'WA', '981'], ['Houston', 'TX', '770'], ['Ann Arbor', 'MI', '481'], ['Nashville', 'TN', '372'], ['Pittsburgh', 'PA', '152']] as const;
const UK_TOWNS = [['Cambridge', 'CB2 0', 'QQ'], ['Oxford', 'OX3 7', 'LE'], ['Hinxton', 'CB10 1', 'SA'], ['Manchester', 'M13 9', 'PL'], ['Edinburgh', 'EH16 4', 'SA'], ['London', 'NW1 1', 'AT']] as const;
const AREA = ['617', '919', '301', '858', '507', '206', '713', '734', '615', '412', '212', '415', '312', '984', '240'];

export function ssn52(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

export function nino52(r: Rng9): string {
  const first = 'ABCEGHJKLMNPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ'.replace('O', '');
  let p = r.chars(first, 1) + r.chars(second, 1);
  if (['GB', 'BG', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) p = 'AB';
  return `${p}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}

export function nhs52(r: Rng9): string {
  for (;;) {
    const nine = String(r.int(4, 6)) + r.digits(8);
    const c = nhsCheck52(nine);
    if (c >= 0) return `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}${c}`;
  }
}

export function sin52(r: Rng9): string {
  const p = String(r.int(1, 7)) + r.digits(7);
  const s = p + luhnDigit52(p);
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
}

export function phoneUS52(r: Rng9): string {
  const a = r.pick(AREA);
  const ex = `${r.int(2, 9)}${r.digits(2)}`;
  const ln = r.digits(4);
  return r.pick([`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `+1 ${a} ${ex} ${ln}`, `+1${a}${ex}${ln}`]);
}

export function phoneIntl52(r: Rng9): string {
  return r.pick([`+44 7${r.digits(3)} ${r.digits(6)}`, `+49 15${r.int(1, 9)} ${r.digits(8)}`, `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+31 6 ${r.digits(8)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]);
}

export function addressUS52(r: Rng9): string {
  const [city, st, zip] = r.pick(CITIES);
  const unit = r.next() < 0.4 ? `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C', ''])}` : '';
  return `${r.int(12, 9870)} ${r.pick(STREETS)}${unit}, ${city}, ${st} ${zip}${r.digits(2)}`;
}

export function addressUK52(r: Rng9): string {
  const [town, pc1, pc2] = r.pick(UK_TOWNS);
  return `${r.int(2, 188)} ${r.pick(['Mill Road', 'Hills Road', 'Cowley Road', 'Wilmslow Road', 'Gilmerton Road', 'Camden Street'])}, ${town} ${pc1}${pc2}`;
}

export function dob52(r: Rng9, style: 'iso' | 'us' | 'dmy' | 'cdisc' = 'iso'): string {
  const y = r.int(1941, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const mon = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][m - 1]!;
  if (style === 'us') return `${mm}/${dd}/${y}`;
  if (style === 'dmy') return `${dd}.${mm}.${y}`;
  if (style === 'cdisc') return `${dd}${mon}${y}`;
  return `${y}-${mm}-${dd}`;
}

export function passport52(r: Rng9): string {
  return r.pick([r.digits(9), `C${r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`, `${r.chars(UPPER, 2)}${r.digits(7)}`, `X${r.digits(8)}`]);
}

export function mrn52(r: Rng9): string {
  return r.pick([r.digits(8), `MRN${r.digits(7)}`, `${r.digits(3)}-${r.digits(2)}-${r.digits(4)}`, `E${r.digits(9)}`]);
}

export function ipv4Public52(r: Rng9): string {
  const first = r.pick([24, 47, 68, 71, 73, 76, 81, 86, 98, 107, 129, 142, 151, 173, 185, 212]);
  return `${first}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function ipv6Public52(r: Rng9): string {
  return `2${r.pick(['600', '601', '603', 'a02', '001'])}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`;
}

export function coord52(r: Rng9, lo: number, hi: number): string {
  return (lo + r.next() * (hi - lo)).toFixed(6);
}

// ---- financial ----

export function card52(r: Rng9, brand?: 'visa' | 'mc' | 'amex' | 'disc'): string {
  const b = brand ?? r.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc'] as const);
  const pre = b === 'visa' ? '4' + r.digits(5) : b === 'mc' ? r.pick(['51', '52', '53', '54', '55', '2221', '2720']) : b === 'amex' ? r.pick(['34', '37']) : '6011';
  const len = b === 'amex' ? 15 : 16;
  const payload = pre + r.digits(len - 1 - pre.length);
  return payload + luhnDigit52(payload);
}

export function cardFmt52(r: Rng9, n: string): string {
  if (n.length === 15) return r.next() < 0.5 ? n : `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  return r.next() < 0.5 ? n : n.replace(/(\d{4})(?=\d)/g, r.pick(['$1 ', '$1-']));
}

export function cvv52(r: Rng9, amex = false): string {
  return amex ? String(r.int(1000, 9999)) : String(r.int(100, 999));
}

function ibanFrom(country: string, bban: string): string {
  const chk = 98 - mod97of52(bban + country + '00');
  return country + String(chk).padStart(2, '0') + bban;
}

export function iban52(r: Rng9, country?: string): string {
  const c = country ?? r.pick(['DE', 'GB', 'NL', 'CH', 'BE', 'FR', 'SE', 'DK', 'IE']);
  let bban: string;
  if (c === 'DE') bban = r.digits(18);
  else if (c === 'GB') bban = r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14);
  else if (c === 'IE') bban = r.pick(['AIBK', 'BOFI']) + r.digits(14);
  else if (c === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10);
  else if (c === 'CH') bban = r.digits(17);
  else if (c === 'SE') bban = r.digits(20);
  else if (c === 'DK') bban = r.digits(14);
  else if (c === 'BE') {
    const ten = r.digits(10);
    const k = Number(BigInt(ten) % 97n) || 97;
    bban = ten + String(k).padStart(2, '0');
  } else {
    const bank = r.digits(5);
    const branch = r.digits(5);
    const acct = r.digits(11);
    const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
    bban = bank + branch + acct + String(key).padStart(2, '0');
  }
  return ibanFrom(c, bban);
}

export function ibanFmt52(r: Rng9, iban: string): string {
  return r.next() < 0.5 ? iban : iban.replace(/(.{4})(?=.)/g, '$1 ');
}

export function aba52(r: Rng9): string {
  const first = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])).padStart(2, '0');
  const eight = first + r.digits(6);
  const d = [...eight].map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return eight + String((10 - (s % 10)) % 10);
}

export function account52(r: Rng9): string {
  return String(r.int(1, 9)) + r.digits(r.int(8, 11));
}

export function ein52(r: Rng9): string {
  return `${r.pick(['04', '13', '20', '26', '27', '36', '45', '52', '56', '68', '81', '94'])}-${r.digits(7)}`;
}

export function sortCode52(r: Rng9): string {
  return `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
}

export function swiftLike52(r: Rng9): string {
  return r.chars(UPPER, 4) + r.pick(['US', 'GB', 'DE']) + r.chars(UPPER + DIGITS, 2);
}
