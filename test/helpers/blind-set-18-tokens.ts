import { B62, B64, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { githubToken, jwt } from './blind-set-9-crypto';

/** A provider token: its kind, the variable it usually lives in, the header it travels in, and a generator. */
export interface Tok18 {
  kind: string;
  env: string;
  header: string;
  gen: (r: Rng9) => string;
}

const A32 = UPPER + '234567';
const ALNUM = UPPER + LOWER + DIGITS;
const W = ALNUM + '-_';
const bearer = 'Authorization: Bearer';

/** Published token layouts with random bodies of the right alphabet and length. */
export const TOKENS18: Tok18[] = [
  { kind: 'aws-key-id', env: 'AWS_ACCESS_KEY_ID', header: 'X-Amz-Access-Key:', gen: (r) => 'AKIA' + r.chars(A32, 16) },
  { kind: 'github-pat', env: 'GITHUB_TOKEN', header: 'Authorization: token', gen: (r) => githubToken(r, 'ghp') },
  { kind: 'github-oauth', env: 'GH_OAUTH_TOKEN', header: bearer, gen: (r) => githubToken(r, 'gho') },
  { kind: 'github-app', env: 'GITHUB_INSTALLATION_TOKEN', header: 'Authorization: token', gen: (r) => githubToken(r, 'ghs') },
  { kind: 'github-fine-grained', env: 'GH_PAT', header: bearer, gen: (r) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}` },
  { kind: 'gitlab-pat', env: 'GITLAB_TOKEN', header: 'PRIVATE-TOKEN:', gen: (r) => 'glpat-' + r.chars(W, 20) },
  { kind: 'slack-bot', env: 'SLACK_BOT_TOKEN', header: bearer, gen: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}` },
  { kind: 'slack-user', env: 'SLACK_USER_TOKEN', header: bearer, gen: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}` },
  { kind: 'stripe-secret', env: 'STRIPE_SECRET_KEY', header: bearer, gen: (r) => 'sk_live_51' + r.b62(97) },
  { kind: 'stripe-restricted', env: 'STRIPE_RESTRICTED_KEY', header: bearer, gen: (r) => 'rk_live_51' + r.b62(97) },
  { kind: 'stripe-webhook-secret', env: 'STRIPE_WEBHOOK_SECRET', header: 'Stripe-Webhook-Secret:', gen: (r) => 'whsec_' + r.b62(32) },
  { kind: 'openai-key', env: 'OPENAI_API_KEY', header: bearer, gen: (r) => `sk-proj-${r.chars(W, 124)}T3BlbkFJ${r.chars(W, 24)}` },
  { kind: 'anthropic-key', env: 'ANTHROPIC_API_KEY', header: 'x-api-key:', gen: (r) => `sk-ant-api03-${r.chars(W, 93)}AA` },
  { kind: 'sendgrid-key', env: 'SENDGRID_API_KEY', header: bearer, gen: (r) => `SG.${r.chars(W, 22)}.${r.chars(W, 43)}` },
  { kind: 'npm-token', env: 'NPM_TOKEN', header: bearer, gen: (r) => 'npm_' + r.b62(36) },
  { kind: 'pypi-token', env: 'TWINE_PASSWORD', header: 'Authorization: Basic', gen: (r) => 'pypi-AgEIcHlwaS5vcmc' + r.chars(W, 150) },
  { kind: 'google-api-key', env: 'GOOGLE_MAPS_SERVER_KEY', header: 'X-Goog-Api-Key:', gen: (r) => 'AIza' + r.chars(W, 35) },
  { kind: 'huggingface-token', env: 'HF_TOKEN', header: bearer, gen: (r) => 'hf_' + r.chars(UPPER + LOWER, 34) },
  { kind: 'shopify-token', env: 'SHOPIFY_ACCESS_TOKEN', header: 'X-Shopify-Access-Token:', gen: (r) => 'shpat_' + r.hex(32) },
  { kind: 'digitalocean-token', env: 'DIGITALOCEAN_TOKEN', header: bearer, gen: (r) => 'dop_v1_' + r.hex(64) },
  { kind: 'databricks-token', env: 'DATABRICKS_TOKEN', header: bearer, gen: (r) => 'dapi' + r.hex(32) },
  { kind: 'vault-token', env: 'VAULT_TOKEN', header: 'X-Vault-Token:', gen: (r) => 'hvs.' + r.chars(ALNUM + '_-', 90) },
  { kind: 'terraform-cloud-token', env: 'TF_TOKEN_app_terraform_io', header: bearer, gen: (r) => `${r.b62(14)}.atlasv1.${r.b62(67)}` },
  { kind: 'postman-key', env: 'POSTMAN_API_KEY', header: 'X-Api-Key:', gen: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  { kind: 'linear-key', env: 'LINEAR_API_KEY', header: 'Authorization:', gen: (r) => 'lin_api_' + r.b62(40) },
  { kind: 'newrelic-user-key', env: 'NEW_RELIC_API_KEY', header: 'Api-Key:', gen: (r) => 'NRAK-' + r.chars(UPPER + DIGITS, 27) },
  { kind: 'grafana-sa-token', env: 'GRAFANA_TOKEN', header: bearer, gen: (r) => `glsa_${r.b62(32)}_${r.hex(8)}` },
  { kind: 'telegram-bot-token', env: 'TELEGRAM_BOT_TOKEN', header: 'X-Telegram-Bot-Token:', gen: (r) => `${r.int(1, 7)}${r.digits(9)}:AA${r.chars(W, 33)}` },
  { kind: 'azure-storage-key', env: 'AZURE_STORAGE_KEY', header: 'x-ms-storage-key:', gen: (r) => r.b64(64) },
  { kind: 'age-secret-key', env: 'SOPS_AGE_KEY', header: 'X-Age-Key:', gen: (r) => 'AGE-SECRET-KEY-1' + r.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58) },
  { kind: 'pulumi-token', env: 'PULUMI_ACCESS_TOKEN', header: 'Authorization: token', gen: (r) => 'pul-' + r.hex(40) },
  { kind: 'docker-hub-pat', env: 'DOCKERHUB_TOKEN', header: bearer, gen: (r) => 'dckr_pat_' + r.chars(W, 27) },
  { kind: 'rubygems-key', env: 'GEM_HOST_API_KEY', header: 'Authorization:', gen: (r) => 'rubygems_' + r.hex(48) },
  { kind: 'planetscale-password', env: 'DATABASE_PASSWORD', header: 'X-PS-Password:', gen: (r) => 'pscale_pw_' + r.chars(W, 43) },
  { kind: 'langsmith-key', env: 'LANGCHAIN_API_KEY', header: 'x-api-key:', gen: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}` },
  { kind: 'groq-key', env: 'GROQ_API_KEY', header: bearer, gen: (r) => 'gsk_' + r.b62(52) },
  { kind: 'replicate-token', env: 'REPLICATE_API_TOKEN', header: 'Authorization: Token', gen: (r) => 'r8_' + r.b62(37) },
  { kind: 'perplexity-key', env: 'PERPLEXITY_API_KEY', header: bearer, gen: (r) => 'pplx-' + r.b62(48) },
  { kind: 'airtable-pat', env: 'AIRTABLE_TOKEN', header: bearer, gen: (r) => `pat${r.b62(14)}.${r.hex(64)}` },
  { kind: 'notion-token', env: 'NOTION_TOKEN', header: bearer, gen: (r) => 'ntn_' + r.digits(11) + r.b62(35) },
  { kind: 'doppler-token', env: 'DOPPLER_TOKEN', header: bearer, gen: (r) => 'dp.st.prd.' + r.b62(43) },
  { kind: 'contentful-token', env: 'CONTENTFUL_MANAGEMENT_TOKEN', header: bearer, gen: (r) => 'CFPAT-' + r.chars(W, 43) },
  { kind: 'shippo-token', env: 'SHIPPO_API_KEY', header: 'Authorization: ShippoToken', gen: (r) => 'shippo_live_' + r.hex(40) },
  { kind: 'mailchimp-key', env: 'MAILCHIMP_API_KEY', header: 'Authorization: apikey', gen: (r) => `${r.hex(32)}-us${r.int(2, 21)}` },
  { kind: 'mailgun-key', env: 'MAILGUN_API_KEY', header: 'X-Mailgun-Key:', gen: (r) => 'key-' + r.hex(32) },
  { kind: 'twilio-api-key', env: 'TWILIO_API_KEY', header: 'X-Twilio-Key:', gen: (r) => 'SK' + r.hex(32) },
  { kind: 'square-token', env: 'SQUARE_ACCESS_TOKEN', header: bearer, gen: (r) => 'EAAA' + r.chars(W, 60) },
  { kind: 'square-oauth-secret', env: 'SQUARE_APP_SECRET', header: 'X-Square-Secret:', gen: (r) => 'sq0csp-' + r.chars(W, 43) },
  { kind: 'razorpay-key', env: 'RAZORPAY_KEY_SECRET', header: 'X-Razorpay-Key:', gen: (r) => 'rzp_live_' + r.b62(14) },
  { kind: 'braintree-token', env: 'BRAINTREE_ACCESS_TOKEN', header: bearer, gen: (r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}` },
  { kind: 'flutterwave-secret', env: 'FLW_SECRET_KEY', header: bearer, gen: (r) => `FLWSECK-${r.hex(32)}-X` },
  { kind: 'paystack-secret', env: 'PAYSTACK_SECRET_KEY', header: bearer, gen: (r) => 'sk_live_' + r.hex(40) },
  { kind: 'gocardless-token', env: 'GOCARDLESS_ACCESS_TOKEN', header: bearer, gen: (r) => 'live_' + r.chars(W, 40) },
  { kind: 'mollie-key', env: 'MOLLIE_API_KEY', header: bearer, gen: (r) => 'live_' + r.b62(30) },
  { kind: 'sentry-auth-token', env: 'SENTRY_AUTH_TOKEN', header: bearer, gen: (r) => 'sntryu_' + r.hex(64) },
  { kind: 'datadog-api-key', env: 'DD_API_KEY', header: 'DD-API-KEY:', gen: (r) => r.hex(32) },
  { kind: 'datadog-app-key', env: 'DD_APP_KEY', header: 'DD-APPLICATION-KEY:', gen: (r) => r.hex(40) },
  { kind: 'heroku-key', env: 'HEROKU_API_KEY', header: bearer, gen: (r) => 'HRKU-AA' + r.chars(W, 58) },
  { kind: 'atlassian-token', env: 'JIRA_API_TOKEN', header: 'X-Atlassian-Token-Value:', gen: (r) => `ATATT3xFfGF0${r.chars(W, 170)}=${r.hex(8).toUpperCase()}` },
  { kind: 'discord-bot-token', env: 'DISCORD_TOKEN', header: 'Authorization: Bot', gen: (r) => `M${r.chars(ALNUM, 25)}.${r.chars(W, 6)}.${r.chars(W, 38)}` },
  { kind: 'facebook-token', env: 'FB_PAGE_ACCESS_TOKEN', header: bearer, gen: (r) => 'EAAG' + r.b62(180) },
  { kind: 'okta-token', env: 'OKTA_API_TOKEN', header: 'Authorization: SSWS', gen: (r) => '00' + r.chars(W, 40) },
  { kind: 'cloudflare-token', env: 'CLOUDFLARE_API_TOKEN', header: bearer, gen: (r) => r.chars(W, 40) },
  { kind: 'buildkite-token', env: 'BUILDKITE_API_TOKEN', header: bearer, gen: (r) => 'bkua_' + r.hex(40) },
  { kind: 'circleci-token', env: 'CIRCLE_TOKEN', header: 'Circle-Token:', gen: (r) => 'CCIPAT_' + r.chars(ALNUM, 22) + '_' + r.hex(40) },
  { kind: 'fcm-server-key', env: 'FCM_SERVER_KEY', header: 'Authorization: key=', gen: (r) => `AAAA${r.chars(W, 7)}:APA91b${r.chars(W, 134)}` },
  { kind: 'mapbox-secret', env: 'MAPBOX_SECRET_TOKEN', header: bearer, gen: (r) => `sk.eyJ1Ijoi${r.chars(ALNUM, 20)}IiwiYSI6Im${r.chars(ALNUM, 22)}In0.${r.chars(W, 22)}` },
  { kind: 'supabase-service-jwt', env: 'SUPABASE_SERVICE_ROLE_KEY', header: bearer, gen: (r) => jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1796000000 + r.int(0, 9999), exp: 2111000000 }) },
  { kind: 'jwt', env: 'API_JWT', header: bearer, gen: (r) => jwt(r, { sub: String(r.int(1000, 99999)), scope: 'admin write', iat: 1796000000 + r.int(0, 999999), exp: 1797000000 + r.int(0, 999999) }) },
  { kind: 'dropbox-token', env: 'DROPBOX_ACCESS_TOKEN', header: bearer, gen: (r) => 'sl.B' + r.chars(W, 138) },
];

/** Random hex/base64 helpers re-exported for the case files. */
export const ALPHA18 = { A32, ALNUM, W, HEX, B62, B64 };
