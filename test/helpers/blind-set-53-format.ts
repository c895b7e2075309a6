import { base62, crc32, luhnDigit, mod97 } from './blind-set-53-checks';

const luhnOk = (d: string): boolean => d.length > 1 && luhnDigit(d.slice(0, -1)) === d.slice(-1);

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && parts[2]!.length > 20;
  } catch {
    return false;
  }
}

/** Checks the checksum or structure of the planted kinds that have one (true for kinds with none). */
export function formatOk53(kind: string, value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  switch (kind) {
    case 'card_number':
      return /^\d{15,16}$/.test(digits) && luhnOk(digits) && /^(4|5[1-5]|3[47]|6011)/.test(digits);
    case 'card_cvv':
      return /^\d{3,4}$/.test(value);
    case 'iban': {
      const s = value.replace(/\s/g, '');
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
      return [...value].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 10 === 0;
    }
    case 'us_ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk_nino': {
      const s = value.replace(/\s/g, '');
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s.slice(0, 2));
    }
    case 'ca_sin':
      return /^\d{9}$/.test(digits.replace(/\s/g, '')) && luhnOk(digits.replace(/\s/g, ''));
    case 'au_tfn': {
      const d = value.replace(/\s/g, '');
      const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
      return /^\d{9}$/.test(d) && [...d].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 11 === 0;
    }
    case 'us_ein':
      return /^\d{2}-\d{7}$/.test(value) && !['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89'].includes(value.slice(0, 2));
    case 'uk_utr':
      return /^\d{10}$/.test(value);
    case 'uk_sort_code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'bank_account':
      return /^\d{6,17}$/.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'github_token': {
      const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && base62(crc32(m[1]!), 6) === m[2];
    }
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_key':
      return /^[A-Za-z0-9/+]{40}$/.test(value);
    case 'slack_token':
      return /^xox[bpa]-\d+-\d+-[A-Za-z0-9]{24}$/.test(value);
    case 'stripe_key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'sendgrid_key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(value);
    case 'google_api_key':
      return /^AIza[A-Za-z0-9_-]{35}$/.test(value);
    case 'azure_storage_key':
      return Buffer.from(value, 'base64').length === 64 && value.length === 88;
    case 'azure_sas_key':
      return Buffer.from(value, 'base64').length === 32 && value.length === 44;
    case 'npm_token':
      return /^npm_[A-Za-z0-9]{36}$/.test(value);
    case 'basic_auth':
      return Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'private_key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----(\n|\\n)[A-Za-z0-9+/=\n\\ ]+(\n|\\n) *-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ip_address':
      return /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/.test(value) && (!value.includes('.') || value.split('.').every((o) => Number(o) <= 255));
    case 'geo_lat':
    case 'geo_lon':
      return Math.abs(Number(value)) <= 180 && /\.\d{5,}$/.test(value);
    default:
      return value.length > 0;
  }
}
