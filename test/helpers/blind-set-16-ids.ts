import { luhnOk, withLuhn } from './blind-set-9-checks';
import { UPPER, type Rng9 } from './blind-set-9-rng';

const num = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);
const p2 = (n: number): string => String(n).padStart(2, '0');
/** A birth date split into two-digit parts. */
const birth = (r: Rng9): { y: number; m: number; d: number } => ({ y: r.int(1950, 2003), m: r.int(1, 12), d: r.int(1, 28) });

/** ISO 7064 MOD 11,10 check digit (German Steuer-ID, Croatian OIB). */
function iso7064(d: number[]): number {
  let product = 10;
  for (const x of d) {
    let s = (x + product) % 10;
    if (s === 0) s = 10;
    product = (s * 2) % 11;
  }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
/** Verhoeff checksum state over digits (Aadhaar). */
const verhoeff = (d: number[]): number => [...d].reverse().reduce((c, x, i) => VD[c]![VP[i % 8]![x]!]!, 0);

const NINO_BAD1 = 'DFIQUV';
const NINO_BAD2 = 'DFIOQUV';
const NINO_BAD_PAIR = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];
const HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NRIC_ST = 'JZIHGFEDCBA';

const fnoK = (d: number[]): [number, number] => {
  const k1 = (11 - (wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (wsum([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return [k1, k2];
};
const cpfK = (d: number[]): number => {
  const s = d.reduce((a, x, i) => a + x * (d.length + 1 - i), 0);
  return ((s * 10) % 11) % 10;
};
const cuitK = (d: number[]): number => (11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
const eeK = (d: number[]): number => {
  const a = wsum(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (a < 10) return a;
  const b = wsum(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return b < 10 ? b : 0;
};
const tcK = (d: number[]): [number, number] => {
  const k10 = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  const k11 = (d.slice(0, 9).reduce((a, x) => a + x, 0) + k10) % 10;
  return [k10, k11];
};
const nricK = (pre: string, d: number[]): string => NRIC_ST[(wsum(d, [2, 7, 6, 5, 4, 3, 2]) + (pre === 'T' ? 4 : 0)) % 11]!;

/** Generators of national identifiers, each in its usual printed layout, with real check digits. */
export const idGen16: Record<string, (r: Rng9) => string> = {
  'us-ssn': (r) => `${String(r.int(1, 665)).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`,
  'uk-nino': (r) => {
    let a = '';
    do a = r.chars(UPPER.replace(/[DFIQUV]/g, ''), 1) + r.chars(UPPER.replace(/[DFIOQUV]/g, ''), 1); while (NINO_BAD_PAIR.includes(a));
    return `${a}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
  },
  'de-steuer-id': (r) => {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => r.next() - 0.5).slice(0, 9);
    ds.push(ds[r.int(0, 8)]!);
    ds.sort(() => r.next() - 0.5);
    if (ds[0] === 0) ds.push(ds.shift()!);
    return ds.join('') + iso7064(ds);
  },
  'nl-bsn': (r) => {
    for (;;) {
      const d = num(r.int(1, 9) + r.digits(7));
      const c = wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      if (c < 10) return d.join('') + c;
    }
  },
  'es-dni': (r) => { const n = r.digits(8); return n + DNI_LETTERS[Number(n) % 23]; },
  'fr-nir': (r) => {
    const b = `${r.int(1, 2)}${p2(r.int(50, 99))}${p2(r.int(1, 12))}${p2(r.int(1, 95))}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
    const k = 97 - Number(BigInt(b) % 97n);
    return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${p2(k)}`;
  },
  'pl-pesel': (r) => {
    const { y, m, d } = birth(r);
    const b = num(`${p2(y % 100)}${p2(m + (y >= 2000 ? 20 : 0))}${p2(d)}${r.digits(4)}`);
    return b.join('') + ((10 - (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
  },
  'se-personnummer': (r) => {
    const { y, m, d } = birth(r);
    const full = withLuhn(`${p2(y % 100)}${p2(m)}${p2(d)}${r.digits(3)}`);
    return `${y}${full.slice(2, 6)}-${full.slice(6)}`;
  },
  'fi-hetu': (r) => {
    const { y, m, d } = birth(r);
    const dd = `${p2(d)}${p2(m)}${p2(y % 100)}`;
    const n = String(r.int(2, 899)).padStart(3, '0');
    return `${dd}${y >= 2000 ? 'A' : '-'}${n}${HETU_CHARS[Number(dd + n) % 31]}`;
  },
  'no-fodselsnummer': (r) => {
    for (;;) {
      const { y, m, d } = birth(r);
      const b = num(`${p2(d)}${p2(m)}${p2(y % 100)}${r.digits(3)}`);
      const [k1, k2] = fnoK(b);
      if (k1 < 10 && k2 < 10) return `${b.join('')}${k1}${k2}`;
    }
  },
  'br-cpf': (r) => {
    const d = num(r.digits(9));
    const k1 = cpfK(d);
    const k2 = cpfK([...d, k1]);
    const s = `${d.join('')}${k1}${k2}`;
    return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  },
  'ca-sin': (r) => { const s = withLuhn(r.pick(['1', '2', '4', '5', '6', '7', '9']) + r.digits(7)); return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`; },
  'in-aadhaar': (r) => {
    const b = num(r.int(2, 9) + r.digits(10));
    const c = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((x) => verhoeff([...b, x]) === 0)!;
    const s = b.join('') + c;
    return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
  },
  'ar-cuit': (r) => {
    for (;;) {
      const d = num(r.pick(['20', '23', '27']) + r.int(10, 45) + r.digits(6));
      const k = cuitK(d);
      if (k < 10) return `${d.slice(0, 2).join('')}-${d.slice(2).join('')}-${k}`;
    }
  },
  'kr-rrn': (r) => {
    const { y, m, d } = birth(r);
    const b = num(`${p2(y % 100)}${p2(m)}${p2(d)}${y >= 2000 ? r.int(3, 4) : r.int(1, 2)}${r.digits(5)}`);
    const c = (11 - (wsum(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
    return `${b.slice(0, 6).join('')}-${b.slice(6).join('')}${c}`;
  },
  'il-teudat-zehut': (r) => withLuhn(r.int(0, 3) + r.digits(7)),
  'ro-cnp': (r) => {
    const { y, m, d } = birth(r);
    const b = num(`${y >= 2000 ? r.int(5, 6) : r.int(1, 2)}${p2(y % 100)}${p2(m)}${p2(d)}${p2(r.int(1, 46))}${String(r.int(1, 999)).padStart(3, '0')}`);
    const c = wsum(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return b.join('') + (c === 10 ? 1 : c);
  },
  'cz-rodne-cislo': (r) => {
    for (;;) {
      const { y, m, d } = birth(r);
      const b = `${p2(y % 100)}${p2(m + r.pick([0, 50]))}${p2(d)}${r.digits(3)}`;
      const k = (11 - Number((BigInt(b) * 10n) % 11n)) % 11;
      if (k < 10) return `${b.slice(0, 6)}/${b.slice(6)}${k}`;
    }
  },
  'hr-oib': (r) => { const d = num(r.int(1, 9) + r.digits(9)); return d.join('') + iso7064(d); },
  'ee-isikukood': (r) => {
    const { y, m, d } = birth(r);
    const b = num(`${y >= 2000 ? r.int(5, 6) : r.int(3, 4)}${p2(y % 100)}${p2(m)}${p2(d)}${r.digits(3)}`);
    return b.join('') + eeK(b);
  },
  'tr-tckn': (r) => { const d = num(r.int(1, 9) + r.digits(8)); return d.join('') + tcK(d).join(''); },
  'sg-nric': (r) => { const pre = r.pick(['S', 'T']); const d = r.digits(7); return pre + d + nricK(pre, num(d)); },
};

/** Validators for the identifiers above (the printed layout is allowed; checks run on the digits). */
export const idChecks16: Record<string, (v: string) => boolean> = {
  'us-ssn': (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  'uk-nino': (v) => /^[A-Z]{2}\d{6}[A-D]$/.test(v.replace(/ /g, '')) && !NINO_BAD1.includes(v[0]!) && !NINO_BAD2.includes(v[1]!) && !NINO_BAD_PAIR.includes(v.slice(0, 2)),
  'de-steuer-id': (v) => { const d = num(v); return d.length === 11 && d[0] !== 0 && iso7064(d.slice(0, 10)) === d[10] && new Set(d.slice(0, 10)).size === 9; },
  'nl-bsn': (v) => { const d = num(v); return d.length === 9 && (wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]!) % 11 === 0; },
  'es-dni': (v) => /^\d{8}[A-Z]$/.test(v) && DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v[8],
  'fr-nir': (v) => { const s = v.replace(/ /g, ''); return /^\d{15}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13)); },
  'pl-pesel': (v) => { const d = num(v); return d.length === 11 && (10 - (wsum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10]; },
  'se-personnummer': (v) => /^\d{8}-\d{4}$/.test(v) && luhnOk(v.slice(2).replace('-', '')),
  'fi-hetu': (v) => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v) && HETU_CHARS[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  'no-fodselsnummer': (v) => { const d = num(v); return d.length === 11 && fnoK(d.slice(0, 9)).join('') === `${d[9]}${d[10]}`; },
  'br-cpf': (v) => { const d = num(v); return d.length === 11 && cpfK(d.slice(0, 9)) === d[9] && cpfK(d.slice(0, 10)) === d[10]; },
  'ca-sin': (v) => /^\d{3}-\d{3}-\d{3}$/.test(v) && luhnOk(v.replace(/-/g, '')),
  'in-aadhaar': (v) => /^[2-9]\d{3} \d{4} \d{4}$/.test(v) && verhoeff(num(v)) === 0,
  'ar-cuit': (v) => { const d = num(v); return /^\d{2}-\d{8}-\d$/.test(v) && cuitK(d.slice(0, 10)) === d[10]; },
  'kr-rrn': (v) => { const d = num(v); return /^\d{6}-\d{7}$/.test(v) && (11 - (wsum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12]; },
  'il-teudat-zehut': (v) => /^\d{9}$/.test(v) && luhnOk(v),
  'ro-cnp': (v) => { const d = num(v); const c = wsum(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return d.length === 13 && (c === 10 ? 1 : c) === d[12]; },
  'cz-rodne-cislo': (v) => /^\d{6}\/\d{4}$/.test(v) && BigInt(v.replace('/', '')) % 11n === 0n,
  'hr-oib': (v) => { const d = num(v); return d.length === 11 && iso7064(d.slice(0, 10)) === d[10]; },
  'ee-isikukood': (v) => { const d = num(v); return d.length === 11 && eeK(d.slice(0, 10)) === d[10]; },
  'tr-tckn': (v) => { const d = num(v); return d.length === 11 && d[0] !== 0 && tcK(d).join('') === `${d[9]}${d[10]}`; },
  'sg-nric': (v) => /^[ST]\d{7}[A-Z]$/.test(v) && nricK(v[0]!, num(v.slice(1, 8))) === v[8],
};
