import { verhoeff } from './blind-set-87-ids';
import { abaCheckDigit, IBAN_LEN, ibanCheck, italianCheck, luhnDigit } from './blind-set-87-money';

/**
 * Blind set 87: checks a planted value's own format: Luhn for cards, mod-97 for IBANs, ABA for
 * routing numbers, national check digits, vendor token shapes and decodable structure (JWT
 * headers, Basic credentials, GitHub token CRCs). Planted values may be in their printed (escaped)
 * form, so escapes are undone first; kinds with nothing to check are true.
 */

function unescape(v: string): string {
  return v
    .replace(/\\\\/g, '\\')
    .replace(/\\([FSRTE])\\/g, (_m, e: string) => ({ F: '|', S: '^', R: '~', T: '&', E: '\\' })[e] ?? '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[n] ?? '')
    .replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const digitsOf = (v: string): string => unescape(v).replace(/[^0-9]/g, '');
const alnumOf = (v: string): string => unescape(v).replace(/[^0-9A-Za-z]/g, '').toUpperCase();

function luhn(d: string): boolean {
  return d.length >= 12 && d.length <= 19 && luhnDigit(d.slice(0, -1)) === Number(d.slice(-1));
}

function iban(v: string): boolean {
  const s = alnumOf(v);
  const cc = s.slice(0, 2);
  return IBAN_LEN[cc] === s.length && ibanCheck(cc, s.slice(4)) === s.slice(2, 4);
}

function weighted(d: string, w: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Number(d[i]) * w[i]!;
  return s;
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';

function b64decode(s: string): string | null {
  const t = unescape(s);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) return null;
  return Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

function jwtOk(v: string): boolean {
  const parts = unescape(v).split('.');
  if (parts.length !== 3 || !parts[0]!.startsWith('eyJ')) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n: number, width: number): string {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}
export function githubChecksum(random30: string): string {
  return base62(crc32(random30), 6);
}

const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

function steuer(d: string): boolean {
  if (d.length !== 11 || d[0] === '0') return false;
  let product = 10;
  for (const ch of d.slice(0, 10)) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(d[10]);
}

function national(kind: string, value: string): boolean | undefined {
  const d = digitsOf(value);
  const s = alnumOf(value);
  switch (kind) {
    case 'ssn': {
      const a = Number(d.slice(0, 3));
      return d.length === 9 && a > 0 && a < 900 && a !== 666 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
    }
    case 'sin': return d.length === 9 && !'08'.includes(d[0]!) && luhn9(d);
    case 'mbi': return MBI.test(s);
    case 'aadhaar': return d.length === 12 && d[0] !== '0' && d[0] !== '1' && verhoeff(d, true) === 0;
    case 'dni': return /^\d{8}[A-Z]$/.test(s) && DNI[Number(s.slice(0, 8)) % 23] === s[8];
    case 'nie': return /^[XYZ]\d{7}[A-Z]$/.test(s) && DNI[Number('XYZ'.indexOf(s[0]!) + s.slice(1, 8)) % 23] === s[8];
    case 'pesel': return d.length === 11 && (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(d[10]);
    case 'bsn': return d.length === 9 && (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0;
    case 'nir': return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
    case 'codice-fiscale': return /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && italianCheck(s.slice(0, 15)) === s[15];
    case 'steuer-id': return steuer(d);
    case 'cpf': {
      const n = d.split('').map(Number);
      const c = (x: number[]): number => ((x.reduce((a, v, i) => a + v * (x.length + 1 - i), 0) * 10) % 11) % 10;
      return n.length === 11 && c(n.slice(0, 9)) === n[9] && c(n.slice(0, 10)) === n[10];
    }
    case 'nino': return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s);
    default: return undefined;
  }
}

function luhn9(d: string): boolean {
  return luhnDigit(d.slice(0, -1)) === Number(d.slice(-1));
}

export function formatOk87(kind: string, value: string): boolean {
  const nat = national(kind, value);
  if (nat !== undefined) return nat;
  const u = unescape(value);
  switch (kind) {
    case 'card': return luhn(digitsOf(value));
    case 'iban': return iban(value);
    case 'routing-number': {
      const d = digitsOf(value);
      return d.length === 9 && abaCheckDigit(d.slice(0, 8)) === Number(d[8]);
    }
    case 'account-number': return /^\d{5,17}$/.test(digitsOf(value));
    case 'sort-code': return digitsOf(value).length === 6;
    case 'email': return /^[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(u) && !/example\.(com|org|net)$/.test(u);
    case 'birth-date': return /\d{4}|\d{2}$/.test(u);
    case 'github-token': {
      const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && githubChecksum(m[1]!) === m[2];
    }
    case 'slack-token': return /^xox[bpae]-\d+-[\w-]+$/.test(value);
    case 'slack-webhook': return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/.test(u);
    case 'sendgrid-key': return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'aws-access-key': return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-key': return /^[A-Za-z0-9/+]{40}$/.test(u);
    case 'azure-storage-key': return /^[A-Za-z0-9/+]{86}==$/.test(u);
    case 'stripe-key': return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'stripe-webhook-secret': return /^whsec_[A-Za-z0-9]{32}$/.test(value);
    case 'adyen-key': return u.startsWith('AQE') && u.length > 100;
    case 'private-key': return /^-----BEGIN (RSA |EC )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END (RSA |EC )?PRIVATE KEY-----$/.test(u.replace(/\\n/g, '\n'));
    case 'pgp-private-key': return /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n[\s\S]+\n-----END PGP PRIVATE KEY BLOCK-----$/.test(u.replace(/\\n/g, '\n'));
    case 'basic-auth': {
      const d = b64decode(value);
      return d !== null && d.includes(':');
    }
    case 'jwt':
    case 'docusign-token':
    case 'cerner-token':
    case 'client-assertion':
      return jwtOk(value);
    case 'datadog-api-key':
    case 'twilio-auth-token':
    case 'greenhouse-key':
      return /^[0-9a-f]{32}$/.test(value);
    case 'checkr-key':
    case 'bamboohr-key':
    case 'expensify-secret':
      return /^[0-9a-f]{40}$/.test(value);
    case 'password':
    case 'client-secret':
    case 'api-key':
      return u.length >= 8;
    default:
      return true;
  }
}
