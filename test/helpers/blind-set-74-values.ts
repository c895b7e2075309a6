import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** Value generators for blind set 74 (no marking here; blind-set-74-core.ts marks). */

export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Password profiles: which symbols a context can hold without escaping. */
export type PwProfile = 'url' | 'plain' | 'nodq' | 'nosq' | 'wide' | 'nosemi';
const SYMS: Record<PwProfile, string> = {
  url: '-_.~',
  plain: '!#$%^*_.~+=-@',
  nodq: "!#$%^&*()_+=-;:'.,?~@ ",
  nosq: '!#$%^&*()_+=-;:".,?~@',
  wide: "!#$%^&*()_+=-;:'\".,?~@ ",
  nosemi: '!#$%^&*()_+=-:.,?~@',
};
const WORDS = ['harbor', 'velvet', 'quartz', 'maple', 'thunder', 'orbit', 'saffron', 'glacier', 'lantern', 'copper', 'meadow', 'falcon', 'ember', 'tundra', 'pickle', 'violet', 'canyon', 'mosaic', 'rhubarb', 'nimbus', 'cobalt', 'juniper', 'walrus', 'paprika'];

export function password(r: Rng9, profile: PwProfile = 'plain'): string {
  const style = r.int(0, 5);
  if (style === 0) {
    const sep = profile === 'url' ? r.pick(['-', '.', '_']) : r.pick(['-', '.', '_', profile === 'nosemi' || profile === 'plain' ? '+' : ' ']);
    return [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), r.pick(WORDS)].map((w, i) => (i === 1 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(sep) + r.digits(2);
  }
  if (style === 1) return r.password(r.int(14, 24));
  const n = r.int(12, 28);
  let s = '';
  const cls = [LOWER, UPPER, DIGITS, SYMS[profile]];
  for (let i = 0; i < n; i++) s += r.chars(cls[i < 4 ? i : r.int(0, 3)]!, 1);
  // keep a space or symbol away from the ends so the value reads as one
  const arr = s.split('');
  for (let i = arr.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [arr[i], arr[j]] = [arr[j]!, arr[i]!];
  }
  const mid = arr.join('');
  return r.chars(UPPER + LOWER, 1) + mid + r.chars(DIGITS + LOWER, 1);
}

/** A password with reserved URL characters, percent-encoded as a DSN holds it. */
export function pctPassword(r: Rng9): string {
  const raw = r.chars(LOWER + UPPER + DIGITS, r.int(6, 10)) + r.pick(['@', ':', '/', '#', '?', '%', '&', '+']) + r.chars(LOWER + UPPER + DIGITS, r.int(4, 8)) + r.pick(['@', '!', '$', '=']) + r.digits(2);
  return encodeURIComponent(raw).replace(/!/g, '%21');
}

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n: number, width: number): string {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** Token kinds with their generators (the kind string is what formatOk74 checks). */
export const TOKENS: Record<string, (r: Rng9) => string> = {
  'stripe-secret': (r) => (r.int(0, 1) ? `sk_live_${r.b62(24)}` : `sk_live_51${r.b62(22)}${r.b62(75)}`),
  'stripe-restricted': (r) => `rk_live_${r.b62(24)}`,
  'github-pat': (r) => {
    const body = r.b62(30);
    return `${r.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${body}${base62(crc32(body), 6)}`;
  },
  'github-fine-pat': (r) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`,
  'gitlab-pat': (r) => `glpat-${r.chars(B62 + '-_', 20)}`,
  'slack-token': (r) => `${r.pick(['xoxb', 'xoxp'])}-${r.digits(1).replace('0', '7')}${r.digits(11)}-${r.digits(13)}-${r.b62(24)}`,
  'aws-secret-key': (r) => r.chars(B62 + '/+', 40),
  'openai-key': (r) => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  'anthropic-key': (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  'sendgrid-key': (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  'twilio-auth-token': (r) => r.hex(32),
  'mailgun-key': (r) => `key-${r.hex(32)}`,
  'shopify-token': (r) => `${r.pick(['shpat', 'shpca', 'shppa'])}_${r.hex(32)}`,
  'npm-token': (r) => {
    const body = r.b62(30);
    return `npm_${body}${base62(crc32(body), 6)}`;
  },
  'google-refresh-token': (r) => `1//0${r.pick(['g', 'e', '4', '9'])}${r.chars(B64URL, 99)}`,
  'google-access-token': (r) => `ya29.${r.chars(B64URL, 150)}`,
  'webhook-secret': (r) => `whsec_${r.b64(24)}`,
  'digitalocean-token': (r) => `dop_v1_${r.hex(64)}`,
  'vault-token': (r) => `hvs.${r.chars(B64URL, 90)}`,
  'datadog-api-key': (r) => r.hex(32),
  'pypi-token': (r) => `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, 140)}`,
  'doppler-token': (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.b62(43)}`,
  'linear-key': (r) => `lin_api_${r.b62(40)}`,
  'postman-key': (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`,
  'internal-api-key': (r) => `${r.pick(['ak_live_', 'hk_prod_', 'key_', 'api_'])}${r.b62(32)}`,
};
export const TOKEN_KINDS = Object.keys(TOKENS);

export function jwt(r: Rng9, sub: string): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'HS256' ? {} : { kid: r.hex(16) }) })).toString('base64url');
  const iat = 1735689600 + r.int(0, 30000000);
  const p = Buffer.from(JSON.stringify({ sub, iat, exp: iat + r.pick([900, 3600, 86400]), scope: r.pick(['read write', 'openid profile email', 'admin']), jti: r.uuid() })).toString('base64url');
  return `${h}.${p}.${r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32)}`;
}
export const sessionId = (r: Rng9): string => r.pick([() => r.hex(64), () => r.b64url(32), () => `s%3A${r.b64url(24)}.${r.b64(32).replace(/=+$/, '')}`, () => r.hex(40)])();
export const resetToken = (r: Rng9): string => (r.int(0, 1) ? r.b64url(32) : r.hex(48));
export const totpSeed = (r: Rng9): string => r.chars(BASE32, r.pick([16, 32]));
export const bcrypt = (r: Rng9): string => `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '11', '12'])}$${r.chars(BCRYPT, 53)}`;
export const argon2 = (r: Rng9): string => `$argon2id$v=19$m=${r.pick(['65536', '19456', '47104'])},t=${r.int(2, 3)},p=${r.int(1, 4)}$${r.b64(16).replace(/=+$/, '')}$${r.b64(32).replace(/=+$/, '')}`;
export const pbkdf2 = (r: Rng9): string => `pbkdf2_sha256$${r.pick(['600000', '720000', '870000'])}$${r.b62(22)}$${r.b64(32)}`;
export const scramVerifier = (r: Rng9): string => `SCRAM-SHA-256$4096:${r.b64(16)}$${r.b64(32)}:${r.b64(32)}`;
export const mysqlNativeHash = (r: Rng9): string => `*${r.chars('0123456789ABCDEF', 40)}`;
export const awsKeyId = (r: Rng9): string => `${r.pick(['AKIA', 'ASIA'])}${r.chars(UPPER + '234567', 16)}`;
export const azureKey = (r: Rng9): string => r.b64(64);
export const elasticApiKey = (r: Rng9): string => Buffer.from(`${r.chars(B64URL, 20)}:${r.chars(B64URL, 22)}`).toString('base64');
/** ASP.NET Core Identity v3 password hash: 0x01, PRF, iteration count, salt length, salt, subkey. */
export const aspnetHash = (r: Rng9): string => Buffer.concat([Buffer.from([1, 0, 0, 0, 2, 0, 1, 0x86, 0xa0, 0, 0, 0, 16]), r.bytes(48)]).toString('base64');
export const b64Blob = (r: Rng9, n: number): string => r.chars(B64, n);
export { HEX };
