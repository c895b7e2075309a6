import { cnRidCheck, snilsCheck, verhoeff } from './blind-set-86-ids';
import { abaCheckDigit, IBAN_LEN, ibanCheck, luhnDigit } from './blind-set-86-money';

/**
 * Blind set 86: checks a planted value's own format: Luhn for cards, mod-97 for IBANs, ABA for
 * routing numbers, national check digits (Verhoeff, SNILS, ISO 7064), identity-vendor token shapes
 * and decodable structure (JWT headers, Basic credentials, GitHub token CRCs). Planted values may be in their printed (escaped)
 * form, so escapes are undone first; kinds with nothing to check are true.
 */

function unescape(v: string): string {
  return v
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[n] ?? '')
    .replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
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

export function formatOk86(kind: string, value: string): boolean {
  switch (kind) {
    case 'card':
      return luhn(digitsOf(value));
    case 'cvc':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return iban(value);
    case 'routing-number': {
      const d = digitsOf(value);
      return d.length === 9 && abaCheckDigit(d.slice(0, 8)) === Number(d[8]);
    }
    case 'account-number':
      return /^\d{6,17}$/.test(digitsOf(value));
    case 'sort-code':
      return digitsOf(value).length === 6;
    case 'ssn': {
      const d = digitsOf(value);
      const a = Number(d.slice(0, 3));
      return d.length === 9 && a > 0 && a < 900 && a !== 666 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
    }
    case 'dni': {
      const s = alnumOf(value);
      return /^\d{8}[A-Z]$/.test(s) && DNI[Number(s.slice(0, 8)) % 23] === s[8];
    }
    case 'nie': {
      const s = alnumOf(value);
      return /^[XYZ]\d{7}[A-Z]$/.test(s) && DNI[Number('XYZ'.indexOf(s[0]!) + s.slice(1, 8)) % 23] === s[8];
    }
    case 'pesel': {
      const d = digitsOf(value);
      return d.length === 11 && (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(d[10]);
    }
    case 'bsn': {
      const d = digitsOf(value);
      return d.length === 9 && (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0;
    }
    case 'nir': {
      const d = digitsOf(value);
      return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
    }
    case 'steuer-id': {
      const d = digitsOf(value);
      if (d.length !== 11 || d[0] === '0') return false;
      let product = 10;
      for (const ch of d.slice(0, 10)) {
        let sum = (Number(ch) + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
      }
      return (11 - product) % 10 === Number(d[10]);
    }
    case 'cpf': {
      const d = digitsOf(value).split('').map(Number);
      const c = (n: number[]): number => (n.reduce((s, x, i) => s + x * (n.length + 1 - i), 0) * 10 % 11) % 10;
      return d.length === 11 && c(d.slice(0, 9)) === d[9] && c(d.slice(0, 10)) === d[10];
    }
    case 'my-number': {
      const d = digitsOf(value);
      if (d.length !== 12) return false;
      let s = 0;
      for (let n = 1; n <= 11; n++) s += Number(d[11 - n]) * (n <= 6 ? n + 1 : n - 5);
      const rem = s % 11;
      return (rem <= 1 ? 0 : 11 - rem) === Number(d[11]);
    }
    case 'nino':
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(alnumOf(value));
    case 'email':
      return /^[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(unescape(value)) && !/example\.(com|org|net)$/.test(unescape(value));
    case 'ip':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? value.split('.').every((x) => Number(x) < 256) : /^[0-9a-f:]+$/i.test(value) && value.includes(':');
    case 'github-token': {
      const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && githubChecksum(m[1]!) === m[2];
    }
    case 'slack-token':
      return /^xox[bpae]-\d+-[\w-]+$/.test(unescape(value));
    case 'sendgrid-key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(unescape(value));
    case 'aws-access-key':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(unescape(value));
    case 'aws-secret-key':
      return /^[A-Za-z0-9/+]{40}$/.test(unescape(value));
    case 'aws-session-token':
      return /^IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]{300,}$/.test(unescape(value));
    case 'okta-token':
      return /^00[\w-]{40}$/.test(unescape(value));
    case 'okta-session-token':
      return /^20111[\w-]{52}$/.test(unescape(value));
    case 'azure-client-secret':
      return /^[A-Za-z0-9]{3}\dQ~[\w.~-]{34}$/.test(unescape(value));
    case 'google-client-secret':
      return /^GOCSPX-[\w-]{28}$/.test(unescape(value));
    case 'google-refresh-token':
      return /^1\/\/0[\w-]{99}$/.test(unescape(value));
    case 'google-access-token':
      return /^ya29\.[\w-]{150,}$/.test(unescape(value));
    case 'duo-ikey':
      return /^DI[A-Z0-9]{18}$/.test(unescape(value));
    case 'duo-skey':
      return /^[A-Za-z0-9]{40}$/.test(unescape(value));
    case 'vault-token':
      return /^(hvs\.[\w-]{24,}|hvb\.[\w-]{100,}|s\.[A-Za-z0-9]{24})$/.test(unescape(value));
    case 'stytch-secret':
      return /^secret-live-[\w-]{32}=$/.test(unescape(value));
    case 'clerk-secret':
      return /^sk_live_[A-Za-z0-9]{40,50}$/.test(unescape(value));
    case 'doppler-token':
      return /^dp\.(st\.(prd|dev|stg)\.[A-Za-z0-9]{40}|pt\.[A-Za-z0-9]{43}|sa\.[A-Za-z0-9]{43})$/.test(unescape(value));
    case 'twilio-auth-token':
    case 'onelogin-secret':
      return /^[0-9a-f]{32}$|^[0-9a-f]{64}$/.test(unescape(value));
    case 'stripe-key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(unescape(value));
    case 'basic-auth': {
      const d = b64decode(value);
      return d !== null && d.includes(':');
    }
    case 'aadhaar': {
      const d = digitsOf(value);
      return d.length === 12 && d[0] !== '0' && d[0] !== '1' && verhoeff(d, true) === 0;
    }
    case 'snils': {
      const d = digitsOf(value);
      return d.length === 11 && snilsCheck(d.slice(0, 9)) === d.slice(9);
    }
    case 'cn-rid': {
      const s = unescape(value);
      return /^\d{17}[\dX]$/.test(s) && cnRidCheck(s.slice(0, 17)) === s[17];
    }
    case 'emirates-id': {
      const d = digitsOf(value);
      return d.length === 15 && d.startsWith('784') && luhnDigit(d.slice(0, -1)) === Number(d.slice(-1));
    }
    case 'jwt':
    case 'id-token':
    case 'access-token':
    case 'okta-access-token':
    case 'auth0-mgmt-token':
    case 'op-connect-token':
      return jwtOk(value);
    default:
      return true;
  }
}
