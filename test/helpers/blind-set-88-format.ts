import { unescapeAll } from './blind-set-88-enc';
import { abaOk, ibanOk, luhnDigit } from './blind-set-88-money';

const b64ok = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;
const b64urlJson = (s: string): boolean => {
  try {
    const o: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
};

function luhnOk(v: string): boolean {
  const d = v.replace(/[ -]/g, '');
  return /^\d{13,19}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1);
}

function pemOk(v: string): boolean {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]+?)\n-----END \1-----\n?$/.exec(v);
  if (!m) return false;
  const body = m[2]!
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('='))
    .join('');
  return b64ok(body);
}

/**
 * Checks the format of a planted value's printed form (escapes undone first): Luhn for cards,
 * mod-97 for IBANs, the ABA checksum for routing numbers, decodable JWTs and base64 blobs,
 * PEM/armor markers for keys, token shapes; true for kinds with no check.
 */
export function formatOk88(kind: string, value: string): boolean {
  const v = unescapeAll(value);
  switch (kind) {
    case 'card':
      return luhnOk(v);
    case 'iban':
      return ibanOk(v);
    case 'aba_routing':
      return abaOk(v);
    case 'bank_account':
      return /^\d{6,17}$/.test(v);
    case 'jwt': {
      const parts = v.split('.');
      return parts.length === 3 && b64urlJson(parts[0]!) && b64urlJson(parts[1]!) && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
    }
    case 'private_key':
    case 'pgp_private_key':
      return pemOk(v) && /PRIVATE KEY/.test(v);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v);
    case 'aws_secret_access_key':
      return /^[A-Za-z0-9+/]{40}$/.test(v);
    case 'github_token':
      return /^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$/.test(v);
    case 'gitlab_token':
      return /^glpat-[A-Za-z0-9_-]{20}$/.test(v);
    case 'npm_token':
      return /^npm_[A-Za-z0-9]{36}$/.test(v);
    case 'pypi_token':
      return /^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{100,}$/.test(v);
    case 'stripe_key':
      return /^(sk|rk)_(live|test)_[A-Za-z0-9]{24,}$/.test(v);
    case 'sendgrid_key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v);
    case 'google_api_key':
      return /^AIza[A-Za-z0-9_-]{35}$/.test(v);
    case 'docker_auth':
    case 'npm_basic_auth':
    case 'basic_auth':
      return b64ok(v) && /^[^:\s]+:.+$/s.test(Buffer.from(v, 'base64').toString('utf8'));
    case 'k8s_secret_b64':
    case 'k8s_client_key_b64':
    case 'gcp_sa_b64':
    case 'npm_password_b64':
      return b64ok(v) && Buffer.from(Buffer.from(v, 'base64').toString('base64')).toString() === v;
    case 'email':
      return /^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v) && !/@example\.(com|org|net)$/i.test(v);
    case 'ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'nino':
      return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v);
    case 'phone':
      return /^[+\d(][\d\s().-]{8,}\d$/.test(v) && !/555[-. ]?01\d\d/.test(v);
    case 'dob':
      return /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4})$/.test(v);
    default:
      return true;
  }
}
