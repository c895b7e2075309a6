import { base62, crc32, luhnCheck, mod97 } from './blind-set-38-gen';

const b64Decodes = (s: string, min = 1): boolean => {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t) || t.length % 4 !== 0) return false;
  return Buffer.from(t, 'base64').length >= min;
};

const jwtOk = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
};

const abaOk = (s: string): boolean => {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
};

const REGEX: Record<string, RegExp> = {
  'sort-code': /^\d{2}-\d{2}-\d{2}$/,
  'card-cvv': /^\d{3,4}$/,
  'bank-account': /^\d{8,12}$/,
  'aws-access-key-id': /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  'aws-secret-access-key': /^[A-Za-z0-9+/]{40}$/,
  'sendgrid-api-key': /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  'mailgun-api-key': /^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/,
  'woocommerce-consumer-key': /^ck_[0-9a-f]{40}$/,
  'woocommerce-consumer-secret': /^cs_[0-9a-f]{40}$/,
  'digitalocean-token': /^do[opr]_v1_[0-9a-f]{64}$/,
  'stripe-secret-key': /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/,
  'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'slack-webhook-url': /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/,
  email: /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  'wp-application-password': /^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$/,
  'ghost-admin-secret': /^[0-9a-f]{64}$/,
  'strapi-api-token': /^[0-9a-f]{256}$/,
  'b2-application-key': /^K[0-9]{3}[A-Za-z0-9+/]{27}$/,
  'gitlab-token': /^glpat-[A-Za-z0-9_-]{20}$/,
  'cpanel-api-token': /^[A-Z0-9]{32}$/,
  'contentful-management-token': /^CFPAT-[A-Za-z0-9_-]{43}$/,
  ssn: /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/,
  nino: /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/,
  'hubspot-private-app-token': /^pat-(na1|eu1)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  'typeform-token': /^tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}$/,
  'netlify-token': /^nfp_[A-Za-z0-9]{36}$/,
};

/** Checks each planted value's own format; true for kinds with nothing to check. */
export function formatOk38(kind: string, value: string): boolean {
  const re = REGEX[kind];
  if (re && !re.test(value)) return false;
  switch (kind) {
    case 'card-number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{13,19}$/.test(d) && luhnCheck(d.slice(0, -1)) === Number(d.slice(-1));
    }
    case 'iban': {
      const t = value.replace(/ /g, '');
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t) && mod97(t.slice(4) + t.slice(0, 4)) === 1;
    }
    case 'aba-routing':
      return abaOk(value);
    case 'github-token': {
      const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && base62(crc32(m[1]!), 6) === m[2];
    }
    case 'jwt':
      return jwtOk(value);
    case 'wix-api-key':
      return value.startsWith('IST.') && jwtOk(value.slice(4));
    case 'laravel-app-key':
      return b64Decodes(value, 32) && Buffer.from(value, 'base64').length === 32;
    case 'pem-private-key':
      return b64Decodes(value, 100);
    case 'basic-auth-b64':
    case 'smtp-auth-plain-b64':
    case 'smtp-auth-login-b64':
    case 'ftp-password-b64':
    case 'email-b64':
      return b64Decodes(value, 4);
    case 'bsn': {
      if (!/^\d{9}$/.test(value)) return false;
      const sum = value.slice(0, 8).split('').reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
      return sum % 11 === Number(value[8]);
    }
    case 'dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'sin': {
      const t = value.replace(/ /g, '');
      return /^\d{9}$/.test(t) && luhnCheck(t.slice(0, 8)) === Number(t[8]);
    }
    case 'nextauth-secret':
      return b64Decodes(value, 32);
    case 'ses-smtp-password':
      return value.length === 44 && b64Decodes(value, 33);
    case 'ip-address': {
      const o = value.split('.').map(Number);
      return o.length === 4 && o.every((x) => x >= 0 && x <= 255) && ![10, 127, 0].includes(o[0]!) && !(o[0] === 192 && o[1] === 168) && !(o[0] === 172 && o[1]! >= 16 && o[1]! <= 31);
    }
    default:
      return true;
  }
}
