import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { isLowEntropy, shannonEntropy } from '../validators';
import { prosePasswordLike } from './prose-passwords';

/** Words for a token, key or secret as people name them in chat and tickets. */
const WORD = String.raw`(?:token|secret|api[ _-]?key|access[ _-]?key|secret[ _-]?key|private[ _-]?key|key)`;

/** Up to four words between the word and its verb or operator: `for the vendor portal`, `(staging)`. */
const GAP = String.raw`(?<k>(?:[ \t]{1,3}[A-Za-z0-9_()/@.-]{1,30}){0,4}?)`;

/**
 * A verb, an operator, or a bare space that introduces the value: `is`, `was`, `:`, ` = `, ` -> `, `is now`. Only `:` may
 * touch the word (`key=X` is an assignment, judged by secret-assignment), so the keywords below find every match.
 */
const INTRO = String.raw`(?:[ \t]{1,3}(?:is|was|are)(?:[ \t]{1,3}(?:now|still))?[ \t]{0,3}:?[ \t]{1,3}|:[ \t]{0,3}|[ \t]{1,3}(?:[:=]|->|→|=>)[ \t]{0,3}|[ \t]{1,3})`;

/**
 * A token as pasted: base64url characters, no spaces, quotes or colons; `=` only as base64 padding at its end (a value
 * with `=` inside is an assignment of its own, `expires_in=3600`: excluded here, the pattern fails without a call).
 */
const VALUE = String.raw`["'\x60]?(?<v>[^\s"'\x60<>,;:=()]{10,512}={0,2})(?![^\s"'\x60<>,;:)])`;

/** Words in the gap that make the sentence about something else (`token count is`, `key id:`, `key name:`). */
const OFF_TOPIC = /^(?:id|ids|name|count|type|length|format|hash|fingerprint|prefix|suffix|usage|limit|ttl|expiry|expiration|version|path|file|url|owner|scope|scopes|index|field|header|rotation|rotated|revoked|expired|created|deleted|issued|sent|missing|invalid|not|ref|reference|store|vault|kid|thumbprint|jwks|tenant|user|org|organization|customer|project|workspace)$/i;

/**
 * True when a value named a token, key or secret in prose is one: 16+ characters with upper and
 * lower case and a digit, random-looking, not hex or a UUID (ids: `token 3f2a… was revoked`), not
 * a path, file name, host name or dotted identifier.
 */
export function proseTokenLike(v: string): boolean {
  if (v.length < 16 || /[^A-Za-z0-9_+/=.~-]/.test(v) || isPlaceholder(v) || isVariableReference(v) || isLowEntropy(v)) return false;
  if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v) || /=[^=]/.test(v)) return false;
  // A generated token has a long random run; ids are short parts joined by dashes (`Tenant42-EUWest1-Prod2024`).
  // A base64url token may be cut into short runs by its own `_`/`-` (an Okta token): long and random as a whole, it is one.
  const parts = v.split(/[-_.~+/=]/);
  const wordy = parts.filter((p) => /^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,}[a-z]*)\d{0,4}$/.test(p)).length;
  const randomWhole = v.length >= 32 && shannonEntropy(v) >= 4.3 && wordy * 2 < parts.length;
  if (!randomWhole && !parts.some((p) => p.length >= 16 && /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p))) return false;
  if (/^[0-9a-f-]+$/i.test(v) || /^\//.test(v) || /\.[A-Za-z]{2,4}$/.test(v) || /\/[\w-]+\//.test(v)) return false;
  if (/^[A-Za-z]\w*(?:\.[A-Za-z]\w*){2,}$/.test(v)) return false; // com.corp.Service.method, host.name.tld
  // A name with a digest in it (`node-modules-Linux-a61a7341…`, `build_cache.3f9e2c…`): a cache or build key, not a secret.
  if (/(?:^|[-_.])[0-9a-f]{12,}(?:$|[-_.])/.test(v) && /(?:^|[-_.])[A-Za-z]{3,}(?:[-_.]|$)/.test(v)) return false;
  return shannonEntropy(v) >= 3.5;
}

/**
 * A vendor key in hex (`our api key for datadog is <32 hex>`): only where the words name an API or application key
 * or token explicitly and a verb or operator introduces it (`token 3f2a… was revoked` names a token by its id), and
 * of a length vendors issue (32, 40, 64): Datadog API and application keys, Mailgun, Pusher, many others.
 */
function namedHexKey(v: string, ctx: MatchContext): boolean {
  if (!/^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(v) || isLowEntropy(v)) return false;
  const at = ctx.matchStart ?? ctx.start;
  const lead = ctx.text.slice(at, ctx.start);
  // A webhook signing secret or an agent's connect key is never named by an id: `webhook secret <hex>`, `agent connect key <hex>`.
  if (/^(?:secret|key)[ \t]{1,3}$/i.test(lead) && /\b(?:webhook|signing|hmac|connect)[ \t]$/i.test(ctx.text.slice(Math.max(0, at - 12), at))) return true;
  return /^(?:api|app|application|access|secret)[ _-]?(?:key|token)\b/i.test(lead) && /(?:\b(?:is|was|are)(?:[ \t]{1,3}(?:now|still))?|[:=]|->|=>|→)[ \t]*["'\x60]?$/i.test(lead);
}

/**
 * Round r39: a vendor token in its published lowercase form, a short prefix and `_` before 32+ random
 * characters (`hxtw_<hex>`, `dbtu_…`-like shapes of vendors without a detector of their own), named a token in
 * prose; a digest or an id with a prefix (`sha256_<hex>`, `build_<hex>`, `run_<hex>`) is none.
 */
const vendorPrefixedToken = (v: string): boolean => {
  const m = /^([a-z][a-z0-9]{1,9})_([A-Za-z0-9]{32,256})$/.exec(v);
  if (m === null || /^(?:sha\d*|md5|hash|digest|commit|build|cache|run|job|trace|span|req|request|id|uuid|key|file|tmp|test|example|sample)$/.test(m[1]!)) return false;
  const body = m[2]!;
  return /\d/.test(body) && /[a-z]/i.test(body) && !isLowEntropy(body) && shannonEntropy(body) >= 3.5;
};

/** A password-like secret: upper and lower case, a digit and a symbol (`Xk4#mP9q!Lz`), not a hash, path or word. */
const fourClasses = (v: string): boolean => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[^\w./-]/.test(v.replace(/[.,;:!?)]+$/, '')) && prosePasswordLike(v);

/** A path or file name (`reports/2024/Q3Summary_v2.pdf`, `keys\\prod.pem`): where something is, not a secret. */
const namesAFile = (v: string): boolean => /\.[A-Za-z][A-Za-z0-9]{1,4}$/.test(v.replace(/[.,;:!?)]+$/, '')) || /^[\w.-]+(?:[/\\][\w.-]+){2,}$/.test(v);

/** Words before `key`/`token` that make it a non-secret one (`cache key`, `primary key`, `sort key`, `page token`). */
const NOT_SECRET_BEFORE = /(?:cache|primary|foreign|sort|partition|routing|message|idempotency|dedup|dedupe|lookup|object|s3|public|host|ssh|gpg|pgp|license|page|pagination|cursor|next|continuation|csrf|xsrf|sync|resume|hashed|registration|device|push|fcm|apns)[ \t_-]{1,3}$/i;

/**
 * A key named against a public key set: `signing key <kid> not found in …/jwks.json`, `no key <kid> in JWKS`,
 * `key (kid=…)`: the value is a key id, looked up in a set of public keys, not the key.
 */
const namesAKeyId = (ctx: MatchContext): boolean => /\bjwks\b|jwks_uri|\bkid\b|\.well-known\/|\bJWK ?Set\b/i.test(ctx.text.slice(ctx.end, ctx.end + 100));

/** The words between (group `k`) name no other topic, and the word before the match does not make it an id. */
const onTopic = (ctx: MatchContext): boolean => {
  const at = ctx.matchStart ?? ctx.start;
  if (NOT_SECRET_BEFORE.test(ctx.text.slice(Math.max(0, at - 24), at))) return false;
  if (namesAKeyId(ctx)) return false;
  return !(ctx.key ?? '').split(/[ \t]+/).some((w) => OFF_TOPIC.test(w.replace(/[().]/g, '')));
};

/** Secrets people paste into tickets, chat and comments without a `key = value` form around them. */
export const PROSE_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'prose-token',
    name: 'Token, key or secret in prose',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.7,
    // The word beside a space, a colon or a parenthesis (prose), not inside an identifier (`access_token=`, `token_count`).
    keywords: ['token', 'secret', 'key'].flatMap((w) => [`${w} `, `${w}:`, `${w}\t`]),
    // `here's the token X`, `the key: X`, `the secret is X`, `API key for the vendor portal is X`, `token -> X`.
    pattern: new RegExp(String.raw`(?<![\w".':/-])${WORD}(?![\w-])${GAP}${INTRO}${VALUE}`, 'i'),
    mask: 'full',
    // A value with `=` inside (`kid=…`, `Root=1-…`) is an assignment of its own, not the token; an EVM
    // address (`token 0xdAC1…`) is an ERC-20 contract or a wallet, the ethereum-address detector's to judge.
    // Round r83: a value in a JSON-escaped log runs on over an escaped line break (`key <hex>\n2026-11-24T22…`): judged up to it.
    validate: (v0, ctx) => {
      const cut = v0.search(/\\[nrt]/);
      const v = cut > 0 ? v0.slice(0, cut) : v0;
      return onTopic(ctx) && !namesAFile(v) && !/=[^=]/.test(v) && !/^0x[0-9a-fA-F]{40}$/.test(v) && (proseTokenLike(v) || fourClasses(v) || namedHexKey(v, ctx) || vendorPrefixedToken(v));
    },
    remediation: 'Revoke this token and share secrets through a secret manager, not in messages',
  }),
  defineDetector({
    id: 'prose-secret-new-one',
    name: 'Token, key or password in prose, given as "the new one"',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.7,
    keywords: ['new one is', 'new one:', 'new one =', 'new one ->', 'new one →', 'new one would be'],
    // `rotated the okta token after the offboarding, new one is X`, `changed the wifi password, the new one: X`.
    pattern: /\b(?<k>token|secret|key|password|passphrase|pw|pwd)\b[^\n]{0,100}?\bnew one(?:[ \t]{1,3}(?:is|would be)(?:[ \t]{1,3}now)?[ \t]{0,3}:?|[ \t]{0,3}(?::|=|->|→))[ \t]{1,3}["'\x60]?(?<v>[^\s"'\x60<>,;]{8,512}?)["'\x60]?(?=[\s,;.!?)]|$)/i,
    mask: 'full',
    validate: (v, ctx) => (/^p/i.test(ctx.key ?? '') ? prosePasswordLike(v) && /\d/.test(v) : !namesAFile(v) && (proseTokenLike(v) || fourClasses(v))),
    remediation: 'Revoke this secret and share secrets through a secret manager, not in messages',
  }),
  defineDetector({
    id: 'prose-password-before',
    name: 'Password in prose (value before the word)',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: [' as the ', ' as your ', ' as my ', ' as a ', ' as password', ' as pw', ' as passphrase'],
    // `use X as the password`, `try "X" as your password`.
    pattern: /\b(?:use|try|enter|type|set|put)[ \t]{1,3}["'\x60]?(?<v>[^\s"'\x60<>]{6,128}?)["'\x60]?[ \t]{1,3}as[ \t]{1,3}(?:(?:the|your|a|my)[ \t]{1,3})?(?:[A-Za-z-]{1,20}[ \t]{1,3})?(?:password|passphrase|pw)\b/i,
    mask: 'full',
    validate: (v) => prosePasswordLike(v),
    remediation: 'Change this password and stop sharing credentials in messages',
  }),
  defineDetector({
    id: 'prose-password-answer',
    name: 'Password given as the answer to a question about it (chat transcript)',
    category: 'credential',
    severity: 'high',
    priority: 37,
    confidence: 0.65,
    keywords: ['password?', 'password ?', 'pw?', 'pwd?', 'passphrase?', 'passwort?'],
    // `[10:42] alice: what's the wifi password?` then `[10:43] bob: Hunter2-Xy!`: the next line is the value alone.
    span: 300,
    pattern: /(?:password|pw|pwd|passphrase|passwort)[ \t]?\?[ \t]*\r?\n[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:<?[\w.@-]{1,30}>?[ \t]*[:>][ \t]*)?["'\x60]?(?<v>[^\s"'\x60<>]{8,64}?)["'\x60]?[ \t]*(?=\r?\n|$)/i,
    mask: 'full',
    // The answer must look generated: both cases or a symbol, and a digit (`ask at reception` and `in 1Password` are not).
    validate: (v) => prosePasswordLike(v) && /\d/.test(v) && ((/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[^\w.-]/.test(v)),
    remediation: 'Change this password and stop sharing credentials in chat',
  }),
];
