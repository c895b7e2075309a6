import { B62, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import { githubToken, jwt, pem } from './blind-set-9-crypto';
import type { Rng19 } from './blind-set-19-types';

/** Provider tokens in their published shapes: prefix, alphabet, length, checksum where the format has one. */
const UD = UPPER + DIGITS;
const T: Record<string, (r: Rng19) => string> = {
  'aws-key-id': (r) => 'AKIA' + r.chars(UD.replace(/[01]/g, ''), 16),
  'aws-secret': (r) => r.chars(B62 + '+/', 40),
  'github-pat': (r) => githubToken(r, 'ghp'),
  'github-oauth': (r) => githubToken(r, 'gho'),
  'github-fine': (r) => `github_pat_11${r.chars(UD, 20)}_${r.b62(59)}`,
  'gitlab-pat': (r) => 'glpat-' + r.chars(B64URL, 20),
  'gitlab-runner': (r) => 'glrt-' + r.chars(B64URL, 20),
  'stripe-secret': (r) => 'sk_live_51' + r.b62(97),
  'stripe-restricted': (r) => 'rk_live_51' + r.b62(97),
  'slack-bot': (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`,
  'slack-webhook': (r) => `https://hooks.slack.com/services/T${r.chars(UD, 10)}/B${r.chars(UD, 10)}/${r.b62(24)}`,
  'openai-key': (r) => `sk-proj-${r.chars(B64URL, 124)}T3BlbkFJ${r.chars(B64URL, 24)}`,
  'anthropic-key': (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  'google-api-key': (r) => 'AIza' + r.chars(B64URL, 35),
  'sendgrid-key': (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  'twilio-api-key': (r) => 'SK' + r.hex(32),
  'npm-token': (r) => 'npm_' + r.b62(36),
  'pypi-token': (r) => 'pypi-AgEIcHlwaS5vcmc' + r.chars(B64URL, 140),
  'telegram-bot': (r) => `${r.int(5000000000, 7999999999)}:AA${r.chars(B64URL, 33)}`,
  'discord-bot': (r) => `${Buffer.from(String(r.int(1e17, 1.3e18))).toString('base64url')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`,
  'shopify-token': (r) => 'shpat_' + r.hex(32),
  'square-token': (r) => 'EAAA' + r.chars(B64URL, 60),
  'braintree-token': (r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`,
  'razorpay-secret': (r) => r.b62(24),
  'razorpay-key-id': (r) => 'rzp_live_' + r.b62(14),
  'mercadopago-token': (r) => `APP_USR-${r.digits(16)}-${r.digits(6)}-${r.hex(32)}-${r.int(100000000, 999999999)}`,
  'mollie-key': (r) => 'live_' + r.b62(30),
  'toss-secret': (r) => 'live_sk_' + r.b62(28),
  'payjp-secret': (r) => 'sk_live_' + r.hex(48),
  'iyzico-secret': (r) => r.b62(32),
  'yandex-cloud-key': (r) => 'AQVN' + r.chars(B64URL, 36),
  'yandex-oauth': (r) => 'y0_' + r.chars(B64URL, 55),
  'alibaba-key-id': (r) => 'LTAI5t' + r.b62(18),
  'alibaba-secret': (r) => r.b62(30),
  'tencent-secret-id': (r) => 'AKID' + r.b62(32),
  'tencent-secret-key': (r) => r.b62(32),
  'azure-storage-key': (r) => r.b64(64),
  'digitalocean-token': (r) => 'dop_v1_' + r.hex(64),
  'docker-pat': (r) => 'dckr_pat_' + r.chars(B64URL, 27),
  'vault-token': (r) => 'hvs.' + r.chars(B64URL, 90),
  'tfc-token': (r) => `${r.b62(14)}.atlasv1.${r.b62(67)}`,
  'atlassian-token': (r) => `ATATT3xFfGF0${r.chars(B64URL, 171)}=${r.chars(UPPER + DIGITS, 8)}`,
  'notion-token': (r) => 'ntn_' + r.digits(11) + r.b62(35),
  'linear-key': (r) => 'lin_api_' + r.b62(40),
  'airtable-pat': (r) => `pat${r.b62(14)}.${r.hex(64)}`,
  'hf-token': (r) => 'hf_' + r.chars(UPPER + LOWER, 34),
  'groq-key': (r) => 'gsk_' + r.b62(52),
  'deepseek-key': (r) => 'sk-' + r.hex(32),
  'planetscale-pw': (r) => 'pscale_pw_' + r.chars(B64URL, 43),
  'sentry-user-token': (r) => 'sntryu_' + r.hex(64),
  'newrelic-key': (r) => 'NRAK-' + r.chars(UD, 27),
  'grafana-sa': (r) => `glsa_${r.b62(32)}_${r.hex(8)}`,
  'mailgun-key': (r) => 'key-' + r.hex(32),
  'mailchimp-key': (r) => `${r.hex(32)}-us${r.int(1, 21)}`,
  'brevo-key': (r) => `xkeysib-${r.hex(64)}-${r.b62(16)}`,
  'woo-secret': (r) => 'cs_' + r.hex(40),
  'meta-token': (r) => 'EAA' + r.chars(UPPER, 1) + r.b62(160),
  'fcm-server-key': (r) => `AAAA${r.chars(B64URL, 7)}:APA91b${r.chars(B64URL, 134)}`,
  'buildkite-token': (r) => 'bkua_' + r.hex(40),
  'circleci-token': (r) => 'CCIPAT_' + r.b62(22) + '_' + r.hex(40),
  'line-channel-token': (r) => r.chars(B62 + '+/', 171) + '=',
  'kakao-admin-key': (r) => r.hex(32),
  'naver-client-secret': (r) => r.b62(10),
  'wechat-appsecret': (r) => r.hex(32),
  'paytm-merchant-key': (r) => r.chars(B62 + '#@&%', 16),
  'xendit-key': (r) => 'xnd_production_' + r.b62(50),
  'cloudflare-token': (r) => r.chars(B64URL, 40),
  'hex-secret-32': (r) => r.hex(32),
};

/** A token of a kind. */
export const tok = (r: Rng19, kind: string): string => {
  const f = T[kind];
  if (!f) throw new Error(`no token maker for ${kind}`);
  return f(r);
};

/** A human password: words and digits with a special, sometimes with non-ASCII letters. */
export function pw(r: Rng19, unicode = false): string {
  const w = r.pick(['Sommer', 'Soleil', 'Verano', 'Tramonto', 'Zomer', 'Lato', 'Yaz', 'Leto', 'Sakura', 'Dragon', 'Tiger', 'Berlin', 'Paris']);
  const u = unicode ? r.pick(['Ä', 'ö', 'ß', 'é', 'ñ', 'ç', 'ł', 'ş']) : '';
  return `${w}${u}${r.int(10, 99)}${r.pick(['!', '#', '$', '%', '*', '?', '_'])}${r.chars(UPPER + LOWER + DIGITS, r.int(4, 7))}`;
}
/** A generated password (password manager style, URL-safe). */
export const genPw = (r: Rng19, n = 20): string => r.chars(B62, n - 2) + r.pick(['-', '_', '.', '~']) + r.chars(DIGITS, 1);

export { jwt, pem };
export const HEXA = HEX;
