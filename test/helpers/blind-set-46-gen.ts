import { DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** One planted value. */
export interface Val46 {
  value: string;
  kind: string;
  group: string;
}

/** A case being drawn: its random stream and the values it plants. */
export class Ctx46 {
  readonly vals: Val46[] = [];
  constructor(readonly r: Rng9) {}
  private add(group: string, kind: string, value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  /** Plants a credential. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }
  /** Plants personal data. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }
  /** Plants financial data. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** A positive template: `make` returns the text and plants values through the context. */
export interface Tpl46 {
  name: string;
  n: number;
  make: (x: Ctx46) => string;
}

/** A negative template: the text holds no leak. */
export interface NegTpl46 {
  name: string;
  n: number;
  make: (r: Rng9) => string;
}

const FIRST = ['Maria', 'James', 'Aisha', 'Lukas', 'Priya', 'Tomás', 'Hannah', 'Olusegun', 'Mei', 'Gregor', 'Fatima', 'Connor', 'Ingrid', 'Rafael', 'Yuki', 'Darnell', 'Sofia', 'Henrik', 'Nadia', 'Walter', 'Chiara', 'Bartek', 'Leilani', 'Siobhan', 'Mateo', 'Annika', 'Kwame', 'Dolores', 'Emeka', 'Rosalind'];
const LAST = ['Schneider', 'Okafor', 'Brennan', 'Castellanos', 'Lindqvist', 'Nakamura', 'Whitfield', 'Kowalczyk', 'Haddad', 'Van der Berg', 'Ramírez', 'Ferreira', 'Abernathy', 'Delacroix', 'Moreau', 'Sutherland', 'Petrović', 'Yamamoto', "O'Sullivan", 'Gallagher', 'Iyer', 'Hoffmann', 'Mbeki', 'Thornbury', 'Esposito', 'Kaczmarek', 'Novak', 'Fitzgerald', 'Achterberg', 'Quintero'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'web.de', 'comcast.net', 'hotmail.co.uk', 'gmx.de', 'btinternet.com', 'verizon.net', 'aol.com'];

export const first = (r: Rng9): string => r.pick(FIRST);
export const last = (r: Rng9): string => r.pick(LAST);
export const fullName = (r: Rng9): string => `${first(r)} ${last(r)}`;

/** An email for a person (ASCII local part). */
export function email(r: Rng9, name?: string): string {
  const n = (name ?? fullName(r)).normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ');
  const local = r.pick([`${n[0]}.${n[n.length - 1]}`, `${n[0]![0]}${n[n.length - 1]}${r.int(1, 99)}`, `${n[0]}${r.int(1960, 2004)}`, `${n[n.length - 1]}.${n[0]![0]}`]);
  return `${local}@${r.pick(MAIL)}`;
}

const NPA = ['212', '415', '503', '617', '720', '312', '512', '206', '404', '614', '919', '602', '971', '813', '248'];
/** A US phone number in one of several layouts. */
export function phoneUS(r: Rng9): string {
  const a = r.pick(NPA);
  const b = `${r.int(2, 9)}${r.int(0, 9)}${r.int(1, 9)}`;
  const c = r.digits(4);
  return r.pick([`(${a}) ${b}-${c}`, `+1 ${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1${a}${b}${c}`, `${a}-${b}-${c}`]);
}
/** A UK or German mobile number. */
export function phoneEU(r: Rng9): string {
  return r.pick([`+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `+49 15${r.int(1, 9)} ${r.digits(8)}`, `+49 17${r.int(0, 9)} ${r.digits(7)}`, `07${r.int(4, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]);
}
export const phone = (r: Rng9): string => (r.next() < 0.6 ? phoneUS(r) : phoneEU(r));

const STREETS = ['Maple', 'Larkspur', 'Quarry Hill', 'Whitmore', 'Cedar Ridge', 'Ashby', 'Fenwick', 'Juniper', 'Old Mill', 'Harbor View', 'Sycamore', 'Winthrop'];
const CITIES: [string, string, string][] = [['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Tempe', 'AZ', '852'], ['Boulder', 'CO', '803'], ['Sacramento', 'CA', '958'], ['Madison', 'WI', '537']];
/** A US street address (one line). */
export function addrUS(r: Rng9): string {
  const [city, st, z] = r.pick(CITIES);
  return `${r.int(12, 9899)} ${r.pick(STREETS)} ${r.pick(['St', 'Ave', 'Rd', 'Ln', 'Dr', 'Ct', 'Blvd'])}${r.next() < 0.3 ? ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C'])}` : ''}, ${city}, ${st} ${z}${r.digits(2)}`;
}
/** A German or UK street address. */
export function addrEU(r: Rng9): string {
  return r.pick([
    `${r.pick(['Lindenstraße', 'Am Sonnenhang', 'Gartenweg', 'Bahnhofstr.', 'Mühlenkamp'])} ${r.int(1, 140)}, ${r.int(10, 99)}${r.digits(3)} ${r.pick(['Berlin', 'Freiburg', 'Köln', 'Hamburg', 'Leipzig'])}`,
    `${r.int(1, 220)} ${r.pick(['Ashgrove Road', 'Kingsway', 'Mill Lane', 'Chapel Street', 'Fernbank Close'])}, ${r.pick(['Leeds LS6', 'Bristol BS7', 'Manchester M20', 'Cardiff CF14'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXY', 2)}`,
  ]);
}
export const addr = (r: Rng9): string => (r.next() < 0.6 ? addrUS(r) : addrEU(r));

/** A date of birth in ISO or US layout. */
export function dob(r: Rng9, layout: 'iso' | 'us' | 'eu' = 'iso'): string {
  const y = r.int(1942, 2003);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return layout === 'iso' ? `${y}-${m}-${d}` : layout === 'us' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
}

/** A US SSN that follows the SSA rules. */
export function ssn(r: Rng9, dash = true): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
  return dash ? s.join('-') : s.join('');
}
/** A Luhn check digit for a digit string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
/** A Canadian SIN (Luhn). */
export function sin(r: Rng9): string {
  const b = `${r.int(1, 7)}${r.digits(7)}`;
  const s = b + luhnDigit(b);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}
/** A UK National Insurance number. */
export function nino(r: Rng9): string {
  const a = r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const b = r.chars('ABCEGHJKLMNPRSTWXYZ', 1).replace('O', 'A');
  const p = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b) ? 'AB' : a + b;
  return `${p}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}
/** A Dutch BSN (11-check). */
export function bsn(r: Rng9): string {
  for (;;) {
    const d = `${r.int(1, 6)}${r.digits(7)}`;
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c < 10) return d + c;
  }
}
/** A US driver licence or passport number with its issuing style. */
export function licence(r: Rng9): string {
  return r.pick([`${r.chars(UPPER, 1)}${r.digits(7)}`, `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`, `${r.digits(9)}`, `${r.chars(UPPER, 1)}${r.digits(12)}`]);
}
export const passport = (r: Rng9): string => r.pick([`${r.int(5, 9)}${r.digits(8)}`, `C${r.chars('CFGHJKLMNPRTVWXYZ' + DIGITS, 8)}`, `${r.chars(UPPER, 2)}${r.digits(7)}`]);

/** A public IPv4 address (not private, loopback, CGNAT or documentation). */
export function ipv4(r: Rng9): string {
  return `${r.pick([24, 47, 68, 71, 73, 76, 81, 84, 86, 91, 98, 108, 174, 185, 212, 217, 94, 109])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}
/** A global IPv6 address. */
export function ipv6(r: Rng9): string {
  return `${r.pick(['2600:1700', '2a02:8109', '2601:646', '2a01:4b00', '2003:e2'])}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`;
}
/** A precise home location near a city. */
export function geo(r: Rng9): [string, string] {
  const [la, lo] = r.pick([[45.52, -122.67], [30.27, -97.74], [39.96, -82.99], [52.52, 13.4], [53.8, -1.55], [40.01, -105.27]] as const);
  return [(la + (r.next() - 0.5) / 5).toFixed(6), (lo + (r.next() - 0.5) / 5).toFixed(6)];
}

/** A payment card number (Visa, Mastercard, Amex, Discover), optionally grouped. */
export function card(r: Rng9, grouped = false): string {
  const t = r.int(0, 3);
  const body = t === 0 ? `4${r.digits(14)}` : t === 1 ? `5${r.int(1, 5)}${r.digits(13)}` : t === 2 ? `3${r.pick(['4', '7'])}${r.digits(12)}` : `6011${r.digits(11)}`;
  const n = body + luhnDigit(body);
  if (!grouped) return n;
  return n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
  return m;
}
/** An IBAN with a valid check, compact or grouped by four. */
export function iban(r: Rng9, grouped = false): string {
  const [cc, bban] = r.pick([
    ['DE', () => r.digits(18)],
    ['GB', () => `${r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'])}${r.digits(14)}`],
    ['NL', () => `${r.pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}${r.digits(10)}`],
    ['FR', () => r.digits(23)],
    ['ES', () => r.digits(20)],
    ['AT', () => r.digits(16)],
  ] as const);
  const b = bban();
  const check = String(98 - mod97(b + cc + '00')).padStart(2, '0');
  const s = cc + check + b;
  return grouped ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}
export const ibanOk = (s: string): boolean => {
  const c = s.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c) && mod97(c.slice(4) + c.slice(0, 4)) === 1;
};
/** An ABA routing number with a valid checksum. */
export function aba(r: Rng9): string {
  const d = `${r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}${r.digits(6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
  return d + String((10 - (s % 10)) % 10);
}
export const acct = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
export const ein = (r: Rng9): string => `${r.pick(['12', '20', '27', '45', '46', '47', '81', '82', '84', '94', '36', '59'])}-${r.digits(7)}`;
export const sortCode = (r: Rng9): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
export const lower = (r: Rng9, n: number): string => r.chars(LOWER, n);

/** An ISO timestamp in 2026. */
export const ts = (r: Rng9): string => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}${r.pick(['Z', '.' + r.digits(3) + 'Z', '+01:00', '-05:00'])}`;
/** A charge box id as vendors name them. */
export const cbId = (r: Rng9): string => r.pick([`ABB-TAC${r.digits(6)}`, `EVB-P${r.digits(7)}`, `WB${r.digits(6)}`, `CP-${r.chars(UPPER, 3)}-${r.digits(4)}`, `KEBA_${r.digits(8)}`, `ZAPTEC-${r.chars(UPPER + DIGITS, 6)}`]);
