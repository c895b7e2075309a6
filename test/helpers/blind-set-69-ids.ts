import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { CPF_DIGIT, DNI_LETTERS, PESEL_W, cfCheck, cnIdCheck, curpDigit, luhnDigit, mrzDigit, verhoeffDigit } from './blind-set-69-checks';
import { ascii, type Cc, type Person } from './blind-set-69-people';

const p2 = (n: number): string => String(n).padStart(2, '0');

export function ssn(r: Rng9, dashed = true): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}${p2(r.int(1, 99))}${String(r.int(1, 9999)).padStart(4, '0')}`;
  return dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
}
export function nino(r: Rng9, spaced = false): string {
  let pre = '';
  do pre = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
  const d = r.digits(6),
    suf = r.chars('ABCD', 1);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : pre + d + suf;
}
export function dni(r: Rng9): string {
  const n = r.int(10000000, 79999999);
  return `${n}${DNI_LETTERS[n % 23]}`;
}
export function nie(r: Rng9): string {
  const p = r.int(0, 2),
    n = r.digits(7);
  return `${'XYZ'[p]}${n}${DNI_LETTERS[Number(`${p}${n}`) % 23]}`;
}
const CF_MONTH = 'ABCDEHLMPRST';
function cfPart(s: string, name: boolean): string {
  const up = ascii(s)
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  const cons = up.replace(/[AEIOU]/g, ''),
    vow = up.replace(/[^AEIOU]/g, '');
  if (name && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!;
  return (cons + vow + 'XXX').slice(0, 3);
}
export function codiceFiscale(r: Rng9, p: Person): string {
  const day = p.d + (p.sex === 'F' ? 40 : 0);
  const head = cfPart(p.latinFamily, false) + cfPart(p.latinGiven, true) + p2(p.y % 100) + CF_MONTH[p.m - 1] + p2(day) + r.pick(['F205', 'H501', 'L219', 'F839', 'A944', 'G273']);
  return head + cfCheck(head);
}
export function cpf(r: Rng9, dotted = true): string {
  const ds = [...r.digits(9)].map(Number);
  if (new Set(ds).size === 1) ds[0] = (ds[0]! + 1) % 10;
  ds.push(CPF_DIGIT(ds));
  ds.push(CPF_DIGIT(ds));
  const s = ds.join('');
  return dotted ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
export function pan(r: Rng9, p: Person): string {
  return r.chars(UPPER, 3) + 'P' + ascii(p.latinFamily).toUpperCase()[0] + r.digits(4) + r.chars(UPPER, 1);
}
export function aadhaar(r: Rng9, spaced = true): string {
  const base = String(r.int(2, 9)) + r.digits(10);
  const s = base + verhoeffDigit(base);
  return spaced ? `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}` : s;
}
export function bsn(r: Rng9): string {
  for (;;) {
    const d = [...(String(r.int(1, 6)) + r.digits(7))].map(Number);
    const sum = d.reduce((a, v, i) => a + v * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return d.join('') + last;
  }
}
export function nir(r: Rng9, p: Person, spaced = true): string {
  const body = `${p.sex === 'M' ? 1 : 2}${p2(p.y % 100)}${p2(p.m)}${r.pick(['75', '69', '13', '33', '59'])}${r.digits(3)}${r.digits(3)}`;
  const key = p2(97 - Number(BigInt(body) % 97n));
  return spaced ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}` : body + key;
}
export function personnummer(r: Rng9, p: Person, long = false): string {
  const nine = `${p2(p.y % 100)}${p2(p.m)}${p2(p.d)}${r.digits(2)}${p.sex === 'M' ? r.pick(['1', '3', '5', '7', '9']) : r.pick(['0', '2', '4', '6', '8'])}`;
  const s = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
  return long ? String(Math.floor(p.y / 100)) + s : s;
}
export function pesel(r: Rng9, p: Person): string {
  const mm = p.m + (p.y >= 2000 ? 20 : 0);
  const ten = `${p2(p.y % 100)}${p2(mm)}${p2(p.d)}${r.digits(3)}${p.sex === 'M' ? r.pick(['1', '3', '5']) : r.pick(['0', '2', '4'])}`;
  const sum = [...ten].reduce((a, ch, i) => a + Number(ch) * PESEL_W[i]!, 0);
  return ten + ((10 - (sum % 10)) % 10);
}
export function curp(r: Rng9, p: Person): string {
  const fam = ascii(p.latinFamily)
    .toUpperCase()
    .replace(/[^A-Z ]/g, '');
  const [f1, f2 = 'X'] = fam.split(' ');
  const g = ascii(p.latinGiven).toUpperCase();
  const vowel = (f1!.slice(1).match(/[AEIOU]/) ?? ['X'])[0];
  const cons = (s: string): string => (s.slice(1).match(/[^AEIOU]/) ?? ['X'])[0]!;
  const head = `${f1![0]}${vowel}${f2[0]}${g[0]}${p2(p.y % 100)}${p2(p.m)}${p2(p.d)}${p.sex === 'M' ? 'H' : 'M'}${r.pick(['DF', 'JC', 'NL', 'MC', 'PL'])}${cons(f1!)}${cons(f2)}${cons(g)}${p.y >= 2000 ? r.chars(UPPER, 1) : r.digits(1)}`;
  return head + curpDigit(head);
}
export function cnId(r: Rng9, p: Person): string {
  const head = `${r.pick(['110105', '310104', '440305', '330106'])}${p.y}${p2(p.m)}${p2(p.d)}${r.digits(2)}${p.sex === 'M' ? r.pick(['1', '3', '5']) : r.pick(['2', '4', '6'])}`;
  return head + cnIdCheck(head);
}
export function sin(r: Rng9, dashed = true): string {
  const base = String(r.pick([1, 2, 4, 5, 6, 7])) + r.digits(7);
  const s = base + luhnDigit(base);
  return dashed ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}` : s;
}

/** The national id a KYC provider would read for the person's country, with its kind. */
export function nationalId(r: Rng9, p: Person): { kind: string; value: string } {
  const m: Partial<Record<Cc, () => { kind: string; value: string }>> = {
    US: () => ({ kind: 'ssn', value: ssn(r, r.next() < 0.7) }),
    GB: () => ({ kind: 'uk-nino', value: nino(r, r.next() < 0.4) }),
    ES: () => (r.next() < 0.7 ? { kind: 'es-dni', value: dni(r) } : { kind: 'es-nie', value: nie(r) }),
    IT: () => ({ kind: 'it-codice-fiscale', value: codiceFiscale(r, p) }),
    BR: () => ({ kind: 'br-cpf', value: cpf(r, r.next() < 0.7) }),
    IN: () => (r.next() < 0.5 ? { kind: 'in-pan', value: pan(r, p) } : { kind: 'in-aadhaar', value: aadhaar(r, r.next() < 0.6) }),
    FR: () => ({ kind: 'fr-nir', value: nir(r, p, r.next() < 0.5) }),
    NL: () => ({ kind: 'nl-bsn', value: bsn(r) }),
    SE: () => ({ kind: 'se-personnummer', value: personnummer(r, p, r.next() < 0.5) }),
    PL: () => ({ kind: 'pl-pesel', value: pesel(r, p) }),
    MX: () => ({ kind: 'mx-curp', value: curp(r, p) }),
    CN: () => ({ kind: 'cn-resident-id', value: cnId(r, p) }),
    CA: () => ({ kind: 'ca-sin', value: sin(r, r.next() < 0.6) }),
  };
  return (m[p.cc] ?? m['US']!)();
}
export const ID_CC: readonly Cc[] = ['US', 'GB', 'ES', 'IT', 'BR', 'IN', 'FR', 'NL', 'SE', 'PL', 'MX', 'CN', 'CA'];

const ISO3: Record<string, string> = {
  US: 'USA',
  GB: 'GBR',
  DE: 'D<<',
  FR: 'FRA',
  ES: 'ESP',
  IT: 'ITA',
  BR: 'BRA',
  IN: 'IND',
  PL: 'POL',
  NL: 'NLD',
  SE: 'SWE',
  MX: 'MEX',
  NG: 'NGA',
  TR: 'TUR',
  IE: 'IRL',
  CA: 'CAN',
  JP: 'JPN',
  CN: 'CHN',
  VN: 'VNM',
  UA: 'UKR',
};
export const iso3 = (cc: Cc): string => (cc === 'DE' ? 'DEU' : ISO3[cc]!);
const mrzName = (s: string): string =>
  ascii(s)
    .toUpperCase()
    .replace(/[^A-Z]+/g, '<');

/** A passport or ID-card number in the country's style. */
export function docNumber(r: Rng9, cc: Cc): string {
  if (cc === 'DE') return r.chars('CFGHJKLMNPRTVWXYZ', 1) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
  if (cc === 'FR') return r.digits(2) + r.chars(UPPER, 2) + r.digits(5);
  if (cc === 'ES' || cc === 'IT') return r.chars(UPPER, 3) + r.digits(6);
  if (cc === 'IN' || cc === 'BR') return r.chars(UPPER, 1 + (cc === 'BR' ? 1 : 0)) + r.digits(cc === 'BR' ? 6 : 7);
  return String(r.int(1, 9)) + r.digits(8);
}
export interface Mrz {
  lines: string[];
  docNo: string;
}
const yymmdd = (y: number, m: number, d: number): string => p2(y % 100) + p2(m) + p2(d);
/** A TD3 passport MRZ (two lines of 44) with valid check digits. */
export function td3(r: Rng9, p: Person, docNo = docNumber(r, p.cc)): Mrz {
  const iss = ISO3[p.cc]!;
  const l1 = (`P<${iss}${mrzName(p.latinFamily)}<<${mrzName(p.latinGiven)}` + '<'.repeat(44)).slice(0, 44);
  const dn = (docNo + '<<<').slice(0, 9);
  const b = yymmdd(p.y, p.m, p.d),
    e = yymmdd(r.int(2027, 2035), r.int(1, 12), r.int(1, 28));
  const pers = p.cc === 'ES' || p.cc === 'IT' || p.cc === 'NL' ? (r.chars(DIGITS, 9) + '<'.repeat(14)).slice(0, 14) : '<'.repeat(14);
  const persCk = /^<+$/.test(pers) ? '<' : String(mrzDigit(pers));
  const body = `${dn}${mrzDigit(dn)}${iss}${b}${mrzDigit(b)}${p.sex}${e}${mrzDigit(e)}${pers}${persCk}`;
  const comp = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return { lines: [l1, body + mrzDigit(comp)], docNo };
}
/** A TD1 ID-card MRZ (three lines of 30). */
export function td1(r: Rng9, p: Person, docNo = docNumber(r, p.cc)): Mrz {
  const iss = ISO3[p.cc]!;
  const dn = (docNo + '<<<').slice(0, 9);
  const opt = '<'.repeat(15);
  const l1 = `I<${iss}${dn}${mrzDigit(dn)}${opt}`;
  const b = yymmdd(p.y, p.m, p.d),
    e = yymmdd(r.int(2027, 2035), r.int(1, 12), r.int(1, 28));
  const l2h = `${b}${mrzDigit(b)}${p.sex}${e}${mrzDigit(e)}${iss}${'<'.repeat(11)}`;
  const comp = l1.slice(5, 30) + l2h.slice(0, 7) + l2h.slice(8, 15) + l2h.slice(18, 29);
  const l3 = (`${mrzName(p.latinFamily)}<<${mrzName(p.latinGiven)}` + '<'.repeat(30)).slice(0, 30);
  return { lines: [l1, l2h + mrzDigit(comp), l3], docNo };
}

/** A UK (DVLA) driving licence number. */
export function ukLicence(r: Rng9, p: Person): string {
  const sur = (
    ascii(p.latinFamily)
      .toUpperCase()
      .replace(/[^A-Z]/g, '') + '99999'
  ).slice(0, 5);
  const mm = p2(p.m + (p.sex === 'F' ? 50 : 0));
  const ini = (ascii(p.latinGiven).toUpperCase()[0]! + '9').slice(0, 2);
  return `${sur}${String(p.y).slice(2, 3)}${mm}${p2(p.d)}${String(p.y).slice(3)}${ini}9${r.chars(UPPER + DIGITS, 2)}`;
}
/** A US driver licence number of one of a few states, with the state. */
export function usLicence(r: Rng9): [string, string] {
  return r.pick([
    () => ['CA', r.chars(UPPER, 1) + r.digits(7)] as [string, string],
    () => ['NY', `${r.int(1, 9)}${r.digits(8)}`] as [string, string],
    () => ['FL', `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`] as [string, string],
    () => ['TX', `${r.int(1, 4)}${r.digits(7)}`] as [string, string],
    () => ['IL', `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`] as [string, string],
  ])();
}
/** A public IPv4 address (applicant device). */
export const publicIp = (r: Rng9): string => `${r.pick([24, 49, 73, 81, 88, 92, 101, 177, 186, 189, 203])}.${r.int(16, 250)}.${r.int(0, 255)}.${r.int(2, 254)}`;
