import { digitsOf, luhnDigit, luhnOk } from './blind-set-33-checks';
import type { Rng33 } from './blind-set-33-rng';

/** One national identifier: how it is drawn (as printed) and how its check digits are verified. */
export interface NationalId {
  country: string;
  label: string;
  make: (r: Rng33) => string;
  ok: (v: string) => boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yymmdd = (r: Rng33) => `${pad(r.int(40, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`;

function cpfDigits(nine: string): string {
  let s = nine;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(s[i]) * (len + 1 - i);
    const d = ((sum * 10) % 11) % 10;
    s += String(d);
  }
  return s;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** The Verhoeff check digit (Aadhaar). */
function verhoeffDigit(s: string): string {
  let c = 0;
  const rev = [...s].reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(rev[i])]!]!;
  return String(VINV[c]);
}

function verhoeffOk(s: string): boolean {
  let c = 0;
  const rev = [...s].reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[i % 8]![Number(rev[i])]!]!;
  return c === 0;
}

const CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const cnCheck = (s17: string) => '10X98765432'[CN_W.reduce((a, w, i) => a + w * Number(s17[i]), 0) % 11]!;
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const tfnSum = (d: string) => [1, 4, 3, 7, 5, 8, 6, 9, 10].reduce((a, w, i) => a + w * Number(d[i]), 0);
const bsnSum = (d: string) => [9, 8, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(d[i]), 0) - Number(d[8]);

function noFnr(nine: string): string | null {
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * Number(nine[i]), 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  if (c1 === 10) return null;
  const ten = nine + c1;
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(ten[i]), 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  return c2 === 10 ? null : ten + c2;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** The national identifiers the set draws, by kind. */
export const NATIONAL_IDS: Record<string, NationalId> = {
  'us-ssn': {
    country: 'US', label: 'SSN',
    make: (r) => `${pad(r.pick([r.int(1, 665), r.int(667, 899)]), 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`,
    ok: ssnOk,
  },
  'br-cpf': {
    country: 'BR', label: 'CPF',
    make: (r) => {
      const d = cpfDigits(r.digits(8) + r.int(1, 9));
      return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
    },
    ok: (v) => /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(v) && cpfDigits(digitsOf(v).slice(0, 9)) === digitsOf(v),
  },
  'nl-bsn': {
    country: 'NL', label: 'BSN',
    make: (r) => {
      for (;;) {
        const d = String(r.int(1, 9)) + r.digits(7);
        const c = [9, 8, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(d[i]), 0) % 11;
        if (c < 10) return d + c;
      }
    },
    ok: (v) => /^\d{9}$/.test(v) && bsnSum(v) % 11 === 0,
  },
  'pl-pesel': {
    country: 'PL', label: 'PESEL',
    make: (r) => {
      const d = yymmdd(r) + r.digits(4);
      const s = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((a, w, i) => a + w * Number(d[i]), 0);
      return d + ((10 - (s % 10)) % 10);
    },
    ok: (v) => /^\d{11}$/.test(v) && (10 - ([1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((a, w, i) => a + w * Number(v[i]), 0) % 10)) % 10 === Number(v[10]),
  },
  'se-personnummer': {
    country: 'SE', label: 'personnummer',
    make: (r) => {
      const d = yymmdd(r) + r.digits(3);
      return `${r.pick(['19', ''])}${d.slice(0, 6)}-${d.slice(6)}${luhnDigit(d)}`;
    },
    ok: (v) => /^(19)?\d{6}-\d{4}$/.test(v) && luhnOk(digitsOf(v).slice(-10)),
  },
  'fr-nir': {
    country: 'FR', label: 'NIR',
    make: (r) => {
      const parts = [String(r.int(1, 2)), pad(r.int(40, 99)), pad(r.int(1, 12)), pad(r.pick([r.int(1, 19), r.int(21, 95)])), pad(r.int(1, 999), 3), pad(r.int(1, 999), 3)];
      const key = 97 - Number(BigInt(parts.join('')) % 97n);
      return `${parts.join(' ')} ${pad(key)}`;
    },
    ok: (v) => {
      const d = digitsOf(v);
      return /^[12][\d ]+$/.test(v) && d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
    },
  },
  'ca-sin': {
    country: 'CA', label: 'SIN',
    make: (r) => {
      const d = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
      const s = d + luhnDigit(d);
      return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    },
    ok: (v) => /^\d{3}[ -]?\d{3}[ -]?\d{3}$/.test(v) && luhnOk(digitsOf(v)),
  },
  'au-tfn': {
    country: 'AU', label: 'TFN',
    make: (r) => {
      for (;;) {
        const d = String(r.int(1, 9)) + r.digits(7);
        const s = tfnSum(d + '0') % 11;
        if (s !== 10) {
          const full = d + String(s);
          return `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`;
        }
      }
    },
    ok: (v) => /^\d{3} ?\d{3} ?\d{3}$/.test(v) && tfnSum(digitsOf(v)) % 11 === 0,
  },
  'in-aadhaar': {
    country: 'IN', label: 'Aadhaar',
    make: (r) => {
      const d = String(r.int(2, 9)) + r.digits(10);
      const s = d + verhoeffDigit(d);
      return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
    },
    ok: (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeffOk(digitsOf(v)),
  },
  'cn-resident-id': {
    country: 'CN', label: '居民身份证',
    make: (r) => {
      const s17 = r.pick(['110101', '310104', '440305', '330106', '510107']) + `19${yymmdd(r)}` + r.digits(3);
      return s17 + cnCheck(s17);
    },
    ok: (v) => /^\d{17}[\dX]$/.test(v) && cnCheck(v.slice(0, 17)) === v[17],
  },
  'es-dni': {
    country: 'ES', label: 'DNI',
    make: (r) => {
      const n = r.digits(8);
      return n + DNI[Number(n) % 23];
    },
    ok: (v) => /^\d{8}[A-Z]$/.test(v) && DNI[Number(v.slice(0, 8)) % 23] === v[8],
  },
  'es-nie': {
    country: 'ES', label: 'NIE',
    make: (r) => {
      const p = r.pick(['X', 'Y', 'Z']);
      const n = r.digits(7);
      return `${p}${n}${DNI[Number('XYZ'.indexOf(p) + n) % 23]}`;
    },
    ok: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && DNI[Number('XYZ'.indexOf(v[0]!) + v.slice(1, 8)) % 23] === v[8],
  },
  'uk-nino': {
    country: 'GB', label: 'NI number',
    make: (r) => `${r.pick(['AB', 'JG', 'KL', 'NE', 'PR', 'SY', 'WT', 'HM', 'CE'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`,
    ok: (v) => /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  },
  'fi-hetu': {
    country: 'FI', label: 'henkilötunnus',
    make: (r) => {
      const dd = pad(r.int(1, 28));
      const mm = pad(r.int(1, 12));
      const yy = pad(r.int(0, 99));
      const sign = Number(yy) < 10 ? 'A' : '-';
      const n = pad(r.int(2, 899), 3);
      return `${dd}${mm}${yy}${sign}${n}${HETU[Number(dd + mm + yy + n) % 31]}`;
    },
    ok: (v) => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v) && HETU[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  },
  'no-fodselsnummer': {
    country: 'NO', label: 'fødselsnummer',
    make: (r) => {
      for (;;) {
        const d = `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(40, 99))}${r.digits(3)}`;
        const f = noFnr(d);
        if (f) return f;
      }
    },
    ok: (v) => /^\d{11}$/.test(v) && noFnr(v.slice(0, 9)) === v,
  },
  'za-id': {
    country: 'ZA', label: 'ID number',
    make: (r) => {
      const d = yymmdd(r) + r.digits(4) + r.pick(['0', '1']) + '8';
      return d + luhnDigit(d);
    },
    ok: (v) => /^\d{13}$/.test(v) && luhnOk(v),
  },
};
