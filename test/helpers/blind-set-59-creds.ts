import { B62, B64, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

const A32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const UPDIG = UPPER + DIGITS;

/** CRC32 (IEEE) of a string, as GitHub and npm use for their token checksums. */
export function crc32of59(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A number in base62 (0-9A-Za-z), left-padded with zeros to six characters. */
export function base62of59(n: number): string {
  let out = '';
  let v = n;
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(6, '0');
}

/** A GitHub-style token: prefix, 30 random base62 characters, CRC32 checksum of them in base62. */
export function checksummedToken59(r: Rng9, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + base62of59(crc32of59(body));
}

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** A JWT with a JSON header, JSON claims and a random signature. */
export function jwt59(r: Rng9, alg: 'HS256' | 'RS256', claims: Record<string, unknown>): string {
  const header = alg === 'RS256' ? { alg, kid: r.b64url(32) } : { alg, typ: 'JWT' };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

/** A PEM private key; `nl` is the line separator as the surrounding text needs it (`\n` or a literal backslash-n). */
export function pem59(r: Rng9, label: string, nl: string, lines = 8): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(r.b64(48));
  return `-----BEGIN ${label}-----${nl}${body.join(nl)}${nl}${r.b64(20)}${nl}-----END ${label}-----`;
}

const WORDS = ['winter', 'Harbor', 'falcon', 'Marigold', 'copper', 'Tundra', 'velvet', 'Sparrow', 'orbit', 'Quartz', 'maple', 'Nimbus', 'saffron', 'Juniper', 'lantern', 'Otter'];
const SPECIAL = ['!', '#', '$', '%', '&', '*', '@', '?', '+', ';', '^', '('];

/** A realistic password: mixed words, digits and punctuation, sometimes a space; no quote or backslash. */
export function password59(r: Rng9): string {
  switch (r.int(0, 4)) {
    case 0:
      return r.password(r.int(12, 22));
    case 1:
      return `${r.pick(WORDS)}${r.pick(SPECIAL)}${r.pick(WORDS)}${r.digits(r.int(2, 4))}${r.pick(SPECIAL)}`;
    case 2:
      return `${r.pick(WORDS)} ${r.pick(WORDS).toLowerCase()} ${r.digits(2)}${r.pick(SPECIAL)}${r.chars(UPPER, 2)}`;
    case 3:
      return `${r.chars(LOWER + UPPER + DIGITS, 5)}${r.pick(SPECIAL)}${r.chars(LOWER + UPPER + DIGITS, 6)}${r.pick(SPECIAL)}${r.chars(DIGITS + UPPER, 4)}`;
    default:
      return r.urlPassword(r.int(14, 24));
  }
}

/** A password safe inside a URL userinfo without percent-encoding. */
export function urlPassword59(r: Rng9): string {
  return r.urlPassword(r.int(14, 26));
}

const pctB64 = (s: string): string => s.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');

/** Generators of credentials in each provider's published format, keyed by kind. */
export const CRED59: Record<string, (r: Rng9) => string> = {
  aws_access_key_id: (r) => 'AKIA' + r.chars(A32, 16),
  aws_temp_access_key_id: (r) => 'ASIA' + r.chars(A32, 16),
  aws_secret_access_key: (r) => r.chars(B62 + '+/', 40),
  aws_session_token: (r) => 'IQoJb3JpZ2luX2VjE' + r.chars(B64, r.int(280, 420)),
  github_pat: (r) => checksummedToken59(r, 'ghp_'),
  github_oauth: (r) => checksummedToken59(r, 'gho_'),
  github_app_token: (r) => checksummedToken59(r, 'ghs_'),
  github_fine_grained: (r) => 'github_pat_11' + r.chars(UPDIG, 20) + '_' + r.b62(59),
  gitlab_pat: (r) => 'glpat-' + r.chars(B62 + '-_', 20),
  npm_token: (r) => checksummedToken59(r, 'npm_'),
  stripe_secret_key: (r) => 'sk_live_51' + r.b62(96),
  stripe_restricted_key: (r) => 'rk_live_51' + r.b62(96),
  stripe_webhook_secret: (r) => 'whsec_' + r.b62(32),
  slack_bot_token: (r) => `xoxb-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`,
  slack_user_token: (r) => `xoxp-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`,
  slack_webhook_url: (r) => `https://hooks.slack.com/services/T${r.chars(UPDIG, 8)}/B${r.chars(UPDIG, 10)}/${r.b62(24)}`,
  twilio_auth_token: (r) => r.hex(32),
  twilio_api_key_secret: (r) => r.b62(32),
  sendgrid_api_key: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  mailgun_api_key: (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`,
  openai_api_key: (r) => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  anthropic_api_key: (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  gemini_api_key: (r) => 'AIza' + r.chars(B62 + '-_', 35),
  huggingface_token: (r) => 'hf_' + r.chars(UPPER + LOWER, 34),
  replicate_token: (r) => 'r8_' + r.b62(37),
  groq_api_key: (r) => 'gsk_' + r.b62(52),
  cohere_api_key: (r) => r.b62(40),
  pinecone_api_key: (r) => `pcsk_${r.b62(6)}_${r.b62(63)}`,
  azure_storage_key: (r) => r.b64(64),
  azure_sas_signature: (r) => pctB64(r.b64(32)),
  azure_client_secret: (r) => `${r.chars(B62, 3)}${r.digits(1)}Q~${r.chars(B62 + '_~.-', 34)}`,
  azure_sb_key: (r) => r.b64(32),
  azure_openai_key: (r) => r.hex(32),
  gcp_oauth_token: (r) => 'ya29.a0' + r.chars(B64URL, 170),
  gcp_refresh_token: (r) => '1//0' + r.chars(B64URL, 99),
  heroku_api_key: (r) => 'HRKU-AA' + r.chars(B64URL, 58),
  vercel_token: (r) => r.b62(24),
  netlify_token: (r) => 'nfp_' + r.b62(36),
  cloudflare_api_token: (r) => r.chars(B62 + '_-', 40),
  cloudflare_global_key: (r) => r.hex(37),
  fly_token: (r) => 'fm2_lJPE' + r.chars(B64, 220),
  render_api_key: (r) => 'rnd_' + r.b62(32),
  datadog_api_key: (r) => r.hex(32),
  datadog_app_key: (r) => r.hex(40),
  pagerduty_routing_key: (r) => 'R0' + r.chars(UPDIG, 30),
  okta_api_token: (r) => '00' + r.chars(B62 + '_-', 40),
  auth0_client_secret: (r) => r.chars(B64URL, 64),
  shopify_access_token: (r) => 'shpat_' + r.hex(32),
  shopify_shared_secret: (r) => 'shpss_' + r.hex(32),
  hubspot_private_app_token: (r) => `pat-na1-${r.uuid()}`,
  salesforce_access_token: (r) => `00D${r.chars(B62, 12)}!AQ${r.chars(B62 + '._', 94)}`,
  salesforce_refresh_token: (r) => '5Aep861' + r.chars(B62 + '._', 80),
  plaid_secret: (r) => r.hex(30),
  plaid_access_token: (r) => `access-production-${r.uuid()}`,
  square_access_token: (r) => 'EAAA' + r.chars(B64URL, 60),
  paypal_client_secret: (r) => 'E' + r.chars(B64URL, 79),
  adyen_api_key: (r) => `AQE${r.chars(B62, 60)}=-${r.chars(B62 + '+/', 43)}=-${r.chars(B62, 16)}`,
  braintree_private_key: (r) => r.hex(32),
  mailchimp_api_key: (r) => `${r.hex(32)}-us${r.int(2, 21)}`,
  intercom_access_token: (r) => Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64'),
  zendesk_api_token: (r) => r.b62(40),
  telegram_bot_token: (r) => `${r.int(1000000000, 7999999999)}:AA${r.chars(B62 + '_-', 33)}`,
  discord_webhook_url: (r) => `https://discord.com/api/webhooks/${r.int(1, 9)}${r.digits(18)}/${r.chars(B62 + '_-', 68)}`,
  linear_api_key: (r) => 'lin_api_' + r.b62(40),
  docker_pat: (r) => 'dckr_pat_' + r.chars(B62 + '_-', 27),
  pypi_token: (r) => 'pypi-AgEIcHlwaS5vcmc' + r.chars(B64URL, 140),
  sentry_user_token: (r) => 'sntryu_' + r.hex(64),
  newrelic_user_key: (r) => 'NRAK-' + r.chars(UPDIG, 27),
  newrelic_license_key: (r) => r.hex(36) + 'NRAL',
  vault_token: (r) => 'hvs.' + r.chars(B62 + '_-', 90),
  atlassian_api_token: (r) => `ATATT3xFfGF0${r.chars(B62 + '_-', 170)}=${r.hex(8).toUpperCase()}`,
  algolia_admin_key: (r) => r.hex(32),
  postgres_password: urlPassword59,
  hmac_secret: (r) => r.b64(48),
  session_secret: (r) => r.hex(64),
};
