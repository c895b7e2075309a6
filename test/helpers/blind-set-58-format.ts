import { b62num58, crc32_58 } from './blind-set-58-gen';

const luhnOk = (s: string): boolean => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
};

const ibanOk = (raw: string): boolean => {
  const s = raw.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of digits) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
};

const abaOk = (s: string): boolean => {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
};

const ghOk = (s: string, prefix: string): boolean => {
  const m = new RegExp(`^${prefix}_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$`).exec(s);
  return !!m && b62num58(crc32_58(m[1]!)) === m[2];
};

const jwtOk = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
};

const pemOk = (s: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]*PRIVATE KEY)-----(?:\\n|\n)([A-Za-z0-9+/=]+(?:(?:\\n|\n)[A-Za-z0-9+/=]+)*)(?:\\n|\n)-----END ([A-Z ]*PRIVATE KEY)-----$/.exec(s);
  return !!m && m[1] === m[3];
};

const ssnOk = (s: string): boolean => {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

const bsnOk = (s: string): boolean => /^\d{9}$/.test(s) && s.split('').map(Number).reduce((a, x, i) => a + x * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

const peselOk = (s: string): boolean => {
  if (!/^\d{11}$/.test(s)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = w.reduce((a, x, i) => a + x * Number(s[i]), 0);
  return (10 - (sum % 10)) % 10 === Number(s[10]);
};

const cpfOk = (raw: string): boolean => {
  const m = /^(\d{3})\.(\d{3})\.(\d{3})-(\d{2})$/.exec(raw);
  if (!m) return false;
  const d = (m[1]! + m[2]! + m[3]! + m[4]!).split('').map(Number);
  for (const n of [9, 10]) {
    const s = d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0);
    if (((s * 10) % 11) % 10 !== d[n]) return false;
  }
  return true;
};

const dniOk = (s: string): boolean => /^\d{8}[A-Z]$/.test(s) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(s.slice(0, 8)) % 23] === s[8];

const nirOk = (raw: string): boolean => {
  const s = raw.replace(/ /g, '');
  return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
};

const ninoOk = (raw: string): boolean => {
  const s = raw.replace(/ /g, '');
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s.slice(0, 2));
};

/** Checks one planted value's own format (checksums, armour, structure); true for kinds without a check. */
export function formatOk58(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': return /^\d[\d ]{12,22}\d$/.test(value) && luhnOk(value.replace(/ /g, ''));
    case 'iban': return ibanOk(value);
    case 'routing_number': return abaOk(value);
    case 'github_pat': return ghOk(value, 'ghp');
    case 'github_oauth_token': return ghOk(value, 'gho');
    case 'github_app_token': return ghOk(value, 'ghs');
    case 'github_user_to_server': return ghOk(value, 'ghu');
    case 'npm_token': return ghOk(value, 'npm');
    case 'github_fine_grained_pat': return /^github_pat_[0-9A-Z]{22}_[0-9A-Za-z]{59}$/.test(value);
    case 'jwt': return jwtOk(value);
    case 'intuit_access_token': return value.split('.').length === 5 && value.startsWith('eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0');
    case 'pem_private_key':
    case 'ec_private_key': return pemOk(value);
    case 'ssn': return ssnOk(value);
    case 'bsn': return bsnOk(value);
    case 'pesel': return peselOk(value);
    case 'cpf': return cpfOk(value);
    case 'dni': return dniOk(value);
    case 'sin': return /^\d{3} \d{3} \d{3}$/.test(value) && luhnOk(value.replace(/ /g, ''));
    case 'personnummer': return /^\d{6}-\d{4}$/.test(value) && luhnOk(value.replace('-', ''));
    case 'nir': return nirOk(value);
    case 'nino': return ninoOk(value);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value);
    case 'phone': return /^\+[1-9]\d{7,14}$/.test(value);
    case 'ip_address': return /^(\d{1,3})(\.\d{1,3}){3}$/.test(value) && !/^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(value);
    case 'stripe_secret_key': return /^sk_live_[0-9A-Za-z]{24,}$/.test(value);
    case 'stripe_restricted_key': return /^rk_live_[0-9A-Za-z]{24,}$/.test(value);
    case 'slack_bot_token': return /^xoxb-\d{10,13}-\d{13}-[0-9A-Za-z]{24}$/.test(value);
    case 'slack_user_token': return /^xoxp-\d{11}-\d{11}-\d{13}-[0-9a-f]{32}$/.test(value);
    case 'slack_webhook_url': return /^https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]{8,10}\/B[0-9A-Z]{8,10}\/[0-9A-Za-z]{24}$/.test(value);
    case 'sendgrid_api_key': return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'shopify_access_token': return /^shpat_[0-9a-f]{32}$/.test(value);
    case 'shopify_app_secret': return /^shpss_[0-9a-f]{32}$/.test(value);
    case 'aws_access_key_id': return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_access_key': return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'basic_auth': return Buffer.from(value, 'base64').toString('base64') === value && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'openai_api_key': return /^sk-(proj-|svcacct-)?[\w-]+T3BlbkFJ[\w-]+$/.test(value);
    case 'hubspot_private_app_token': return /^pat-(na1|na2|eu1)-[0-9a-f-]{36}$/.test(value);
    case 'mailchimp_api_key': return /^[0-9a-f]{32}-us\d{1,2}$/.test(value);
    default: return true;
  }
}
