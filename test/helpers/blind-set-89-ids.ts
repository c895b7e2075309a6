import type { Rng89 } from './blind-set-89-rng';

/** Personal identifiers: documents, birth dates, loyalty numbers, device and subscriber ids. */
export const luhnDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
export const withLuhn = (body: string): string => body + luhnDigit(body);

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export interface Dob89 {
  y: number;
  m: number;
  d: number;
}
export const dob = (r: Rng89): Dob89 => ({ y: r.int(1948, 2006), m: r.int(1, 12), d: r.int(1, 28) });
/** Birth date in a printed form: ISO, US, EU, dotted, IATA `12MAR85`, EDIFACT `850312`. */
export function dobText(r: Rng89, b: Dob89, form?: string): string {
  const f = form ?? r.pick(['iso', 'us', 'eu', 'dot', 'iata', 'iata4']);
  const yy = p2(b.y % 100);
  switch (f) {
    case 'iso': return `${b.y}-${p2(b.m)}-${p2(b.d)}`;
    case 'us': return `${p2(b.m)}/${p2(b.d)}/${b.y}`;
    case 'eu': return `${p2(b.d)}/${p2(b.m)}/${b.y}`;
    case 'dot': return `${p2(b.d)}.${p2(b.m)}.${b.y}`;
    case 'iata': return `${p2(b.d)}${MON[b.m - 1]}${yy}`;
    case 'iata4': return `${p2(b.d)}${MON[b.m - 1]}${b.y}`;
    case 'edi': return `${yy}${p2(b.m)}${p2(b.d)}`;
    default: return `${b.y}${p2(b.m)}${p2(b.d)}`;
  }
}
export const futureIata = (r: Rng89): string => `${p2(r.int(1, 28))}${r.pick(MON)}${r.int(27, 35)}`;

/** [issuing country ISO-3, passport number]. */
export function passport(r: Rng89): [string, string] {
  return r.pick<(r: Rng89) => [string, string]>([
    (r) => ['USA', `${r.pick(['5', '6', 'A'])}${r.digits(8)}`],
    (r) => ['GBR', `${r.pick(['1', '5', '12'])}${r.digits(8)}`.slice(0, 9)],
    (r) => ['DEU', `C${r.str('CFGHJKLMNPRTVWXYZ0123456789', 8)}`],
    (r) => ['FRA', `${r.digits(2)}${r.upper(2)}${r.digits(5)}`],
    (r) => ['ESP', `${r.upper(3)}${r.digits(6)}`],
    (r) => ['IND', `${r.upper(1)}${r.num(7)}`],
    (r) => ['CHN', `E${r.digits(8)}`],
    (r) => ['JPN', `T${r.pick(['K', 'R', 'Z'])}${r.digits(7)}`],
    (r) => ['BRA', `${r.upper(2)}${r.digits(6)}`],
    (r) => ['KOR', `M${r.digits(8)}`],
  ])(r);
}

/** [region, driver's licence number]. */
export function licence(r: Rng89, surname = 'MORGAN'): [string, string] {
  return r.pick<(r: Rng89) => [string, string]>([
    (r) => ['CA', `${r.upper(1)}${r.digits(7)}`],
    (r) => ['FL', `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`],
    (r) => ['NY', `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`],
    (r) => ['TX', r.num(8)],
    (r) => ['GB', `${(surname.replace(/[^A-Z]/g, '') + '99999').slice(0, 5)}${r.digits(1)}${r.int(0, 1)}${r.int(1, 9)}${r.int(1, 2)}${r.digits(1)}${r.upper(2)}9${r.upper(2)}`],
    (r) => ['DE', `B${r.digits(3)}${r.upnum(6)}${r.digits(1)}`],
    (r) => ['ES', dni(r)],
  ])(r);
}

export function dni(r: Rng89): string {
  const n = r.num(8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
}
export function cpf(r: Rng89, punct = true): string {
  const d = r.digits(9).split('').map(Number);
  const dig = (xs: number[]): number => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const m = (s * 10) % 11;
    return m === 10 ? 0 : m;
  };
  d.push(dig(d));
  d.push(dig(d));
  const s = d.join('');
  return punct ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
export function ssn(r: Rng89): string {
  return `${r.pick(['1', '2', '3', '4', '5'])}${r.digits(2)}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
export function bsn(r: Rng89): string {
  for (;;) {
    const d = r.num(8);
    const s = d.split('').reduce((a, x, i) => a + Number(x) * (9 - i), 0);
    const last = s % 11;
    if (last < 10) return d + last;
  }
}
export const pccc = (r: Rng89): string => `P${r.num(12)}`;

/** [programme label, frequent-flyer number]. */
export function ffNumber(r: Rng89): [string, string] {
  return r.pick<(r: Rng89) => [string, string]>([
    (r) => ['LH', `992${r.digits(12)}`],
    (r) => ['BA', r.num(8)],
    (r) => ['AA', `${r.upnum(3)}${r.upper(1)}${r.digits(3)}`],
    (r) => ['DL', r.num(10)],
    (r) => ['UA', `${r.upper(2)}${r.digits(6)}`],
    (r) => ['AF', r.num(10)],
    (r) => ['EK', `EK${r.num(9)}`],
    (r) => ['QF', r.num(10)],
    (r) => ['NH', r.num(10)],
  ])(r);
}

export const imei = (r: Rng89): string => withLuhn(`${r.pick(['35', '86', '01', '49'])}${r.digits(12)}`);
export const imsi = (r: Rng89): string => `${r.pick(['310260', '214070', '234150', '262011', '44010', '208010'])}${r.digits(9)}`.slice(0, 15).padEnd(15, '7');
export const iccid = (r: Rng89): string => withLuhn(`89${r.pick(['01260', '34070', '44150', '49011', '81100'])}${r.digits(11)}`);

/** A PRC resident identity number (18 chars, ISO 7064 MOD 11-2 check). */
export function cnId(r: Rng89): string {
  const area = r.pick(['110105', '310104', '440305', '510107', '330106']);
  const b = `${r.int(1960, 2004)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
  const body = area + b + r.digits(3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return body + '10X98765432'[s % 11];
}

/** An eUICC EID: 32 digits whose whole value is 1 mod 97. */
export function eid(r: Rng89): string {
  const body = `89049032${r.digits(22)}`;
  const check = 98n - (BigInt(`${body}00`) % 97n);
  return body + String(check).padStart(2, '0');
}
