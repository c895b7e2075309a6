import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { nearby } from '../nearby';
import { isPlaceholder } from '../placeholders';
import { publicPusherKey } from '../public-values';
import { isLowEntropy, shannonEntropy } from '../validators';
import { holdsCredential } from './base64-wrapped';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms): provider tokens whose whole
 * shape the older rules cut short or missed — Marketo's `<uuid>:<pod>` access tokens, Census's
 * `secret-token:` keys, Chargebee's `live_`/`test_` keys beside Chargebee's name, Twilio auth tokens
 * passed to the SDK's validator and client, Google refresh tokens JSON-escaped (`1\/\/0…`),
 * Terraform `random_password` results, and base64 blobs of a dotenv file holding a secret.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Marketo's names: the product, its REST host (`123-ABC-456.mktorest.com`), its identity endpoint. */
const MARKETO = /marketo|mktorest|mkto/i;

/** Chargebee's name beside a key: a key `chargebee_key`, its site host, a named credential `Chargebee_API`. */
const CHARGEBEE = /chargebee/i;

/** Words before a key that make it a publishable key (public by convention). */
const PUBLISHABLE_BEFORE = /(?:publishable|public|pub)[_ -]?(?:api[_ -]?)?key\W{0,6}$/i;

/** The keywords' fragments (a blob is read only when it holds one, as the prefilter wakes it). */
const B64_KEY_FRAGMENT = /x0tfwt|9lrvk9|fs0vzp|x1rps0vop|9ut0tftj|fve9lru49|x1nfq1jfvd|9trunsrvq9|fu0vdukvup|uefttu1dpukq9|bbu1nxt1jep|qqvntv09srd/i;

/** Where the line holding `at` starts. */
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** The rest of the line after `at`. */
function lineAfter(text: string, at: number): string {
  const e = text.indexOf('\n', at);
  return text.slice(at, e < 0 ? text.length : e);
}

/** A dotenv line: `NAME=value` (optionally `export NAME=value`). */
const DOTENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]{0,80})=(.*)$/;

/** A base64 blob's text when it decodes to printable UTF-8, else null. */
function decodedB64(v: string): string | null {
  const t = Buffer.from(v, 'base64').toString('utf8');
  // eslint-disable-next-line no-control-regex -- control characters mark a binary blob, not a dotenv text
  if (t.includes('\uFFFD') || /[\x00-\x08\x0e-\x1f\x7f]/.test(t)) return null;
  return t;
}

/** True when a dotenv text holds a secret: a credential a built-in detector finds, or a secret key's random value. */
function dotenvSecret(t: string): boolean {
  const lines = t.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return false;
  let env = 0;
  let secret = false;
  for (const l of lines) {
    const m = DOTENV_LINE.exec(l);
    if (!m) continue;
    env++;
    const val = m[2]!.replace(/^["']|["']$/g, '');
    if (!secret && secretKeyKind(m[1]!) !== null && val.length >= 8 && !isPlaceholder(val) && !isLowEntropy(val) && shannonEntropy(val) >= 3) secret = true;
  }
  return env * 2 >= lines.length && (secret || holdsCredential(t));
}

export const TOKEN_C30_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'vendor-key-header-anywhere',
    name: 'API key in a vendor `X-<Name>-Key`/`-Token`/`-Secret` header, wherever the line puts it',
    category: 'credential',
    severity: 'high',
    priority: 52.5,
    confidence: 0.8,
    keywords: ['-key:', '-token:', '-secret:', '-key":', '-token":', '-secret":'],
    // `partner auth: X-Partner-Key: TbRSyMObb9…`, `{"X-Partner-Token":"…"}`: the header's name says what its value is.
    // Round l85: also right after a CRLF written as `\r\n` (Python's `send: b'…\r\nX-Egress-Key: …'`, Node's `_header`).
    pattern: /(?:(?<![\w-])|(?<=\\[rn]))(?<k>[Xx]-(?:[A-Za-z0-9]+-){1,3}(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET))"?:\s{0,2}"?(?<v>[A-Za-z0-9_\-.~+/=]{16,256})(?![\w\-.~+/=])/,
    mask: 'prefix',
    placeholders: true,
    validate: (v, ctx) =>
      // Round r65: not a Pusher app key (`X-Pusher-Key`), public by Pusher's design.
      secretKeyKind(ctx.key ?? '') !== null && !/^(?:x-)?(?:request|correlation|trace|idempotency|cache|page|next|csrf|xsrf)-/i.test(ctx.key ?? '') && !publicPusherKey(ctx.key ?? '', v) &&
      /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && shannonEntropy(v) >= 3.5,
    remediation: 'Rotate this API key with the partner and stop logging request headers',
  }),
  defineDetector({
    id: 'marketo-bearer-token',
    name: 'Marketo REST API access token (`<uuid>:<pod>`) as a bearer token or with Marketo named nearby',
    category: 'credential',
    severity: 'high',
    priority: 65.5, // under marketo-access-token's (same token, Marketo named on its line)
    confidence: 0.9,
    keywords: ['bearer', 'access_token', 'marketo', 'mktorest', 'mkto'],
    // `Authorization: Bearer 892568c9-…-d3fb5d8ca0be:sj`, `?access_token=<uuid>:ab`: the pod suffix is part of the token.
    pattern: new RegExp(String.raw`(?<![\w-])(?<v>${UUID}:[a-z]{2,3}\d?)(?![\w-])`),
    mask: 'prefix',
    validate: (_v, ctx) =>
      /(?:bearer\s{1,3}|access_token\W{1,4})$/i.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)) || nearby(MARKETO, ctx.text, ctx.start, ctx.end, 600),
    remediation: 'Marketo access tokens expire within the hour; rotate the API-only user\'s client secret (Admin > LaunchPoint) if it was logged too, and stop logging Authorization headers',
  }),
  defineDetector({
    id: 'census-api-token',
    name: 'Census API token (`secret-token:…`)',
    category: 'credential',
    severity: 'high',
    priority: 70.5,
    confidence: 0.9,
    keywords: ['secret-token:'],
    // `Authorization: Bearer secret-token:b5bCm5pM…`, `--token secret-token:…`: the whole token, prefix included.
    pattern: /(?<![\w-])(?<v>secret-token:[A-Za-z0-9]{24,64})(?![\w-])/,
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v.slice(13)) && shannonEntropy(v.slice(13)) >= 3.5,
    remediation: 'Revoke this Census API token (Workspace settings > API access) and create a new one',
  }),
  defineDetector({
    id: 'chargebee-api-key',
    name: 'Chargebee API key (`live_`/`test_`, Chargebee named nearby)',
    category: 'credential',
    severity: 'high',
    priority: 66.5,
    confidence: 0.85,
    keywords: ['chargebee'],
    span: 800,
    // `username=live_W1IR5wST…` of a named credential `Chargebee_API` at `…chargebee.com`, `"key": "chargebee_key", "value": "live_…"`.
    pattern: /(?<![\w-])(?<v>(?:live|test)_[A-Za-z0-9]{26,48})(?![\w-])/,
    mask: 'prefix',
    // Chargebee named up to 300 characters before the key or after it on its line (what a window from the
    // keyword's line always holds), and no publishable-key name right before it on its line.
    validate: (v, ctx) =>
      (CHARGEBEE.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start)) || CHARGEBEE.test(lineAfter(ctx.text, ctx.end))) &&
      !PUBLISHABLE_BEFORE.test(ctx.text.slice(Math.max(lineStart(ctx.text, ctx.start), ctx.start - 60), ctx.start)) &&
      /\d/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(5)) && shannonEntropy(v.slice(5)) >= 3.5,
    remediation: 'Delete this Chargebee API key (Settings > Configure Chargebee > API Keys) and create a new one',
  }),
  defineDetector({
    id: 'twilio-auth-token-argument',
    name: 'Twilio auth token passed to the SDK (request validator, REST client)',
    category: 'credential',
    severity: 'critical',
    priority: 66.5,
    confidence: 0.9,
    keywords: ['requestvalidator', 'validaterequest', 'validate_request', 'validateexpressrequest', 'twilio', 'client('],
    // `twilio.RequestValidator('72d9…')`, `validateRequest('<hex>', sig, url, params)`, `Client('AC…', '<hex>')`,
    // `Twilio::REST::Client.new('AC…', '<hex>')`, `Twilio.init("AC…", "<hex>")`, `new Client($sid, '<hex>')`.
    pattern: new RegExp(
      String.raw`(?:RequestValidator(?:\.new)?|validateRequest(?:WithBody)?|validate_request|validateExpressRequest|Twilio\.init|twilio|Client(?:\.new)?)\(\s{0,4}` +
        String.raw`(?:(?:"AC[0-9a-f]{32}"|'AC[0-9a-f]{32}'|\$?[A-Za-z_][\w.]{0,40})\s{0,2},\s{0,4})?["'](?<v>[0-9a-f]{32})["']`,
    ),
    mask: 'prefix',
    validate: (v, ctx) => {
      const call = ctx.text.slice(ctx.matchStart ?? Math.max(0, ctx.start - 120), ctx.start);
      // A bare `Client(` is Twilio's only with an account SID before the token, or Twilio named on its line.
      if (/^Client/.test(call)) {
        if (!/AC[0-9a-f]{32}/.test(call) && !/twilio/i.test(ctx.text.slice(lineStart(ctx.text, ctx.start), ctx.start) + lineAfter(ctx.text, ctx.end))) return false;
      }
      return !isLowEntropy(v) && shannonEntropy(v) >= 3;
    },
    remediation: 'Rotate this Twilio auth token (Console > Account > API keys & tokens > Auth tokens) and read it from the environment',
  }),
  defineDetector({
    id: 'google-refresh-token-escaped',
    name: 'Google OAuth refresh token with JSON-escaped slashes',
    category: 'credential',
    severity: 'high',
    priority: 60.5,
    confidence: 0.9,
    keywords: ['1\\/\\/0', '1\\\\/\\\\/0'],
    // PHP's and Java's JSON encoders escape `/`: `"refreshToken":"1\/\/04cxe…"`.
    pattern: /(?<![\w/\\])(?<v>1(?:\\\/\\\/|\\\\\/\\\\\/)0[\w-]{40,512})/,
    mask: 'prefix',
    remediation: 'Revoke this Google refresh token (the OAuth grant) and check which client logged it',
  }),
  defineDetector({
    id: 'terraform-random-password-block',
    name: 'Terraform `random_password` result as `terraform show` prints it, or in a state file written over many lines',
    category: 'credential',
    severity: 'high',
    priority: 58.5, // under terraform-random-password's (the state on one line)
    confidence: 0.9,
    keywords: ['random_password'],
    span: 1200,
    // `resource "random_password" "db" {\n    id = "none"\n    result = "…"` (HCL as `terraform show` prints the state), and a
    // pretty-printed state's `"type": "random_password",` … `"result": "…"` (before the next resource's type).
    pattern: /(?:resource\s{1,4}"random_password"\s{1,4}"[\w-]{1,80}"\s{0,4}\{[^{}]{0,800}?\bresult\s{0,4}=\s{0,4}"|"type"\s{0,4}:\s{0,4}"random_password"(?:(?!"type"\s{0,4}:)[^\]]){0,1200}?"result"\s{0,4}:\s{0,4}")(?<v>[^"\s\\]{6,200})"/,
    mask: 'full',
    placeholders: true,
    validate: (v) => !/^\(?sensitive/i.test(v) && !isLowEntropy(v),
    remediation: 'Taint and re-create this random_password (terraform apply -replace) and keep terraform show output and state out of logs',
  }),
  defineDetector({
    id: 'base64-dotenv-secret',
    name: 'Base64 blob of a dotenv file holding a secret',
    category: 'credential',
    severity: 'high',
    priority: 58.5,
    confidence: 0.85,
    // `_KEY=`, `_TOKEN=`, `_SECRET=`, `PASSWORD=` in base64 at each of the three alignments.
    keywords: ['x0tfwt', '9lrvk9', 'fs0vzp', 'x1rps0vop', '9ut0tftj', 'fve9lru49', 'x1nfq1jfvd', '9trunsrvq9', 'fu0vdukvup', 'uefttu1dpukq9', 'bbu1nxt1jep', 'qqvntv09srd'],
    // `echo "$ENV_FILE" | base64 -w0` printed in a CI log: the blob is the secrets file whole.
    pattern: /(?<![A-Za-z0-9+/])(?<v>[A-Za-z0-9+/]{40,6000}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'prefix',
    validate: (v) => {
      if (v.length % 4 !== 0 || !B64_KEY_FRAGMENT.test(v)) return false;
      const t = decodedB64(v);
      return t !== null && dotenvSecret(t);
    },
    remediation: 'Rotate every secret in this dotenv file and stop printing it (CI masks only the secret as a whole, not its base64)',
  }),
];
