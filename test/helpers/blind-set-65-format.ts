import { luhnDigit, mod97 } from './blind-set-65-values';

/** Blind set 65: each planted value kind's real format, checksums included. */

const RE: Record<string, RegExp> = {
  shopify_token: /^shp(at|ca|pa)_[0-9a-f]{32}$/,
  shopify_shared_secret: /^shpss_[0-9a-f]{32}$/,
  bigcommerce_token: /^[a-z0-9]{31}$/,
  bigcommerce_client_secret: /^[0-9a-f]{64}$/,
  woocommerce_key: /^c[ks]_[0-9a-f]{40}$/,
  magento_token: /^[a-z0-9]{32}$/,
  magento_crypt_key: /^[0-9a-f]{32}$/,
  commercetools_secret: /^[A-Za-z0-9_-]{32}$/,
  lwa_client_secret: /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/,
  lwa_refresh_token: /^Atzr\|IwEBI[A-Za-z0-9_-]{300,}$/,
  lwa_access_token: /^Atza\|IwEBI[A-Za-z0-9_-]{300,}$/,
  aws_access_key_id: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  aws_secret_key: /^[A-Za-z0-9/+]{40}$/,
  ebay_user_token: /^v\^1\.1#i\^1#p\^3#r\^1#f\^0#I\^3#t\^H4sI[A-Za-z0-9+/]{400,}$/,
  ebay_auth_n_auth: /^AgAAAA\*\*AQAAAA\*\*aAAAAA\*\*[A-Za-z0-9+/]{30}\*\*[A-Za-z0-9+/]{700,}$/,
  ebay_cert_id: /^PRD-[0-9a-f]{12}(-[0-9a-f]{4}){4}$/,
  etsy_oauth_token: /^\d{8,9}\.[A-Za-z0-9_-]{90,110}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  twilio_api_key_secret: /^[A-Za-z0-9]{32}$/,
  sendgrid_api_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  mailgun_api_key: /^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/,
  mailgun_signing_key: /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$/,
  postmark_server_token: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  ses_smtp_password: /^B[A-Za-z0-9+/]{43}$/,
  vonage_api_secret: /^[A-Za-z0-9]{16}$/,
  messagebird_access_key: /^[A-Za-z0-9]{25}$/,
  klaviyo_private_key: /^pk_[0-9a-f]{34}$/,
  mailchimp_api_key: /^[0-9a-f]{32}-us\d{1,2}$/,
  brevo_api_key: /^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$/,
  fcm_server_key: /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/,
  onesignal_rest_key: /^(os_v2_app_[a-z2-7]{113}|[A-Za-z0-9+/]{48})$/,
  pusher_secret: /^[0-9a-f]{20}$/,
  ably_api_key: /^[A-Za-z0-9]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}$/,
  svix_webhook_secret: /^whsec_[A-Za-z0-9+/]{32}$/,
  stripe_secret_key: /^sk_live_[A-Za-z0-9]{99}$/,
  stripe_webhook_secret: /^whsec_[A-Za-z0-9]{32}$/,
  app_password: /^[a-z]{4}([ -]?[a-z]{4}){3}$/,
  webhook_secret: /^[A-Za-z0-9_-]{24,64}$/,
  client_secret: /^[A-Za-z0-9_.~+/-]{16,80}$/,
  basic_auth: /^[A-Za-z0-9+/]+=*$/,
  email: /^[a-z0-9._%+-]+(@|%40)[a-z0-9.-]+\.[a-z]{2,}$/,
  phone: /^((\+|%2B)\d{10,13}|[0-9 ().-]{9,16})$/,
  google_oauth_token: /^ya29\.c\.[A-Za-z0-9_-]{200,}$/,
  laravel_app_key: /^[A-Za-z0-9+/]{43}=$/,
  rails_secret_key_base: /^[0-9a-f]{128}$/,
  wp_salt: /^[A-Za-z0-9_-]{64}$/,
  ipv4: /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
  ipv6: /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){2,6}::[0-9a-f]{1,4}$/,
  nino: /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/,
  pan_india: /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/,
  passport: /^(\d{9}|C[0-9CFGHJKLMNPRTVWXYZ]{8}|\d{2}[A-Z]{2}\d{5})$/,
  bank_account: /^\d{8,12}$/,
  uk_account: /^\d{8}$/,
  sort_code: /^\d{2}-\d{2}-\d{2}$/,
  street_address: /^\d{1,4} [\p{L} .'-]+(, Apt \d{1,2}[BC]?)?$/u,
};

const luhnOk = (d: string): boolean => luhnDigit(d.slice(0, -1)) === d.slice(-1);

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && typeof p === 'object' && p !== null;
  } catch {
    return false;
  }
}

function pemOk(v: string): boolean {
  const m = /^-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----(\n|\\n|\r\n)([\s\S]+?)\2-----END \1-----$/.exec(v);
  if (!m) return false;
  const lines = m[3]!.split(m[2]!);
  return /^[A-Za-z0-9+/]{100,}$/.test(lines.join('')) && lines.every((l) => l.length <= 64);
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function cardOk(v: string): boolean {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{15,16}$/.test(d) || !luhnOk(d)) return false;
  if (d.length === 15) return /^3[47]/.test(d);
  return /^(4|5[1-5]|6011|2(2[2-9]\d|[3-6]\d\d|7[01]\d|720))/.test(d);
}

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, PL: 28, IE: 22 };
function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

function abaOk(v: string): boolean {
  if (!/^(0[1-9]|1[0-2]|2[1-9]|3[0-2])\d{7}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(v[i]) * w[i]!;
  return s % 10 === 0;
}

function cpfOk(v: string): boolean {
  const d = v.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  for (const len of [9, 10]) {
    let s = 0;
    for (let i = 0; i < len; i++) s += Number(d[i]) * (len + 1 - i);
    const c = ((s * 10) % 11) % 10;
    if (c !== Number(d[len])) return false;
  }
  return true;
}

function dateOk(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = v.includes('-') ? [m[1], m[2], m[3]] : v.includes('/') ? [m[3], m[1], m[2]] : [m[3], m[2], m[1]];
  const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return dt.getUTCMonth() === Number(mo) - 1 && dt.getUTCDate() === Number(d) && Number(y) > 1900 && Number(y) < 2010;
}

function basicOk(v: string): boolean {
  if (!RE['basic_auth']!.test(v)) return false;
  const s = Buffer.from(v, 'base64').toString('utf8');
  return /^[^:\s]+:[^\s]{8,}$/.test(s);
}

/** True when `value` has the real format of `kind` (false for a kind this set does not know). */
export function formatOk65(kind: string, value: string): boolean {
  switch (kind) {
    case 'jwt':
      return jwtOk(value);
    case 'private_key':
      return pemOk(value);
    case 'ssn':
      return ssnOk(value);
    case 'card':
      return cardOk(value);
    case 'iban':
      return ibanOk(value);
    case 'aba_routing':
      return abaOk(value);
    case 'cpf':
      return cpfOk(value);
    case 'sin':
      return /^\d{3} \d{3} \d{3}$/.test(value) && !/^[08]/.test(value) && luhnOk(value.replace(/ /g, ''));
    case 'dni':
      return /^\d{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'dob':
      return dateOk(value);
    case 'basic_auth':
      return basicOk(value);
    case 'password':
      return value.length >= 10 && /[A-Za-z]/.test(value) && /\d/.test(value) && !/changeme|password|xxxx|\*\*\*/i.test(value);
    case 'name':
      return /^[\p{Lu}][\p{L}'-]+( [\p{L}'-]+){1,3}$/u.test(value);
    case 'ipv4': {
      const m = RE['ipv4']!.exec(value);
      if (!m) return false;
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (![m[1], m[2], m[3], m[4]].every((x) => Number(x) <= 255)) return false;
      return !(a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b < 128));
    }
    default: {
      const re = RE[kind];
      return re !== undefined && re.test(value);
    }
  }
}
