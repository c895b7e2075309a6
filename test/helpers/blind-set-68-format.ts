import { luhn68 } from './blind-set-68-values';

const B64U = /^[A-Za-z0-9_-]+$/;

function jwtOk(v: string): boolean {
  const p = v.split('.');
  if (p.length !== 3 || !p.every((x) => B64U.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(p[0]!, 'base64url').toString('utf8'));
    const b = JSON.parse(Buffer.from(p[1]!, 'base64url').toString('utf8'));
    const sig = Buffer.from(p[2]!, 'base64url').length;
    const want = h.alg === 'RS256' ? 256 : h.alg === 'ES256' ? 64 : h.alg === 'HS256' ? 32 : -1;
    return typeof b === 'object' && b !== null && sig === want;
  } catch {
    return false;
  }
}

function pemOk(v: string): boolean {
  const t = v.replace(/\\+n/g, '\n');
  const m = /^-----BEGIN PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END PRIVATE KEY-----\n$/.exec(t);
  if (!m) return false;
  const lines = m[1]!.split('\n');
  if (lines.slice(0, -1).some((l) => l.length !== 64)) return false;
  const der = Buffer.from(lines.join(''), 'base64');
  return der[0] === 0x30 && der[1]! >= 0x81 && der.length > 100;
}

function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  const len: Record<string, number> = { DE: 22, GB: 22, IE: 22, NL: 18, FR: 27, BE: 16 };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || len[s.slice(0, 2)] !== s.length) return false;
  const num = (s.slice(4) + s.slice(0, 4)).split('').map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(num) % 97n === 1n;
}

function routingOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const pre = Number(v.slice(0, 2));
  if (!((pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32))) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return v.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 10 === 0;
}

function cardOk(v: string): boolean {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{15,16}$/.test(d) || !luhn68(d)) return false;
  if (d.length === 15) return /^3[47]/.test(d);
  const p4 = Number(d.slice(0, 4));
  return d[0] === '4' || /^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720) || d.startsWith('6011');
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function ninoOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
  return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]! + m[2]!);
}

function cpfOk(v: string): boolean {
  if (!/^(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})$/.test(v)) return false;
  const d = v.replace(/\D/g, '').split('').map(Number);
  if (new Set(d).size === 1) return false;
  const chk = (xs: number[]) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
  return chk(d.slice(0, 9)) === d[9] && chk(d.slice(0, 10)) === d[10];
}

function dobOk(v: string): boolean {
  let y = 0, m = 0, d = 0;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v))) [m, d, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v))) [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1930 && y <= 2010 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function ipOk(v: string): boolean {
  const p = v.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b, c] = p as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return false;
  if ((a === 100 && b >= 64 && b <= 127) || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  return true;
}

function phoneOk(v: string): boolean {
  if (!/^[+(]?[\d][\d ()-]+\d$/.test(v)) return false;
  const d = v.replace(/\D/g, '');
  if (d.length < 10 || d.length > 13) return false;
  if (/^(\+1|\()/.test(v) || /^\+1 /.test(v)) {
    const n = d.length === 11 ? d.slice(1) : d;
    return /^[2-9]\d{2}[2-9]\d{6}$/.test(n) && n.slice(3, 6) !== '555';
  }
  return true;
}

const RE: Record<string, RegExp> = {
  password: /^[A-Za-z0-9!#%^*_.~-]{12,22}$/,
  url_password: /^[A-Za-z0-9._~-]{14,22}$/,
  fcm_server_key: /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/,
  google_oauth_token: /^ya29\.a0[A-Za-z0-9_-]{150,200}$/,
  google_refresh_token: /^1\/\/0[A-Za-z0-9_-]{102}$/,
  gcp_client_secret: /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  firebase_refresh_token: /^AMf-vB[A-Za-z0-9_-]{240,300}$/,
  supabase_secret: /^sb_secret_[A-Za-z0-9_-]{31}$/,
  supabase_pat: /^sbp_[0-9a-f]{40}$/,
  jwt_secret: /^[A-Za-z0-9+/]{64}$/,
  aws_access_key: /^AKIA[A-Z2-7]{16}$/,
  aws_temp_key: /^ASIA[A-Z2-7]{16}$/,
  aws_secret: /^[A-Za-z0-9/+]{40}$/,
  aws_session_token: /^IQoJb3JpZ2luX2VjE[A-Za-z0-9/+]{300,380}$/,
  appsync_api_key: /^da2-[a-z0-9]{26}$/,
  cognito_refresh_token: /^eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ\.[A-Za-z0-9_-]{342}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{1400,1800}\.[A-Za-z0-9_-]{22}$/,
  revenuecat_secret: /^sk_[A-Za-z0-9]{32}$/,
  revenuecat_webhook_auth: /^Bearer [A-Za-z0-9]{32}$/,
  appstore_shared_secret: /^[0-9a-f]{32}$/,
  apple_app_password: /^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/,
  branch_secret: /^secret_live_[A-Za-z0-9]{32}$/,
  adjust_s2s_token: /^[0-9a-f]{32}$/,
  auth0_client_secret: /^[A-Za-z0-9_-]{64}$/,
  auth0_refresh_token: /^v1\.M[A-Za-z0-9_-]{130}$/,
  clerk_secret: /^sk_live_[A-Za-z0-9]{40}$/,
  stripe_secret: /^sk_live_51[A-Za-z0-9]{94,97}$/,
  stripe_restricted: /^rk_live_51[A-Za-z0-9]{97}$/,
  stripe_whsec: /^whsec_[A-Za-z0-9]{32}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  sendgrid_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  slack_webhook: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  sentry_auth_token: /^sntrys_eyJ[A-Za-z0-9_-]+_[A-Za-z0-9_-]{43}$/,
  mapbox_secret: /^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/,
  npm_token: /^npm_[A-Za-z0-9]{36}$/,
  github_pat: /^ghp_[A-Za-z0-9]{36}$/,
  api_key_hex: /^[0-9a-f]{40}$/,
  api_key_b62: /^[A-Za-z0-9]{32,40}$/,
  onesignal_rest_key: /^os_v2_app_[a-z2-7]{113}$/,
  hmac_secret: /^[A-Za-z0-9+/]{43}=$/,
  expo_access_token: /^[A-Za-z0-9_]{40}$/,
  mongo_uri_password: /^[A-Za-z0-9._~-]{18}$/,
  name: /^[\p{L}\p{M}'-]+( [\p{L}\p{M}'-]+)+$/u,
  email: /^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  street_address: /^\d{1,4} [\p{L} ]+$/u,
  postal_address: /^\d{1,4} [\p{L} ]+, .+\d.*$/u,
  dni: /^\d{8}[A-Z]$/,
  passport: /^([56]\d{8}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8})$/,
  ipv6: /^(2a02:c7f|2600:1700|2a01:e0a|2607:fb90|2804:14c)(:[0-9a-f]{1,4}){5}$/,
  geo: /^-?\d{1,2}\.\d{6},-?\d{1,3}\.\d{6}$/,
  geo_lat: /^-?\d{1,2}\.\d{6}$/,
  geo_lng: /^-?\d{1,3}\.\d{6}$/,
  bank_account: /^[1-9]\d{8,11}$/,
  sort_code: /^\d{2}-\d{2}-\d{2}$/,
  uk_account: /^[1-9]\d{7}$/,
};

/** Checks a planted value's real format, checksums included. */
export function formatOk68(kind: string, value: string): boolean {
  switch (kind) {
    case 'firebase_id_token': case 'supabase_service_jwt': case 'supabase_user_jwt': case 'cognito_access_token': case 'asc_jwt': case 'apns_jwt':
    case 'appsflyer_api_token': case 'auth0_mgmt_token': case 'clerk_session_jwt': return jwtOk(value);
    case 'p8_key': case 'p8_key_escaped': case 'rsa_pkcs8': case 'rsa_pkcs8_escaped': return pemOk(value);
    case 'p12_base64': { const b = Buffer.from(value, 'base64'); return /^[A-Za-z0-9+/]+=*$/.test(value) && b[0] === 0x30 && b[1] === 0x82 && b.toString('base64') === value; }
    case 'iban': return ibanOk(value);
    case 'routing': return routingOk(value);
    case 'card': return cardOk(value);
    case 'ssn': return ssnOk(value);
    case 'nino': return ninoOk(value);
    case 'sin': { const d = value.replace(/ /g, ''); return /^(\d{9}|\d{3} \d{3} \d{3})$/.test(value) && /^[1-7]/.test(d) && luhn68(d); }
    case 'cpf': return cpfOk(value);
    case 'dob': return dobOk(value);
    case 'ip': return ipOk(value);
    case 'phone': return phoneOk(value);
    case 'geo_lat': case 'geo': { if (!RE[kind]!.test(value)) return false; const [a, b] = value.split(',').map(Number); return Math.abs(a!) <= 90 && (b === undefined || Math.abs(b) <= 180); }
    default: {
      const re = RE[kind];
      if (!re) return false;
      return re.test(value);
    }
  }
}
