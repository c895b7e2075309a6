import { defineDetector, SEP } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords, secretKeyKind, type SecretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';

/** A quoted (taken whole) or bare value on the rest of a line; as in YAML, `#` opens a comment only after a space (`value: Kx7#pQ` is one value). */
const LINE_VALUE = String.raw`(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s"'#][^\r\n]{0,511}?))[ \t]*(?=\r?\n|$|[ \t]#)`;

/**
 * What a key name says, with two forms the shared rules leave out: salts (`AUTH_SALT`,
 * WordPress's `SECURE_AUTH_SALT`) and Redis's `requirepass`/`masterauth`.
 */
function kindOf(key: string): SecretKeyKind {
  const kind = secretKeyKind(key);
  if (kind !== null) return kind;
  const last = keyWords(key).pop() ?? '';
  if (last === 'salt') return 'secret';
  return /^(?:requirepass|masterauth|masterpass)$/.test(last) ? 'password' : null;
}

/** Validation for a detector whose `k` group names the value: the key must be a secret's, the value plausible. */
function underKey(v: string, ctx: MatchContext): boolean {
  const kind = kindOf(ctx.key ?? '');
  return kind !== null && secretValueOk(kind, v);
}

/** Secrets in configuration forms that do not write `key = value` on one line. */
export const CONFIG_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'k8s-env-secret',
    name: 'Secret in a Kubernetes name/value env pair',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['- name:'],
    span: 400,
    // `- name: NEW_RELIC_LICENSE_KEY` then `  value: "…"` on the next line (Deployment env, Helm values, ECS task JSON as YAML).
    pattern: new RegExp(String.raw`(?:^|(?<=\n))[ \t]{0,40}-[ \t]{1,4}name:[ \t]{0,3}["']?(?<k>[A-Za-z_][\w.-]{0,63})["']?[ \t]*\r?\n[ \t]{0,42}value:[ \t]{0,3}` + LINE_VALUE),
    mask: 'full',
    validate: underKey,
    remediation: 'Move this value into a Kubernetes Secret (valueFrom.secretKeyRef) and rotate it',
  }),
  defineDetector({
    id: 'php-define-secret',
    name: "Secret in a PHP define('NAME', '…')",
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.8,
    keywords: ['define(', 'define ('], // not a bare `define`: every JavaScript `undefined` would run it
    // wp-config.php: `define( 'DB_PASSWORD', '…' );`, the `AUTH_KEY`/`SECURE_AUTH_SALT` salts; any secret-named constant.
    pattern: /(?<![\w$>:])define ?\(\s{0,3}["'](?<k>[A-Za-z_]\w{0,63})["']\s{0,3},\s{0,40}(?:'(?<v>[^'\r\n]{1,256})'|"(?<w>[^"\r\n]{1,256})")\s{0,3}[,)]/i,
    mask: 'full',
    validate: underKey,
    remediation: 'Change this secret (for WordPress salts: generate new ones) and keep config files out of logs',
  }),
  defineDetector({
    id: 'sql-identified-by',
    name: 'Password in a SQL IDENTIFIED BY clause',
    category: 'credential',
    severity: 'high',
    priority: 45,
    keywords: ['identified'],
    // MySQL/MariaDB/Oracle `CREATE|ALTER USER … IDENTIFIED [WITH plugin] BY '…'`. `BY PASSWORD '*…'` and `AS '…'` carry hashes, not passwords.
    pattern: /\bidentified\s{1,3}(?:with\s{1,3}['"`]?\w{1,64}['"`]?\s{1,3})?by\s{1,3}(?!password\b|values\b)(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})"|(?<u>[A-Za-z][\w#$]{0,127}))/i,
    mask: 'full',
    validate: (v) => !/^[?:%]/.test(v) && secretValueOk('password', v),
    remediation: 'Change this database password and turn off statement logging of account changes',
  }),
  defineDetector({
    id: 'cli-config-set-secret',
    name: 'Secret in a CLI config set command (NAME VALUE)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['configure set', 'config set'],
    // `aws configure set aws_secret_access_key …`, `npm config set //registry/:_authToken …`, `CONFIG SET requirepass …`.
    pattern:
      /\bconfig(?:ure)?\s{1,3}set\s{1,3}(?:--?[a-z][\w-]{0,20}\s{1,3}(?:[\w.-]{1,40}\s{1,3})?)?(?<k>[\w.:/@-]{1,100})\s{1,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s"'\\]{1,512}))/i,
    mask: 'full',
    validate: underKey,
    remediation: 'Rotate this secret and stop printing the commands that set it (set +x, masked CI variables)',
  }),
  defineDetector({
    id: 'cli-flag-secret',
    name: 'Secret in a CLI flag (--password VALUE)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    // `key `, `token `…: camelCase flags (`--apiKey VALUE`, datadog-ci's), whose word follows no dash; a line without `--` is not read.
    keywords: ['-pass', '-pwd', '-token', '-secret', '-key', '-credential', 'key ', 'token ', 'secret ', 'password '],
    needs: ['--'],
    // `--password VALUE`, `--api-key VALUE`, `--client-secret "…"`, `--apiKey VALUE`: the value after a space (the `=` form is an
    // assignment). The key decides (kindOf): `--monkey`, `--sortKey`, `--bypass` name no secret.
    pattern:
      /(?<![\w-])--(?<k>(?:[a-z][\w.-]{0,80})?(?:password|passwd|passphrase|pass|pwd|token|secret|key|credentials?))[ \t]{1,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>(?!-)[^\s"'\\]{1,512}))/i,
    mask: 'full',
    validate: underKey,
    remediation: 'Rotate this secret and pass it through the environment or a file, not the command line',
  }),
  defineDetector({
    id: 'secret-key-base',
    name: 'Application secret key base (Rails, Phoenix)',
    category: 'credential',
    severity: 'critical',
    priority: 46,
    keywords: ['secret_key_base', 'secret-key-base', 'secretkeybase'],
    // `secret_key_base: <128 hex>` in `rails credentials:show`, `SECRET_KEY_BASE=…` in env dumps: it signs every session.
    pattern: new RegExp(String.raw`(?<![\w-])secret[_-]?key[_-]?base${SEP}(?<v>[A-Za-z0-9+/_-]{32,512}={0,2})(?![\w+/=-])`, 'i'),
    mask: 'full',
    validate: (v) => secretValueOk('secret', v),
    remediation: 'Generate a new secret key base (rails secret), deploy it, and expect existing sessions to end',
  }),
  defineDetector({
    id: 'pat-assignment',
    name: 'Personal access token under a name ending in PAT',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['pat=', 'pat:', 'pat"', "pat'", 'pat\\'],
    // `AZURE_DEVOPS_EXT_PAT=…`, `"ado_pat": "…"`, `GITHUB_PAT: …`: the name ends in the word PAT, the operator follows it.
    pattern: /(?<![\w.$@-])(?<k>[A-Za-z_][\w.-]{0,60}pat)(?:\\{0,3}["'])?[=:]\s{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9._~+/-]{20,512}={0,2})(?![\w.~+/=-])/i,
    mask: 'full',
    validate: (v, ctx) => keyWords(ctx.key ?? '').pop() === 'pat' && /\d/.test(v) && secretValueOk('secret', v),
    remediation: 'Revoke this personal access token and use a short-lived or pipeline-scoped credential',
  }),
];
