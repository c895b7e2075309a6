import { ibanMod51, luhnDigit51 } from './blind-set-51-data';

const ABA = (s: string): boolean => {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
};

const SSN = (s: string): boolean => {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

const JWT = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && /^[A-Za-z0-9_-]+$/.test(parts[2]);
  } catch {
    return false;
  }
};

/** Checks the checksum or structure of a planted value's kind; true for kinds with nothing to check. */
export function formatOk51(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number':
      return /^\d{15,16}$/.test(value) && luhnDigit51(value.slice(0, -1)) === value.slice(-1);
    case 'cvv':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value) && ibanMod51(value) === 1;
    case 'aba_routing':
      return ABA(value);
    case 'ssn':
      return SSN(value);
    case 'uk_nino':
      return /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value);
    case 'ein':
      return /^\d{2}-\d{7}$/.test(value);
    case 'jwt':
    case 'oauth_access_token':
      return !value.startsWith('eyJ') || JWT(value);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'stripe_secret_key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'stripe_webhook_secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(value);
    case 'sendgrid_key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'google_api_key':
      return /^AIza[\w-]{35}$/.test(value);
    case 'github_token':
      return /^gh[pos]_[A-Za-z0-9]{36}$/.test(value);
    case 'npm_token':
      return /^npm_[A-Za-z0-9]{36}$/.test(value);
    case 'samsara_api_token':
      return /^samsara_api_[A-Za-z0-9]{30}$/.test(value);
    case 'plaid_access_token':
      return /^access-production-[0-9a-f-]{36}$/.test(value);
    case 'twilio_auth_token':
    case 'datadog_api_key':
      return /^[0-9a-f]{32}$/.test(value);
    case 'azure_sas_key':
      return Buffer.from(value, 'base64').length === 32;
    case 'private_key':
      return /^-----BEGIN (EC )?PRIVATE KEY-----(\n *|\\n)[A-Za-z0-9+/\n \\]+(\n *|\\n)-----END (EC )?PRIVATE KEY-----$/.test(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ip_address':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? value.split('.').every((o) => Number(o) <= 255) : /^[0-9a-f:]+$/.test(value);
    case 'geo_lat':
      return Math.abs(Number(value)) <= 90 && /\.\d{5,}$/.test(value);
    case 'geo_lon':
      return Math.abs(Number(value)) <= 180 && /\.\d{5,}$/.test(value);
    case 'dob':
      return /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/.test(value);
    case 'basic_auth':
      return Buffer.from(value, 'base64').toString('utf8').includes(':');
    default:
      return value.length > 0;
  }
}
