import { ibanOk, luhnDigit } from './blind-set-46-gen';

const luhnOk = (digits: string): boolean => digits.length > 1 && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && parts[2]!.length > 0;
  } catch {
    return false;
  }
}

function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(v[i]) * w[i]!;
  return s % 10 === 0;
}

function bsnOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
  return (s - Number(v[8])) % 11 === 0;
}

function ipv4Public(v: string): boolean {
  const o = v.split('.').map(Number);
  if (o.length !== 4 || o.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = o as [number, number];
  return !(a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a >= 224);
}

/** Checks a planted value's own format for set 46 (checksums, decodable structure); true where none applies. */
export function formatOk46(kind: string, value: string): boolean {
  switch (kind) {
    case 'card': {
      const d = value.replace(/ /g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d);
    }
    case 'iban':
      return ibanOk(value);
    case 'aba_routing':
      return abaOk(value);
    case 'ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'sin': {
      const d = value.replace(/ /g, '');
      return /^[1-7]\d{8}$/.test(d) && luhnOk(d);
    }
    case 'nino':
      return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value);
    case 'bsn':
      return bsnOk(value);
    case 'ein':
      return /^\d{2}-\d{7}$/.test(value) && !value.startsWith('00');
    case 'vat_id':
      return /^DE\d{9}$/.test(value);
    case 'sort_code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'jwt':
    case 'ha_token':
      return jwtOk(value);
    case 'email':
      return /^[^\s@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value) && !/@(example\.(com|org|net)|.*\.(test|example|invalid))$/.test(value);
    case 'ipv4':
      return ipv4Public(value);
    case 'ipv6':
      return /^[23][0-9a-f]{3}:/.test(value) && value.split(':').length >= 3;
    case 'private_key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) && /-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'stripe_secret_key':
      return /^(sk|rk)_live_[0-9A-Za-z]{24,}$/.test(value);
    case 'github_token':
      return /^(ghp_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})$/.test(value);
    case 'npm_token':
      return /^npm_[0-9A-Za-z]{36}$/.test(value);
    case 'slack_webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[0-9A-Za-z]{24}$/.test(value);
    case 'basic_auth':
      return Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'sendgrid_key_b64':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'geo':
      return value.split(',').every((p) => /^-?\d{1,3}\.\d{5,}$/.test(p));
    default:
      return value.length > 0;
  }
}
