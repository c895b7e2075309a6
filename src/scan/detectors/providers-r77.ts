import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { secretValueOk } from '../secret-value';
import { vendorKeyName } from '../vendor-keys';
import { isLowEntropy, shannonEntropy } from '../validators';

/**
 * Round r77 (blind set 77: the long tail of API providers as their log lines print them). Credential classes, each told
 * by a documented token format or by the provider's own call or header, so they hold in any context:
 * - a Convex deploy key `prod:<deployment>|<base64url JSON>` (also `preview:`/`dev:`), whole (secret-assignment cut it at `|`);
 * - a Split SDK `authorizationKey` (Split's SDK factory setting), with or without an operator (`authorizationKey '…'`);
 * - a key written with a note in parentheses before its operator: `app:dbPassword (secret) = …` (Pulumi's config listing),
 *   `admin api key (SPLIT_ADMIN_API_KEY) = …` — the key or the note names the secret;
 * - a password named in prose before a colon: `root_pass for new instance: …`, `password for user deploy: …`;
 * - a hex secret after the word `secret` with no operator (`Pusher::AuthenticationError: … key …, secret …`);
 * - a Stream server client's secret (`StreamChat.getInstance('key', 'secret')`, `new StreamClient(key, secret)`);
 * - a Recurly private API key passed to `recurly.Client("…")`;
 * - a Mixpanel service account's secret after its user name (`<name>.<n>.mp-service-account / <secret>` or `:`);
 * - Uploadcare's `Authorization: Uploadcare.Simple <public key>:<secret key>`;
 * - signed-URL signatures that grant the URL: Imgix `?…&s=<32 hex>` on an imgix.net URL, Filestack `security=p:…,s:<64 hex>`;
 * - CLI tokens as arguments: `snyk auth <uuid>`, Codecov's uploader `codecov … -t <token>`;
 * - a UUID key named in prose by its provider (`lithic key: <uuid>`, `acme api key: <uuid>`), the word before `key` a vendor's;
 * - a Stytch session token under its cookie name (`stytch_session=…`, 44 base64url characters);
 * - a value under a `security_key` name (`token_security_key=<uuid>`: Bunny's token authentication key).
 * Left alone on purpose: public keys beside them (Pusher's `key`, Uploadcare's public key, a Stream API key, Split's
 * client-side keys in a browser bundle are not named `authorizationKey` server-side only — they are reported as written),
 * a UUID after `key:` under a data word (`cache key: <uuid>`, `idempotency key: …`), `secret` before a word or a path.
 */

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

/** Letters and digits both, and not a run of one character class repeated. */
function mixed(v: string): boolean {
  return /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && !isPlaceholder(v);
}

/** The base64url JSON object of a Convex deploy key's second half. */
function base64urlJson(v: string): boolean {
  try {
    return Buffer.from(v, 'base64url').toString('utf8').startsWith('{"');
  } catch {
    return false;
  }
}

/** The secret kind of a key as written with spaces or a namespace (`admin api key`, `app:dbPassword`). */
function kindOf(key: string): 'password' | 'secret' | null {
  const k = key.trim().replace(/^.*[:.]/, '').replace(/\s+/g, '_');
  return k === '' ? null : secretKeyKind(k);
}

/** `<key> (<note>) = ` before a value: the key and the note. */
const NOTED_KEY = /([A-Za-z][\w.:-]{0,60}(?: [A-Za-z][\w-]{0,20}){0,3}) \(([^()\r\n]{1,40})\)\s{0,2}:?=\s{0,2}["']?$/;

export const PROVIDERS_R77_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'convex-deploy-key',
    name: 'Convex deploy key (`prod:<deployment>|<base64url>`)',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    confidence: 0.9,
    keywords: ['|eyj'],
    pattern: /(?<![\w-])(?<v>(?:prod|preview|dev):[a-z0-9]+(?:-[a-z0-9]+){1,4}\|eyJ[A-Za-z0-9_-]{16,400})(?![\w-])/,
    validate: (v) => base64urlJson(v.slice(v.indexOf('|') + 1)),
    remediation: 'Regenerate this deploy key in the Convex dashboard (Settings → Deploy keys) and keep it in the CI secret store',
  }),
  defineDetector({
    id: 'split-sdk-authorization-key',
    name: 'Split SDK key (`authorizationKey`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['authorizationkey'],
    pattern: /\bauthorizationKey["']?\s{0,2}(?:[:=]\s{0,2})?["']?(?<v>[A-Za-z0-9]{20,64})(?![\w-])/,
    validate: (v) => mixed(v) && shannonEntropy(v) > 3.5,
    remediation: 'Revoke this SDK key in Split (Admin settings → API keys) and load it from the environment',
  }),
  defineDetector({
    id: 'noted-key-assignment',
    name: 'Secret under a key written with a note before its operator (`dbPassword (secret) = …`, `api key (ENV_NAME) = …`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: [') = ', ') := '],
    pattern: /(?<=\) :?= ?["']?)(?<v>[^\s"'`,;]{6,200})/,
    mask: 'full',
    validate: (v, ctx) => {
      const m = NOTED_KEY.exec(ctx.text.slice(Math.max(0, ctx.start - 140), ctx.start));
      if (m === null) return false;
      const kind = kindOf(m[1]!) ?? kindOf(m[2]!);
      return kind !== null && secretValueOk(kind, v) && !/^[A-Za-z]+$/.test(v) && !/^\d+$/.test(v);
    },
    remediation: 'Rotate this secret and stop printing configuration values (keep secrets encrypted, list them masked)',
  }),
  defineDetector({
    id: 'password-for-prose',
    name: 'Password named in prose before a colon (`root_pass for new instance: …`)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['pass for ', 'password for ', 'passwd for ', 'pwd for '],
    pattern: /(?<![\w-])(?:[A-Za-z]{1,20}[_-])?(?:pass(?:word|wd)?|pwd) for (?:[\w.@'-]{1,40} ){0,4}[\w.@'-]{1,40}:[ \t]{1,3}(?<v>[^\s"'`]{6,128})(?=\s|$)/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v) && !/^[A-Za-z]+[.,]?$/.test(v) && !/^\d+$/.test(v),
    remediation: 'Change this password and stop echoing generated credentials to logs',
  }),
  defineDetector({
    id: 'hex-secret-after-word',
    name: 'Hex secret after the word `secret` without an operator (`… key 9f…, secret 4e…`)',
    category: 'credential',
    severity: 'high',
    priority: 35, // under the older signature and two-word secret detectors that name the same span
    confidence: 0.7,
    keywords: ['secret '],
    pattern: /(?<![\w-])secret (?<v>[0-9a-f]{20,64})(?![\w-])/i,
    validate: (v) => mixed(v) && shannonEntropy(v) > 3,
    remediation: 'Rotate this secret at its provider and keep exception messages free of credentials',
  }),
  defineDetector({
    id: 'stream-server-secret',
    name: "Stream (getstream.io) API secret passed to a server client",
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['streamchat', 'streamclient', 'stream.connect('],
    pattern: /\b(?:StreamChat(?:\.getInstance)?|(?:new )?StreamClient|stream\.connect)\(\s{0,2}["'][a-z0-9]{8,20}["']\s{0,2},\s{0,2}["'](?<v>[a-z0-9]{40,80})["']/,
    validate: (v) => mixed(v),
    remediation: 'Regenerate the app secret in the Stream dashboard and pass it from the environment',
  }),
  defineDetector({
    id: 'recurly-client-private-key',
    name: 'Recurly private API key passed to `recurly.Client(…)`',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['recurly.client('],
    pattern: /\brecurly\.Client\(\s{0,2}(?:api_key\s{0,2}=\s{0,2})?["'](?<v>[0-9a-f]{32})["']/i,
    validate: (v) => mixed(v),
    remediation: 'Regenerate this private API key in Recurly (Integrations → API credentials) and load it from the environment',
  }),
  defineDetector({
    id: 'mixpanel-service-account-secret',
    name: 'Mixpanel service account secret after its user name',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['mp-service-account'],
    pattern: /\.mp-service-account(?:\s{0,2}[/:]\s{0,2}|\s{1,2})(?<v>[A-Za-z0-9]{32})(?![\w-])/,
    validate: (v) => mixed(v),
    remediation: 'Delete this service account secret in Mixpanel (Organization settings → Service accounts) and create a new one',
  }),
  defineDetector({
    id: 'uploadcare-simple-auth',
    name: 'Uploadcare secret key in an `Uploadcare.Simple` authorization header',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['uploadcare.simple'],
    pattern: /\bUploadcare\.Simple\s{1,3}(?<v>[0-9a-f]{20}:[0-9a-f]{20})(?![\w-])/,
    remediation: "Regenerate the project's secret key in Uploadcare (API keys) and sign requests without logging headers",
  }),
  defineDetector({
    id: 'signed-media-url-signature',
    name: 'Signature of a signed media URL (Imgix `s=`, Filestack `security=p:…,s:`)',
    category: 'credential',
    severity: 'medium',
    priority: 50,
    confidence: 0.75,
    keywords: ['imgix.net', 'security=p:'],
    pattern: /(?:\.imgix\.net\/[^\s?"'<>]{0,400}\?(?:[^\s#"'<>]{0,600}&)?s=(?<v>[0-9a-f]{32})|security=p:[A-Za-z0-9+/=_-]{10,2000},s:(?<w>[0-9a-f]{64}))(?![\w-])/,
    validate: (v) => mixed(v),
    remediation: 'Treat signed URLs as credentials until they expire: log the path without its signature, and rotate the signing token if it leaked',
  }),
  defineDetector({
    id: 'ci-cli-token-argument',
    name: 'CI tool token passed as an argument (`snyk auth <token>`, `codecov -t <token>`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['snyk auth ', 'codecov'],
    pattern: new RegExp(String.raw`(?:\bsnyk auth (?<v>${UUID})|\bcodecov\b[^\r\n]{0,200}?\s(?:-t|--token)[ =]["']?(?<w>${UUID}|[A-Za-z0-9_-]{20,64}))(?![\w-])`),
    validate: (v) => mixed(v),
    remediation: 'Revoke this token (Snyk account settings, Codecov repository settings) and pass it through the CI secret store, not the command line',
  }),
  defineDetector({
    id: 'vendor-key-prose-uuid',
    name: 'UUID key named in prose by its provider (`lithic key: <uuid>`)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.7,
    keywords: [' key: ', ' key = ', ' key=', ' key:'],
    pattern: new RegExp(String.raw`(?<![\w-])(?<k>[A-Za-z][a-z0-9]{2,20}(?: (?:api|secret|private|live|prod))?) key\s{0,2}[:=]\s{0,2}["']?(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      const k = `${(ctx.key ?? '').toLowerCase().replace(/ /g, '_')}_key`;
      return (vendorKeyName(k) === 'vendor' || secretKeyKind(k) === 'secret') && !isPlaceholder(v) && !/^0{8}-/.test(v);
    },
    remediation: 'Rotate this API key at its provider and keep keys out of log messages',
  }),
  defineDetector({
    id: 'stytch-session-token',
    name: 'Stytch session token under its cookie name',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['stytch_session'],
    pattern: /\bstytch_session(?:_token)?["']?\s{0,2}[=:]\s{0,2}["']?(?<v>[A-Za-z0-9_-]{40,50})(?![\w-])/,
    validate: (v) => mixed(v),
    remediation: 'Revoke the session (Stytch sessions.revoke) and keep cookie values out of logs',
  }),
  defineDetector({
    id: 'security-key-assignment',
    name: 'Security key under a `security_key`/`token_security_key` name (Bunny token authentication key, gateway security keys)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['security_key', 'securitykey', 'security-key'],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[A-Za-z][\w-]{0,30}[_-])?security[_-]?key["']?\s{0,2}(?:=|:|=>)\s{0,2}["']?(?<v>${UUID}|[A-Za-z0-9_-]{16,128})(?![\w-])`, 'i'),
    validate: (v) => (/^[0-9a-f]{8}-/.test(v) || mixed(v)) && !isPlaceholder(v) && !isLowEntropy(v),
    remediation: 'Rotate this security key at its provider (Bunny: pull zone → Security → Token authentication) and keep it out of logs',
  }),
];
