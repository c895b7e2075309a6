import { base62, crc32, ibanDigits, luhnDigit, mod97 } from './blind-set-55-gen';

const digitsOf = (s: string): string => s.replace(/[\s.-]/g, '');
const luhnOk = (d: string): boolean => /^\d+$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
const crcTokenOk = (v: string, prefix: RegExp): boolean => {
  const m = prefix.exec(v);
  if (!m || v.length - m[0].length !== 36) return false;
  const body = v.slice(m[0].length, -6);
  return /^[0-9A-Za-z]{30}$/.test(body) && base62(crc32(body), 6) === v.slice(-6);
};

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && /^[\w-]+$/.test(parts[2]!);
  } catch {
    return false;
  }
}

function nhsOk(v: string): boolean {
  const d = digitsOf(v);
  if (!/^\d{10}$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(d[i]) * (10 - i);
  const c = (11 - (s % 11)) % 11;
  return c !== 10 && c === Number(d[9]);
}

function cpfOk(v: string): boolean {
  const d = digitsOf(v).split('').map(Number);
  if (d.length !== 11) return false;
  const dig = (xs: number[]): number => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return dig(d.slice(0, 9)) === d[9] && dig(d.slice(0, 10)) === d[10];
}

function bsnOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
  return (s - Number(v[8])) % 11 === 0;
}

function peselOk(v: string): boolean {
  if (!/^\d{11}$/.test(v)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = w.reduce((a, x, i) => a + x * Number(v[i]), 0);
  return (10 - (s % 10)) % 10 === Number(v[10]);
}

function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return w.reduce((a, x, i) => a + x * Number(v[i]), 0) % 10 === 0;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function basicOk(v: string): boolean {
  const s = Buffer.from(v, 'base64').toString('utf8');
  return Buffer.from(s, 'utf8').toString('base64') === v && /^[^:\s]+:.{6,}$/.test(s);
}

/**
 * Checks the own format of a value set 55 plants: checksums where the format has one (GitHub's and
 * npm's CRC32 tail, Luhn, mod-97, ABA, the national ids' check digits), decodable structure for
 * JWTs, PEM blocks and Basic credentials; true for kinds without a check.
 */
export function formatOk55(kind: string, value: string): boolean {
  switch (kind) {
    case 'github_token':
      return crcTokenOk(value, /^gh[pousr]_/);
    case 'npm_token':
      return crcTokenOk(value, /^npm_/);
    case 'github_fine_grained':
      return /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9_]{59}$/.test(value);
    case 'slack_token':
      return /^(xox[bp]-\d{12}-\d{13}-[A-Za-z0-9]{24}|xoxe\.xoxp-1-[A-Za-z0-9]{160})$/.test(value);
    case 'slack_webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/.test(value);
    case 'aws_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'google_api_key':
      return /^AIza[\w-]{35}$/.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'pem_private_key':
      return /^-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----$/.test(value);
    case 'basic_auth':
      return basicOk(value);
    case 'azure_storage_key':
      return /^[A-Za-z0-9+/]{86}==$/.test(value);
    case 'card':
      return luhnOk(digitsOf(value)) && digitsOf(value).length >= 15;
    case 'iban':
      return ibanOk(value);
    case 'aba_routing':
      return abaOk(value);
    case 'us_ssn':
      return ssnOk(value);
    case 'uk_nino':
      return /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(value.replace(/ /g, ''));
    case 'uk_nhs':
      return nhsOk(value);
    case 'ca_sin':
      return luhnOk(digitsOf(value)) && digitsOf(value).length === 9;
    case 'es_dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'nl_bsn':
      return bsnOk(value);
    case 'br_cpf':
      return cpfOk(value);
    case 'pl_pesel':
      return peselOk(value);
    case 'se_personnummer': {
      const m = /^\d{2}(\d{6})-(\d{4})$/.exec(value);
      return !!m && luhnOk(m[1]! + m[2]!);
    }
    case 'fi_hetu': {
      const m = /^(\d{6})-(\d{3})([0-9A-Y])$/.exec(value);
      return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3];
    }
    case 'email':
      return /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value);
    default:
      return true;
  }
}
