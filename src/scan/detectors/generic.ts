import { defineDetector, rei } from '../define-detector';
import type { Detector, MatchContext, Verdict } from '../detector';
import { decodeJsonUnicode } from '../encoded-text';
import { KEY_SUFFIX_WORDS, secretKeyKind, type SecretKeyKind } from '../key-names';
import { isVariableReference } from '../references';
import { firstOf, keyStarts } from '../match-starts';
import { isSecretStorePath } from '../secret-paths';
import { isPlaceholder } from '../placeholders';
import { isNamedSetting, isPushRegistration, isQuotedPrintableResidue, isRuleSentence, isStoredPasswordHash } from '../secret-value';
import { isOrderToken, isPublicClientKey, publicPusherKey } from '../public-values';
import { isPublicSdkKey } from '../public-sdk-keys-r77';
import { isRequestSignature, shopifyProxySignature } from '../signatures';
import { isLowEntropy, shannonEntropy, shortRandomLetters } from '../validators';
import { generatedKeyValue, vendorKeyName } from '../vendor-keys';

/**
 * What may follow a key's secret word before its operator (`PASSWORD_V2`, `mysql.user.password.v2`, `api_key_prod`,
 * `password_current`, `secret_b64`): up to two of the suffixes key-names.ts drops when it classifies the key, and a
 * trailing `_` (`auth_admin_password_`).
 */
const KEY_SUFFIX = String.raw`(?:[_.-]?(?:${KEY_SUFFIX_WORDS})|[_.-]\d{1,4}){0,2}_?`;

const QUERY_WORDS = String.raw`(?:api_key|apikey|api-key|access_token|token|auth|auth_token|client_secret|secret|password|passwd|pwd|hapikey|sig|signature|oauth_token|oauth_signature|refresh_token|id_token|x-amz-signature|x-amz-security-token|key|code|session|sessionid|jwt)`;

/**
 * `key <op> value` in every form logs and config files use: the key in any casing, ending in
 * one of `words` (then classified by its words, see key-names.ts), quoted or not; the operators `=` `:` `:=` `=>` `?=` `::=`
 * `.=` `+=`, URL-encoded ones and R's `<-` before a quoted value; the value quoted (`"…"`, `'…'`, JSON-escaped `\"…\"`:
 * taken whole, spaces and `&;#` included) or bare.
 */
/**
 * What every match of `assignment(words, bareQuote)` holds: one of the words (with its
 * optional `value`/`b64` suffix) right before the operator's first character, at most 99
 * characters (the longest key) after the match's start. The full pattern tries every word of
 * a line as a key; this one looks only for the words, so the many log lines where `token`,
 * `auth` or `key` is no key (`token_count=`, `"service":"auth"`) cost one cheap search, and
 * the others are searched from shortly before the first such word.
 */
const assignmentPrecheck = (words: string, bareQuote = false): { re: RegExp; reach: number } => ({
  reach: 99,
  re: new RegExp(String.raw`(?:${words})${KEY_SUFFIX}\]?(?:\\{0,3}["'])?(?:\s{0,3}|[ \t]{4,40})[:=?.+%<${bareQuote ? `"'` : ''}]`, 'i'),
});

/** Where an `assignment(words, bareQuote)` match can start: a key run before one of the words (see keyStarts). */
const assignmentStarts = (words: string, bareQuote = false): ((text: string, from: number) => number) => {
  const { re, reach } = assignmentPrecheck(words, bareQuote);
  return keyStarts(re, reach);
};

/**
 * A quoted value's characters up to its closing quote or a backslash, except that JSON `\uXXXX` escapes (also with two
 * or three backslashes: JSON inside JSON) are part of it: Python's json.dumps writes `ü` as `\u00fc`, Go's encoder `&`
 * as `\u0026` (`"password":"M\u00fcller!24"`). Unrolled (a run of plain characters, then escapes each followed by
 * one), so that a value without escapes costs what the plain run did. A doubled quote inside the value is one quote.
 */
const quotedValue = (q: string): string => {
  const plain = String.raw`[^${q}\\\r\n]`;
  const esc = String.raw`\\{1,3}u[0-9A-Fa-f]{4}`;
  // Round l86: inside the value, a doubled quote is one quote (YAML's and SQL's `'It''s'`, CSV's `"a""b"`) when no separator follows it.
  const inner = String.raw`(?:${esc}|${q}${q}(?=[^\s,;:)}\]>${q}]))`;
  return String.raw`(?:${plain}|${esc})${plain}{0,4095}(?:${inner}${plain}{0,4095})*`;
};

// A bare value ends at `&` only where a query parameter or an entity follows (`&page=2`, `&amp;`): `DB_PASSWORD=rW&Qi` keeps its `&`.
// It ends at `^@`, a NUL as `cat -v` prints it (`/proc/<pid>/environ`: `KEY=value^@NEXT=…`).
/**
 * An unquoted value that is itself a `name=value` (`oauth: client_secret=…`, `auth: method=basic`) whose
 * name is secret-named or a lowercase word: the inner key decides, so the outer key does not take it (and,
 * being consumed, hide it from the inner match).
 */
const INNER_SECRET_KEY = String.raw`(?:[A-Za-z_][\w.-]{0,63}(?<=secret|token|key|pass|password|passwd|pwd|credentials?|signature)|[a-z][a-z_]{2,31})=[^\s=&]`;
const assignment = (words: string, bareQuote = false): RegExp => new RegExp(String.raw`(?<![\w.$@-])(?<k>(?:--?)?[:$@]?[A-Za-z_][\w.-]{0,95})(?=\]?(?:\\{0,3}["'])?(?:\s{0,3}|[ \t]{4,40})[:=?.+%<${bareQuote ? `"'` : ''}])(?<=(?:${words})${KEY_SUFFIX})\]?(?:\\{0,3}["'])?(?:\s{0,3}|[ \t]{4,40})(?:::=|:=|\?=|\.=|\+=|=>|=|:|%3D|%3A|<-(?=[ \t]{0,3}["'])${bareQuote ? '|(?<=\\s)(?=["\'])' : ''})(?:\s{0,3}|[ \t]{4,40})(?:\\{0,3}"(?<v>${quotedValue('"')})|\\{0,3}'(?<w>${quotedValue("'")})|(?!${INNER_SECRET_KEY})(?<u>(?:[^\s"'\\,;&<>(){}\[\]|^` + '`' + String.raw`]|&(?![\w.\[\]%-]{1,64}=|[#\w]{1,8};|$)|\^(?!@)){1,4096}))`, 'i');

/**
 * Keywords of keys named `…key`: separated ones (`api_key`, `storage-key`, `dd.api.key`) and
 * the usual run-together ones (`apikey`, `AccountKey`), not a bare `key`: lines with
 * `key=contacts:42` do not run the detector. Few keywords keep the prefilter's table small.
 */
const KEY_KEYWORDS = ['_key', '-key', '.key', ...['api', 'access', 'secret', 'private', 'account', 'storage', 'signing', 'auth', 'app', 'client', 'master', 'encryption', 'license', 'service', 'subscription', 'session', 'admin', 'hmac', 'user', 'write', 'ingest', 'insert', 'rest', 'shared', 'consumer', 'webhook', 'deploy', 'sas', 'dev'].map((q) => `${q}key`)];

/** True when the value, ignoring `_ . -`, is letters only (an identifier, not a secret). */
function lettersOnly(v: string): boolean {
  return /^[_.-]*[A-Za-z][A-Za-z_.-]*$/.test(v);
}

/** Entropy floor that scales down for short values (a short value cannot reach 3 bits). */
function entropyOk(v: string, floor: number): boolean {
  return shannonEntropy(v) >= Math.min(floor, Math.log2(v.length) * 0.8);
}

/** The key of the assignment (the match's `k` group). */
function keyOf(ctx: MatchContext): string {
  return ctx.key ?? '';
}

/** Values that are references, not secrets: `$VAR`, `%(x)s`, `{{ }}`, `<slot>`, a function call. */
function isReference(v: string): boolean {
  // `$`/`@` start a reference only when a name follows (`$DB_PASS`, `${X}`, `@db.password@`);
  // `$NPS-x9qY+7?` or `@avP9vF7POow4mHrD` is a password that starts with the sigil (references.ts).
  // Round np: an HTML-escaped slot (`&lt;YOUR_PASSWORD&gt;`), a variable with a path after it (`$BASE_URL/#/forgot_password`).
  if (/^&lt;[^&\s]{1,60}&gt;$|^\$\{?[A-Za-z_]\w*\}?\//.test(v)) return true;
  if (v.startsWith('$') || v.startsWith('@') || /^%(?:\w+%$|env\(|\w+\.[\w.]+%$)/.test(v)) return isVariableReference(v);
  // `*name` is a YAML alias, `**…` a mask, `*<40 hex>` a MySQL password hash; `*0PVZhyk~.t` is a password.
  // YAML tags that fetch the value elsewhere: Ansible `!vault |`, Home Assistant `!secret db_pw`, CloudFormation `!Ref`/`!Sub`.
  if (v.startsWith('!') && /^!(?:vault|secret|ref|sub|getatt|importvalue|env_var|env|include|findinmap|join|select)\b/i.test(v)) return true;
  return /^(?:\$|%\(|\{\{|<|@|#\{|process\.env|os\.environ|env\.|secrets\.|vault:|ssm:|arn:|\*(?:\*|[A-Za-z_][\w-]*$|[0-9A-F]{40}$))/i.test(v) || /^(?:true|false|null|nil|none|undefined|required|optional|string|int|bool)$/i.test(v)
    // Round r79: a GraphQL variable's type (`$password: String!`, `[ID!]!`), not its value.
    || /^\[?(?:String|Int|Float|Boolean|ID)!?\]?!?$/.test(v);
}

/**
 * A bare value of a key at the start of its line (YAML, env, properties, Makefile) runs to
 * the end of the line when nothing else is assigned there: a passphrase is taken whole.
 */
function lineValueEnd(ctx: MatchContext, quoted: boolean): number | undefined {
  if (quoted) return undefined;
  const text = ctx.text;
  const at = ctx.matchStart ?? ctx.start;
  // Bounded look-arounds: at most 96 characters back to the line start, 257 ahead to its end.
  let ls = at;
  while (ls > 0 && at - ls < 96 && text.charCodeAt(ls - 1) !== 10) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return undefined;
  if (!/^\s*(?:export\s+|set\s+|-\s+)?$/.test(text.slice(ls, at))) return undefined;
  const stop = Math.min(text.length, ctx.end + 257);
  let le = ctx.end;
  while (le < stop && text.charCodeAt(le) !== 10) le++;
  if (le === stop && stop < text.length) return undefined;
  const rest = text.slice(ctx.end, le);
  if (rest.length === 0 || /\s[\w.-]+\s?[=:]/.test(rest)) return undefined;
  // A shell command after the assignment (`PGPASSWORD=… psql -h db`, `MYSQL_PWD=…; mysql -u etl`): the value is the word alone.
  // A `;` inside the word (`password=72w?Hn;Ok6o0` in a .properties file) is the password's; a command follows `; ` or `;` at the end.
  if (/^(?:\s*(?:;(?=\s|$)|&&|\|\|?)|\s+;|\s+[a-z][\w.-]{0,30}\s+--?[A-Za-z])/.test(rest)) return undefined;
  const trimmed = rest.replace(/[\s\r]+$/, '');
  return ctx.end - ctx.start + trimmed.length;
}

/**
 * What the value alone says (before the costlier checks of its context): false when it cannot
 * be a password, `letters` for a letters-only password that is accepted as it is, true otherwise.
 */
function passwordValue(value: string): boolean | 'letters' {
  if (value.length < 6 || /^\d{1,5}$/.test(value) || isReference(value) || isLowEntropy(value)) return false;
  if (isStoredPasswordHash(value) || isRuleSentence(value)) return false;
  // Round np: code, not a value — shell variables inside a word (`super$ecret` expands `$ecret`), a call concatenated
  // between two string literals (`" + getPassword() + "`, `"+new Buffer(`), a kebab-case anchor or selector (`#add-password`).
  if (/^\$?[a-z]+(?:\$[a-z]+)+$/.test(value) || /^\s*\+\s*(?:new\s+)?[A-Za-z_$][\w$.]*\s*(?:\(|\+\s*$)/.test(value)) return false;
  if (/^#[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value) || isSequentialRun(value)) return false;
  if (lettersOnly(value) && !/\s/.test(value)) return value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !value.includes('_') ? 'letters' : false;
  return true;
}

/**
 * Round np: a value typed by hand along the alphabet (`a1b2c3d4e5f6…`, `d4c3b2a1-f6e5-h8g7-…`): eight or more of its
 * letters step to the next or previous letter, at least half of all letter steps (random letters do so 1 time in 13).
 * Applied to values under password and secret keys only (generic assignments).
 */
export function isSequentialRun(v: string): boolean {
  const letters = v.toLowerCase().replace(/[^a-z]/g, '');
  // Eight distinct letters or more: hex (six letters, a step apart one time in four) is never a run.
  if (letters.length < 10 || new Set(letters).size < 8) return false;
  let steps = 0;
  for (let i = 1; i < letters.length; i++) if (Math.abs(letters.charCodeAt(i) - letters.charCodeAt(i - 1)) === 1) steps++;
  return steps >= 8 && steps * 2 >= letters.length - 1;
}

/** What the value alone (and its key) says: false when it cannot be a secret. */
/**
 * Letters drawn at random in both cases (`oqGBqJcjXNjADNPT`, a 16-letter API secret), not words run together
 * (`GetOrderDetails`, `McDonaldsOAuthAPI`): 16+ ASCII letters, a third to two thirds capitals, three or more
 * capital pairs and three or more capitals right after a small letter, and many distinct letters.
 */
function randomLetters(v: string): boolean {
  if (v.length < 16 || !/^[A-Za-z]+$/.test(v)) return false;
  const caps = v.replace(/[a-z]/g, '').length;
  if (caps * 3 < v.length || caps * 3 > v.length * 2) return false;
  const pairs = (v.match(/[A-Z](?=[A-Z])/g) ?? []).length;
  const rises = (v.match(/[a-z](?=[A-Z])/g) ?? []).length;
  return pairs >= 3 && rises >= 3 && new Set(v).size >= v.length * 0.6;
}

function secretValue(key: string, value: string, quoted: boolean): boolean {
  if (isSequentialRun(value)) return false; // Round np: `a1b2c3d4…NRAL`, `px-dep-d4c3b2a1-f6e5-…`: typed, not drawn
  if (value.length < 8 || (lettersOnly(value) && ((value.length < 20 && !randomLetters(value) && !shortRandomLetters(value)) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)))) return false;
  // A long all-digit value (16+) under a secret key is a numeric secret; a short one is an id or a count.
  // Hex of 32 or more holds at most 4 bits a character: 1 random draw in 6 000 is under 3 bits, none in a million under 2.5.
  // Shorter hex keys with letters and digits (Avalara's 16-digit `LicenseKey`) fall under 3 bits often: 2.5 for them too.
  const hex32 = /^[0-9a-f]+$/i.test(value) && (value.length >= 32 || (value.length >= 16 && /[a-f]/i.test(value) && /\d/.test(value)));
  if (/^\d+$/.test(value) ? value.length < 16 : !entropyOk(value, hex32 ? 2.5 : 3)) return false;
  if (isReference(value) || isLowEntropy(value)) return false;
  // A file path (`SSH_KEY=/home/ci/.ssh/id_rsa`, `~/.ssh/id_ed25519`) names where a key is; standard
  // base64, which can start with `/`, never holds `.`, `_` or `-`.
  if (/^(?:~|\.{1,2})?\/(?:[\w.-]+\/)*[\w.-]+$/.test(value) && /^[~.]|[._-]/.test(value)) return false;
  if (/(?:^|[._-])login$/i.test(key) && (value.length < 16 || !/\d/.test(value))) return false;
  // Round l86: a personal access token under a `…_PAT` key is long (Azure DevOps 52, GitHub 40+); a short value is something else.
  if (/(?:^|[._-])pat(?:[._-][a-z0-9]{1,12})?$/i.test(key) && value.length < 20) return false;
  return quoted || !/\s/.test(value);
}

/**
 * A value that is code, not data: a call or a subscript on a name (`resp.json()["access_token"]`,
 * `config['db']['password']`, `vault.read("db")`). A password such as `Abc(123)` has no call's
 * marks (`()`, a quoted argument or subscript, a dotted name before them).
 */
function isCodeExpression(v: string): boolean {
  // Member access in any language: `.`, `?.` (JS), `->` (PHP), `::` (C++, Rust, PHP statics).
  return /^[A-Za-z_$][\w$]*(?:(?:\??\.|->|::)[A-Za-z_$][\w$]*)*(?:\([^()]*\)|\[[^\]]*\])(?:(?:\??\.|->|::)?[A-Za-z_$][\w$]*|\([^()]*\)|\[[^\]]*\])*;?$/.test(v) && /\(\)|[[(]["']|^\$?[\w$]+(?:\??\.|->|::)[\w$]/.test(v);
}

/**
 * A bare value that is a member name cut at its call's `(` (`System.getenv("X")`,
 * `Environment.GetEnvironmentVariable("X")`, `forms.CharField(widget=…)`, `os.Getenv("X")`,
 * `req.headers.authorization?.split(" ")[1]`, `$request->bearerToken()`): code that computes the
 * value, not the value. A password has no dotted name right before a `(`.
 */
function isCalledName(v: string, text: string, end: number): boolean {
  return text.charCodeAt(end) === 40 && /^\$?[A-Za-z_][\w$]*(?:(?:\??\.|->|::)[A-Za-z_$][\w$]*){1,8}$/.test(v);
}

/**
 * The length of a double-quoted JSON string value whose match stopped at an escape (`"ab\\"cd"`,
 * `"C:\\\\keys"`): up to its closing unescaped quote, at most 4096 characters; undefined when the
 * value did not stop at a backslash, or when the opening quote is itself escaped (`{\\"password\\":\\"x\\"}`:
 * there `\\"` closes the string).
 */
function jsonStringEnd(text: string, start: number, end: number): number | undefined {
  // Round np: a single-quoted value too (YAML `jwtsecret: '…\5]…'`, where a backslash escapes nothing), to its closing `'`.
  const q = text.charCodeAt(start - 1);
  if (text.charCodeAt(end) !== 92 || (q !== 34 && q !== 39) || text.charCodeAt(start - 2) === 92) return undefined;
  const stop = Math.min(text.length, start + 4096);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === q) return i - start;
    else if (c === 10 || c === 13) return undefined;
  }
  return undefined;
}

/** A feature-flag or analytics subject id with a role prefix (`anon-ff7c9d89…`, `guest_42ab…`): an identifier, not a secret. */
function isSubjectId(v: string): boolean {
  return /^(?:anon|anonymous|guest|visitor|device|ctx|context)[-_:][\w-]{4,}$/i.test(v);
}

/** Validates an assignment's value for a key of `kind`. */
/** Round r65: `ms` lies inside a Mailgun webhook's `"signature": {…}` object that also holds its `timestamp`. */
function mailgunSignatureObject(text: string, ms: number): boolean {
  const before = text.slice(Math.max(0, ms - 240), ms);
  const open = before.search(/"signature"\s{0,3}:\s{0,3}\{[^{}]*$/);
  if (open < 0) return false;
  const close = text.indexOf('}', ms);
  if (close < 0 || close - ms > 240) return false;
  return /"timestamp"\s{0,3}:/.test(before.slice(open) + text.slice(ms, close));
}

/** Hex lengths of the digests written `<algorithm>:<hex>`. */
const DIGEST_HEX: Readonly<Record<string, number>> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };

/** True for `<algorithm>:<hex>` whose hex has exactly that algorithm's length (`sha256:9f86…` of 64 hex). */
function isAlgorithmDigest(v: string): boolean {
  const m = /^(md5|sha1|sha224|sha256|sha384|sha512)[:=]([0-9a-f]+)$/i.exec(v);
  return m !== null && m[2]!.length === DIGEST_HEX[m[1]!.toLowerCase()];
}

function validateAssignment(kind: Exclude<SecretKeyKind, null>): (v: string, ctx: MatchContext) => boolean | Verdict {
  return (v, ctx) => {
    const key = keyOf(ctx);
    const k = secretKeyKind(key);
    // A bare or vendor `key` (`Using Key=…`, `courier_key: …`) holds a credential only when its value reads as generated (vendor-keys.ts).
    if (k === null && kind === 'secret') {
      const vendor = vendorKeyName(key);
      // Round r77: a documented public client key under a vendor's key name (`sdkKey = "client-…"`) is reported as public.
      if (vendor !== null && isPublicSdkKey(key, v.trim(), ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 400), ctx.matchStart ?? ctx.start))) return { ok: true, public: true };
      return vendor !== null && generatedKeyValue(v.trim(), vendor === 'bare', ctx);
    }
    if (k !== kind) return false;
    // A digest written with its algorithm (`token: "sha256:<64 hex>"`, an image or content digest): a fingerprint, which gives
    // no secret away. Under a password key it stays a finding: an unsalted password hash is cracked offline.
    if (kind === 'secret' && isAlgorithmDigest(v.trim())) return false;
    // Round r78: DocuSign's integration key (integrator key) is its app's OAuth client id, a UUID sent in every consent URL: public.
    if (/^integrat(?:ion|or)[_-]?key$/i.test(key) && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.trim())) return false;
    // Round l87 (blind set 86): Duo's integration key (`DI` and 18 capitals or digits) names the application, the user half
    // of its HMAC Basic pair, listed by the Admin API beside a masked secret key: public (the secret key is duo-secret-key's).
    if (/^(?:integration[_-]?key|ikey)$/i.test(key) && /^DI[A-Z0-9]{12,18}$/.test(v.trim())) return { ok: true, public: true };
    // Round l87: an environment variable's name as the value (`secretKey: AUTH0_CLIENT_SECRET` in an ExternalSecret) names the slot.
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SECRET|TOKEN|KEY|PASSWORD|PASS|PWD|CREDENTIALS?)(?:_[A-Z0-9]+)?$/.test(v.trim())) return false;
    // A shell parameter expansion (`${DB_PASSWORD:?required}`, `${TOKEN:-}`) names a variable, it holds no value.
    const ms = ctx.matchStart ?? ctx.start;
    if (ctx.text.slice(Math.max(0, ms - 2), ms) === '${') return false;
    // Round r58: curl's `-u "$STRIPE_SECRET_KEY:"` reads a shell variable, and its `:` ends curl's user field: nothing is assigned.
    const ks = key === '' ? -1 : ctx.text.lastIndexOf(key, ctx.start);
    if (ks >= 0 && (key.startsWith('$') || ctx.text[ks - 1] === '$') && /^:["'][ \t]/.test(ctx.text.slice(ks + key.length, ks + key.length + 3))) return false;
    // A bare `token:`/`key:` after a word that makes it an id (`pagination token: …`, `push token: …`, `cache key: …`).
    if (/^(?:token|key)$/i.test(key) && /(?:page|pagination|next|continuation|cursor|sync|resume|csrf|xsrf|idempotency|cache|device|push|registration)[ \t]$/i.test(ctx.text.slice(Math.max(0, ms - 16), ms))) return false;
    // A bare `token=` of 64 hex (an APNs device token's 32 bytes) on a line about a push subscription or device
    // (OneSignal's `subscription_id=… token=…`, `player_id`, `apns`): the device's push address, an identifier.
    if (/^token$/i.test(key) && /^[0-9a-f]{64}$/i.test(v.trim()) && /subscription_id|player_id|onesignal|\bapns\b|push_token|device_type|device_model/i.test(lineOf(ctx))) return false;
    // A bare `token=tok_…` (round r48): a card processor's token for a card (Stripe-style, made with a publishable key, beside
    // a masked PAN in a folio log), a reference to the card, not a credential.
    if (/^token$/i.test(key) && /^tok_[A-Za-z0-9]{14,40}$/.test(v.trim())) return false;
    // Round r65: a Mailgun webhook's `"signature":{"token":…,"timestamp":…,"signature":…}` object holds a per-request nonce
    // and that request's HMAC, no reusable secret (the webhook signing key is what must stay secret).
    if (/^(?:token|signature)$/i.test(key) && /^[0-9a-f]{40,64}$/i.test(v.trim()) && mailgunSignatureObject(ctx.text, ms)) return false;
    // Round r65: a Pusher app key (`X-Pusher-Key`, `PUSHER_APP_KEY`: 20 hex) is public by Pusher's design (browsers send it);
    // the app secret is what must stay secret.
    if (publicPusherKey(key, v.trim())) return false;
    // Round r65: a Shopify app proxy's per-request `signature=` HMAC beside its `timestamp=` (signatures.ts).
    if (/^signature$/i.test(key) && shopifyProxySignature(v.trim(), ctx.text, ctx.start)) return false;
    // A key that is the last segment of a URI (`op://vault/item/password`, `vault://kv/db/token`) names a field, it is assigned nothing.
    if (ctx.text[ms - 1] === '/' && /[a-z][\w+.-]{0,20}:\/\/[^\s"'<>]*\/$/i.test(ctx.text.slice(Math.max(0, ms - 200), ms))) return false;
    // Round np: a key that ends a URL path (`"/docs/…/creating-a-strong-password":"/en/…"`, a redirect map) mapped to another path.
    if (ctx.text[ms - 1] === '/' && v.startsWith('/')) return false;
    const quoted = ctx.text[ctx.start - 1] === '"' || ctx.text[ctx.start - 1] === "'";
    let end = lineValueEnd(ctx, quoted);
    // A token's line value with words after it (`signing_secret: <hex> rotated`) is the token alone; only passwords take spaces.
    if (kind === 'secret' && end !== undefined && /\s/.test(ctx.text.slice(ctx.start, ctx.start + end))) end = undefined;
    // A JSON string with escapes (`"password":"ab\"cd"`) runs to its closing quote, not to its first backslash.
    if (quoted) end = jsonStringEnd(ctx.text, ctx.start, ctx.end);
    const raw = quoted ? (end !== undefined ? ctx.text.slice(ctx.start, ctx.start + end) : v.trim()) : end !== undefined ? ctx.text.slice(ctx.start, ctx.start + end) : v;
    // A quoted value's JSON escapes are judged as what they stand for (`\u003credacted\u003e` is a placeholder).
    const value = quoted ? decodeJsonUnicode(raw) : raw;
    // The value's own checks first: they reject most candidates (`auth: deployed`) at little cost.
    // `kubectl describe secret` prints each key's size, not its value: `password:   24 bytes`.
    if (/^\d{1,9}\s{1,3}bytes$/i.test(value)) return false;
    // A negative number is a count, an offset or a hash ring position (Cassandra's `token=-8734…`), never a credential.
    if (/^-\d+$/.test(value)) return false;
    // An empty field followed by the next one (Go `%+v`: `{Username:bob Password: Token:}`): the next key, not a value.
    // Round np: also the gap between two members of minified JS (`"Password:",rememberMeLabel:"…"` reads `,rememberMeLabel:`).
    if (/^,?\s{0,2}[A-Za-z_][\w.-]{0,40}:$/.test(value)) return false;
    // Namespaced type names are no secret: Okta's factor types (`token:software:totp`, `push:okta`, `token:hardware`).
    if (kind === 'secret' && /^[a-z]{2,20}(?::[a-z]{2,20}){1,3}$/.test(value)) return false;
    if (kind === 'password' && isQuotedPrintableResidue(ctx.text, ctx.start, value)) return false; // `password=0AThanks`: an escape
    // A member name cut at its call's `(` (`System.getenv("X")`, `forms.CharField(…)`) is code, not a value.
    if (!quoted && end === undefined && isCalledName(value, ctx.text, ctx.end)) return false;
    const verdict = assignedValueVerdict(kind, key, value, quoted, ctx.text.slice(Math.max(0, ms - 400), ms));
    if (verdict !== true) return verdict === 'letters' ? true : verdict;
    return end !== undefined ? { ok: true, trimEnd: end } : true;
  };
}

/**
 * What an assigned value says for a key of `kind` (the value as it reads, escapes decoded; `before` the text before
 * the key, up to 400 characters): false when it is no secret, `letters` for a letters-only password accepted as it is,
 * a Verdict for a public key, else true. Shared with the assignment forms of other detectors (encoded-values.ts).
 */
export function assignedValueVerdict(kind: Exclude<SecretKeyKind, null>, key: string, value: string, quoted: boolean, before: string): boolean | 'letters' | Verdict {
  // Vault's audit log replaces every secret by its HMAC (`"client_token":"hmac-sha256:5e2b…"`): a digest, not the secret.
  if (value.startsWith('hmac-sha') && /^hmac-sha(?:256|512):[0-9a-f]{32,128}$/.test(value)) return false;
  // Round r41: PEM armour around a redaction marker (`-----BEGIN PRIVATE KEY-----\n<REDACTED>\n-----END …`) holds no key.
  if (value.startsWith('-----BEGIN ') && isRedactedPem(value)) return false;
  // Round l86: a bare value that is the next field of a Go `%+v` struct or a Java toString (`Password: PaymentIntent:pi_…`):
  // the key's own value was empty.
  if (!quoted && /^[A-Z][a-z]+(?:[A-Z][a-z]*)+:\S/.test(value) && /[&{(,]\s{0,2}$|\w:\S+\s{1,2}$/.test(before.slice(-80))) return false;
  const shape = kind === 'password' ? passwordValue(value) : secretValue(key, value, quoted);
  if (shape === false || isSecretStorePath(value)) return false; // `secret/data/smtp:password` names where a secret is
  if (isCodeExpression(value) || isSubjectId(value) || (kind === 'secret' && (isNamedSetting(key, value) || isPushRegistration(value)))) return false;
  // An Adyen client key (`clientKey: live_…`) is sent to every shopper's browser: public by design, reported, not a leak.
  if (kind === 'secret' && isPublicClientKey(key, value)) return { ok: true, public: true };
  // Round r77: client-side keys documented as public by their format (Statsig `client-`, Lob `live_pub_`, Paddle client tokens, Stream API keys).
  if (kind === 'secret' && isPublicSdkKey(key, value, before)) return { ok: true, public: true };
  // A webhook's per-request HMAC (`Stripe-Signature: t=…,v1=…`, `X-Slack-Signature: v0=…`) is no secret (signatures.ts).
  if (kind === 'secret' && isRequestSignature(key, value, before)) return false;
  // A Shopify order's `token`/`checkout_token` (an order webhook's body) identifies the order, it opens nothing (public-values.ts).
  if (kind === 'secret' && isOrderToken(key, value, before)) return false;
  // An endpoint under a bare `auth`/`token` key (`auth=https://sso.example.com/api/lti/authorize_redirect`): a URL with no
  // user info, query or random-looking path segment names where to authenticate, it is no secret.
  if (kind === 'secret' && /^https?:\/\/[\w.-]+(?::\d+)?(?:\/[\w.~-]*)*\/?$/.test(value) && !value.split('/').slice(3).some((seg) => seg.length >= 12 && /\d/.test(seg) && /[A-Za-z]/.test(seg))) return false;
  // An ARN names a secret, it is none: no key inside `arn:aws:…:secret:prod/db-…` is assigned (issue 13).
  if (/(?:^|[^\w-])arn:aws[\w-]*:[^\s"']*$/.test(before.slice(-200))) return false;
  return shape;
}

/** True when a PEM block's body (between its BEGIN and END lines, escaped `\n` or real newlines) is a placeholder. */
export function isRedactedPem(value: string): boolean {
  const m = /^-----BEGIN [A-Z0-9 ]{1,40}-----(?:\\r|\\n|\s)*([^]{0,80}?)(?:\\r|\\n|\s)*(?:-----END|$)/.exec(value);
  if (m === null) return false;
  const body = m[1]!.trim();
  return body === '' || isPlaceholder(body) || /^(?:[<[{(*.…]|redacted\b|removed\b|hidden\b|masked\b|snip)/i.test(body);
}

/** The last words of password keys and of secret keys (one source for each detector's pattern and precheck). */
// Round l86: the password words of other languages that start with ASCII (`Passwort`, `wachtwoord`, `mot.de.passe`, `senha`), so
// that their values get this detector's reading (whole quoted values, line-end passphrases, key suffixes); foreign-key-names.ts
// still reads them, and the words with letters beyond ASCII at their start (`lösenord`, `şifre`).
const PASSWORD_KEY_WORDS = 'pass(?:word|wd|phrase|code)?|pwd|pw|passwort|passord|kennwort|wachtwoord|senha|contrasena|mot[_.-]?de[_.-]?passe|haslo|salasana|adgangskode|heslo|jelszo|sifre'; // ASCII only: a key's characters are
const SECRET_KEY_WORDS = 'secret|token|keys?|auth(?:tok)?|creds?|credentials?|login|sig|signature|private|pat';
/** Where the words above start (Detector.anchors): each word begins with one of these. */
const PASSWORD_KEY_ANCHORS = ['pass', 'pw', 'kennwort', 'wachtwoord', 'senha', 'contrase', 'mot', 'haslo', 'salasana', 'adgangskode', 'heslo', 'jelsz', 'sifre'];
const SECRET_KEY_ANCHORS = ['secret', 'token', 'key', 'auth', 'cred', 'login', 'sig', 'private', 'pat'];

/** Generic secret assignments: `password=`, `secret=`, `token=`, query-string keys, client ids. */
export const GENERIC_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-assignment',
    name: 'Password assignment',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    // A bare `pw` key (`{"pw":"…"}`, `upstream-pw=`, `pw.v2=`): with what follows it, not alone (`pw` sits in base64 runs).
    keywords: ['pass', 'pwd', 'kennwort', 'wachtwoord', 'senha', 'contrase', 'mot_de_passe', 'mot.de.passe', 'mot-de-passe', 'motdepasse', 'haslo', 'salasana', 'adgangskode', 'heslo', 'jelsz', 'sifre', 'pw"', "pw'", 'pw=', 'pw:', 'pw.', 'pw_', 'pw-', 'pw ', 'pw\\', 'pw]'],
    // `with password "…"`: a quoted value after a password word needs no operator.
    pattern: assignment(PASSWORD_KEY_WORDS, true),
    precheck: assignmentPrecheck(PASSWORD_KEY_WORDS, true),
    starts: assignmentStarts(PASSWORD_KEY_WORDS, true),
    anchors: PASSWORD_KEY_ANCHORS,
    valueLast: true,
    keyOk: (k) => secretKeyKind(k) === 'password',
    mask: 'full',
    validate: validateAssignment('password'),
    remediation: 'Change this password and stop logging credentials',
  }),
  defineDetector({
    id: 'secret-assignment',
    name: 'Secret or token assignment',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    // `key_private`/`keyprivate`: Mailjet's `MJ_APIKEY_PRIVATE` names the private half of a key pair.
    // A bare or vendor `key` with its operator (`  key: `, `"key":`, `key='…'`, `billomatKey:`, `Using Key=`): lines with `_key`
    // list it already. Not `key=` alone: cache lines (`hit for key=contacts:42`) would all run it (the in-process bench halved).
    keywords: ['secret', 'token', 'auth', 'credential', 'creds', 'login', 'sig', '_pat', '-pat', '.pat', 'key_private', 'keyprivate', ...KEY_KEYWORDS, 'key:', 'key =', 'key :', 'key":', "key':", "key='", 'key="', 'using key='],
    pattern: assignment(SECRET_KEY_WORDS),
    precheck: assignmentPrecheck(SECRET_KEY_WORDS),
    starts: assignmentStarts(SECRET_KEY_WORDS),
    anchors: SECRET_KEY_ANCHORS,
    valueLast: true,
    keyOk: (k) => secretKeyKind(k) === 'secret' || vendorKeyName(k) !== null,
    validate: validateAssignment('secret'),
    remediation: 'Rotate this secret at its issuer and stop logging it',
  }),
  defineDetector({
    id: 'url-query-credential',
    name: 'Credential in a URL query string',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['key', 'token', 'auth', 'secret', 'password', 'passwd', 'pwd', 'sig', 'signature', 'code', 'session', 'sessionid', 'jwt'].flatMap((k) => [`${k}=`, `${k}%3d`]),
    starts: firstOf('?', '&', ';', '%'), // of `%3F`, `%26`
    valueLast: true,
    pattern: rei`(?:[?&;]|%3F|%26)${QUERY_WORDS}(?:=|%3D)(?<v>(?:[^&#\s"'<>\\%]|%(?!26)[0-9A-Fa-f]{2}){6,1024})`,
    // Round r79: a namespaced lookup key (`key=tenant%3Aacme%3Aquota`, `key=user%3A84987`) names a cache entry, it is no credential.
    validate: (v, ctx) => !/^[a-z][a-z0-9-]{0,23}(?:%3A[a-z0-9_-]{1,24}){1,5}$/i.test(v) && !/^\d+$/.test(v) && (!lettersOnly(v) || v.length >= 20) && entropyOk(v, 2.5) && !isLowEntropy(v) && !ghostContentKey(v, ctx.text, ctx.start) && !shopifyProxySignature(v, ctx.text, ctx.start),
    remediation: 'Rotate this credential and send it in a header instead of the URL',
  }),
  defineDetector({
    id: 'oauth-client-id',
    name: 'OAuth client id',
    category: 'credential',
    severity: 'low',
    priority: 35,
    confidence: 0.6,
    keywords: ['client_id', 'client-id', 'clientid', 'consumer_key', 'consumer-key', 'consumerkey'],
    pattern: rei`(?<![\w-])(?:client[_-]?id|consumer[_-]?key)(?:\\{0,3}["']|%22|%27)?\s{0,3}(?:=>|=|:|%3D|%3A)\s{0,3}(?:\\{0,3}["']|%22|%27)?(?<v>[\w.~+/=-]{16,128})`,
    // A client id is public by OAuth's design (it travels in browser redirects): reported, not a leak.
    validate: (v) => (!lettersOnly(v) && !/^\d+$/.test(v) && entropyOk(v, 3) ? { ok: true, public: true } : false),
    remediation: 'Check whether this OAuth client should be rotated together with its secret',
  }),
];

/** The line around a match, at most 300 characters either side (a long one-line body is not searched whole per match). */
function lineOf(ctx: MatchContext): string {
  const before = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
  const after = ctx.text.slice(ctx.end, ctx.end + 300);
  const le = after.indexOf('\n');
  return before.slice(before.lastIndexOf('\n') + 1) + ctx.text.slice(ctx.start, ctx.end) + (le < 0 ? after : after.slice(0, le));
}

/**
 * Round r38: a Ghost Content API key (26 hex) in the `key=` of a `/ghost/api/content/` URL is public by Ghost's design
 * (themes send it from browsers); the Admin API key (`id:secret`) is what must stay secret.
 */
function ghostContentKey(v: string, text: string, start: number): boolean {
  if (!/^[0-9a-f]{26}$/.test(v)) return false;
  const from = Math.max(0, start - 300);
  const url = text.slice(from, start);
  return /\/ghost\/api\/(?:v\d[\w.]*\/)?content\/[^\s?]*\?(?:[^\s]*&)?key=$/.test(url.slice(url.lastIndexOf(' ') + 1));
}
