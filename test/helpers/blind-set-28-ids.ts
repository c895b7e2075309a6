import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { cpfDigits28, dniLetter28, luhnDigit28, nirKey28, nricLetter28, steuerDigit28, verhoeffDigit28 } from './blind-set-28-checks';

/** A national id with its kind name (the kind matches a check in blind-set-28-format). */
export interface NatId28 {
  kind: string;
  label: string;
  value: string;
}

/** US SSN, dashed or plain, never a reserved area. */
export function ssn28(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
  return r.next() < 0.8 ? s.join('-') : s.join('');
}

/** UK National Insurance number, spaced or not. */
export function nino28(r: Rng9): string {
  const p1 = 'ABCEGHJKLMNOPRSTWXYZ', p2 = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = r.pick([...p1]) + r.pick([...p2]);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = 'JR';
  const d = r.digits(6);
  const suf = r.pick(['A', 'B', 'C', 'D']);
  return r.next() < 0.5 ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`;
}

/** Canadian SIN (Luhn), spaced or dashed. */
export function sin28(r: Rng9): string {
  const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
  const d = body + luhnDigit28(body);
  const sep = r.pick([' ', '-', '']);
  return `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
}

/** French NIR with its key. */
export function nir28(r: Rng9): string {
  const body = `${r.int(1, 2)}${String(r.int(50, 99)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
  const full = body + nirKey28(body);
  return r.next() < 0.5 ? full : `${full[0]} ${full.slice(1, 3)} ${full.slice(3, 5)} ${full.slice(5, 7)} ${full.slice(7, 10)} ${full.slice(10, 13)} ${full.slice(13)}`;
}

/** German Steuer-ID: one digit doubled in the first ten, check digit. */
export function steuer28(r: Rng9): string {
  for (;;) {
    const pool = [...DIGITS];
    const ds: string[] = [];
    while (ds.length < 9) { const i = r.int(0, pool.length - 1); ds.push(pool.splice(i, 1)[0]!); }
    ds.push(ds[r.int(0, 8)]!);
    for (let i = ds.length - 1; i > 0; i--) { const j = r.int(0, i); [ds[i], ds[j]] = [ds[j]!, ds[i]!]; }
    if (ds[0] === '0') continue;
    const ten = ds.join('');
    return ten + steuerDigit28(ten);
  }
}

/** Spanish DNI or NIE. */
export function dni28(r: Rng9): string {
  if (r.next() < 0.6) {
    const n = r.int(10000000, 99999999);
    return `${n}${r.next() < 0.3 ? '-' : ''}${dniLetter28(n)}`;
  }
  const x = r.int(0, 2);
  const seven = r.digits(7);
  return `${'XYZ'[x]}${seven}${dniLetter28(Number(`${x}${seven}`))}`;
}

/** Dutch BSN (11-test). */
export function bsn28(r: Rng9): string {
  for (;;) {
    const e = r.int(1, 6) + r.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(e[i]) * (9 - i);
    const last = sum % 11;
    if (last < 10) return e + last;
  }
}

/** Polish PESEL for a birth date in 1950–2005. */
export function pesel28(r: Rng9): string {
  const y = r.int(1950, 2005);
  const m = r.int(1, 12) + (y >= 2000 ? 20 : 0);
  const body = `${String(y % 100).padStart(2, '0')}${String(m).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(body[i]) * w[i]!;
  return body + ((10 - (sum % 10)) % 10);
}

/** Brazilian CPF, punctuated or not. */
export function cpf28(r: Rng9): string {
  let nine = r.digits(9);
  if (/^(\d)\1+$/.test(nine)) nine = '1' + nine.slice(1, 8) + '7';
  const d = nine + cpfDigits28(nine);
  return r.next() < 0.7 ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
}

/** Indian Aadhaar (Verhoeff), grouped in fours or not. */
export function aadhaar28(r: Rng9): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const d = body + verhoeffDigit28(body);
  return r.next() < 0.7 ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d;
}

/** Indian PAN of an individual (fourth letter P). */
export function pan28(r: Rng9): string {
  return `${r.chars(UPPER, 3)}P${r.chars(UPPER, 1)}${r.digits(4)}${r.chars(UPPER, 1)}`;
}

/** Australian TFN (weighted mod 11). */
export function tfn28(r: Rng9): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const e = String(r.int(1, 9)) + r.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(e[i]) * w[i]!;
    for (let c = 0; c < 10; c++) if ((sum + c * 10) % 11 === 0) {
      const d = e + c;
      return r.next() < 0.5 ? d : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
    }
  }
}

/** Singapore NRIC/FIN. */
export function nric28(r: Rng9): string {
  const p = r.pick(['S', 'T', 'F', 'G']);
  const seven = r.digits(7);
  return p + seven + nricLetter28(p, seven);
}

/** A random national id of one of the countries, with its label as a form would print it. */
export function natId28(r: Rng9): NatId28 {
  const all: [string, string[], (r: Rng9) => string][] = [
    ['ssn', ['SSN', 'ssn', 'social_security_number', 'Social Security No.'], ssn28],
    ['nino', ['NI number', 'national_insurance_number', 'NINO'], nino28],
    ['sin', ['SIN', 'social_insurance_number', 'NAS/SIN'], sin28],
    ['nir', ['numéro de sécurité sociale', 'NIR', 'n° sécu'], nir28],
    ['steuerid', ['Steuer-ID', 'Steueridentifikationsnummer', 'steuer_id'], steuer28],
    ['dni', ['DNI', 'NIF', 'dni_nie'], dni28],
    ['bsn', ['BSN', 'burgerservicenummer'], bsn28],
    ['pesel', ['PESEL', 'pesel'], pesel28],
    ['cpf', ['CPF', 'cpf'], cpf28],
    ['aadhaar', ['Aadhaar', 'aadhaar_number', 'UIDAI'], aadhaar28],
    ['pan', ['PAN', 'pan_number', 'PAN card'], pan28],
    ['tfn', ['TFN', 'tax_file_number'], tfn28],
    ['nric', ['NRIC', 'nric_fin'], nric28],
  ];
  const [kind, labels, gen] = r.pick(all);
  return { kind, label: r.pick(labels), value: gen(r) };
}
