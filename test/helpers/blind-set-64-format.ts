import { base62_64, crc32_64, luhnDigit64, mod97_64 } from './blind-set-64-values';

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, CH: 21, IT: 27 };

function luhnOk(d: string): boolean {
  return /^\d{9,19}$/.test(d) && luhnDigit64(d.slice(0, -1)) === d.slice(-1);
}

function derOk(b64: string): boolean {
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return false;
  const b = Buffer.from(b64, 'base64');
  if (b[0] !== 0x30) return false;
  if (b[1] === 0x82) return b.length === ((b[2]! << 8) | b[3]!) + 4;
  return b.length === b[1]! + 2;
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    const sigLen = Buffer.from(parts[2]!, 'base64url').length;
    return typeof h.alg === 'string' && typeof p === 'object' && (h.alg === 'HS256' ? sigLen === 32 : sigLen === 256);
  } catch {
    return false;
  }
}

function dateOk(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1920 && y <= 2010 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function publicIpv4(v: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (!m) return false;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if ([a, b, c, Number(m[4])].some((x) => x > 255)) return false;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) return false;
  if (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) return false;
  if (a === 203 && b === 0 && c === 113) return false;
  return true;
}

/** Checks a planted value of blind set 64 against its kind's real format (checksums included). */
export function formatOk64(kind: string, value: string): boolean {
  const v = value;
  switch (kind) {
    case 'full_name':
      return /^[\p{L}][\p{L}-]*( [\p{L}][\p{L}-]*)+$/u.test(v) && v.length > 6;
    case 'email':
      return /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'phone': {
      const d = v.replace(/\D/g, '');
      if (!/^\+?[\d ().-]+$/.test(v) || d.length < 10 || d.length > 13) return false;
      const nanp = d.length === 10 ? d : d.length === 11 && d[0] === '1' && (v.startsWith('+1') || !v.startsWith('+')) ? d.slice(1) : null;
      if (nanp && v.replace(/\D/g, '').length <= 11 && (v.startsWith('+1') || !v.startsWith('+'))) return /^[2-9][0-8]\d[2-9]\d{6}$/.test(nanp) && nanp.slice(3, 6) !== '555';
      return true;
    }
    case 'street_address':
      return /^\d{1,5} [A-Z][A-Za-z ]+(Avenue|Street|Lane|Road|Boulevard|Court|Drive|Way|Terrace)( (Apt \d+[AB]?|Suite \d{3}))?$/.test(v);
    case 'dob': {
      let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (m) return dateOk(+m[1]!, +m[2]!, +m[3]!);
      m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
      if (m) return dateOk(+m[3]!, +m[1]!, +m[2]!);
      m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v);
      return !!m && dateOk(+m[3]!, +m[2]!, +m[1]!);
    }
    case 'ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
      if (!m || (v.includes('-') && v.length !== 11)) return false;
      const a = Number(m[1]);
      return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'nino': {
      const c = v.replace(/ /g, '');
      const m = /^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(c);
      return !!m && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(m[1]!);
    }
    case 'sin': {
      const d = v.replace(/ /g, '');
      return /^[1-79]\d{8}$/.test(d) && luhnOk(d);
    }
    case 'bsn': {
      if (!/^\d{9}$/.test(v)) return false;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
      return (s - Number(v[8])) % 11 === 0;
    }
    case 'passport':
      return /^([A-Z]\d{8}|[1-9]\d{8})$/.test(v);
    case 'ip_address':
      return publicIpv4(v);
    case 'card': {
      const d = v.replace(/[ -]/g, '');
      if (!luhnOk(d)) return false;
      return (/^4\d{15}$/.test(d) || /^5[1-5]\d{14}$/.test(d) || /^2221\d{12}$/.test(d) || /^3[47]\d{13}$/.test(d) || /^6011\d{12}$/.test(d));
    }
    case 'iban': {
      const c = v.replace(/ /g, '');
      const len = IBAN_LEN[c.slice(0, 2)];
      return !!len && c.length === len && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && mod97_64(c.slice(4) + c.slice(0, 4)) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(v)) return false;
      const n = v.split('').map(Number);
      const pre = Number(v.slice(0, 2));
      const prefixOk = (pre >= 1 && pre <= 12) || (pre >= 21 && pre <= 32) || (pre >= 61 && pre <= 72) || pre === 80;
      return prefixOk && (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
    }
    case 'bank_account':
      return /^[1-9]\d{7,11}$/.test(v);
    case 'sort_code':
      return /^\d{2}-\d{2}-\d{2}$/.test(v);
    case 'password':
      return v.length >= 12 && /[a-z]/i.test(v) && /\d/.test(v) && /[!#%^*_.~-]/.test(v) && !/\s/.test(v);
    case 'okta_api_token':
      return /^00[A-Za-z0-9_-]{40}$/.test(v);
    case 'okta_client_secret':
      return /^[A-Za-z0-9_-]{40}$/.test(v);
    case 'okta_session_token':
      return /^20111[A-Za-z0-9_-]{52}$/.test(v);
    case 'auth0_client_secret':
      return /^[A-Za-z0-9_-]{64}$/.test(v);
    case 'refresh_token':
      return /^v1\.M[A-Za-z0-9_-]{127}$/.test(v) || /^0\.A[A-Za-z0-9_-]{323}$/.test(v);
    case 'authorization_code':
    case 'okta_refresh_token':
    case 'scim_bearer_token':
    case 'webhook_secret':
    case 'access_token':
    case 'device_code':
    case 'pkce_code_verifier':
    case 'opaque_refresh_token':
    case 'cookie_secret':
      return /^[A-Za-z0-9_-]{22,86}$/.test(v) && Buffer.from(v, 'base64url').toString('base64url') === v;
    case 'azure_client_secret':
      return /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{33}[A-Za-z0-9]$/.test(v);
    case 'keycloak_client_secret':
      return /^[A-Za-z0-9]{32}$/.test(v);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v);
    case 'aws_secret_key':
      return /^[A-Za-z0-9+/]{40}$/.test(v);
    case 'aws_session_token':
      return /^IQoJb3JpZ2luX2VjE[A-Za-z0-9+/]{300}==$/.test(v);
    case 'cognito_client_secret':
      return /^[a-z0-9]{52}$/.test(v);
    case 'google_client_secret':
      return /^GOCSPX-[A-Za-z0-9_-]{28}$/.test(v);
    case 'google_refresh_token':
      return /^1\/\/0[A-Za-z0-9_-]{99}$/.test(v);
    case 'google_access_token':
      return /^ya29\.a0A[A-Za-z0-9_-]{170}$/.test(v);
    case 'duo_secret_key':
      return /^[A-Za-z0-9]{40}$/.test(v);
    case 'twilio_auth_token':
      return /^[0-9a-f]{32}$/.test(v);
    case 'sendgrid_api_key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v);
    case 'github_token': {
      const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
      return !!m && base62_64(crc32_64(m[1]!), 6) === m[2];
    }
    case 'slack_token':
      return /^xox[pbe]-\d{12}-\d{13}-\d{13}-[0-9a-f]{32}$/.test(v);
    case 'bamboohr_api_key':
    case 'jumpcloud_api_key':
      return /^[0-9a-f]{40}$/.test(v);
    case 'onelogin_client_secret':
      return /^[0-9a-f]{64}$/.test(v);
    case 'api_key':
    case 'client_secret':
      return /^[A-Za-z0-9]{32,64}$/.test(v);
    case 'totp_seed':
      return /^[A-Z2-7]{16,64}$/.test(v) && v.length % 8 === 0;
    case 'otp_secret':
      return /^[A-Za-z0-9]{20}$/.test(v);
    case 'refresh_token_opaque':
      return /^[A-Za-z0-9]{64,128}$/.test(v);
    case 'client_secret_uuid':
    case 'keycloak_code': {
      const u = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
      return new RegExp(kind === 'keycloak_code' ? `^${u}\\.${u}\\.${u}$` : `^${u}$`).test(v);
    }
    case 'cognito_refresh_token': {
      const p = v.split('.');
      return p.length === 5 && p.every((x) => /^[A-Za-z0-9_-]+$/.test(x)) && JSON.parse(Buffer.from(p[0]!, 'base64url').toString()).enc === 'A256GCM' && Buffer.from(p[1]!, 'base64url').length === 256 && Buffer.from(p[2]!, 'base64url').length === 12;
    }
    case 'recovery_code':
      return /^[0-9a-f]{5}-[0-9a-f]{5}$/.test(v) || /^[A-Z0-9]{24}$/.test(v) || /^\d{4} \d{4}$/.test(v) || /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/.test(v);
    case 'basic_auth_b64': {
      if (!/^[A-Za-z0-9+/]+=*$/.test(v)) return false;
      const s = Buffer.from(v, 'base64').toString('utf8');
      return Buffer.from(s).toString('base64') === v && /^[^:]+:.{12,}$/.test(s);
    }
    case 'ad_unicode_pwd': {
      const s = Buffer.from(v, 'base64').toString('utf16le');
      return Buffer.from(s, 'utf16le').toString('base64') === v && /^".{12,}"$/.test(s);
    }
    case 'jwt':
    case 'id_token':
      return jwtOk(v);
    case 'private_key': {
      const s = v.replace(/\\n/g, '\n');
      const m = /^-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(s);
      return !!m && m[2]!.split('\n').every((l, i, a) => l.length === 64 || i === a.length - 1) && derOk(m[2]!.replace(/\n/g, ''));
    }
    case 'private_key_b64':
      return derOk(v);
    case 'hubspot_token':
      return /^pat-(na1|eu1)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v);
    case 'stripe_secret_key':
      return /^sk_live_[A-Za-z0-9]{24,99}$/.test(v);
    case 'encryption_key':
      return /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32;
    default:
      return false;
  }
}
