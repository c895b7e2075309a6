import { base62of59, crc32of59 } from './blind-set-59-creds';
import { ibanCheck59 } from './blind-set-59-money';
import { luhnDigit59 } from './blind-set-59-people';

const luhnOk = (digits: string): boolean => digits.length > 1 && luhnDigit59(digits.slice(0, -1)) === digits.slice(-1);

const ghOk = (v: string, prefix: string): boolean => {
  if (!v.startsWith(prefix)) return false;
  const rest = v.slice(prefix.length);
  return /^[0-9A-Za-z]{36}$/.test(rest) && base62of59(crc32of59(rest.slice(0, 30))) === rest.slice(30);
};

const jwtOk = (v: string): boolean => {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
};

const ssnOk = (v: string): boolean => {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

const cpfOk = (v: string): boolean => {
  const d = v.replace(/\D/g, '').split('').map(Number);
  if (d.length !== 11) return false;
  const c1 = ((d.slice(0, 9).reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11) % 10;
  const c2 = ((d.slice(0, 10).reduce((s, x, i) => s + x * (11 - i), 0) * 10) % 11) % 10;
  return c1 === d[9] && c2 === d[10];
};

const bsnOk = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
  return (s - Number(v[8])) % 11 === 0;
};

const abaOk = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  const d = v.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
};

const ibanOk = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && ibanCheck59(s.slice(0, 2), s.slice(4)) === s.slice(2, 4);
};

const b64Decodes = (v: string, test: (s: string) => boolean): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 && test(Buffer.from(v, 'base64').toString('utf8'));

const PATTERNS: Record<string, RegExp> = {
  aws_access_key_id: /^AKIA[A-Z2-7]{16}$/,
  aws_temp_access_key_id: /^ASIA[A-Z2-7]{16}$/,
  aws_secret_access_key: /^[A-Za-z0-9+/]{40}$/,
  github_fine_grained: /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/,
  gitlab_pat: /^glpat-[A-Za-z0-9_-]{20}$/,
  stripe_secret_key: /^sk_live_[A-Za-z0-9]{24,}$/,
  stripe_restricted_key: /^rk_live_[A-Za-z0-9]{24,}$/,
  stripe_webhook_secret: /^whsec_[A-Za-z0-9]{32}$/,
  slack_bot_token: /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  slack_user_token: /^xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}$/,
  slack_webhook_url: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{24}$/,
  sendgrid_api_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  openai_api_key: /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/,
  anthropic_api_key: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
  gemini_api_key: /^AIza[0-9A-Za-z_-]{35}$/,
  huggingface_token: /^hf_[A-Za-z]{34}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  shopify_access_token: /^shpat_[0-9a-f]{32}$/,
  shopify_shared_secret: /^shpss_[0-9a-f]{32}$/,
  azure_storage_key: /^[A-Za-z0-9+/]{86}==$/,
  azure_client_secret: /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  datadog_app_key: /^[0-9a-f]{40}$/,
  telegram_bot_token: /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/,
  mailchimp_api_key: /^[0-9a-f]{32}-us\d{1,2}$/,
  plaid_access_token: /^access-production-[0-9a-f-]{36}$/,
  hubspot_private_app_token: /^pat-na1-[0-9a-f-]{36}$/,
  uk_nino: /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/,
  email: /^[^@\s]+@(?!example\.)[a-z0-9.-]+\.[a-z]{2,}$/,
  uk_sort_code: /^\d{2}-\d{2}-\d{2}$/,
  bank_account: /^\d{8,12}$/,
};

/** Checks a planted value's own format: checksums (Luhn, mod-97, ABA, GitHub/npm CRC32, national ids), JWT structure, PEM armour, provider patterns; true for kinds without a check. */
export function formatOk59(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{13,19}$/.test(d) && luhnOk(d) && !d.startsWith('4242');
    }
    case 'iban': return ibanOk(value);
    case 'aba_routing': return abaOk(value);
    case 'github_pat': return ghOk(value, 'ghp_');
    case 'github_oauth': return ghOk(value, 'gho_');
    case 'github_app_token': return ghOk(value, 'ghs_');
    case 'npm_token': return ghOk(value, 'npm_');
    case 'us_ssn': return ssnOk(value);
    case 'ca_sin': return /^[1-79]\d{8}$/.test(value) && luhnOk(value);
    case 'es_dni': return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'nl_bsn': return bsnOk(value);
    case 'br_cpf': return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(value) && cpfOk(value);
    case 'se_personnummer': return /^\d{8}-\d{4}$/.test(value) && luhnOk(value.slice(2).replace('-', ''));
    case 'jwt':
    case 'k8s_sa_token': return jwtOk(value);
    case 'private_key': return /^-----BEGIN [A-Z ]*PRIVATE KEY-----(\n|\\n)[\s\S]+(\n|\\n)-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'basic_auth': return b64Decodes(value, (s) => /^[^:\s]+:\S{6,}$/.test(s));
    case 'base64_password': return b64Decodes(value, (s) => /^[\x21-\x7e]{8,}$/.test(s));
    case 'intercom_access_token': return b64Decodes(value, (s) => s.startsWith('tok:'));
    case 'ip_address': return ipOk(value);
    default: {
      const re = PATTERNS[kind];
      return re ? re.test(value) : true;
    }
  }
}

function ipOk(v: string): boolean {
  if (v.includes(':')) return /^2[0-9a-f]{3}:/.test(v);
  const o = v.split('.').map(Number);
  if (o.length !== 4 || o.some((x) => !(x >= 0 && x <= 255))) return false;
  const [a, b, c] = o as [number, number, number, number];
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  return true;
}
