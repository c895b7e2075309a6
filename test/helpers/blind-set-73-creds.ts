import { Rng9, B62, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';

/** Credentials of the services that move the data: KYC, address validation, couriers, CRMs, HRIS, payouts, support, infra. */
const CRC_T = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
export function crc32_73(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62_73(n: number, w: number): string {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(w, '0');
}

type G = (r: Rng9) => string;
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

export const K73: Record<string, G> = {
  stripe_sk: (r) => `sk_live_51${r.b62(14)}${r.b62(r.pick([10, 83]))}`,
  stripe_rk: (r) => `rk_live_51${r.b62(96)}`,
  stripe_whsec: (r) => `whsec_${r.b62(32)}`,
  github_pat: (r) => {
    const e = r.b62(30);
    return `ghp_${e}${base62_73(crc32_73(e), 6)}`;
  },
  aws_akid: (r) => `AKIA${r.chars(UPPER + '234567', 16)}`,
  aws_secret: (r) => r.chars(B62 + '+/', 40),
  slack_bot: (r) => `xoxb-${r.int(1000000000, 9999999999)}-${r.int(1000000000000, 9999999999999)}-${r.b62(24)}`,
  slack_webhook: (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`,
  sendgrid: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  twilio_sk: (r) => `SK${r.hex(32)}`,
  hex32: (r) => r.hex(32),
  hex40: (r) => r.hex(40),
  b62_20: (r) => r.b62(20),
  b62_32: (r) => r.b62(32),
  b62_40: (r) => r.b62(40),
  b62_64: (r) => r.b62(64),
  mailgun: (r) => `key-${r.hex(32)}`,
  onfido: (r) => `api_live${r.pick(['', '_us', '_ca'])}.${r.chars(B64URL, 11)}.${r.chars(B62, 32)}`,
  sumsub_app: (r) => `prd:${r.b62(24)}.${r.b62(32)}`,
  persona: (r) => `persona_production_${r.uuid()}`,
  google_key: (r) => `AIza${r.chars(B64URL, 35)}`,
  loqate: (r) => [0, 1, 2, 3].map(() => r.chars(UPPER, 2) + r.digits(2)).join('-'),
  mapbox_sk: (r) => `sk.${b64url(JSON.stringify({ u: r.pick(['globex-logistics', 'acme-ops', 'shipfast']), a: r.chars(LOWER + DIGITS, 25) }))}.${r.chars(B64URL, 22)}`,
  here_key: (r) => r.chars(B64URL, 43),
  easypost: (r) => `EZAK${r.hex(54)}`,
  shippo: (r) => `shippo_live_${r.hex(40)}`,
  fedex_id: (r) => `l7${r.hex(32)}`,
  salesforce_at: (r) => `00D${r.chars(B62, 12)}!AQ${r.chars(B62, 2)}AQ${r.chars(B62 + '._', 92)}`,
  salesforce_rt: (r) => `5Aep861${r.chars(B62 + '._', 80)}`,
  hubspot: (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`,
  azure_secret: (r) => `${r.b62(3)}8Q~${r.chars(B62 + '_.~-', 34)}`,
  azure_storage: (r) => r.b64(64),
  intercom: (r) => Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64'),
  personio: (r) => `papi-${r.uuid()}`,
  paypal_secret: (r) => `E${r.chars(B64URL, 79)}`,
  paypal_at: (r) => `A21AA${r.chars(B64URL, 92)}`,
  adyen: (r) => `AQE${r.chars(B62, 4)}${r.b64(45)}-${r.b64(32)}-${r.chars(B62 + ',;:[]{}', 16)}`,
  checkout_sk: (r) => `sk_${r.chars(LOWER + DIGITS, 28)}`,
  wise: (r) => r.uuid(),
  okta: (r) => `00${r.chars(B62 + '-_', 40)}`,
  datadog: (r) => r.hex(32),
  shopify_ss: (r) => `shpss_${r.hex(32)}`,
  shopify_at: (r) => `shpat_${r.hex(32)}`,
  svix_whsec: (r) => `whsec_${r.b64(24)}`,
  session_rails: (r) => `${r.chars(B62 + '%', 120)}--${r.hex(40)}`,
  session_connect: (r) => `s%3A${r.chars(B64URL, 32)}.${r.chars(B62 + '%', 43)}`,
  jsessionid: (r) => r.chars(HEX.toUpperCase(), 32),
  phpsessid: (r) => r.chars('abcdefghijklmnopqrstuv0123456789', 26),
  aspnet: (r) => r.chars('abcdefghijklmnopqrstuvwxyz012345', 24),
  vonage: (r) => r.b62(16),
  pem_key: (r) => {
    const body = (r.b64(600).match(/.{1,64}/g) ?? []).join('\n');
    return `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
  },
};

/** A random realistic password: mixed classes and symbols, sometimes a passphrase with spaces. */
export function pw73(r: Rng9, quotedCtx = false): string {
  const k = r.int(0, 4);
  if (k === 0 && quotedCtx) return `${r.pick(['Correct', 'Blue', 'Winter', 'Salty'])} ${r.pick(['horse', 'lagoon', 'tractor', 'pebble'])} ${r.int(10, 99)} ${r.pick(['battery', 'staple', 'orbit'])}!`;
  if (k === 1) return r.password(r.int(12, 24));
  const sym = quotedCtx ? '!#%&;@$^*()_+=-~' : '!#%^*_.~@$';
  let s = r.chars(LOWER + UPPER + DIGITS, r.int(10, 18));
  for (let i = 0; i < r.int(2, 3); i++) {
    const at = r.int(1, s.length - 1);
    s = s.slice(0, at) + r.chars(sym, 1) + s.slice(at);
  }
  return s + r.digits(1);
}

/** A JWT (header.payload.signature) issued by `iss` for `sub`. */
export function jwt73(r: Rng9, iss: string, sub = `svc-${r.hex(6)}`, alg = r.pick(['HS256', 'RS256'])): string {
  const now = 1735689600 + r.int(0, 20000000);
  const h = b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: r.hex(16) } : {}) }));
  const p = b64url(JSON.stringify({ iss, sub, aud: r.pick(['api', 'https://api.internal', 'payouts']), iat: now, exp: now + 3600, scope: r.pick(['read write', 'labels:create', 'applicants:write']) }));
  return `${h}.${p}.${r.chars(B64URL, alg === 'RS256' ? 342 : 43)}`;
}

/** HTTP basic credentials as base64 of `user:password`. */
export const basic73 = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');
