import type { Rng87 } from './blind-set-87-rng';

/** Blind set 87: financial values in valid formats (Luhn cards, mod-97 IBANs with national checks, ABA routing). */

export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const BRANDS: readonly (readonly [string, () => string, number, number])[] = [
  ['visa', () => '4', 16, 5],
  ['mastercard', () => '5', 16, 4],
  ['mastercard2', () => '2', 16, 1],
  ['amex', () => '3', 15, 2],
  ['discover', () => '6011', 16, 1],
  ['jcb', () => '35', 16, 1],
  ['diners', () => '36', 14, 1],
  ['unionpay', () => '62', 16, 1],
];

export interface Card87 {
  brand: string;
  digits: string;
  printed: string;
  cvc: string;
  exp: string;
}

export function card(r: Rng87): Card87 {
  const [brand, , len] = r.weighted(BRANDS.map((b) => [b, b[3]] as const));
  let prefix: string;
  if (brand === 'visa') prefix = r.pick(['4', '4532', '4916', '4485', '4024', '4716']);
  else if (brand === 'mastercard') prefix = `5${r.int(1, 5)}`;
  else if (brand === 'mastercard2') prefix = String(r.int(2221, 2720));
  else if (brand === 'amex') prefix = r.pick(['34', '37']);
  else if (brand === 'discover') prefix = r.pick(['6011', '65', '644']);
  else if (brand === 'jcb') prefix = String(r.int(3528, 3589));
  else if (brand === 'diners') prefix = r.pick(['36', '38', '300', '305']);
  else prefix = '62' + r.pick(['2', '4', '6', '8']);
  const body = prefix + r.digits(len - 1 - prefix.length);
  const digits = body + luhnDigit(body);
  const style = r.int(0, 9);
  let printed: string;
  if (len === 15) printed = style < 6 ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : style < 8 ? digits : `${digits.slice(0, 4)}-${digits.slice(4, 10)}-${digits.slice(10)}`;
  else if (len === 14) printed = style < 6 ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : digits;
  else {
    const g = digits.match(/.{4}/g)!;
    printed = style < 5 ? g.join(' ') : style < 7 ? g.join('-') : style < 8 ? g.join('.') : digits;
  }
  const cvc = brand === 'amex' ? r.digits(4) : r.digits(3);
  const exp = `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;
  return { brand, digits, printed, cvc, exp };
}

function mod97(numeric: string): number {
  let m = 0;
  for (const ch of numeric) m = (m * 10 + Number(ch)) % 97;
  return m;
}

function toNumeric(s: string): string {
  return s
    .toUpperCase()
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
}

export function ibanCheck(country: string, bban: string): string {
  return String(98 - mod97(toNumeric(bban + country + '00'))).padStart(2, '0');
}

const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** The Italian odd/even check letter (codice fiscale and the CIN of an Italian account). */
export function italianCheck(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const idx = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CIN_ODD[idx]! : idx;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function esDc(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i]!;
  const d = 11 - (s % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

/** A BBAN for a country, with its national check digits where it has them. */
export function bban(r: Rng87, cc: string): string {
  switch (cc) {
    case 'DE':
      return r.pick(['10070000', '37040044', '50010517', '20041133', '12030000', '70150000', '60050101', '43060967']) + r.digits(10);
    case 'FR': {
      const bank = r.pick(['30004', '30003', '30002', '20041', '10278', '11315']);
      const branch = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - Number((BigInt(bank) * 89n + BigInt(branch) * 15n + BigInt(acct) * 3n) % 97n);
      return bank + branch + acct + String(key).padStart(2, '0');
    }
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '0081', '2085', '0128']);
      const branch = r.digits(4);
      const acct = r.digits(10);
      return bank + branch + esDc('00' + bank + branch) + esDc(acct) + acct;
    }
    case 'PT': {
      const body = r.pick(['0035', '0033', '0010', '0007', '0018']) + r.digits(4) + r.digits(11);
      return body + String(98 - mod97(body + '00')).padStart(2, '0');
    }
    case 'IT': {
      const abi = r.pick(['03069', '02008', '05034', '03111', '01030']);
      const cab = r.digits(5);
      const acct = r.digits(12);
      return italianCheck(abi + cab + acct) + abi + cab + acct;
    }
    case 'NL':
      return r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'BUNQ']) + r.digits(10);
    case 'PL': {
      const seven = r.pick(['1020', '1140', '1090', '1050', '1240']) + r.digits(3);
      const w = [3, 9, 7, 1, 3, 9, 7];
      let s = 0;
      for (let i = 0; i < 7; i++) s += Number(seven[i]) * w[i]!;
      return seven + String((10 - (s % 10)) % 10) + r.digits(16);
    }
    case 'IE':
      return r.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + r.pick(['931152', '900017', '985001', '990510']) + r.digits(8);
    case 'AT':
      return r.pick(['12000', '20111', '32000', '14000', '19043']) + r.digits(11);
    case 'CH':
      return r.pick(['00762', '00230', '00700', '08390', '00767']) + r.digits(12);
    case 'GB':
      return r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(6) + r.digits(8);
    default: {
      const ten = r.pick(['068', '310', '001', '363', '735']) + r.digits(7);
      const m = Number(BigInt(ten) % 97n);
      return ten + String(m === 0 ? 97 : m).padStart(2, '0');
    }
  }
}

export const IBAN_LEN: Record<string, number> = { DE: 22, FR: 27, ES: 24, PT: 25, IT: 27, NL: 18, PL: 28, GB: 22, BE: 16, IE: 22, AT: 20, CH: 21 };

export function iban(r: Rng87, cc: string, grouped: boolean): string {
  const b = bban(r, cc);
  const s = cc + ibanCheck(cc, b) + b;
  return grouped ? s.match(/.{1,4}/g)!.join(' ') : s;
}

export function abaCheckDigit(eight: string): number {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(eight[i]) * w[i]!;
  return (10 - (s % 10)) % 10;
}

export function routing(r: Rng87): string {
  const eight = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32])).padStart(2, '0') + r.digits(6);
  return eight + abaCheckDigit(eight);
}

export function usAccount(r: Rng87): string {
  return r.num(r.int(8, 12));
}

export function sortCode(r: Rng87): string {
  const d = r.pick(['20', '40', '60', '30', '11', '09', '77', '83']) + r.digits(4);
  return `${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`;
}

/** A Canadian direct-deposit pair: institution-transit as a cheque prints it (`00011-004`), account of 7 to 12 digits. */
export function caTransit(r: Rng87): string {
  return `${r.digits(5)}-${r.pick(['001', '002', '003', '004', '006', '010', '016', '815'])}`;
}

/** An Indian IFSC (bank code, 0, branch): public, printed beside the account it routes. */
export function ifsc(r: Rng87): string {
  return `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${r.digits(6)}`;
}

/** A BIC for an IBAN's country (public bank id, printed beside the IBAN, not planted). */
export function bic(r: Rng87, cc: string): string {
  return `${r.pick(['DEUT', 'COBA', 'BNPA', 'CAIX', 'INGB', 'ABNA', 'BARC', 'NWBK', 'AIBK', 'UBSW', 'BKAU', 'PKOP', 'UNCR', 'BCOM'])}${cc}${r.pick(['FF', '2L', 'PP', 'BB', 'MM', '22', 'ZZ'])}${r.pick(['', 'XXX'])}`;
}
