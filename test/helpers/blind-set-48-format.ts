import { ibanMod, luhnDigit } from './blind-set-48-ctx';

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, CH: 21, IE: 22, AT: 20 };

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return typeof h.alg === 'string' && typeof p === 'object' && p !== null;
  } catch {
    return false;
  }
}

/** Checks the structure or checksum of the kinds of blind set 48 that have one; true for the rest. */
export function formatOk48(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnDigit(d.slice(0, -1)) === d.slice(-1) && /^(4|5[1-5]|2[2-7]|3[47]|6011|35)/.test(d) && (d.length === 15) === /^3[47]/.test(d);
    }
    case 'card-cvv':
      return /^\d{3,4}$/.test(value);
    case 'iban': {
      const s = value.replace(/ /g, '');
      const len = IBAN_LEN[s.slice(0, 2)];
      return len !== undefined && s.length === len && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && ibanMod(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba-routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const n = value.split('').map(Number);
      const pre = Number(value.slice(0, 2));
      const ok = (pre >= 0 && pre <= 12) || (pre >= 21 && pre <= 32);
      return ok && (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
    }
    case 'ssn': {
      const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk-nino':
      return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value);
    case 'es-dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'in-pan':
      return /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(value);
    case 'us-ein':
      return /^\d{2}-\d{7}$/.test(value) && !['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89'].includes(value.slice(0, 2));
    case 'uk-sort-code':
      return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'aws-access-key-id':
      return /^AKIA[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'stripe-key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(value);
    case 'stripe-webhook-secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(value);
    case 'github-token':
      return /^ghp_[A-Za-z0-9]{36}$/.test(value);
    case 'sendgrid-key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'google-api-key':
      return /^AIza[\w-]{35}$/.test(value);
    case 'slack-webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/.test(value);
    case 'private-key':
      return /^-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----$/.test(value);
    case 'basic-auth':
      return Buffer.from(value, 'base64').toString('utf8').includes(':') && Buffer.from(Buffer.from(value, 'base64').toString('utf8')).toString('base64') === value;
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ip-address':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? value.split('.').every((p) => Number(p) <= 255) : /^[0-9a-f:]+$/.test(value);
    case 'geolocation': {
      const [lat, lon] = value.split(',').map(Number);
      return Math.abs(lat!) <= 90 && Math.abs(lon!) <= 180;
    }
    default:
      return true;
  }
}
