import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnOk, withLuhn } from './blind-set-9-checks';

/** National identity numbers with their real check digits: a generator and a checker per kind. */
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const strip = (v: string): string => v.replace(/[\s.\-/]/g, '');
const sumW = (s: string, w: number[]): number => w.reduce((a, x, i) => a + x * Number(s[i]), 0);
const yymmdd = (r: Rng9): string => pad(r.int(50, 99)) + pad(r.int(1, 12)) + pad(r.int(1, 28));

const steuerCheck = (ten: string): number => {
  let p = 10;
  for (const c of ten) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  const k = 11 - p;
  return k === 10 ? 0 : k;
};
const ssnOk = (v: string): boolean => {
  const m = v.match(/^(\d{3})-?(\d{2})-?(\d{4})$/);
  return Boolean(m) && m![1] !== '000' && m![1] !== '666' && m![1]![0] !== '9' && m![2] !== '00' && m![3] !== '0000';
};
const ninoOk = (v: string): boolean => /^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z]\d{6}[A-D]$/.test(strip(v)) && !/^(BG|GB|KN|NK|NT|TN|ZZ)/.test(strip(v));
const bsnOk = (v: string): boolean => /^\d{9}$/.test(v) && (sumW(v, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0;
const dniOk = (v: string): boolean => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
const nirOk = (v: string): boolean => {
  const s = strip(v);
  return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
};
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (c: string, odd: boolean): number => {
  const i = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  return odd ? CF_ODD[i]! : i;
};
const cfCheck = (s15: string): string => UPPER[[...s15].reduce((a, c, i) => a + cfVal(c, i % 2 === 0), 0) % 26]!;
const cfOk = (v: string): boolean => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfCheck(v.slice(0, 15)) === v[15];
const peselCheck = (s: string): string => String((10 - (sumW(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
const peselOk = (v: string): boolean => /^\d{11}$/.test(v) && peselCheck(v) === v[10];
const pnrOk = (v: string): boolean => {
  const s = strip(v);
  return /^\d{10}$|^\d{12}$/.test(s) && luhnOk(s.slice(-10));
};
const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const hetuOk = (v: string): boolean => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v) && HETU[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10];
const fnrK = (s: string): string[] => {
  const k1 = 11 - (sumW(s, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
  const a = k1 === 11 ? 0 : k1;
  const k2 = 11 - (sumW(s + a, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return [String(a), String(k2 === 11 ? 0 : k2)];
};
const fnrOk = (v: string): boolean => /^\d{11}$/.test(v) && fnrK(v.slice(0, 9)).join('') === v.slice(9);
const cpfD = (s: string): string => {
  const d1 = ((sumW(s, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const d2 = ((sumW(s + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return `${d1}${d2}`;
};
const cpfOk = (v: string): boolean => /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(v) && cpfD(strip(v).slice(0, 9)) === strip(v).slice(9);
const sinOk = (v: string): boolean => /^\d{9}$/.test(strip(v)) && luhnOk(strip(v));
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const verhoeff = (s: string, withCheck: boolean): number => {
  let c = 0;
  const ds = [...s].reverse().map(Number);
  ds.forEach((d, i) => (c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![d]!]!));
  return c;
};
const aadhaarOk = (v: string): boolean => /^[2-9]\d{11}$/.test(strip(v)) && verhoeff(strip(v), true) === 0;
const CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const cnCheck = (s: string): string => '10X98765432'[sumW(s, CNW) % 11]!;
const cnOk = (v: string): boolean => /^\d{17}[\dX]$/.test(v) && cnCheck(v) === v[17];
const rrnCheck = (s: string): string => String((11 - (sumW(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10);
const rrnOk = (v: string): boolean => /^\d{6}-?\d{7}$/.test(v) && rrnCheck(strip(v)) === strip(v)[12];
const nricCheck = (p: string, d: string): string => 'JZIHGFEDCBA'[(sumW(d, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0)) % 11]!;
const nricOk = (v: string): boolean => /^[ST]\d{7}[A-Z]$/.test(v) && nricCheck(v[0]!, v.slice(1, 8)) === v[8];
const beOk = (v: string): boolean => {
  const s = strip(v);
  if (!/^\d{11}$/.test(s)) return false;
  const k = Number(s.slice(9));
  return 97 - (Number(s.slice(0, 9)) % 97) === k || 97 - (Number('2' + s.slice(0, 9)) % 97) === k;
};
const zaOk = (v: string): boolean => /^\d{13}$/.test(v) && luhnOk(v);
const tcDigits = (s9: string): string => {
  const d = [...s9].map(Number);
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  return `${d10}${(d.reduce((a, x) => a + x, 0) + d10) % 10}`;
};
const tcOk = (v: string): boolean => /^[1-9]\d{10}$/.test(v) && tcDigits(v.slice(0, 9)) === v.slice(9);
const ilOk = (v: string): boolean => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => { const x = Number(c) * (i % 2 + 1); return a + (x > 9 ? x - 9 : x); }, 0) % 10 === 0;
const tfnOk = (v: string): boolean => /^\d{9}$/.test(strip(v)) && sumW(strip(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
const rutDv = (body: string): string => {
  let s = 0;
  [...body].reverse().forEach((c, i) => (s += Number(c) * [2, 3, 4, 5, 6, 7][i % 6]!));
  const k = 11 - (s % 11);
  return k === 11 ? '0' : k === 10 ? 'K' : String(k);
};
const rutOk = (v: string): boolean => { const s = strip(v); return /^\d{7,8}[\dK]$/.test(s) && rutDv(s.slice(0, -1)) === s.slice(-1); };

/** Checkers by kind. */
export const idChecks18: Record<string, (v: string) => boolean> = {
  'us-ssn': ssnOk, 'uk-nino': ninoOk, 'de-steuer-id': (v) => /^\d{11}$/.test(v) && steuerCheck(v.slice(0, 10)) === Number(v[10]),
  'nl-bsn': bsnOk, 'es-dni': dniOk, 'fr-nir': nirOk, 'it-codice-fiscale': cfOk, 'pl-pesel': peselOk, 'se-personnummer': pnrOk,
  'fi-hetu': hetuOk, 'no-fodselsnummer': fnrOk, 'br-cpf': cpfOk, 'ca-sin': sinOk, 'in-aadhaar': aadhaarOk, 'cn-resident-id': cnOk,
  'kr-rrn': rrnOk, 'sg-nric': nricOk, 'be-national-number': beOk, 'za-id': zaOk, 'tr-tc-kimlik': tcOk, 'il-teudat-zehut': ilOk,
  'au-tfn': tfnOk, 'cl-rut': rutOk,
};

const retry = <T>(f: () => T | null): T => { for (;;) { const v = f(); if (v !== null) return v; } };

/** Generators by kind (formatted as the country usually prints them). */
export const idGen18: Record<string, (r: Rng9) => string> = {
  'us-ssn': (r) => `${pad(r.pick([r.int(1, 665), r.int(667, 899)]), 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`,
  'uk-nino': (r) => `${r.pick(['AB', 'CE', 'JH', 'KA', 'LM', 'NE', 'PR', 'SW', 'WX', 'YZ', 'HT', 'EP'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`,
  'de-steuer-id': (r) => retry(() => {
    const dup = r.int(0, 9);
    const others = [...DIGITS].map(Number).filter((d) => d !== dup).sort(() => r.next() - 0.5).slice(0, 8);
    const ten = [dup, dup, ...others].sort(() => r.next() - 0.5);
    return ten[0] === 0 ? null : ten.join('') + steuerCheck(ten.join(''));
  }),
  'nl-bsn': (r) => retry(() => { const v = r.int(1, 6) + r.digits(8); return bsnOk(v) ? v : null; }),
  'es-dni': (r) => { const n = r.digits(8); return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]; },
  'fr-nir': (r) => {
    const s = `${r.int(1, 2)}${pad(r.int(50, 99))}${pad(r.int(1, 12))}${pad(r.pick([r.int(1, 19), r.int(21, 95)]))}${r.digits(3)}${r.digits(3)}`;
    const k = pad(97 - Number(BigInt(s) % 97n));
    return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${k}`;
  },
  'it-codice-fiscale': (r) => {
    const s15 = r.chars('BCDFGLMNPRSTVZ', 6) + pad(r.int(50, 99)) + r.pick([...'ABCDEHLMPRST']) + pad(r.pick([r.int(1, 28), r.int(41, 68)])) + r.pick(['F', 'H', 'L', 'A', 'G']) + r.digits(3);
    return s15 + cfCheck(s15);
  },
  'pl-pesel': (r) => { const s = yymmdd(r) + r.digits(4); return s + peselCheck(s); },
  'se-personnummer': (r) => { const s = withLuhn(yymmdd(r) + r.digits(3)); return `${s.slice(0, 6)}-${s.slice(6)}`; },
  'fi-hetu': (r) => { const d = pad(r.int(1, 28)) + pad(r.int(1, 12)) + pad(r.int(50, 99)); const n = pad(r.int(2, 899), 3); return `${d}-${n}${HETU[Number(d + n) % 31]}`; },
  'no-fodselsnummer': (r) => retry(() => { const s = pad(r.int(1, 28)) + pad(r.int(1, 12)) + pad(r.int(50, 99)) + r.digits(3); const k = fnrK(s); return k[0] === '10' || k[1] === '10' ? null : s + k.join(''); }),
  'br-cpf': (r) => { const s = r.digits(9); const d = cpfD(s); return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6)}-${d}`; },
  'ca-sin': (r) => { const s = withLuhn(r.pick(['1', '2', '3', '4', '5', '6', '7']) + r.digits(7)); return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`; },
  'in-aadhaar': (r) => { const s = r.int(2, 9) + r.digits(10); const v = s + VINV[verhoeff(s, false)]; return `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`; },
  'cn-resident-id': (r) => { const s = r.pick(['110101', '310104', '440305', '510107', '330106']) + `19${yymmdd(r)}` + r.digits(3); return s + cnCheck(s); },
  'kr-rrn': (r) => { const s = yymmdd(r) + r.int(1, 2) + r.digits(5); return `${s.slice(0, 6)}-${s.slice(6)}${rrnCheck(s)}`; },
  'sg-nric': (r) => { const p = r.pick(['S', 'T']); const d = r.digits(7); return p + d + nricCheck(p, d); },
  'be-national-number': (r) => { const s = yymmdd(r) + pad(r.int(1, 997), 3); const k = pad(97 - (Number(s) % 97)); return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}-${s.slice(6)}.${k}`; },
  'za-id': (r) => withLuhn(yymmdd(r) + r.digits(4) + r.pick(['0', '1']) + '8'),
  'tr-tc-kimlik': (r) => { const s = r.int(1, 9) + r.digits(8); return s + tcDigits(s); },
  'il-teudat-zehut': (r) => retry(() => { const s = r.digits(8); for (let d = 0; d < 10; d++) if (ilOk(s + d)) return s + d; return null; }),
  'au-tfn': (r) => retry(() => { const s = r.digits(8); for (let d = 0; d < 10; d++) if (tfnOk(s + d)) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}${d}`; return null; }),
  'cl-rut': (r) => { const b = String(r.int(8000000, 24999999)); return `${b.slice(0, -6)}.${b.slice(-6, -3)}.${b.slice(-3)}-${rutDv(b)}`; },
};
