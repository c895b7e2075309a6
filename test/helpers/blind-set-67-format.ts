import { EIN_PREFIXES, IBAN_LEN, luhnDigit, mod97 } from './blind-set-67-values';

/** Set 67: checks each planted value's real format (prefixes, lengths, alphabets, checksums, decodable parts). */

const jsonPart = (s: string): boolean => {
  try {
    return typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object';
  } catch {
    return false;
  }
};

const luhn = (d: string): boolean => d.length > 1 && luhnDigit(d.slice(0, -1)) === d.slice(-1);

function cardOk(v: string): boolean {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{15,16}$/.test(d) || !luhn(d)) return false;
  if (d.length === 15) return /^3[47]/.test(d);
  const p4 = Number(d.slice(0, 4));
  return d[0] === '4' || /^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720) || d.startsWith('6011');
}

function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

function routingOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const p = Number(v.slice(0, 2));
  if (!((p >= 1 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const d = v.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function itinOk(v: string): boolean {
  const m = /^9\d{2}-(\d{2})-\d{4}$/.exec(v);
  if (!m) return false;
  const g = Number(m[1]);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

function ninoOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

function vatOk(v: string): boolean {
  if (/^GB\d{9}$/.test(v)) {
    const w = [8, 7, 6, 5, 4, 3, 2];
    const s = w.reduce((a, x, i) => a + x * Number(v[2 + i]), 0) + Number(v.slice(9));
    return s % 97 === 0 || (s + 55) % 97 === 0;
  }
  const fr = /^FR(\d{2})(\d{9})$/.exec(v);
  return !!fr && Number(fr[1]) === (12 + 3 * (Number(fr[2]) % 97)) % 97;
}

function dateOk(v: string): boolean {
  let y: number, m: number, d: number;
  let mm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (mm) [y, m, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else if ((mm = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v))) [m, d, y] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y > 1900 && y < 2010;
}

function ipOk(v: string): boolean {
  const p = v.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b, c] = p as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) return false;
  if (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) return false;
  return !(a === 203 && b === 0 && c === 113);
}

function pemOk(v: string): boolean {
  const s = v.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ((?:RSA )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(s);
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\n/g, ''), 'base64');
  return der[0] === 0x30 && der[1] === 0x82 && der.length > 600;
}

const RX: Record<string, RegExp> = {
  intuit_access_token: /^eyJ[\w-]+\.\.[\w-]{22}\.[\w-]{200,}\.[\w-]{22}$/,
  intuit_refresh_token: /^AB11\d{9}[A-Za-z0-9]{37}$/,
  oauth_client_secret: /^(?:[A-Za-z0-9_-]{40,48}|ramp_sec_[A-Za-z0-9]{48}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/,
  xero_refresh_token: /^[0-9a-f]{64}$/,
  netsuite_tba_secret: /^[0-9a-f]{64}$/,
  oauth_token: /^(?:[0-9a-f]{64}|[A-Za-z0-9_-]{43})$/,
  webhook_secret: /^(?:whsec_[A-Za-z0-9]{32}|[0-9a-f]{64}|[A-Za-z0-9+/]{86}==)$/,
  intacct_session_id: /^[A-Za-z0-9]{30}\.\.$/,
  chargebee_api_key: /^(?:live|test)_[A-Za-z0-9]{32,36}$/,
  recurly_api_key: /^[0-9a-f]{32}$/,
  zuora_access_token: /^[0-9a-f]{32}$/,
  paddle_api_key: /^pdl_(?:live|sdbx)_apikey_01[0-9a-hjkmnp-tv-z]{24}_[A-Za-z0-9]{22}_A[A-Z]{2}$/,
  paddle_webhook_secret: /^pdl_ntfset_01[0-9a-hjkmnp-tv-z]{24}_[A-Za-z0-9]{32}$/,
  stripe_secret_key: /^[sr]k_live_51[A-Za-z0-9]{97}$/,
  avalara_license_key: /^[0-9A-F]{16}$/,
  taxjar_api_token: /^[0-9a-f]{32}$/,
  billcom_dev_key: /^01[A-Z0-9]{18}$/,
  billcom_session_id: /^![A-Za-z0-9]{11}![A-Za-z0-9]{60}$/,
  expensify_partner_secret: /^[0-9a-f]{40}$/,
  ramp_token: /^ramp_tok_[A-Za-z0-9]{48}$/,
  brex_token: /^bxt_[A-Za-z0-9]{40}$/,
  plaid_secret: /^[0-9a-f]{30}$/,
  plaid_access_token: /^access-production-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  aws_access_key_id: /^AKIA[A-Z2-7]{16}$/,
  aws_secret_key: /^[A-Za-z0-9+/]{40}$/,
  slack_webhook: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/,
  sendgrid_api_key: /^SG\.[\w-]{22}\.[\w-]{43}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  password: /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9!#%^*_.~-]{12,20}$/,
  connection_string: /^(?:(?:postgres|amqps):\/\/\w+:[A-Za-z0-9._~-]{12,}@[\w.-]+:\d+\/\w+|Server=tcp:[\w.-]+,1433;Initial Catalog=\w+;User ID=\w+;Password=[^;]{12,};Encrypt=True;)$/,
  person_name: /^\p{Lu}[\p{L}'-]+(?: [\p{L}'-]+)+$/u,
  email: /^[a-z0-9._]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/,
  street_address: /^\d{2,4} [\p{L} ]+(?:, (?:Apt \d+[ABC]|Unit \d{3}))?$/u,
  ein: /^\d{2}-\d{7}$/,
  passport: /^(?:[1-9]\d{8}|[ACE]\d{8})$/,
  uk_sort_code: /^\d{2}-\d{2}-\d{2}$/,
  bank_account: /^[1-9]\d{7,13}$/,
};

/** True when `value` has the real format of `kind`, checksums included. */
export function formatOk67(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number':
      return cardOk(value);
    case 'iban':
      return ibanOk(value);
    case 'aba_routing':
      return routingOk(value);
    case 'ssn':
      return ssnOk(value);
    case 'itin':
      return itinOk(value);
    case 'nino':
      return ninoOk(value);
    case 'sin': {
      const d = value.replace(/ /g, '');
      return /^[1-79]\d{8}$/.test(d) && luhn(d);
    }
    case 'vat_id':
      return vatOk(value);
    case 'ein':
      return RX.ein!.test(value) && EIN_PREFIXES.includes(value.slice(0, 2));
    case 'date_of_birth':
      return dateOk(value);
    case 'ip_address':
      return ipOk(value);
    case 'private_key':
      return pemOk(value);
    case 'jwt': {
      const p = value.split('.');
      return p.length === 3 && value.startsWith('eyJ') && jsonPart(p[0]!) && jsonPart(p[1]!) && /^[\w-]{40,}$/.test(p[2]!);
    }
    case 'basic_auth': {
      const s = Buffer.from(value, 'base64').toString('utf8');
      return /^[A-Za-z0-9+/]+=*$/.test(value) && /^[\w.@-]+:(?:\S{8,})?$/.test(s) && s.length >= 20 && Buffer.from(s).toString('base64') === value;
    }
    case 'phone': {
      const d = value.replace(/[^\d]/g, '');
      return /^[+(0-9]/.test(value) && d.length >= 10 && d.length <= 13 && !/\b555[-. ]?\d{4}$/.test(value);
    }
    case 'intuit_access_token': {
      const ok = RX[kind]!.test(value);
      return ok && /"enc"/.test(Buffer.from(value.split('.')[0]!, 'base64url').toString());
    }
    default: {
      const rx = RX[kind];
      return !!rx && rx.test(value);
    }
  }
}
