import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isVariableReference } from '../references';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { isLowEntropy, shannonEntropy } from '../validators';
import { generatedKeyValue, vendorKeyName } from '../vendor-keys';

/** One of table-row-secret's keywords (any case). */
const TABLE_ROW_KEYWORD = /(?:key|token|secret|password|passwd|pwd)(?: ?\|| {2}|\t)/i;
/** The last line tested for a keyword (a long line with many rows is tested once, not at every match). */
let lastText = '';
let lastFrom = -1;
let lastOk = false;
/** True when the line of the window that holds ctx.start holds one of the keywords. */
function keywordOnLine(ctx: MatchContext): boolean {
  const from = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (ctx.text === lastText && from === lastFrom) return lastOk;
  const to = ctx.text.indexOf('\n', ctx.start);
  lastText = ctx.text;
  lastFrom = from;
  lastOk = TABLE_ROW_KEYWORD.test(ctx.text.slice(from, to < 0 ? ctx.text.length : to));
  return lastOk;
}

/** A session credential's shape: 64+ characters of base64 (an STS session token, a signed session blob), 4.5 bits a character. */
function sessionBlob(v: string): boolean {
  return v.length >= 64 && v.length <= 4096 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && shannonEntropy(v) >= 4.5;
}

/**
 * Judges a key the generic assignment leaves (see key-names.ts): a secret name with a run-in number (`token1`,
 * `harness_token1`, `sumoKey1`, `secret2`) by the generic rules, a numbered vendor key (`courier_key2`) by the
 * value's shape (generatedKeyValue), a `session` by sessionBlob.
 */
export function keyFormValue(key: string, v: string, ctx: MatchContext): boolean {
  const value = v.trim();
  if (value.length === 0 || isVariableReference(value)) return false;
  const numbered = /[A-Za-z]\d{1,2}$/.test(key);
  const base = numbered ? key.replace(/\d{1,2}$/, '') : key;
  // A `session:` beside an STS key pair (`id: ASIA…`, `secret: …`, `session: FwoG…`) or a signed cookie blob: 64+ base64.
  if (/session$/i.test(base)) return sessionBlob(value);
  if (!numbered) return false;
  const kind = secretKeyKind(base);
  if (kind !== null) return secretValueOk(kind, value) && !/\s/.test(value);
  const vendor = vendorKeyName(base);
  return vendor !== null && generatedKeyValue(value, vendor === 'bare', ctx);
}

/** Other key forms: numbered names, sessions, subscripts, table rows, `token - '…'`, Jenkins' encrypted secrets. */
export const MORE_KEY_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'numbered-secret-assignment',
    name: 'Numbered secret or session assignment',
    category: 'credential',
    severity: 'high',
    priority: 40.3, // round l86: over secret-assignment (40), which reads numbered keys (`token1`) now too and would name it generically
    confidence: 0.65,
    // The operators right after `key` (`Key=`, `courier_key:`, `sumoKey1 =`) and numbered secret words.
    // Bare and vendor keys (`Key=`, `courier_key:`) are secret-assignment's (vendor-keys.ts): no second call on their lines.
    keywords: ['key1', 'key2', 'key3', 'token1', 'token2', 'token3', 'secret1', 'secret2', 'password1', 'password2', 'session:', 'session":'],
    pattern: /(?<![\w.$@-])(?<k>(?:[A-Za-z][\w.-]{0,62}?)?(?:key|token|secret|password|passwd|pwd)\d{1,2}|(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-]?)?session)(?:["'])?[ \t]{0,3}[=:][ \t]{0,3}(?:"(?<v>[^"\r\n]{8,4096})"|'(?<w>[^'\r\n]{8,4096})'|(?<u>[^\s"',;&<>(){}[\]|`]{8,4096}))/i,
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
    keywords: ['] =', ']=', '] :=', '] ||='],
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
    // Round r68: padded cells too (`| x-auth-token   | … |`, a tab before the pipe), which the pattern reads and `token |` missed.
    keywords: ['key |', 'key|', 'token |', 'token|', 'secret |', 'secret|', 'password |', 'password|', 'passwd |', 'pwd |', 'key  ', 'token  ', 'secret  ', 'password  ', 'passwd  ', 'pwd  ', 'key\t', 'token\t', 'secret\t', 'password\t', 'passwd\t', 'pwd\t', 'passwd|', 'pwd|'],
    pattern: /(?<![\w$.-])(?<k>[A-Za-z_][\w.-]{1,63})[ \t]*\|[ \t]*(?<v>[^\s|`]{12,512})[ \t]*(?=\||\r?$)/m,
    mask: 'full',
    // Round r70: only on a line holding one of its keywords, as the prefilter runs it (padded cells `token   |` since round r68):
    // the same findings with and without the prefilter.
    validate: (v, ctx) => !/^[A-Za-z_.-]+$/.test(v) && keyedSecretValue(ctx.key ?? '', v) && keywordOnLine(ctx),
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
    validate: (v, ctx) => !/:\/\/|\.(?:com|net|org|io|cloud|app|dev|co|ai)$/i.test(v) && keyedSecretValue(ctx.key ?? '', v),
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
