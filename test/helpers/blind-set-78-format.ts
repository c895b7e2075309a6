/** Independent format checks for the values blind set 78 plants (checksums where a format has one). */

const digitsOf = (s: string): number[] => s.replace(/\D/g, '').split('').map(Number);

/** Luhn mod-10 over the digits of a string. */
export function luhnOk78(s: string): boolean {
  const d = digitsOf(s);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d[d.length - 1 - i]!;
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return d.length > 0 && sum % 10 === 0;
}

/** ISO 13616 mod-97 check of an IBAN (spaces allowed). */
export function ibanOk78(s: string): boolean {
  const t = s.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t)) return false;
  const moved = (t.slice(4) + t.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}

/** ABA routing number 3-7-1 check. */
export function abaOk78(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 9) return false;
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over a digit string (Aadhaar). */
export function verhoeffOk78(s: string): boolean {
  const d = digitsOf(s).reverse();
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d[i]!]!]!;
  return c === 0;
}

/** German Steuer-ID: 11 digits, ISO 7064 MOD 11,10 check digit. */
function steuerIdOk(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 11 || d[0] === 0) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d[i]! + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === d[10];
}

/** French NIR: 13 digits then a key of 97 - n mod 97 (Corsica 2A/2B mapped). */
function nirOk(s: string): boolean {
  const t = s.replace(/\s/g, '');
  if (!/^[12]\d{4}(\d{2}|2A|2B)\d{8}$/.test(t)) return false;
  const body = t.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(t.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI or NIE: the letter of the number mod 23. */
function dniOk(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(s);
  if (!m) return false;
  const n = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };

/** Italian codice fiscale check character. */
export function cfCheck78(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15[i]!;
    if (i % 2 === 0) sum += CF_ODD[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Dutch BSN eleven-proof. */
function bsnOk(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += d[i]! * (9 - i);
  return (sum - d[8]!) % 11 === 0;
}

/** Brazilian CPF: two mod-11 check digits. */
function cpfOk(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 11 || new Set(d).size === 1) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i]! * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== d[n]) return false;
  }
  return true;
}

const CURP_DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP check digit. */
function curpOk(s: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_DICT.indexOf(s[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(s[17]);
}

/** Japanese My Number check digit. */
function myNumberOk(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d[11];
}

/** Australian TFN weighted mod-11. */
function tfnOk(s: string): boolean {
  const d = digitsOf(s);
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  return d.length === 9 && d.reduce((a, x, i) => a + x * w[i]!, 0) % 11 === 0;
}

/** Mexican CLABE weighted 3-7-1 check. */
function clabeOk(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 18) return false;
  const w = [3, 7, 1];
  const sum = d.slice(0, 17).reduce((a, x, i) => a + ((x * w[i % 3]!) % 10), 0);
  return (10 - (sum % 10)) % 10 === d[17];
}

/** A JWT or JWE compact form whose header decodes to JSON with an alg. */
function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 && parts.length !== 5) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

/** A Basic authorization value whose payload decodes to `user:secret`. */
function basicOk(s: string): boolean {
  return /^[A-Za-z0-9+/]+=*$/.test(s) && Buffer.from(s, 'base64').toString('utf8').includes(':');
}

/** Checks a planted value's own format: checksums where the kind has one, true otherwise. */
export function formatOk78(kind: string, value: string): boolean {
  switch (kind) {
    case 'card':
    case 'ca-sin':
      return luhnOk78(value);
    case 'iban':
      return ibanOk78(value);
    case 'aba-routing':
      return abaOk78(value);
    case 'in-aadhaar':
      return verhoeffOk78(value) && digitsOf(value).length === 12;
    case 'de-steuer-id':
      return steuerIdOk(value);
    case 'fr-nir':
      return nirOk(value);
    case 'es-dni':
    case 'es-nie':
      return dniOk(value);
    case 'it-codice-fiscale':
      return /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(value) && cfCheck78(value.slice(0, 15)) === value[15];
    case 'nl-bsn':
      return bsnOk(value);
    case 'br-cpf':
      return cpfOk(value);
    case 'mx-curp':
      return curpOk(value);
    case 'jp-my-number':
      return myNumberOk(value);
    case 'au-tfn':
      return tfnOk(value);
    case 'mx-clabe':
      return clabeOk(value);
    case 'in-pan':
      return /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(value);
    case 'uk-nino':
      return /^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(value);
    case 'us-ssn':
      return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'basic-auth':
      return basicOk(value);
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/.test(value);
    default:
      return true;
  }
}
