import { B62, B64, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** Provider token generators for set 72, each in the shape its provider documents. */

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC32 of the random part as 6 base62 digits, left-padded with 0 (GitHub and npm token tails). */
export function crcTail(body: string): string {
  let n = crc32(body);
  let out = '';
  while (n > 0) {
    out = B62[n % 62]! + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

const URLSAFE = B64URL;
const ALNUM = B62;
const B32 = UPPER + '234567';
const b64j = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A JWT with the given payload; the signature is random base64url of the algorithm's size. */
export function jwt(r: Rng9, payload: Record<string, unknown>, alg = 'HS256', typ = 'JWT'): string {
  const sig = alg.startsWith('HS') ? r.b64url(32) : r.b64url(256);
  return `${b64j({ alg, typ })}.${b64j(payload)}.${sig}`;
}

/** A PKCS#8 RSA private key in PEM, with a random body behind the real DER preamble. */
export function pemKey(r: Rng9, nl = '\n'): string {
  const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + r.chars(B64, 1556) + '==';
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return `-----BEGIN PRIVATE KEY-----${nl}${lines.join(nl)}${nl}-----END PRIVATE KEY-----`;
}

export const GEN: Record<string, (r: Rng9) => string> = {
  ghp: (r) => { const b = r.b62(30); return 'ghp_' + b + crcTail(b); },
  gho: (r) => { const b = r.b62(30); return 'gho_' + b + crcTail(b); },
  ghs: (r) => { const b = r.b62(30); return 'ghs_' + b + crcTail(b); },
  ghr: (r) => { const b = r.b62(30); return 'ghr_' + b + crcTail(b); },
  github_pat: (r) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`,
  xoxb: (r) => `xoxb-${r.digits(1).replace('0', '7')}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`,
  xoxp: (r) => `xoxp-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`,
  xapp: (r) => `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(64)}`,
  slack_webhook: (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`,
  stripe_sk: (r) => `sk_live_51${r.b62(97)}`,
  stripe_rk: (r) => `rk_live_51${r.b62(97)}`,
  whsec: (r) => `whsec_${r.b62(32)}`,
  openai: (r) => `sk-proj-${r.chars(URLSAFE, 74)}T3BlbkFJ${r.chars(URLSAFE, 74)}`,
  openai_legacy: (r) => `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`,
  anthropic: (r) => `sk-ant-api03-${r.chars(URLSAFE, 93)}AA`,
  aws_akid: (r) => 'AKIA' + r.chars(B32, 16),
  aws_asia: (r) => 'ASIA' + r.chars(B32, 16),
  aws_secret: (r) => r.chars(UPPER + LOWER + DIGITS + '/+', 40),
  aws_session: (r) => 'IQoJb3JpZ2luX2VjE' + r.chars(B64, 600) + '=',
  google_api: (r) => 'AIza' + r.chars(URLSAFE, 35),
  gcp_pem: (r) => pemKey(r, '\\n'),
  google_secret: (r) => 'GOCSPX-' + r.chars(URLSAFE, 28),
  google_refresh: (r) => '1//0' + r.chars(UPPER, 1) + r.chars(URLSAFE, 98),
  google_access: (r) => 'ya29.a0' + r.chars(URLSAFE, 160),
  azure_key: (r) => r.b64(64),
  azure_sig: (r) => encodeURIComponent(r.b64(32)),
  azure_client_secret: (r) => `${r.chars(ALNUM, 3)}8Q~${r.chars(ALNUM + '_~.-', 31)}`,
  twilio_token: (r) => r.hex(32),
  twilio_sk_secret: (r) => r.b62(32),
  sendgrid: (r) => `SG.${r.chars(URLSAFE, 22)}.${r.chars(URLSAFE, 43)}`,
  mailgun: (r) => `key-${r.hex(32)}`,
  mailgun_new: (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`,
  postmark: (r) => r.uuid(),
  mailchimp: (r) => `${r.hex(32)}-us${r.int(1, 21)}`,
  shpat: (r) => 'shpat_' + r.hex(32),
  shpss: (r) => 'shpss_' + r.hex(32),
  shpca: (r) => 'shpca_' + r.hex(32),
  hubspot: (r) => `pat-${r.pick(['na1', 'na2', 'eu1'])}-${r.uuid()}`,
  sf_session: (r) => `00D${r.chars(UPPER + DIGITS, 12)}!AQ${r.chars(ALNUM, 2)}AR${r.chars(ALNUM + '._', 92)}`,
  atlassian: (r) => `ATATT3xFfGF0${r.chars(URLSAFE, 170)}=${r.hex(8).toUpperCase()}`,
  glpat: (r) => 'glpat-' + r.chars(URLSAFE, 20),
  npm: (r) => { const b = r.b62(30); return 'npm_' + b + crcTail(b); },
  pypi: (r) => 'pypi-AgEIcHlwaS5vcmcCJD' + r.chars(URLSAFE, 150),
  dockerhub: (r) => 'dckr_pat_' + r.chars(URLSAFE, 27),
  dd_api: (r) => r.hex(32),
  dd_app: (r) => r.hex(40),
  newrelic: (r) => 'NRAK-' + r.chars(UPPER + DIGITS, 27),
  newrelic_license: (r) => r.hex(36) + 'NRAL',
  sntrys: (r) => `sntrys_${b64j({ iat: 1700000000 + r.int(0, 9e7), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r.pick(['acme-corp', 'northwind', 'globex']) })}_${r.chars(URLSAFE, 43)}`,
  sntryu: (r) => 'sntryu_' + r.hex(64),
  pagerduty: (r) => 'u+' + r.chars(URLSAFE, 18),
  pd_routing: (r) => 'R0' + r.chars(UPPER + DIGITS, 30),
  okta: (r) => '00' + r.chars(URLSAFE, 40),
  auth0_secret: (r) => r.chars(URLSAFE, 64),
  cloudflare: (r) => r.chars(URLSAFE, 40),
  cf_global: (r) => r.hex(37),
  vercel: (r) => r.b62(24),
  netlify: (r) => 'nfp_' + r.b62(36),
  heroku: (r) => 'HRKU-AA' + r.chars(URLSAFE, 58),
  digitalocean: (r) => 'dop_v1_' + r.hex(64),
  do_oauth: (r) => 'doo_v1_' + r.hex(64),
  do_refresh: (r) => 'dor_v1_' + r.hex(64),
  fastly: (r) => r.chars(URLSAFE, 32),
  algolia_admin: (r) => r.hex(32),
  mapbox_sk: (r) => `sk.${b64j({ u: r.pick(['acme-maps', 'fleetops', 'geo-team']), a: r.chars(LOWER + DIGITS, 25) })}.${r.chars(URLSAFE, 22)}`,
  linear: (r) => 'lin_api_' + r.b62(40),
  notion_secret: (r) => 'secret_' + r.b62(43),
  notion_ntn: (r) => `ntn_${r.digits(11)}${r.b62(35)}`,
  airtable: (r) => `pat${r.b62(14)}.${r.hex(64)}`,
  asana: (r) => `2/${r.int(1, 9)}${r.digits(15)}/${r.int(1, 9)}${r.digits(15)}:${r.hex(32)}`,
  zoom_secret: (r) => r.b62(32),
  dropbox: (r) => 'sl.u.' + r.chars(URLSAFE, 140),
  box_dev: (r) => r.b62(32),
  plaid_secret: (r) => r.hex(30),
  plaid_access: (r) => `access-production-${r.uuid()}`,
  square: (r) => 'EAAA' + r.chars(URLSAFE, 60),
  square_secret: (r) => 'sq0csp-' + r.chars(URLSAFE, 43),
  braintree: (r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`,
  paypal_secret: (r) => r.chars(URLSAFE, 80),
  paypal_access: (r) => 'A21AA' + r.chars(URLSAFE, 92),
  adyen: (r) => `AQE${r.chars(B64, 93)}=-${r.chars(B64, 43)}=-${r.chars(ALNUM + '?;>(,<{', 16)}`,
  coinbase_pem: (r) => `-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEI${r.chars(B64, 55)}\\noAoGCCqGSM49AwEHoUQDQgAE${r.chars(B64, 40)}\\n${r.chars(B64, 46)}==\\n-----END EC PRIVATE KEY-----`,
  supabase_service: (r) => jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1690000000 + r.int(0, 9e7), exp: 2000000000 + r.int(0, 9e7) }),
  supabase_secret: (r) => 'sb_secret_' + r.chars(URLSAFE, 31),
  fcm_key: (r) => `AAAA${r.chars(URLSAFE, 7)}:APA91b${r.chars(URLSAFE, 134)}`,
  pscale: (r) => 'pscale_pw_' + r.chars(URLSAFE, 43),
  pscale_tkn: (r) => 'pscale_tkn_' + r.chars(URLSAFE, 43),
  neon_pw: (r) => 'npg_' + r.b62(12),
  neon_api: (r) => 'napi_' + r.chars(LOWER + DIGITS, 64),
  redis_pw: (r) => r.b62(32),
  confluent_secret: (r) => r.chars(UPPER + LOWER + DIGITS + '+/', 64),
  databricks: (r) => 'dapi' + r.hex(32) + r.pick(['', '-2', '-3']),
  vault: (r) => 'hvs.CAESI' + r.chars(URLSAFE, 43) + 'Gh4KHGh2cy4' + r.b62(32),
  tfc: (r) => `${r.b62(14)}.atlasv1.${r.b62(67)}`,
  doppler: (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.b62(40)}`,
  doppler_pt: (r) => 'dp.pt.' + r.b62(43),
  op_service: (r) => 'ops_' + b64j({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(16) }, email: `${r.chars(LOWER, 13)}@${r.chars(LOWER, 12)}.1passwordserviceaccounts.com`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.chars(UPPER + DIGITS, 6)}-${r.chars(UPPER + DIGITS, 6)}`, deviceUuid: r.chars(LOWER + DIGITS, 26) }),
  hf: (r) => 'hf_' + r.chars(UPPER + LOWER, 34),
  replicate: (r) => 'r8_' + r.b62(37),
  cohere: (r) => r.b62(40),
  mistral: (r) => r.b62(32),
  groq: (r) => 'gsk_' + r.b62(52),
  telegram: (r) => `${r.int(1, 9)}${r.digits(9)}:AA${r.chars(URLSAFE, 33)}`,
  discord_bot: (r) => `${Buffer.from(String(r.int(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.chars(URLSAFE, 6)}.${r.chars(URLSAFE, 38)}`,
  discord_webhook: (r) => `https://discord.com/api/webhooks/${r.int(1, 9)}${r.digits(17)}/${r.chars(URLSAFE, 68)}`,
  zendesk: (r) => r.b62(40),
  slack_signing: (r) => r.hex(32),
  jwt_bearer: (r) => jwt(r, { sub: r.uuid(), iss: 'https://auth.integrations.internal', scope: 'read write', exp: 1800000000 + r.int(0, 9e7) }, 'RS256'),
  refresh_opaque: (r) => r.chars(URLSAFE, r.int(40, 64)),
};

/** Whether a value has its kind's shape (prefix, length, alphabet, checksum). */
export function tokenOk(kind: string, v: string): boolean | undefined {
  const re: Record<string, RegExp> = {
    github_pat: /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/, xoxb: /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/, xoxp: /^xoxp-\d{12}-\d{12}-\d{13}-[0-9a-f]{32}$/,
    xapp: /^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/, slack_webhook: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{10}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/,
    stripe_sk: /^sk_live_51[A-Za-z0-9]{97}$/, stripe_rk: /^rk_live_51[A-Za-z0-9]{97}$/, whsec: /^whsec_[A-Za-z0-9]{32}$/,
    openai: /^sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}$/, openai_legacy: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/, anthropic: /^sk-ant-api03-[\w-]{93}AA$/,
    aws_akid: /^AKIA[A-Z2-7]{16}$/, aws_asia: /^ASIA[A-Z2-7]{16}$/, aws_secret: /^[A-Za-z0-9/+]{40}$/, aws_session: /^IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]+=*$/,
    google_api: /^AIza[\w-]{35}$/, google_secret: /^GOCSPX-[\w-]{28}$/, google_refresh: /^1\/\/0[A-Z][\w-]{98}$/, google_access: /^ya29\.[\w-]{100,}$/,
    azure_key: /^[A-Za-z0-9+/]{86}==$/, azure_sig: /^([A-Za-z0-9]|%2B|%2F|%3D){43,}$/, azure_client_secret: /^[A-Za-z0-9]{3}8Q~[\w~.-]{31}$/,
    twilio_token: /^[0-9a-f]{32}$/, twilio_sk_secret: /^[A-Za-z0-9]{32}$/, sendgrid: /^SG\.[\w-]{22}\.[\w-]{43}$/, mailgun: /^key-[0-9a-f]{32}$/,
    mailgun_new: /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$/, postmark: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, mailchimp: /^[0-9a-f]{32}-us\d{1,2}$/,
    shpat: /^shpat_[0-9a-f]{32}$/, shpss: /^shpss_[0-9a-f]{32}$/, shpca: /^shpca_[0-9a-f]{32}$/, hubspot: /^pat-(na1|na2|eu1)-[0-9a-f-]{36}$/,
    sf_session: /^00D[A-Z0-9]{12}!AQ[A-Za-z0-9]{2}AR[\w.]{92}$/, atlassian: /^ATATT3xFfGF0[\w-]{170}=[0-9A-F]{8}$/, glpat: /^glpat-[\w-]{20}$/,
    pypi: /^pypi-AgEIcHlwaS5vcmcCJD[\w-]{150}$/, dockerhub: /^dckr_pat_[\w-]{27}$/, dd_api: /^[0-9a-f]{32}$/, dd_app: /^[0-9a-f]{40}$/,
    newrelic: /^NRAK-[A-Z0-9]{27}$/, newrelic_license: /^[0-9a-f]{36}NRAL$/, sntryu: /^sntryu_[0-9a-f]{64}$/, pagerduty: /^u\+[\w-]{18}$/,
    pd_routing: /^R0[A-Z0-9]{30}$/, okta: /^00[\w-]{40}$/, auth0_secret: /^[\w-]{64}$/, cloudflare: /^[\w-]{40}$/, cf_global: /^[0-9a-f]{37}$/,
    vercel: /^[A-Za-z0-9]{24}$/, netlify: /^nfp_[A-Za-z0-9]{36}$/, heroku: /^HRKU-AA[\w-]{58}$/, digitalocean: /^dop_v1_[0-9a-f]{64}$/,
    do_oauth: /^doo_v1_[0-9a-f]{64}$/, do_refresh: /^dor_v1_[0-9a-f]{64}$/, fastly: /^[\w-]{32}$/, algolia_admin: /^[0-9a-f]{32}$/,
    linear: /^lin_api_[A-Za-z0-9]{40}$/, notion_secret: /^secret_[A-Za-z0-9]{43}$/, notion_ntn: /^ntn_\d{11}[A-Za-z0-9]{35}$/, airtable: /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/,
    asana: /^2\/\d{16}\/\d{16}:[0-9a-f]{32}$/, zoom_secret: /^[A-Za-z0-9]{32}$/, dropbox: /^sl\.u\.[\w-]{140}$/, box_dev: /^[A-Za-z0-9]{32}$/,
    plaid_secret: /^[0-9a-f]{30}$/, plaid_access: /^access-production-[0-9a-f-]{36}$/, square: /^EAAA[\w-]{60}$/, square_secret: /^sq0csp-[\w-]{43}$/,
    braintree: /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/, paypal_secret: /^[\w-]{80}$/, paypal_access: /^A21AA[\w-]{92}$/,
    adyen: /^AQE[A-Za-z0-9+/]{93}=-[A-Za-z0-9+/]{43}=-\S{16}$/, supabase_secret: /^sb_secret_[\w-]{31}$/, fcm_key: /^AAAA[\w-]{7}:APA91b[\w-]{134}$/,
    pscale: /^pscale_pw_[\w-]{43}$/, pscale_tkn: /^pscale_tkn_[\w-]{43}$/, neon_pw: /^npg_[A-Za-z0-9]{12}$/, neon_api: /^napi_[a-z0-9]{64}$/,
    redis_pw: /^[A-Za-z0-9]{32}$/, confluent_secret: /^[A-Za-z0-9+/]{64}$/, databricks: /^dapi[0-9a-f]{32}(-\d)?$/, vault: /^hvs\.CAESI[\w-]{43}Gh4KHGh2cy4[A-Za-z0-9]{32}$/,
    tfc: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/, doppler: /^dp\.st\.(prd|stg|dev)\.[A-Za-z0-9]{40}$/, doppler_pt: /^dp\.pt\.[A-Za-z0-9]{43}$/,
    hf: /^hf_[A-Za-z]{34}$/, replicate: /^r8_[A-Za-z0-9]{37}$/, cohere: /^[A-Za-z0-9]{40}$/, mistral: /^[A-Za-z0-9]{32}$/, groq: /^gsk_[A-Za-z0-9]{52}$/,
    telegram: /^\d{10}:AA[\w-]{33}$/, discord_webhook: /^https:\/\/discord\.com\/api\/webhooks\/\d{18}\/[\w-]{68}$/, zendesk: /^[A-Za-z0-9]{40}$/,
    slack_signing: /^[0-9a-f]{32}$/, refresh_opaque: /^[\w-]{40,64}$/,
  };
  if (re[kind]) return re[kind]!.test(v);
  const crcKinds: Record<string, string> = { ghp: 'ghp_', gho: 'gho_', ghs: 'ghs_', ghr: 'ghr_', npm: 'npm_' };
  if (crcKinds[kind]) {
    const pre = crcKinds[kind]!;
    if (!new RegExp(`^${pre}[A-Za-z0-9]{36}$`).test(v)) return false;
    return crcTail(v.slice(pre.length, pre.length + 30)) === v.slice(-6);
  }
  return undefined;
}
