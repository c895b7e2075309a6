import { abaOk, ibanOk, luhnOk } from './blind-set-9-checks';
import { base58Ok, bech32Ok, githubOk } from './blind-set-9-crypto';
import { eip55 } from './blind-set-17-keccak';
import { idChecks18 } from './blind-set-18-ids';

const jwtOk = (t: string): boolean => {
  const [h, b, s] = t.split('.');
  try {
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object' && Boolean(s);
  } catch {
    return false;
  }
};
const b64RoundTrip = (v: string): boolean => /^[A-Za-z0-9+/]+=*$/.test(v) && Buffer.from(v, 'base64').toString('base64') === v;
const pemOk = (v: string, nl: string): boolean => {
  const lines = v.split(nl).map((l) => l.trim());
  return /^-----BEGIN [A-Z ]*PRIVATE KEY-----$/.test(lines[0]!) && /^-----END [A-Z ]*PRIVATE KEY-----$/.test(lines.at(-1)!) && b64RoundTrip(lines.slice(1, -1).join(''));
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateOk = (y: number, m: number, d: number): boolean => y >= 1900 && y <= 2026 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const dobOk = (v: string): boolean => {
  let m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return dateOk(+m[1]!, +m[2]!, +m[3]!);
  m = v.match(/^(\d{2})[/.](\d{2})[/.](\d{4})$/);
  if (m) return dateOk(+m[3]!, +m[2]!, +m[1]!) || dateOk(+m[3]!, +m[1]!, +m[2]!);
  m = v.match(/^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/);
  return Boolean(m) && MON.includes(m![2]!) && dateOk(+m![3]!, MON.indexOf(m![2]!) + 1, +m![1]!);
};

/** Published prefix/length shapes of the provider tokens (to catch harness slips). */
const SHAPES: Record<string, RegExp> = {
  'aws-key-id': /^AKIA[A-Z2-7]{16}$/, 'aws-secret': /^[A-Za-z0-9+/]{40}$/, 'github-fine-grained': /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/,
  'gitlab-pat': /^glpat-[\w-]{20}$/, 'slack-bot': /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/, 'slack-user': /^xoxp-\d{12}-\d{12}-\d{13}-[0-9a-f]{32}$/,
  'stripe-secret': /^sk_live_51[A-Za-z0-9]{97}$/, 'stripe-restricted': /^rk_live_51[A-Za-z0-9]{97}$/, 'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'openai-key': /^sk-proj-[\w-]{124}T3BlbkFJ[\w-]{24}$/, 'anthropic-key': /^sk-ant-api03-[\w-]{93}AA$/, 'sendgrid-key': /^SG\.[\w-]{22}\.[\w-]{43}$/,
  'npm-token': /^npm_[A-Za-z0-9]{36}$/, 'pypi-token': /^pypi-AgEIcHlwaS5vcmc[\w-]{150}$/, 'google-api-key': /^AIza[\w-]{35}$/, 'huggingface-token': /^hf_[A-Za-z]{34}$/,
  'shopify-token': /^shpat_[0-9a-f]{32}$/, 'digitalocean-token': /^dop_v1_[0-9a-f]{64}$/, 'databricks-token': /^dapi[0-9a-f]{32}$/, 'vault-token': /^hvs\.[\w-]{90}$/,
  'terraform-cloud-token': /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/, 'postman-key': /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/, 'linear-key': /^lin_api_[A-Za-z0-9]{40}$/,
  'newrelic-user-key': /^NRAK-[A-Z0-9]{27}$/, 'grafana-sa-token': /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/, 'telegram-bot-token': /^\d{10}:AA[\w-]{33}$/,
  'azure-storage-key': /^[A-Za-z0-9+/]{86}==$/, 'age-secret-key': /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/, 'pulumi-token': /^pul-[0-9a-f]{40}$/,
  'docker-hub-pat': /^dckr_pat_[\w-]{27}$/, 'rubygems-key': /^rubygems_[0-9a-f]{48}$/, 'planetscale-password': /^pscale_pw_[\w-]{43}$/, 'langsmith-key': /^lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}$/,
  'groq-key': /^gsk_[A-Za-z0-9]{52}$/, 'replicate-token': /^r8_[A-Za-z0-9]{37}$/, 'perplexity-key': /^pplx-[A-Za-z0-9]{48}$/, 'airtable-pat': /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/,
  'notion-token': /^ntn_\d{11}[A-Za-z0-9]{35}$/, 'doppler-token': /^dp\.st\.prd\.[A-Za-z0-9]{43}$/, 'contentful-token': /^CFPAT-[\w-]{43}$/, 'shippo-token': /^shippo_live_[0-9a-f]{40}$/,
  'mailchimp-key': /^[0-9a-f]{32}-us\d{1,2}$/, 'mailgun-key': /^key-[0-9a-f]{32}$/, 'twilio-api-key': /^SK[0-9a-f]{32}$/, 'twilio-auth-token': /^[0-9a-f]{32}$/,
  'square-token': /^EAAA[\w-]{60}$/, 'square-oauth-secret': /^sq0csp-[\w-]{43}$/, 'razorpay-key': /^rzp_live_[A-Za-z0-9]{14}$/,
  'braintree-token': /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/, 'flutterwave-secret': /^FLWSECK-[0-9a-f]{32}-X$/, 'paystack-secret': /^sk_live_[0-9a-f]{40}$/,
  'gocardless-token': /^live_[\w-]{40}$/, 'mollie-key': /^live_[A-Za-z0-9]{30}$/, 'sentry-auth-token': /^sntryu_[0-9a-f]{64}$/, 'datadog-api-key': /^[0-9a-f]{32}$/,
  'datadog-app-key': /^[0-9a-f]{40}$/, 'heroku-key': /^HRKU-AA[\w-]{58}$/, 'atlassian-token': /^ATATT3xFfGF0[\w-]{170}=[0-9A-F]{8}$/, 'discord-bot-token': /^M[A-Za-z0-9]{25}\.[\w-]{6}\.[\w-]{38}$/,
  'facebook-token': /^EAAG[A-Za-z0-9]{180}$/, 'okta-token': /^00[\w-]{40}$/, 'cloudflare-token': /^[\w-]{40}$/, 'buildkite-token': /^bkua_[0-9a-f]{40}$/,
  'circleci-token': /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/, 'fcm-server-key': /^AAAA[\w-]{7}:APA91b[\w-]{134}$/, 'mapbox-secret': /^sk\.eyJ1Ijoi[\w-]+\.[\w-]{22}$/,
  'dropbox-token': /^sl\.B[\w-]{138}$/, 'google-oauth-secret': /^GOCSPX-[\w-]{28}$/, 'slack-webhook': /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{10}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/,
  'django-session': /^[a-z0-9]{32}$/, 'rails-session': /^[A-Za-z0-9+/]{180}--[0-9a-f]{40}$/, 'confluent-secret': /^[A-Za-z0-9+/]{64}$/, 'algolia-admin-key': /^[0-9a-f]{32}$/,
  'session-secret': /^[0-9a-f]{64}$/, 'client-secret': /^[A-Za-z0-9]{40}$/, 'api-token': /^[A-Za-z0-9]{40}$/, 'session-cookie': /^[\w-]{43}$/,
  'express-session': /^s%3A[\w-]{32}\.[\w%-]+$/, 'password-urlenc': /%[0-9A-F]{2}/, 'azure-sas-sig': /^[\w%.~-]+$/,
  'passport-us': /^[1-9]\d{8}$/, 'passport-uk': /^5\d{8}$/, 'passport-de': /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{4}\d{4}$/, 'passport-in': /^[A-Z][1-9]\d{6}$/,
  'passport-fr': /^\d{2}[A-Z]{2}\d{5}$/, 'licence-uk': /^[A-Z]{5}\d{6}[A-Z]{2}9[A-Z]{2}$/, 'licence-us-ca': /^[A-Z]\d{7}$/, 'licence-us-fl': /^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$/,
  'cvc': /^\d{3,4}$/, 'sort-code': /^\d{2}-\d{2}-\d{2}$/, 'account-number': /^\d{8,12}$/,
};
const GITHUB = new Set(['github-pat', 'github-oauth', 'github-app']);

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
export function formatOk18(kind: string, value: string): boolean {
  if (kind.endsWith('-urlenc') && kind !== 'password-urlenc') {
    const raw = decodeURIComponent(value.replace(/\+/g, ' '));
    return raw !== value && formatOk18(kind.slice(0, -7), raw);
  }
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14 && compact.length <= 19;
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'btc-base58') return base58Ok(value);
  if (kind === 'btc-bech32') return bech32Ok(value);
  if (kind === 'eth-address') return /^0x[0-9a-fA-F]{40}$/.test(value) && eip55(value.slice(2).toLowerCase()) === value;
  if (kind === 'jwt' || kind === 'supabase-service-jwt') return jwtOk(value);
  if (GITHUB.has(kind)) return githubOk(value);
  if (kind === 'basic-b64') return b64RoundTrip(value) && Buffer.from(value, 'base64').toString().includes(':');
  if (kind === 'k8s-secret-b64') return b64RoundTrip(value);
  if (kind === 'b64-secret-body') return b64RoundTrip(value) && typeof JSON.parse(Buffer.from(value, 'base64').toString()).access_token === 'string';
  if (kind === 'laravel-session') return b64RoundTrip(value) && typeof JSON.parse(Buffer.from(value, 'base64').toString()).mac === 'string';
  if (kind === 'grafana-cloud-token') return value.startsWith('glc_') && typeof JSON.parse(Buffer.from(value.slice(4), 'base64').toString()).k === 'string';
  if (kind === 'private-key') return pemOk(value, '\n');
  if (kind === 'private-key-escaped') return pemOk(value, '\\n');
  if (kind === 'email') return /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(value);
  if (kind === 'phone') { const d = value.replace(/\D/g, '').length; return /^\+?[\d ()-]+$/.test(value) && d >= 9 && d <= 15; }
  if (kind === 'dob') return dobOk(value);
  if (kind.startsWith('address-')) return /\d/.test(value) && value.length >= 15;
  if (kind === 'password') return value.length >= 12 && /[A-Za-z]/.test(value) && /\d/.test(value);
  const id = idChecks18[kind];
  if (id) return id(value);
  const shape = SHAPES[kind];
  if (shape) return shape.test(value);
  return false;
}
