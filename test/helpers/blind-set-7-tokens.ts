import { Rng, ABC } from './blind-set-7-rng';

/** Provider token formats for blind set 7, as their documentation and real logs show them. */

/** OpenAI project key: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url-ish characters. */
export const openaiProj = (r: Rng): string => `sk-proj-${r.str(ABC.url, 74)}T3BlbkFJ${r.str(ABC.url, 74)}`;

/** OpenAI legacy user key: `sk-` + 20 + `T3BlbkFJ` + 20 alphanumerics. */
export const openaiLegacy = (r: Rng): string => `sk-${r.an(20)}T3BlbkFJ${r.an(20)}`;

/** OpenAI service-account key. */
export const openaiSvc = (r: Rng): string => `sk-svcacct-${r.str(ABC.url, 74)}T3BlbkFJ${r.str(ABC.url, 74)}`;

/** Anthropic API key: `sk-ant-api03-` + 93 base64url + `AA`. */
export const anthropic = (r: Rng): string => `sk-ant-api03-${r.str(ABC.url, 93)}AA`;

/** Anthropic admin key. */
export const anthropicAdmin = (r: Rng): string => `sk-ant-admin01-${r.str(ABC.url, 93)}AA`;

/** Cohere key: 40 alphanumerics, no prefix. */
export const cohere = (r: Rng): string => r.an(40);

/** Mistral key: 32 alphanumerics, no prefix. */
export const mistral = (r: Rng): string => r.an(32);

/** Groq key: `gsk_` + 52 alphanumerics. */
export const groq = (r: Rng): string => `gsk_${r.an(52)}`;

/** Replicate token: `r8_` + 37 alphanumerics. */
export const replicate = (r: Rng): string => `r8_${r.an(37)}`;

/** Hugging Face user access token: `hf_` + 34 letters. */
export const huggingface = (r: Rng): string => `hf_${r.str(ABC.alpha, 34)}`;

/** Pinecone API key: `pcsk_` + short id + `_` + long secret. */
export const pinecone = (r: Rng): string => `pcsk_${r.an(r.int(5, 6))}_${r.an(62)}`;

/** LangSmith personal token: `lsv2_pt_` + 32 hex + `_` + 10 hex. */
export const langsmith = (r: Rng, kind = 'pt'): string => `lsv2_${kind}_${r.hex(32)}_${r.hex(10)}`;

/** Datadog API key (32 hex). */
export const ddApiKey = (r: Rng): string => r.hex(32);

/** Datadog application key (40 hex). */
export const ddAppKey = (r: Rng): string => r.hex(40);

/** New Relic user API key: `NRAK-` + 27 upper alphanumerics. */
export const newRelicUser = (r: Rng): string => `NRAK-${r.str(ABC.upDig, 27)}`;

/** New Relic license (ingest) key: 36 hex + `NRAL`. */
export const newRelicLicense = (r: Rng): string => `${r.hex(36)}NRAL`;

/** Sentry user auth token: `sntryu_` + 64 hex. */
export const sentryUser = (r: Rng): string => `sntryu_${r.hex(64)}`;

/** Sentry org auth token: `sntrys_` + base64 JSON claims + `_` + secret. */
export function sentryOrg(r: Rng): string {
  const claims = { iat: 1790000000 + r.int(0, 9e6), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: `org-${r.hex(6)}` };
  return `sntrys_${Buffer.from(JSON.stringify(claims)).toString('base64').replace(/=+$/, '')}_${r.str(ABC.url, 43)}`;
}

/** Honeycomb ingest key: `hcaik_01` + 26 Crockford + 32 lower alphanumerics (64 in all). */
export const honeycombIngest = (r: Rng): string => `hcaik_01${r.str('0123456789abcdefghjkmnpqrstvwxyz', 24)}${r.str(ABC.lowDig, 32)}`;

/** Honeycomb configuration key: 22 alphanumerics. */
export const honeycombConfig = (r: Rng): string => r.an(22);

/** Grafana Cloud access-policy token: `glc_` + base64 of its JSON. */
export function grafanaCloud(r: Rng): string {
  const body = { o: String(r.int(100000, 999999)), n: `stack-${r.int(100000, 999999)}-hm-write-${r.an(6)}`, k: r.an(24), m: { r: r.pick(['us', 'prod-eu-west-2', 'prod-us-east-0']) } };
  return `glc_${Buffer.from(JSON.stringify(body)).toString('base64')}`;
}

/** Grafana service-account token: `glsa_` + 32 alphanumerics + `_` + 8 hex. */
export const grafanaSa = (r: Rng): string => `glsa_${r.an(32)}_${r.hex(8)}`;

/** Elastic API key as sent in `Authorization: ApiKey`: base64 of `id:key`. */
export const elasticApiKey = (r: Rng): string => Buffer.from(`${r.str(ABC.url, 20)}:${r.str(ABC.url, 22)}`).toString('base64');

/** Vault service token (`hvs.` + base62). */
export const vaultToken = (r: Rng): string => `hvs.${r.an(r.pick([24, 91]))}`;

/** Vault batch token (`hvb.` + long base62 with `_`/`-`). */
export const vaultBatch = (r: Rng): string => `hvb.AAAAAQ${r.str(ABC.url, 120)}`;

/** Azure AD client secret: 3 + `8Q~` + 34 characters of its alphabet. */
export const azureSecret = (r: Rng): string => `${r.an(3)}8Q~${r.str(ABC.an + '_.~-', 34)}`;

/** 1Password service-account token: `ops_` + base64 of its JSON. */
export function opServiceAccount(r: Rng): string {
  const body = { signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(16) }, email: `${r.str(ABC.lowDig, 13)}@1passwordserviceaccounts.com`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.str(ABC.upDig, 6)}-${r.str(ABC.upDig, 6)}`, throttleSecret: { seed: r.hex(64), uuid: r.str(ABC.upDig, 26) }, deviceUuid: r.str(ABC.lowDig, 26) };
  return `ops_${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
}

/** Doppler token: `dp.<kind>.` + 40 to 43 alphanumerics (service tokens carry the config: `dp.st.prd.`). */
export const doppler = (r: Rng, kind = 'st'): string => (kind === 'st' ? `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.an(40)}` : `dp.${kind}.${r.an(43)}`);

/** Okta API token: `00` + 40 base64url characters. */
export const okta = (r: Rng): string => `00${r.str(ABC.url, 40)}`;

/** Auth0 client secret: 64 base64url characters. */
export const auth0Secret = (r: Rng): string => r.str(ABC.url, 64);

/** Cognito app client secret: 51 lower-case alphanumerics. */
export const cognitoSecret = (r: Rng): string => r.str(ABC.lowDig, 51);

/** Clerk secret key. */
export const clerkSecret = (r: Rng): string => `sk_${r.pick(['live', 'test'])}_${r.an(46)}`;

/** Supabase personal access token: `sbp_` + 40 hex. */
export const supabasePat = (r: Rng): string => `sbp_${r.hex(40)}`;

/** Supabase new-style secret key. */
export const supabaseSecret = (r: Rng): string => `sb_secret_${r.str(ABC.url, 31)}`;

/** SendGrid key: `SG.` + 22 + `.` + 43 base64url. */
export const sendgrid = (r: Rng): string => `SG.${r.str(ABC.url, 22)}.${r.str(ABC.url, 43)}`;

/** Mailgun private API key (new form: 32 hex - 8 hex - 8 hex). */
export const mailgun = (r: Rng): string => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;

/** SES SMTP password: 44 base64 characters beginning with `B`. */
export const sesSmtp = (r: Rng): string => `B${r.str(ABC.b64, 43)}`;

/** AWS access key id (the SMTP user name for SES). */
export const awsKeyId = (r: Rng): string => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;

/** AWS secret access key: 40 base64 characters. */
export const awsSecret = (r: Rng): string => r.str(ABC.b64, 40);

/** Shopify admin access token and its siblings (`shpat_`, `shpss_`, `shpca_`, `shppa_`) + 32 hex. */
export const shopify = (r: Rng, kind = 'shpat'): string => `${kind}_${r.hex(32)}`;

/** WooCommerce REST key pair. */
export const wooKeys = (r: Rng): [string, string] => [`ck_${r.hex(40)}`, `cs_${r.hex(40)}`];

/** Shippo live token. */
export const shippo = (r: Rng): string => `shippo_live_${r.hex(40)}`;

/** EasyPost production key: `EZAK` + 54 alphanumerics. */
export const easypost = (r: Rng): string => `EZAK${r.an(54)}`;

/** Slack bot token. */
export const slackBot = (r: Rng): string => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.an(24)}`;

/** GitLab personal access token. */
export const gitlab = (r: Rng): string => `glpat-${r.str(ABC.url, 20)}`;

/** Stripe secret key (live). */
export const stripeLikeSecret = (r: Rng): string => `sk_live_${r.an(99)}`;

/** Stripe restricted key. */
export const stripeRestricted = (r: Rng): string => `rk_live_${r.an(99)}`;
