import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords, NON_SECRET_ENV_KEYS, secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { isLowEntropy, shannonEntropy } from '../validators';

/**
 * Words before a bare `key` that make it a data key, not a credential: cache, storage and message keys, ids and
 * translations (`record_key`, `commitKey`, `s3_key`, `i18nKey`), on top of key-names' non-secret env words.
 */
const DATA_KEY_WORDS: ReadonlySet<string> = new Set(['commit', 'content', 'entity', 'item', 'record', 'node', 'doc', 'document', 'job', 'task', 'checksum', 'digest', 'blob', 'image', 'asset', 'upload', 'media', 'attachment', 'locale', 'host', 'column', 'field', 'table', 'dict', 'json', 'yaml', 'attr', 'attribute', 'property', 'prop', 'setting', 'option', 'param', 'name', 'hot', 'short', 'long', 'enum', 'type', 'kind', 'react', 'vue', 'list', 'child', 'parent', 'tree', 'menu', 'nav', 'route', 'url', 'link', 'css', 'style', 'theme', 'color', 'font', 'icon', 'button', 'form', 'input', 'modal', 'tab', 'step', 'row', 'ssh', 'gpg', 'pgp', 'publishable', 'public', 'pub', 'verify', 'verification', 'signature', 'sig']);

/** ULIDs (26 Crockford base32, time first) and UUIDs are the usual random ids of message, sort and idempotency keys. */
const ID_SHAPES = /^(?:[0-7][0-9A-HJKMNP-TV-Z]{25}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i;

/**
 * A value under a key that does not say "secret" on its own (`Key=`, `courier_key:`, `azure_key:`) that reads as
 * a generated credential anyway: 20+ characters of one token (no spaces, colons or path words), letters with digits,
 * no UUID or ULID, not low-entropy, and 3.5 bits a character (3.2 for 32+ hex). Hex is taken under a bare `key`
 * only when the line says the key is used (`Using Key=…`) or a secret stands beside it (`key=… secret=…`):
 * a bare `key=<sha>` is more often a cache or content key.
 */
export function generatedKeyValue(v: string, bare: boolean, ctx: MatchContext): boolean {
  if (v.length < 20 || v.length > 512 || !/^[A-Za-z0-9+/=_~.-]+$/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (ID_SHAPES.test(v) || isLowEntropy(v) || isPlaceholder(v)) return false;
  // Standard base64 may hold `/`; a path (`uploads/2024/a.png`, `tenants/acme/42`) holds `.`, `_`, `-` or lowercase words.
  if (v.includes('/') && (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || /(?:^|\/)[a-z]{3,}(?:\/|$)/.test(v) || !/[A-Z]/.test(v))) return false;
  // Dotted values are ids and names (`checkout.button2.label`, `com.acme.app`) unless a JWT's three parts.
  if (v.includes('.') && !/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(v)) return false;
  const hex = /^[0-9a-f]+$/i.test(v);
  if (hex) {
    if (v.length < 32 || shannonEntropy(v) < 3.2) return false;
    return !bare || usedOrPaired(ctx);
  }
  if (shannonEntropy(v) < 3.5) return false;
  // One case with digits (`uie5tff7m5…`) is fine at 24+; a shorter one-case run is more often an id.
  return /[a-z]/.test(v) && /[A-Z]/.test(v) ? true : v.length >= 24 || usedOrPaired(ctx);
}

/** True when the line says the key is used as a credential (`[DEBUG] Using Key=`) or a secret is assigned beside it. */
function usedOrPaired(ctx: MatchContext): boolean {
  const ms = ctx.matchStart ?? ctx.start;
  const ls = ctx.text.lastIndexOf('\n', ms - 1) + 1;
  if (/\busing\b[^=:\n]{0,40}$/i.test(ctx.text.slice(Math.max(ls, ms - 60), ms))) return true;
  let le = ctx.text.indexOf('\n', ctx.end);
  if (le < 0) le = ctx.text.length;
  const line = ctx.text.slice(ls, ms) + ' ' + ctx.text.slice(ctx.end, le);
  return /(?:secret|password|passwd|token)\w{0,8}["']?[ \t]{0,3}[=:-][ \t]{0,3}["']?[\w+/=.-]{16}/i.test(line);
}

/** A session credential's shape: 64+ characters of base64 (an STS session token, a signed session blob), 4.5 bits a character. */
function sessionBlob(v: string): boolean {
  return v.length >= 64 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && shannonEntropy(v) >= 4.5;
}

/**
 * Judges a key the generic assignment leaves (see key-names.ts): a secret name with a run-in number (`token1`,
 * `harness_token1`, `sumoKey1`, `secret2`) by the generic rules; a bare or vendor `key` (`Key`, `courier_key`,
 * `azure_key`, `bitmexkey`) that no word says is a data key, by the value's shape (generatedKeyValue).
 */
export function keyFormValue(key: string, v: string, ctx: MatchContext): boolean {
  const value = v.trim();
  if (value.length === 0 || isVariableReference(value)) return false;
  const numbered = /[A-Za-z]\d{1,2}$/.test(key);
  const base = numbered ? key.replace(/\d{1,2}$/, '') : key;
  const kind = secretKeyKind(base);
  // Keys the generic detector takes already (`api_key`, `AccountKey`) are its to judge.
  if (kind !== null) return numbered && secretValueOk(kind, value) && !/\s/.test(value);
  // A `session:` beside an STS key pair (`id: ASIA…`, `secret: …`, `session: FwoG…`) or a signed cookie blob: 64+ base64.
  if (/session$/i.test(base)) return sessionBlob(value);
  if (!/key$/i.test(base)) return false;
  const words = keyWords(base);
  const last = words[words.length - 1]!;
  const prev = last === 'key' ? words[words.length - 2] : last.slice(0, -3);
  if (prev !== undefined && prev !== '' && (NON_SECRET_ENV_KEYS.has(prev) || DATA_KEY_WORDS.has(prev))) return false;
  if (words.length > 2 && words.some((w) => NON_SECRET_ENV_KEYS.has(w) || DATA_KEY_WORDS.has(w))) return false;
  return generatedKeyValue(value, prev === undefined || prev === '', ctx);
}

/** Other key forms: `Key=`, vendor keys, numbered names, subscripts, table rows, `token - '…'`, Jenkins' encrypted secrets. */
export const MORE_KEY_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'vendor-key-assignment',
    name: 'Key or numbered secret assignment',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.65,
    // The operators right after `key` (`Key=`, `courier_key:`, `sumoKey1 =`) and numbered secret words.
    keywords: ['key=', 'key:', 'key =', 'key :', 'key":', "key':", 'key1', 'key2', 'key3', 'token1', 'token2', 'token3', 'secret1', 'secret2', 'password1', 'password2', 'session:', 'session='],
    pattern: /(?<![\w.$@-])(?<k>(?:[A-Za-z][\w.-]{0,62}?)?(?:key|token|secret|password|passwd|pwd)\d{1,2}|(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-]?)?(?:key|session))(?:["'])?[ \t]{0,3}[=:][ \t]{0,3}(?:"(?<v>[^"\r\n]{8,512})"|'(?<w>[^'\r\n]{8,512})'|(?<u>[^\s"',;&<>(){}[\]|`]{8,512}))/i,
    mask: 'full',
    validate: (v, ctx) => keyFormValue(ctx.key ?? '', v, ctx),
    remediation: 'Rotate this key at its issuer and stop logging it',
  }),
  defineDetector({
    id: 'subscript-secret-assignment',
    name: 'Secret assigned through a subscript',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    // `os.environ["OPENAI_API_KEY"] = '…'`, `ENV['X'] =`, `$_ENV['X'] =`, `config["api_key"] =`, `settings[:token] =`.
    keywords: ['"] =', '"]=', "'] =", "']=", '] :=', '"] ||=', "'] ||="],
    pattern: /[\w\])]\[[ \t]{0,2}(?:["']|:)(?<k>[A-Za-z_][\w.-]{0,95})["']?[ \t]{0,2}\][ \t]{0,3}(?:\|\|=|:=|=(?![=>]))[ \t]{0,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s"',;()[\]{}]{6,512}))/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(ctx.key ?? '', v.trim()),
    remediation: 'Rotate this secret and read it from the environment or a secret store instead of assigning it in code',
  }),
  defineDetector({
    id: 'table-row-secret',
    name: 'Secret in a table row',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.65,
    // Markdown and CLI tables (`| apiKey | e9e0… |`, `apiKey |e9e0…`, `heroku config`-style `TOKEN | …`).
    keywords: ['key |', 'key|', 'token |', 'token|', 'secret |', 'secret|', 'password |', 'password|', 'passwd |', 'pwd |'],
    pattern: /(?<![\w$.-])(?<k>[A-Za-z_][\w.-]{1,63})[ \t]*\|[ \t]*(?<v>[^\s|`]{12,512})[ \t]*(?=\||\r?$)/m,
    mask: 'full',
    validate: (v, ctx) => !/^[A-Za-z_.-]+$/.test(v) && keyedSecretValue(ctx.key ?? '', v),
    remediation: 'Rotate this secret and keep credential tables out of alerts and logs',
  }),
  defineDetector({
    id: 'dash-secret-assignment',
    name: 'Secret after a dash separator',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.65,
    // `<service> token - '…'`, `secret - "…"`, `api key - '…'`: a quoted value after ` - ` in notes and log lines.
    keywords: ['token - ', 'secret - ', 'key - ', 'password - ', 'passwd - ', 'credential - '],
    pattern: /(?<![\w-])(?<k>[A-Za-z_][\w.-]{0,63})[ \t]{1,3}-[ \t]{1,3}(?:'(?<w>[^'\s]{8,256})'|"(?<v>[^"\s]{8,256})")/,
    mask: 'full',
    // A URL or a host name after the dash (`token - 'https://…'`, `- 'acme.psdb.cloud'`) says where, not what.
    validate: (v, ctx) => !/^[a-z][\w+.-]{1,20}:\/\/|\.(?:com|net|org|io|cloud|app|dev|co|ai)$/i.test(v) && keyedSecretValue(ctx.key ?? '', v),
    remediation: 'Rotate this secret and keep it out of notes and logs',
  }),
  defineDetector({
    id: 'jenkins-encrypted-secret',
    name: 'Jenkins credential secret (encrypted or in braces)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    // credentials.xml `<secret>{AQAAABAAAAAQ…}</secret>`, `<apiToken>{…}</apiToken>`, `<password>{…}</password>`: the
    // controller's master key decrypts it, so a copied credentials.xml with its secrets/ directory is the secret.
    keywords: ['>{'],
    pattern: /<(?<k>secret|password|apiToken|passphrase|privateKey|token|secretBytes|clientSecret|accessKey|secretKey)>\{(?<v>[^{}<>\r\n]{8,4096})\}<\/\k<k>>/i,
    mask: 'full',
    validate: (v) => /^AQAAAB[A-Za-z0-9+/]{16,}={0,2}$/.test(v) || v.split(/\s+/).some((w) => w.length >= 16 && /\d/.test(w) && /[A-Za-z]/.test(w) && !isLowEntropy(w) && shannonEntropy(w) >= 3),
    remediation: 'Rotate this Jenkins credential and keep credentials.xml (and the controller secrets/ directory) out of logs',
  }),
];
