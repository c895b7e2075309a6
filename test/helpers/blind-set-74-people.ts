import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

/** Personal and financial value generators for blind set 74, with their checksums. */

const CULTURES: [string[], string[]][] = [
  [['James', 'Olivia', 'Ethan', 'Madison', 'Connor', 'Brianna'], ['Whitaker', 'Sullivan', 'Fitzgerald', 'Henderson', 'Caldwell', 'Brennan']],
  [['María José', 'Alejandro', 'Lucía', 'Joaquín', 'Ximena', 'Santiago'], ['García Márquez', 'Fernández', 'Rodríguez', 'Villalobos', 'Etxeberria', 'Castañeda']],
  [['Haruto', 'Yui', 'Sakura', 'Ren', 'Aoi', 'Takumi'], ['Tanaka', 'Watanabe', 'Yamamoto', 'Kobayashi', 'Nakamura', 'Fujiwara']],
  [['Oluwaseun', 'Chiamaka', 'Adebayo', 'Ngozi', 'Emeka', 'Folake'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwachukwu', 'Afolabi']],
  [['Priya', 'Arjun', 'Ananya', 'Vikram', 'Deepika', 'Rohan'], ['Raghunathan', 'Iyer', 'Chatterjee', 'Deshpande', 'Venkatesan', 'Malhotra']],
  [['Wei', 'Xiaoling', 'Jun', 'Mei', 'Haoran', 'Yuting'], ['Zhang', 'Wang', 'Chen', 'Liu', 'Huang', 'Zhou']],
  [['Søren', 'Ingrid', 'Magnus', 'Freja', 'Lars', 'Astrid'], ['Kjærgaard', 'Lindqvist', 'Johansson', 'Østergaard', 'Halvorsen', 'Nyström']],
  [['Mohammed', 'Fatima', 'Youssef', 'Layla', 'Omar', 'Noor'], ['Al-Khouri', 'Haddad', 'Benali', 'El Amrani', 'Nasser', 'Rahman']],
  [['Jean-Baptiste', 'Océane', 'Théo', 'Élodie', 'Mathis', 'Clémence'], ['Dubois', 'Lefèvre', 'Moreau', 'Rousseau', 'Girard', 'Beaumont']],
  [['Dmitri', 'Anastasia', 'Katarzyna', 'Bogdan', 'Zofia', 'Nikolai'], ['Kowalczyk', 'Ivanova', 'Nowakowski', 'Petrov', 'Wiśniewska', 'Sokolov']],
  [['Thanh', 'Linh', 'Minh Anh', 'Huong'], ['Nguyễn', 'Trần', 'Phạm', 'Lê Văn']],
  [['Seo-yeon', 'Ji-ho', 'Min-jun', 'Ha-eun'], ['Kim', 'Park', 'Choi', 'Jeong']],
  [['Kwame', 'Abena', 'Kofi', 'Ama'], ['Mensah', 'Boateng', 'Owusu', 'Asante']],
  [['Giulia', 'Lorenzo', 'Chiara', 'Matteo'], ['Bianchi', 'Esposito', 'Ricci', 'De Luca']],
  [['Siobhán', 'Ciarán', 'Aoife', 'Declan'], ["O'Sullivan", 'McCarthy', "O'Brien", 'Gallagher']],
];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'web.de', 'gmx.net', 'hotmail.co.uk', 'yahoo.co.jp', 'fastmail.com', 'orange.fr', 'mail.ru', 'qq.com', 'bluewin.ch'];

export interface Who { first: string; last: string; name: string; email: string }
export function who(r: Rng9): Who {
  const [f, l] = r.pick(CULTURES);
  const first = r.pick(f);
  const last = r.pick(l);
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØ]/g, 'o').replace(/æ/g, 'ae').replace(/ł/g, 'l').toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([() => `${ascii(first)}.${ascii(last)}`, () => `${ascii(first)[0]}${ascii(last)}${r.int(1, 99)}`, () => `${ascii(first)}_${ascii(last)}`, () => `${ascii(last)}.${ascii(first)}${r.int(70, 99)}`, () => `${ascii(first)}+${r.pick(['shop', 'news', 'bank'])}`])();
  return { first, last, name: `${first} ${last}`, email: `${local}@${r.pick(MAIL)}` };
}

export function phone(r: Rng9, e164Only = false): string {
  const n = (a: number, b: number) => String(r.int(a, b));
  const forms = [
    () => `+1${n(2, 9)}${r.digits(2)}${n(2, 9)}${r.digits(6)}`,
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `+4915${n(1, 7)}${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    () => `+55 11 9${r.digits(4)}-${r.digits(4)}`,
    () => `+81-90-${r.digits(4)}-${r.digits(4)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ];
  const national = [
    () => `(${n(2, 9)}${r.digits(2)}) ${n(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    () => `07${r.digits(3)} ${r.digits(6)}`,
    () => `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `${n(2, 9)}${r.digits(2)}.${n(2, 9)}${r.digits(2)}.${r.digits(4)}`,
    () => `0176 ${r.digits(8)}`,
  ];
  return r.pick(e164Only ? forms.slice(0, 1).concat([() => `+447${r.digits(9)}`, () => `+336${r.digits(8)}`, () => `+919${r.digits(9)}`]) : [...forms, ...national])();
}

export function address(r: Rng9): string {
  const forms = [
    () => `${r.int(12, 9899)} ${r.pick(['Maple Grove', 'Cedar Ridge', 'Oakhurst', 'Willow Bend', 'Pine Hollow', 'Sycamore'])} ${r.pick(['Ave', 'Dr', 'Rd', 'Lane', 'Court', 'Blvd'])}${r.pick(['', ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C'])}`, ` Unit ${r.int(100, 999)}`])}`,
    () => `Flat ${r.int(1, 24)}, ${r.int(2, 180)} ${r.pick(['Kingsley Road', 'Elmwood Crescent', 'Harrowgate Street', 'Abbey Gardens'])}`,
    () => `${r.pick(['Hauptstraße', 'Lindenallee', 'Bergmannstraße', 'Am Rosengarten'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`,
    () => `${r.int(1, 88)} rue ${r.pick(['des Lilas', 'Victor Hugo', 'de la République', 'du Faubourg Saint-Antoine'])}`,
    () => `Calle ${r.pick(['Mayor', 'de Alcalá', 'San Bernardo'])} ${r.int(2, 190)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'Izq.'])}`,
    () => `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Shibakoen', 'Jingumae', 'Nishi-Shinjuku'])}`,
    () => `${r.int(2, 999)} ${r.pick(['Bloor St W', 'Rue Sainte-Catherine O', 'Queen St E'])}`,
    () => `Rua ${r.pick(['Augusta', 'Oscar Freire', 'das Flores'])}, ${r.int(10, 2800)}`,
  ];
  return r.pick(forms)();
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');
export function dob(r: Rng9, form?: number): string {
  const y = r.int(1942, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const forms = [`${y}-${p2(m)}-${p2(d)}`, `${p2(m)}/${p2(d)}/${y}`, `${p2(d)}.${p2(m)}.${y}`, `${MON[m - 1]} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}T00:00:00.000Z`, `${p2(d)}/${p2(m)}/${y}`];
  return forms[form ?? r.int(0, forms.length - 1)]!;
}

/** National ids with valid checksums; the kind names what formatOk74 checks. */
export function luhnOk(d: string): boolean {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    s += x;
  }
  return s % 10 === 0;
}
export function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('luhn');
}
const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
export function verhoeffOk(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
}
export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const cpfDigit = (d: string, w0: number): number => {
  let s = 0;
  for (let i = 0; i < d.length; i++) s += Number(d[i]) * (w0 - i);
  const m = (s * 10) % 11;
  return m === 10 ? 0 : m;
};
export const bsnOk = (d: string): boolean => d.length === 9 && [...d].reduce((s, x, i) => s + Number(x) * (i < 8 ? 9 - i : -1), 0) % 11 === 0;
export const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
export const cnCheck = (d17: string): string => '10X98765432'[[...d17].reduce((s, x, i) => s + Number(x) * ((2 ** (17 - i)) % 11), 0) % 11]!;

export function nationalId(r: Rng9): { kind: string; value: string } {
  const k = r.int(0, 10);
  if (k <= 2) {
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const v = `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
    return { kind: 'us-ssn', value: r.int(0, 3) ? v : v.replace(/-/g, '') };
  }
  if (k === 3) {
    const a = r.pick([...'ABCEGHJKLMNOPRSTWXYZ']);
    const b = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
    const pre = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b) ? 'JK' : a + b;
    const d = r.digits(6);
    const suf = r.pick(['A', 'B', 'C', 'D']);
    return { kind: 'uk-nino', value: r.int(0, 1) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` };
  }
  if (k === 4) {
    const v = luhnComplete(r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7));
    return { kind: 'ca-sin', value: r.int(0, 1) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}` };
  }
  if (k === 5) {
    const n = r.int(10000000, 99999999);
    return { kind: 'es-dni', value: `${n}${DNI_LETTERS[n % 23]}` };
  }
  if (k === 6) {
    for (;;) {
      const d = String(r.int(1, 9)) + r.digits(8);
      if (bsnOk(d)) return { kind: 'nl-bsn', value: d };
    }
  }
  if (k === 7) {
    const d = String(r.int(1, 9)) + r.digits(8);
    const d1 = cpfDigit(d, 10);
    const d2 = cpfDigit(d + d1, 11);
    const v = d + d1 + d2;
    return { kind: 'br-cpf', value: `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}` };
  }
  if (k === 8) {
    const body = String(r.int(2, 9)) + r.digits(10);
    for (let c = 0; c < 10; c++) {
      const v = body + c;
      if (verhoeffOk(v)) return { kind: 'in-aadhaar', value: r.int(0, 1) ? `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}` : v };
    }
  }
  if (k === 9) {
    const y = r.int(50, 99);
    const body = `${y}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.digits(4)}`;
    const s = PESEL_W.reduce((a, w, i) => a + w * Number(body[i]), 0);
    return { kind: 'pl-pesel', value: body + ((10 - (s % 10)) % 10) };
  }
  const d17 = `${r.pick(['110101', '310104', '440305', '510107'])}${r.int(1950, 2004)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.digits(3)}`;
  return { kind: 'cn-ric', value: d17 + cnCheck(d17) };
}

/** Card numbers of several brands (valid Luhn), as written. */
export function card(r: Rng9): string {
  const b = r.int(0, 7);
  const [pre, len] = ([
    ['4' + r.digits(5), 16],
    [String(r.int(51, 55)) + r.digits(4), 16],
    [String(r.int(2221, 2720)) + r.digits(2), 16],
    [r.pick(['34', '37']) + r.digits(4), 15],
    [r.pick(['6011', '6445', '6500']) + r.digits(2), 16],
    [String(r.int(3528, 3589)) + r.digits(2), 16],
    ['36' + r.digits(4), 14],
    ['62' + r.digits(4), 19],
  ] as [string, number][])[b]!;
  const n = luhnComplete(pre + r.digits(len - 7));
  const form = r.int(0, 3);
  if (form === 0 || len === 19) return n;
  const sep = form === 1 ? ' ' : form === 2 ? '-' : '';
  if (len === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (len === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{4}/g)!.join(sep);
}

const IBAN: Record<string, [number, (r: Rng9) => string]> = {
  DE: [22, (r) => r.digits(18)],
  GB: [22, (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14)],
  FR: [27, (r) => r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2)],
  ES: [24, (r) => r.digits(20)],
  NL: [18, (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)],
  IT: [27, (r) => r.chars(UPPER, 1) + r.digits(10) + r.digits(12)],
  BE: [16, (r) => r.digits(12)],
  CH: [21, (r) => r.digits(17)],
  PL: [28, (r) => r.digits(24)],
  SE: [24, (r) => r.digits(20)],
  AT: [20, (r) => r.digits(16)],
  IE: [22, (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
  PT: [25, (r) => r.digits(21)],
  NO: [15, (r) => r.digits(11)],
};
export const IBAN_LEN: Record<string, number> = Object.fromEntries(Object.entries(IBAN).map(([k, v]) => [k, v[0]]));
export function mod97(s: string): number {
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return m;
}
export function iban(r: Rng9): string {
  const cc = r.pick(Object.keys(IBAN));
  const bban = IBAN[cc]![1](r);
  const ck = 98 - mod97(`${cc}00${bban}`);
  const v = `${cc}${p2(ck)}${bban}`;
  return r.int(0, 2) ? v : v.match(/.{1,4}/g)!.join(' ');
}
export const abaOk = (d: string): boolean => /^\d{9}$/.test(d) && (3 * (+d[0]! + +d[3]! + +d[6]!) + 7 * (+d[1]! + +d[4]! + +d[7]!) + (+d[2]! + +d[5]! + +d[8]!)) % 10 === 0;
export function routing(r: Rng9): string {
  for (;;) {
    const d = p2(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])) + r.digits(7);
    if (abaOk(d)) return d;
  }
}
export const account = (r: Rng9): string => String(r.int(1, 9)) + r.digits(r.int(7, 11));
