import { ALL_PROVIDERS } from './blind-set-57-multi';
import { abaOk, bsnOk, cpfOk, crcSuffix, dniOk, ibanOk, luhnOk, nirOk, ssnOk } from './blind-set-57-checks';

const RE = new Map(ALL_PROVIDERS.map((p) => [p.kind, p.re]));
const CRC_KINDS = new Set(['github-pat', 'github-oauth', 'github-user-token', 'github-app-token', 'github-refresh-token', 'npm-token']);
const unb64 = (s: string): string => Buffer.from(s, 'base64').toString('utf8');
const isB64 = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;

/** True when the text is a PEM private-key block (newlines real or JSON-escaped). */
function pemOk(v: string): boolean {
  const s = v.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END ([A-Z ]*PRIVATE KEY)-----\n?$/.exec(s);
  return !!m && m[1] === m[3] && isB64(m[2]!.replace(/\n/g, ''));
}

/** True when the text is a JWT: three base64url parts, a JSON header naming its algorithm, a JSON payload. */
function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

/** True when an IPv4 address is public (not private, loopback, link-local, CGNAT, multicast or documentation). */
function publicIp(v: string): boolean {
  const o = v.split('.').map(Number);
  if (o.length !== 4 || o.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b, c] = o as [number, number, number, number];
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
  if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return false;
  return !((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113));
}

/** True when a date of birth (ISO or day-first) is a real calendar date in a plausible range. */
function dobOk(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = v.includes('-') ? [m[1], m[2], m[3]].map(Number) : [m[3], m[2], m[1]].map(Number);
  const dt = new Date(Date.UTC(y!, mo! - 1, d!));
  return dt.getUTCMonth() === mo! - 1 && dt.getUTCDate() === d && y! >= 1900 && y! <= 2010;
}

/**
 * Checks a planted value of set 57 against its own format: provider prefixes, lengths and alphabets,
 * GitHub/npm CRC-32 suffixes, base64 wrappers that decode to the wrapped format, PEM armour, JWT
 * structure, Luhn, IBAN mod 97, ABA, SSN ranges and national-id check digits. True for kinds without one.
 */
export function formatOk57(kind: string, value: string): boolean {
  const re = RE.get(kind);
  if (re) {
    if (!re.test(value)) return false;
    if (CRC_KINDS.has(kind)) return crcSuffix(value.slice(4, 34)) === value.slice(34);
    return true;
  }
  if (kind.endsWith('-b64') && RE.has(kind.slice(0, -4))) return isB64(value) && formatOk57(kind.slice(0, -4), unb64(value));
  switch (kind) {
    case 'basic-auth-b64': {
      const d = unb64(value);
      return isB64(value) && /^[^:\s]+:.+$/.test(d);
    }
    case 'pem-private-key':
      return pemOk(value);
    case 'pem-private-key-b64':
      return isB64(value) && pemOk(unb64(value));
    case 'jwt':
    case 'k8s-sa-token':
    case 'supabase-service-role-jwt':
      return jwtOk(value);
    case 'password':
      return value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value);
    case 'packagist-token':
      return /^packagist_uut_[A-Za-z0-9]{68}$/.test(value);
    case 'rails-secret-key-base':
      return /^[a-f0-9]{128}$/.test(value);
    case 'session-secret':
      return /^[a-f0-9]{64}$/.test(value);
    case 'slack-signing-secret':
      return /^[a-f0-9]{32}$/.test(value);
    case 'pusher-secret':
      return /^[a-f0-9]{20}$/.test(value);
    case 'laravel-app-key':
      return isB64(value) && Buffer.from(value, 'base64').length === 32;
    case 'jwt-signing-secret':
      return /^[A-Za-z0-9_-]{64}$/.test(value);
    case 'django-secret-key':
      return value.length === 50;
    case 'session-cookie':
      return value.length >= 32;
    case 'card-number': {
      const d = value.replace(/[ -]/g, '');
      return d.length >= 13 && d.length <= 19 && luhnOk(d);
    }
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'bank-account':
      return /^\d{8,12}$/.test(value);
    case 'uk-sort-code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'us-ssn':
      return ssnOk(value);
    case 'nl-bsn':
      return bsnOk(value);
    case 'es-dni':
      return dniOk(value);
    case 'br-cpf':
      return cpfOk(value);
    case 'fr-nir':
      return nirOk(value);
    case 'email':
      return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value);
    case 'phone': {
      const d = value.replace(/\D/g, '');
      return /^\+?[\d ()./-]+$/.test(value) && d.length >= 10 && d.length <= 15;
    }
    case 'ip-address':
      return publicIp(value);
    case 'date-of-birth':
      return dobOk(value);
    default:
      return true;
  }
}
