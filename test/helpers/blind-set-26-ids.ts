/** National identifiers for blind set 26, built with each scheme's check digits from a person's birth date and sex. */
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnDigit, verhoeffDigit } from './blind-set-26-checks';
import * as K from './blind-set-26-checks-ids';
import { ascii, type Person } from './blind-set-26-people';

const p2 = (n: number) => String(n).padStart(2, '0');
const yy = (p: Person) => p2(p.y % 100);

/** A Brazilian CPF, formatted `123.456.789-09` or bare. */
export function cpf(r: Rng9, bare = false): string {
  let b = r.digits(9);
  while (/^(\d)\1+$/.test(b)) b = r.digits(9);
  const c = b + K.cpfDigits(b);
  return bare ? c : `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
}

/** A Brazilian CNPJ (a MEI's, i.e. a person's business registration), formatted. */
export function cnpj(r: Rng9): string {
  const b = r.digits(8) + '0001';
  const c = b + K.cnpjDigits(b);
  return `${c.slice(0, 2)}.${c.slice(2, 5)}.${c.slice(5, 8)}/${c.slice(8, 12)}-${c.slice(12)}`;
}

const CONS = (s: string) =>
  ascii(s)
    .toUpperCase()
    .replace(/[AEIOU]/g, '');
const VOWS = (s: string) =>
  ascii(s)
    .toUpperCase()
    .replace(/[^AEIOU]/g, '');

/** A Mexican CURP for the person (check digit computed). */
export function curp(r: Rng9, p: Person): string {
  const l = ascii(p.last).toUpperCase();
  const m = ascii(r.pick(['García', 'López', 'Torres', 'Vega'])).toUpperCase();
  const f = ascii(p.first).toUpperCase();
  const head = `${l[0]}${VOWS(l.slice(1))[0] ?? 'X'}${m[0]}${f[0]}${yy(p)}${p2(p.m)}${p2(p.d)}${p.female ? 'M' : 'H'}${r.pick(['DF', 'JC', 'NL', 'MC', 'PL'])}`;
  const body = `${head}${CONS(l.slice(1))[0] ?? 'X'}${CONS(m.slice(1))[0] ?? 'X'}${CONS(f.slice(1))[0] ?? 'X'}${p.y < 2000 ? r.int(0, 9) : r.pick([...UPPER])}`;
  return body + K.curpDigit(body);
}

/** A Mexican RFC of a person (13 characters with homoclave and check). */
export function rfc(r: Rng9, p: Person): string {
  const l = ascii(p.last).toUpperCase();
  const body = `${l[0]}${VOWS(l.slice(1))[0] ?? 'X'}${r.pick([...'GLMRT'])}${ascii(p.first).toUpperCase()[0]}${yy(p)}${p2(p.m)}${p2(p.d)}${r.chars(UPPER + DIGITS, 2)}`;
  return body + K.rfcDigit(body);
}

/** A Spanish DNI or NIE. */
export function dniNie(r: Rng9, nie = false): string {
  if (!nie) {
    const n = r.int(10000000, 79999999);
    return `${n}${K.dniLetter(n)}`;
  }
  const pre = r.int(0, 2);
  const body = r.digits(7);
  return `${'XYZ'[pre]}${body}${K.dniLetter(Number(`${pre}${body}`))}`;
}

/** An Italian codice fiscale for the person. */
export function codiceFiscale(r: Rng9, p: Person): string {
  const part = (s: string, name: boolean) => {
    const c = CONS(s);
    const use = name && c.length >= 4 ? c[0]! + c[2]! + c[3]! : c;
    return (use + VOWS(s) + 'XXX').slice(0, 3);
  };
  const body = `${part(p.last, false)}${part(p.first, true)}${yy(p)}${'ABCDEHLMPRST'[p.m - 1]}${p2(p.d + (p.female ? 40 : 0))}${r.pick(['H501', 'F205', 'A662', 'L219', 'G273', 'F839'])}`;
  return body + K.cfLetter(body);
}

/** A French NIR (social security number), bare or spaced `1 85 05 78 006 084 91`. */
export function nir(r: Rng9, p: Person, spaced = false): string {
  const body = `${p.female ? 2 : 1}${yy(p)}${p2(p.m)}${p2(r.int(1, 95))}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
  const key = p2(97 - Number(BigInt(body) % 97n));
  const c = body + key;
  return spaced ? `${c[0]} ${c.slice(1, 3)} ${c.slice(3, 5)} ${c.slice(5, 7)} ${c.slice(7, 10)} ${c.slice(10, 13)} ${c.slice(13)}` : c;
}

/** A German Steuer-ID (one digit twice in the first ten, MOD 11,10 check). */
export function steuerId(r: Rng9): string {
  for (;;) {
    const ds = [...DIGITS];
    for (let i = ds.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [ds[i], ds[j]] = [ds[j]!, ds[i]!];
    }
    const nine = ds.slice(0, 9);
    nine.splice(r.int(0, 9), 0, nine[r.int(0, 8)]!);
    if (nine[0] === '0') continue;
    const body = nine.join('');
    return body + K.steuerIdDigit(body);
  }
}

/** A UK National Insurance number, compact or spaced. */
export function nino(r: Rng9, spaced = false): string {
  const a = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const b = r.pick([...'ABCEGHJLMNPRSTWXYZ']);
  const d = r.digits(6);
  const s = r.pick([...'ABCD']);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b)) return nino(r, spaced);
  return spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`;
}

/** A Dutch BSN (eleven-test). */
export function bsn(r: Rng9): string {
  for (;;) {
    const b = `${r.int(1, 6)}${r.digits(7)}`;
    const s = [...b].reduce((a, x, i) => a + Number(x) * (9 - i), 0) % 11;
    if (s < 10) return b + s;
  }
}

/** A Polish PESEL for the person. */
export function pesel(r: Rng9, p: Person): string {
  const body = `${yy(p)}${p2(p.m + (p.y >= 2000 ? 20 : 0))}${p2(p.d)}${r.digits(3)}${p.female ? r.pick([...'02468']) : r.pick([...'13579'])}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = w.reduce((a, x, i) => a + x * Number(body[i]), 0);
  return body + ((10 - (s % 10)) % 10);
}

/** A Swedish personnummer `YYMMDD-NNNC` or `YYYYMMDDNNNC`. */
export function personnummer(r: Rng9, p: Person, long = false): string {
  const ten = `${yy(p)}${p2(p.m)}${p2(p.d)}${r.digits(3)}`;
  const c = ten + luhnDigit(ten);
  return long ? `${String(p.y).slice(0, 2)}${c}` : `${c.slice(0, 6)}-${c.slice(6)}`;
}

/** A South African id number. */
export function saId(r: Rng9, p: Person): string {
  const body = `${yy(p)}${p2(p.m)}${p2(p.d)}${p.female ? r.int(0, 4) : r.int(5, 9)}${r.digits(3)}08`;
  return body + luhnDigit(body);
}

/** A Turkish TC Kimlik number. */
export function tckn(r: Rng9): string {
  const b = `${r.int(1, 9)}${r.digits(8)}`;
  return b + K.tcknDigits(b);
}

/** A Japanese My Number (individual number), bare or in groups of four. */
export function myNumber(r: Rng9, spaced = false): string {
  const b = r.digits(11);
  const c = b + K.myNumberDigit(b);
  return spaced ? `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8)}` : c;
}

/** A Korean resident registration number `YYMMDD-GNNNNNC`. */
export function rrn(r: Rng9, p: Person): string {
  const g = (p.y >= 2000 ? 3 : 1) + (p.female ? 1 : 0);
  const body = `${yy(p)}${p2(p.m)}${p2(p.d)}${g}${r.digits(5)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${K.rrnDigit(body)}`;
}

/** A Chinese resident identity card number. */
export function chinaId(r: Rng9, p: Person): string {
  const body = `${r.pick(['110105', '310104', '440305', '510107', '330106'])}${p.y}${p2(p.m)}${p2(p.d)}${r.digits(2)}${p.female ? r.pick([...'02468']) : r.pick([...'13579'])}`;
  return body + K.chinaIdDigit(body);
}

/** An Indonesian NIK (KTP number). */
export function nik(r: Rng9, p: Person): string {
  return `${r.pick(['31', '32', '33', '35', '36', '51'])}${p2(r.int(1, 79))}${p2(r.int(1, 40))}${p2(p.d + (p.female ? 40 : 0))}${p2(p.m)}${yy(p)}${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** An Aadhaar number (Verhoeff), bare or `XXXX XXXX XXXX`. */
export function aadhaar(r: Rng9, spaced = false): string {
  const b = `${r.int(2, 9)}${r.digits(10)}`;
  const c = b + verhoeffDigit(b);
  return spaced ? `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8)}` : c;
}

/** An Indian PAN of a person (fourth letter P, fifth the surname's initial). */
export function pan(r: Rng9, p: Person): string {
  return `${r.chars(UPPER, 3)}P${ascii(p.last).toUpperCase()[0]}${r.digits(4)}${r.chars(UPPER, 1)}`;
}

/** A Nigerian BVN (11 digits, starts 22). */
export function bvn(r: Rng9): string {
  return `22${r.int(1, 4)}${r.digits(8)}`;
}

/** A Nigerian NIN (11 digits). */
export function ninNg(r: Rng9): string {
  return `${r.int(1, 9)}${r.digits(10)}`;
}

/** A Kenyan national id number (8 digits). */
export function kenyaId(r: Rng9): string {
  return `${r.int(2, 3)}${r.digits(7)}`;
}

/** A passport number in the issuing country's layout. */
export function passport(r: Rng9, cc: string): string {
  switch (cc) {
    case 'DE':
      return `C${r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`;
    case 'IN':
      return `${r.pick([...'JKLMNPRSTUVWZ'])}${r.digits(7)}`;
    case 'BR':
      return `${r.chars(UPPER, 2)}${r.digits(6)}`;
    case 'JP':
      return `T${r.pick([...'KRSZ'])}${r.digits(7)}`;
    case 'CN':
      return `E${r.digits(8)}`;
    case 'FR':
      return `${r.digits(2)}${r.chars(UPPER, 2)}${r.digits(5)}`;
    default:
      return `${r.int(5, 6)}${r.digits(8)}`;
  }
}
