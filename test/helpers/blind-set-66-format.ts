import { base62, luhnDigit, mod97 } from './blind-set-66-values';

function crc32(s: string): number {
  let c = ~0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const luhnOk = (d: string): boolean => d.length > 1 && luhnDigit(d.slice(0, -1)) === Number(d[d.length - 1]);

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21, PL: 28, IE: 22 };

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const head = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    const body = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    const sig = Buffer.from(parts[2]!, 'base64url').length;
    const want = head.alg === 'RS256' ? 256 : head.alg === 'ES256' ? 64 : 32;
    return typeof body === 'object' && body !== null && sig === want;
  } catch {
    return false;
  }
}

function dobOk(v: string): boolean {
  let m: RegExpMatchArray | null;
  let y: number, mo: number, d: number;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2010 && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function ipOk(v: string): boolean {
  if (v.includes(':')) return /^2[0-9a-f:]+$/.test(v) && v.includes('::');
  const p = v.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b] = [p[0]!, p[1]!];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 169 && b === 254) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (/^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(v)) return false;
  return true;
}

function pemOk(v: string): boolean {
  const m = /^-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(v);
  if (!m) return false;
  const lines = m[2]!.split('\n');
  if (lines.slice(0, -1).some((l) => l.length !== 64)) return false;
  const der = Buffer.from(lines.join(''), 'base64');
  return der[0] === 0x30 && der.length > 100;
}

/** Checks each value kind's real format: prefixes, lengths, alphabets, checksums, decodable structure. */
export function formatOk66(kind: string, value: string): boolean {
  const v = value;
  switch (kind) {
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v);
    case 'aws_secret_key':
      return /^[A-Za-z0-9+/]{40}$/.test(v);
    case 'github_token': {
      const m = /^gh[psou]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
      return !!m && base62(crc32(m[1]!), 6) === m[2];
    }
    case 'github_fine_grained_pat':
      return /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(v);
    case 'gitlab_pat':
      return /^glpat-[A-Za-z0-9_-]{20}$/.test(v);
    case 'slack_token':
      return /^xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(v);
    case 'slack_webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/.test(v);
    case 'stripe_secret_key':
      return /^(sk|rk)_live_51[A-Za-z0-9]{97}$/.test(v);
    case 'webhook_secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(v);
    case 'twilio_auth_token':
    case 'azure_apim_key':
    case 'datadog_api_key':
    case 'pagerduty_key':
    case 'algolia_admin_key':
    case 'apigee_secret_hex':
      return /^[0-9a-f]{32}$/.test(v);
    case 'datadog_app_key':
      return /^[0-9a-f]{40}$/.test(v);
    case 'hmac_secret':
    case 'signing_key':
      return /^[0-9a-f]{64}$/.test(v);
    case 'sendgrid_key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v);
    case 'openai_key':
      return /^sk-proj-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}$/.test(v);
    case 'anthropic_key':
      return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v);
    case 'google_api_key':
      return /^AIza[A-Za-z0-9_-]{35}$/.test(v);
    case 'google_client_secret':
      return /^GOCSPX-[A-Za-z0-9_-]{28}$/.test(v);
    case 'google_oauth_token':
      return /^ya29\.a0[A-Za-z0-9_-]{150,}$/.test(v);
    case 'azure_storage_key':
      return /^[A-Za-z0-9+/]{86}==$/.test(v) && Buffer.from(v, 'base64').length === 64;
    case 'azure_client_secret':
      return /^[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}$/.test(v);
    case 'npm_token':
      return /^npm_[A-Za-z0-9]{36}$/.test(v);
    case 'okta_api_token':
      return /^00[A-Za-z0-9_-]{40}$/.test(v);
    case 'shopify_token':
      return /^shp(at|ss|ca)_[0-9a-f]{32}$/.test(v);
    case 'square_token':
      return /^EAAA[A-Za-z0-9_-]{60}$/.test(v);
    case 'mailgun_key':
      return /^key-[0-9a-f]{32}$/.test(v);
    case 'mailchimp_key':
      return /^[0-9a-f]{32}-us\d{1,2}$/.test(v);
    case 'apollo_key':
      return /^service:[a-z0-9-]+(@[a-z]+)?:[A-Za-z0-9_-]{22}$/.test(v);
    case 'hasura_admin_secret':
      return /^[A-Za-z0-9]{32,48}$/.test(v);
    case 'vault_token':
      return /^hvs\.[A-Za-z0-9]{24}$/.test(v);
    case 'pulumi_token':
      return /^pul-[0-9a-f]{40}$/.test(v);
    case 'postman_key':
      return /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/.test(v);
    case 'databricks_token':
      return /^dapi[0-9a-f]{32}$/.test(v);
    case 'huggingface_token':
      return /^hf_[A-Za-z]{34}$/.test(v);
    case 'telegram_bot_token':
      return /^\d{10}:AA[A-Za-z0-9_-]{33}$/.test(v);
    case 'grafana_token':
      return /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/.test(v);
    case 'newrelic_key':
      return /^NRAK-[A-Z0-9]{27}$/.test(v);
    case 'doppler_token':
      return /^dp\.st\.(prd|stg|dev)\.[A-Za-z0-9]{40}$/.test(v);
    case 'atlassian_token':
      return /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/.test(v);
    case 'tyk_key':
      return /^[0-9a-f]{56}$/.test(v);
    case 'kong_key':
      return /^[A-Za-z0-9]{32}$/.test(v);
    case 'aws_apigw_key':
      return /^[A-Za-z0-9]{40}$/.test(v);
    case 'api_key':
    case 'client_secret':
    case 'internal_api_key':
    case 'apigee_consumer_key':
    case 'confluent_secret':
      return /^[A-Za-z0-9+/_=-]{16,96}$/.test(v);
    case 'plaid_secret':
      return /^[0-9a-f]{30}$/.test(v);
    case 'webhook_secret_value':
      return /^[A-Za-z0-9]{32,44}$/.test(v);
    case 'hmac_credential_secret':
      return /^[A-Za-z0-9]{32}$/.test(v);
    case 'session_token':
      return /^[A-Za-z0-9_-]{43}$/.test(v);
    case 'google_refresh_token':
      return /^1\/\/0[A-Za-z0-9]{2}[A-Za-z0-9_-]{96}$/.test(v);
    case 'password':
      return v.length >= 10 && /[a-z]/i.test(v) && /\d/.test(v) && !/\s|changeme|xxxx|\*\*\*/.test(v);
    case 'basic_auth': {
      const s = Buffer.from(v, 'base64').toString('utf8');
      return Buffer.from(s).toString('base64') === v && /^[^:]+:.{8,}$/.test(s);
    }
    case 'jwt':
      return jwtOk(v);
    case 'private_key':
      return pemOk(v);
    case 'person_name':
      return /^\p{Lu}[\p{L}'’ .-]+ \p{Lu}?[\p{L}'’ .-]+$/u.test(v) || /^\p{Lu}\p{L}+ [\p{L}' ]+$/u.test(v);
    case 'given_name':
    case 'family_name':
      return /^[\p{L}][\p{L}' -]+$/u.test(v) && v.length >= 2;
    case 'email':
      return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'phone': {
      const d = v.replace(/\D/g, '');
      return /^[+(0][\d ()+-]+$/.test(v) && d.length >= 10 && d.length <= 13 && !/555\d{4}$/.test(d);
    }
    case 'street_address':
      return /\d/.test(v) && /\p{L}{3,}/u.test(v);
    case 'date_of_birth':
      return dobOk(v);
    case 'ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
      if (!m) return false;
      const a = Number(m[1]);
      return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk_nino': {
      const s = v.replace(/ /g, '');
      const m = /^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
      return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]!);
    }
    case 'ca_sin': {
      const s = v.replace(/ /g, '');
      return /^[1-79]\d{8}$/.test(s) && luhnOk(s);
    }
    case 'br_cpf': {
      const m = /^(\d{3})\.(\d{3})\.(\d{3})-(\d{2})$/.exec(v);
      if (!m) return false;
      const d = (m[1]! + m[2]! + m[3]! + m[4]!).split('').map(Number);
      const dv = (n: number) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += d[i]! * (n + 1 - i);
        const r = (s * 10) % 11;
        return r === 10 ? 0 : r;
      };
      return dv(9) === d[9] && dv(10) === d[10];
    }
    case 'nl_bsn': {
      if (!/^\d{9}$/.test(v)) return false;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
      return (s - Number(v[8])) % 11 === 0;
    }
    case 'es_dni':
      return /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
    case 'passport':
      return /^([56]\d{8}|[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}|\d{2}[A-Z]{2}\d{5})$/.test(v);
    case 'ip_address':
      return ipOk(v);
    case 'card_number': {
      const d = v.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d) && /^(4|5[1-5]|22[2-7]|3[47]|6011)/.test(d) && !/^(4111111111111111|4242424242424242|5555555555554444|378282246310005)$/.test(d);
    }
    case 'iban': {
      const s = v.replace(/ /g, '');
      const cc = s.slice(0, 2);
      return IBAN_LEN[cc] === s.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(v)) return false;
      const d = v.split('').map(Number);
      const p = Number(v.slice(0, 2));
      const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!;
      return s % 10 === 0 && ((p >= 1 && p <= 12) || (p >= 21 && p <= 32));
    }
    case 'bank_account':
      return /^[1-9]\d{7,11}$/.test(v);
    default:
      return false;
  }
}
