/**
 * Blind set 24's format checks: every planted value must have a valid structure and, where its
 * format has one, a valid check digit. The generators in blind-set-24-values.ts find check digits
 * by trying candidates against these checks, so a value that passes here is valid by construction.
 */

const onlyDigits = (s: string): string => s.replace(/[\s.\-\/]/g, '');

export function luhnOk(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A US NPI: ten digits, Luhn over the 80840 prefix. */
export const npiOk = (v: string): boolean => /^[12]\d{9}$/.test(v) && luhnOk('80840' + v);

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
function verhoeffOk(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VD[c]![VP[i % 8]![Number(digits[digits.length - 1 - i])]!]!;
  return c === 0;
}

export function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  const len: Record<string, number> = { GB: 22, DE: 22, FR: 27, NL: 18, ES: 24, IT: 27, IE: 22, BE: 16, PT: 25, PL: 28 };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || len[s.slice(0, 2)] !== s.length) return false;
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(num) % 97n === 1n;
}

function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v) || !/^(0\d|1[0-2]|2[1-9]|3[0-2])/.test(v)) return false;
  const d = [...v].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

function cpfOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{11}$/.test(s) || /^(\d)\1+$/.test(s)) return false;
  const d = [...s].map(Number);
  const dv = (n: number) => ((d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0) * 10) % 11) % 10;
  return dv(9) === d[9] && dv(10) === d[10];
}

function nhsOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{10}$/.test(s)) return false;
  const r = 11 - ([...s.slice(0, 9)].reduce((a, x, i) => a + Number(x) * (10 - i), 0) % 11);
  return r !== 10 && (r === 11 ? 0 : r) === Number(s[9]);
}

function utrOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{10}$/.test(s)) return false;
  const w = [6, 7, 8, 9, 10, 5, 4, 3, 2];
  const sum = [...s.slice(1)].reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return '21987654321'[sum % 11] === s[0];
}

function tfnOk(v: string): boolean {
  const s = onlyDigits(v);
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  return /^\d{9}$/.test(s) && [...s].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11 === 0;
}

function steuerIdOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const counts = new Map<string, number>();
  for (const c of s.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  let product = 10;
  for (const c of s.slice(0, 10)) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === Number(s[10]);
}

function nirOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^[12]\d{2}(0[1-9]|1[0-2])\d{10}$/.test(s)) return false;
  return 97n - (BigInt(s.slice(0, 13)) % 97n) === BigInt(s.slice(13));
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function codiceFiscaleOk(v: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v[i]!;
    const n = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[n]! : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dniOk = (v: string): boolean => /^\d{8}-?[A-Z]$/.test(v) && DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v.slice(-1);
const nieOk = (v: string): boolean => /^[XYZ]-?\d{7}-?[A-Z]$/.test(v) && DNI_LETTERS[Number('XYZ'.indexOf(v[0]!) + onlyDigits(v).slice(-8, -1).replace(/\D/g, '')) % 23] === v.slice(-1);

function bsnOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{9}$/.test(s)) return false;
  const sum = [...s.slice(0, 8)].reduce((a, x, i) => a + Number(x) * (9 - i), 0) - Number(s[8]);
  return sum % 11 === 0 && sum > 0;
}

function personnummerOk(v: string): boolean {
  const m = /^(?:19|20)?(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+]?(\d{4})$/.exec(v);
  return !!m && luhnOk(m[1]! + m[2]! + m[3]! + m[4]!);
}

const CURP_DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
function curpOk(v: string): boolean {
  if (
    !/^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HM](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/.test(
      v,
    )
  )
    return false;
  const sum = [...v.slice(0, 17)].reduce((a, c, i) => a + CURP_DICT.indexOf(c) * (18 - i), 0);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

const RFC_DICT = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
function rfcOk(v: string): boolean {
  if (!/^[A-Z&]{4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{2}[0-9A]$/.test(v)) return false;
  const sum = [...v.slice(0, 12)].reduce((a, c, i) => a + RFC_DICT.indexOf(c) * (13 - i), 0);
  const d = 11 - (sum % 11);
  return (d === 11 ? '0' : d === 10 ? 'A' : String(d)) === v[12];
}

function clabeOk(v: string): boolean {
  if (!/^\d{18}$/.test(v)) return false;
  const w = [3, 7, 1];
  const sum = [...v.slice(0, 17)].reduce((a, x, i) => a + ((Number(x) * w[i % 3]!) % 10), 0);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

function birthDateOk(v: string): boolean {
  const ok = (y: number, m: number, d: number) => y >= 1920 && y <= 2022 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (m) return ok(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{2})[\/.-](\d{2})[\/.-](\d{4})$/.exec(v);
  return !!m && (ok(+m[3]!, +m[1]!, +m[2]!) || ok(+m[3]!, +m[2]!, +m[1]!));
}

const b64Bytes = (s: string): Buffer | null => (/^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 ? Buffer.from(s, 'base64') : null);

function pemOk(v: string): boolean {
  const t = v.replace(/\\r\\n|\\n/g, '\n');
  const m = /^-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  const der = m ? b64Bytes(m[2]!.replace(/\n/g, '')) : null;
  return !!der && der[0] === 0x30;
}

function opensshOk(v: string): boolean {
  const m = /^-----BEGIN OPENSSH PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END OPENSSH PRIVATE KEY-----$/.exec(v);
  const der = m ? b64Bytes(m[1]!.replace(/\n/g, '')) : null;
  return !!der && der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && h.alg !== 'none';
  } catch {
    return false;
  }
}

function basicAuthOk(v: string): boolean {
  const b = b64Bytes(v);
  return !!b && /^[\x21-\x7e]+:[\x21-\x7e]{8,}$/.test(b.toString('utf8'));
}

function urlEncodedOk(v: string): boolean {
  try {
    return v.includes('%') && decodeURIComponent(v) !== v && !/\s/.test(v);
  } catch {
    return false;
  }
}

const STRUCTURE: Record<string, (v: string) => boolean> = {
  // credentials with a published shape
  'aws-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  'aws-secret-key': (v) => /^[A-Za-z0-9/+]{40}$/.test(v),
  'azure-storage-key': (v) => b64Bytes(v)?.length === 64,
  'azure-sas-sig': (v) => urlEncodedOk(v) && b64Bytes(decodeURIComponent(v))?.length === 32,
  'azure-client-secret': (v) => /^[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{34}$/.test(v),
  'google-api-key': (v) => /^AIza[A-Za-z0-9_-]{35}$/.test(v),
  'google-client-secret': (v) => /^GOCSPX-[A-Za-z0-9_-]{28}$/.test(v),
  'github-token': (v) => /^gh[pousr]_[A-Za-z0-9]{36}$/.test(v),
  'slack-token': (v) => /^xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,32}$/.test(v),
  'slack-webhook': (v) => /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/.test(v),
  'stripe-key': (v) => /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(v),
  'webhook-signing-secret': (v) => /^whsec_[A-Za-z0-9+/=]{32,}$/.test(v),
  'sendgrid-key': (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  'twilio-auth-token': (v) => /^[0-9a-f]{32}$/.test(v),
  'datadog-api-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'okta-api-token': (v) => /^00[A-Za-z0-9_-]{40}$/.test(v),
  'npm-token': (v) => /^npm_[A-Za-z0-9]{36}$/.test(v),
  'vault-token': (v) => /^hvs\.[A-Za-z0-9_-]{24,}$/.test(v),
  jwt: jwtOk,
  'private-key': pemOk,
  'openssh-private-key': opensshOk,
  'private-key-jwk': (v) => /^[A-Za-z0-9_-]{43}$/.test(v) && Buffer.from(v, 'base64url').length === 32,
  'pkcs12-base64': (v) => b64Bytes(v)?.[0] === 0x30,
  'basic-auth': basicAuthOk,
  'password-urlencoded': urlEncodedOk,
  // personal
  ssn: (v) => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(v) && !['078-05-1120', '219-09-9999'].includes(v),
  itin: (v) => /^9\d{2}-?(5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])-?\d{4}$/.test(v),
  'nhs-number': nhsOk,
  nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  utr: utrOk,
  tfn: tfnOk,
  sin: (v) => /^[1-7]\d{2}[ -]?\d{3}[ -]?\d{3}$/.test(v) && luhnOk(onlyDigits(v)),
  'pan-india': (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  aadhaar: (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeffOk(onlyDigits(v)),
  cpf: (v) => /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(v) && cpfOk(v),
  curp: curpOk,
  rfc: rfcOk,
  nir: (v) => /^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/.test(v) && nirOk(v),
  'steuer-id': (v) => /^\d{2} ?\d{3} ?\d{3} ?\d{3}$/.test(v) && steuerIdOk(v),
  'codice-fiscale': codiceFiscaleOk,
  dni: dniOk,
  nie: nieOk,
  bsn: (v) => /^\d{9}$|^\d{4}\.\d{2}\.\d{3}$/.test(v) && bsnOk(v),
  personnummer: personnummerOk,
  'medicare-mbi': (v) => /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(v),
  'birth-date': birthDateOk,
  phone: (v) => /^[+\d() .-]+$/.test(v) && onlyDigits(v.replace(/[()+]/g, '')).length >= 10 && onlyDigits(v.replace(/[()+]/g, '')).length <= 13 && !/555-?01\d\d/.test(v),
  email: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$/.test(v) && !/@(example\.(com|org|net)|[^@]*\.test)$/.test(v),
  name: (v) => /^[A-Za-z][A-Za-z' ,.^-]*[A-Za-z]$/.test(v) && /[ ,^]/.test(v),
  address: (v) => /^\d{1,5}[A-Z]? [A-Za-z0-9 .,'#^&\\-]+$/.test(v) && /[A-Za-z]{3}/.test(v),
  'member-id': (v) => /^[A-Z0-9][A-Z0-9-]{7,19}$/.test(v),
  mrn: (v) => /^[A-Z]{0,3}\d{7,10}$/.test(v),
  'patient-id': (v) => /^[A-Z0-9-]{8,20}$/.test(v),
  'student-id': (v) => /^[A-Z]?\d{7,10}$/.test(v),
  'drivers-licence': (v) => /^[A-Z0-9*-]{8,20}$/.test(v) && /\d{5}/.test(onlyDigits(v)),
  // financial
  iban: ibanOk,
  'aba-routing': abaOk,
  'bank-account': (v) => /^\d{8,17}$/.test(v),
  'sort-code': (v) => /^\d{2}-\d{2}-\d{2}$/.test(v),
  bsb: (v) => /^\d{3}-\d{3}$/.test(v),
  clabe: clabeOk,
  card: (v) => {
    const s = v.replace(/[ -]/g, '');
    return /^\d{13,19}$/.test(s) && luhnOk(s) && !['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005'].includes(s);
  },
};

/** Secrets without a published shape: passwords, PSKs, client secrets, API keys of vendors that document none. */
const GENERIC_SECRET = new Set([
  'password',
  'db-password',
  'sftp-password',
  'pfx-password',
  'psk',
  'client-secret',
  'api-key',
  'access-token',
  'refresh-token',
  'webhook-secret',
  'shared-secret',
  'session-token',
]);

/** True when `value` is a valid instance of `kind`; false for kinds this set does not know (typos fail loudly). */
export function formatOk24(kind: string, value: string): boolean {
  if (GENERIC_SECRET.has(kind)) return value.length >= 8 && !/\s/.test(value);
  const check = STRUCTURE[kind];
  return !!check && check(value);
}
