import { DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** People, contact details and money values for set 72. */

const FIRST = ['Amara', 'Bartosz', 'Chiara', 'Dmitri', 'Eun-ji', 'Fatima', 'Gareth', 'Hiroshi', 'Ingrid', 'Jamal', 'Katarzyna', 'Luis', 'Mei-Ling', 'Nkechi', 'Oskar', 'Priya', 'Quentin', 'Rosalind', 'Siddharth', 'Thandiwe', 'Ulla', 'Valentina', 'Wojciech', 'Xiomara', 'Yusuf', 'Zoë', 'Aoife', 'Björn', 'Céline', 'Dario', 'Esperanza', 'Finnegan', 'Grace', 'Hamza', 'Isabela', 'Jun', 'Kwame', 'Leilani', 'Marisol', 'Naveen', 'Olumide', 'Paulina', 'Rafael', 'Sakura', 'Tomás', 'Vikram', 'Wen', 'Yara', 'Anders', 'Beatriz'];
const LAST = ['Okonkwo', 'Kowalczyk', 'Bianchi', 'Volkov', 'Park', 'Al-Sayed', 'Llewellyn', 'Tanaka', 'Johansson', 'Washington', 'Nowak', 'Hernández', 'Chen', 'Adeyemi', 'Lindqvist', 'Raghavan', 'Dubois', 'Fairbanks', 'Menon', 'Dlamini', 'Virtanen', 'Rossi', 'Wiśniewski', 'Castillo', 'Yılmaz', 'Müller', "O'Sullivan", 'Nyström', 'Lefèvre', 'Esposito', 'García Márquez', 'McAllister', 'Kim', 'Haddad', 'Oliveira', 'Nguyen', 'Mensah', 'Kahananui', 'Villanueva', 'Reddy', 'Balogun', 'Zielińska', 'Moreau', 'Suzuki', 'Ferreira', 'Iyer', 'Zhang', 'Hosseini', 'van der Berg', 'Santos'];
const MAILDOM = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'web.de', 'hotmail.fr', 'gmx.net', 'fastmail.com', 'bluewin.ch', 'comcast.net', 'naver.com', 'qq.com', 'libero.it', 'orange.fr'];

export function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/[^A-Za-z-]/g, '').toLowerCase();
}

export interface Person { first: string; last: string; full: string }

export function person(r: Rng9): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, full: `${first} ${last}` };
}

export function email(r: Rng9, p: Person): string {
  const f = ascii(p.first), l = ascii(p.last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(1, 99)}`, `${f}_${l}${r.int(70, 99)}`, `${l}.${f}`]);
  return `${local}@${r.pick(MAILDOM)}`;
}

export function phone(r: Rng9): string {
  const n = (k: number) => r.digits(k);
  const us = () => `${r.int(2, 9)}${n(2)}`;
  return r.pick([
    () => `+1${us()}${r.int(2, 9)}${n(6)}`,
    () => `(${us()}) ${r.int(2, 9)}${n(2)}-${n(4)}`,
    () => `+1 ${us()}-${r.int(2, 9)}${n(2)}-${n(4)}`,
    () => `+447${r.int(4, 9)}${n(8)}`,
    () => `+44 7${r.int(4, 9)}${n(2)} ${n(6)}`,
    () => `+49 15${r.int(1, 9)} ${n(8)}`,
    () => `+33 6 ${n(2)} ${n(2)} ${n(2)} ${n(2)}`,
    () => `+91 9${n(4)} ${n(5)}`,
    () => `+55 11 9${n(4)}-${n(4)}`,
    () => `+81 90-${n(4)}-${n(4)}`,
    () => `+61 4${n(2)} ${n(3)} ${n(3)}`,
    () => `+234${r.pick(['803', '806', '813'])}${n(7)}`,
  ])();
}

const STREETS_US = ['Maple Avenue', 'Cedar Lane', 'Sunset Blvd', 'W 34th St', 'Willow Creek Dr', 'NE Alberta St', 'Peachtree Rd NE', 'Kalakaua Ave'];
export function street(r: Rng9): string {
  return r.pick([
    () => `${r.int(10, 9899)} ${r.pick(STREETS_US)}${r.pick(['', ` Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, ` Unit ${r.int(100, 999)}`])}`,
    () => `${r.pick(['Hauptstraße', 'Kastanienallee', 'Schillerstr.', 'Bergmannstraße'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`,
    () => `${r.int(1, 90)} ${r.pick(['rue de la Roquette', 'avenue Jean Jaurès', 'boulevard Voltaire'])}`,
    () => `${r.pick(['Flat', 'Apartment'])} ${r.int(1, 30)}, ${r.int(2, 199)} ${r.pick(['Kingsley Road', 'Abbey Lane', 'Princes Street'])}`,
    () => `Via ${r.pick(['Garibaldi', 'Roma', 'dei Mille'])} ${r.int(1, 120)}`,
    () => `${r.int(1, 400)} ${r.pick(['Collins St', 'George Street', 'Queen St W'])}`,
    () => `Calle ${r.pick(['Mayor', 'de Alcalá', 'Serrano'])} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'Izq'])}`,
  ])();
}
export function city(r: Rng9): [string, string, string] {
  return r.pick<[string, string, string]>([['Portland', 'OR', '97211'], ['Austin', 'TX', '78704'], ['Brooklyn', 'NY', '11215'], ['Berlin', 'BE', '10437'], ['Paris', 'IDF', '75011'], ['Leeds', 'ENG', 'LS6 2AB'], ['Milano', 'MI', '20121'], ['Melbourne', 'VIC', '3000'], ['Madrid', 'MD', '28014'], ['Honolulu', 'HI', '96815']]);
}

const pad = (n: number) => String(n).padStart(2, '0');
export function dob(r: Rng9): string {
  const y = r.int(1950, 2004), m = r.int(1, 12), d = r.int(1, 28);
  return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(m)}/${pad(d)}/${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`]);
}
export function dobIso(r: Rng9): string {
  return `${r.int(1950, 2004)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}

export function luhnOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  if (!/^\d{12,19}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  return body + '0';
}
const BRANDS: [string, string[], number][] = [['visa', ['4'], 16], ['mastercard', ['51', '53', '55', '2221', '2720'], 16], ['amex', ['34', '37'], 15], ['discover', ['6011', '65'], 16], ['jcb', ['3528', '3589'], 16], ['unionpay', ['62'], 16], ['diners', ['36'], 14]];
export function card(r: Rng9, brand?: string): { number: string; brand: string } {
  const [b, pre, len] = brand ? BRANDS.find((x) => x[0] === brand)! : r.pick(BRANDS);
  const p = r.pick(pre);
  let num = luhnComplete(p + r.digits(len - p.length - 1));
  // Avoid the public test numbers (4242…, 4111…, 5555…): these are live-looking PANs.
  if (/^(4242|4111|5555|3782)/.test(num)) num = luhnComplete(p + '9' + r.digits(len - p.length - 2));
  return { number: num, brand: b };
}
export function spaced(n: string): string {
  return n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function ibanOk(s: string): boolean {
  const v = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v)) return false;
  const re = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of re) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
}
export function iban(r: Rng9, grouped = false): string {
  const [cc, bban] = r.pick<[string, () => string]>([
    ['DE', () => r.digits(18)], ['GB', () => r.chars(UPPER, 4) + r.digits(14)], ['FR', () => r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2)],
    ['NL', () => r.chars(UPPER, 4) + r.digits(10)], ['ES', () => r.digits(20)], ['IT', () => r.chars(UPPER, 1) + r.digits(10) + r.chars(DIGITS, 12)],
    ['BE', () => r.digits(12)], ['IE', () => r.chars(UPPER, 4) + r.digits(14)],
  ]);
  const b = bban();
  const re = (b + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of re) m = (m * 10 + Number(ch)) % 97;
  const v = cc + String(98 - m).padStart(2, '0') + b;
  return grouped ? v.replace(/(.{4})(?=.)/g, '$1 ') : v;
}

export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}
export function routing(r: Rng9): string {
  for (;;) {
    const b = String(r.int(1, 12)).padStart(2, '0') + r.digits(6);
    for (let c = 0; c < 10; c++) if (abaOk(b + c)) return b + c;
  }
}
export function account(r: Rng9): string {
  return String(r.int(1, 9)) + r.digits(r.int(8, 11));
}

/** A realistic human password: mixed classes with symbols from `&;#%`, and `'`, spaces or `"` where the context allows them unescaped. */
export function password(r: Rng9, spaces = false, dq = false): string {
  const words = ['Harbor', 'lantern', 'Quartz', 'mango', 'Tundra', 'violet', 'Falcon', 'cobalt', 'Meadow', 'pepper'];
  if (spaces && r.int(0, 2) === 0) return `${r.pick(words)} ${r.pick(words).toLowerCase()} ${r.int(10, 99)}${r.pick(['!', '&', '#', '%'])} ${r.pick(words)}`;
  const sym = '!#%&;*@^~' + (spaces ? "'" : '') + (dq ? '"' : '');
  let s = r.pick(words) + r.chars(sym, 1) + r.chars(LOWER + UPPER + DIGITS, r.int(4, 8)) + r.chars(sym, 1) + r.digits(2);
  if (r.int(0, 1)) s = r.chars(UPPER, 1) + s;
  return s;
}
/** A password fit for a URL userinfo (no reserved characters). */
export function urlPassword(r: Rng9): string {
  return r.chars(LOWER + UPPER + DIGITS, 6) + r.pick(['-', '_', '.', '~']) + r.chars(LOWER + UPPER + DIGITS, r.int(8, 14));
}
