import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { csvColumnAt } from '../column-names';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { foreignPasswordKey } from './foreign-key-names';

/** Column names (case-folded) that name a secret column, as a table export writes them. */
const SECRET_COLUMNS = [
  'password', 'passwd', 'pwd', 'passcode', 'passphrase', 'user_password', 'db_password', 'app_password', 'secret', 'client_secret',
  'clientsecret', 'api_secret', 'apisecret', 'secret_key', 'secretkey', 'api_key', 'apikey', 'api-key', 'api key', 'access_key', 'accesskey',
  'private_key', 'privatekey', 'master_key', 'encryption_key', 'token', 'access_token', 'accesstoken', 'auth_token', 'authtoken', 'api_token',
  'apitoken', 'refresh_token', 'refreshtoken', 'bearer_token', 'session_token', 'sessiontoken', 'oauth_token', 'x-auth-token', 'x-api-key',
  'webhook_secret', 'webhooksecret', 'signing_secret', 'signingsecret', 'consumer_secret', 'credential', 'credentials',
  // Other languages' password headers (a European spreadsheet export: `Benutzer;Passwort;Rolle`).
  'passwort', 'kennwort', 'senha', 'wachtwoord', 'mot de passe', 'mot_de_passe', 'contrase', 'haslo', 'salasana', 'senord',
];

/** Header literals: a secret column name beside a delimiter, quoted, spaced (`| password |`) or not (first, middle or last column). */
const COLUMN_KEYWORDS = SECRET_COLUMNS.flatMap((name) =>
  [',', ';', '\t', '|'].flatMap((sep) => [sep + name, name + sep, `${sep}"${name}"`, `"${name}"${sep}`, `${sep} ${name}`, `${name} ${sep}`]),
);

/**
 * psql centres a header over a wider column (` id |    password    | name`): the common secret columns also wake
 * the detector by the padding after them (`password  `). Left: a centred last column (no padding after it; a
 * keyword with a line end hangs the keyword-table build).
 */
const CENTRED_KEYWORDS = ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'access_token', 'api_token', 'auth_token', 'client_secret', 'secret_key', 'private_key'].map((n) => `${n}  `);

/** How far below its header line a secret cell may be (a pasted export, not a whole dump). */
const COLUMN_REACH = 4000;

/** True when the cell at `ctx` lies in a column the table's header names for a secret, and the cell can be one. */
function underSecretColumn(v: string, ctx: MatchContext): boolean {
  const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
  if (column === null) return false;
  const kind = secretKeyKind(column.trim()) ?? (foreignPasswordKey(column.trim().replace(/^\uFEFF/, '')) ? 'password' : null);
  return kind !== null && secretValueOk(kind, v);
}

/** A key of a Redis command or reply that names a secret: its value follows as the next item. */
function redisField(v: string, ctx: MatchContext): boolean {
  const key = ctx.key ?? '';
  // `CONFIG GET requirepass` replies `1) "requirepass"` / `2) "…"`: Redis's own password settings.
  const kind = secretKeyKind(key) ?? (/^(?:requirepass|masterauth)$/i.test(key) ? 'password' : null);
  return kind !== null && secretValueOk(kind, v);
}

/** Redis field names the prefilter looks for after `XADD`/`HSET` or in a numbered reply. */
const REDIS_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'requirepass', 'masterauth'];

/**
 * Secrets that event streams, queue dead letters, table exports and query logs carry outside a
 * `key = value` form: CSV/TSV cells under a secret column, Redis stream and hash fields, URLs with
 * JSON-escaped slashes, MySQL `SET PASSWORD`.
 */
export const EVENT_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-csv-column',
    name: 'Secret in a table column named for it (CSV, TSV, spreadsheet paste)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: [...COLUMN_KEYWORDS, ...CENTRED_KEYWORDS],
    // `id,email,password,created_at` then `1,a@corp.io,S3cr3t!x,2024-01-01`: the header names the column.
    span: COLUMN_REACH,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3})(?:"(?<w>[^"\r\n]{6,256})"|(?<v>[^\s,;\t|"]{6,256}))(?=[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: underSecretColumn,
    remediation: 'Rotate the secrets in this export and leave secret columns out of exported or pasted tables',
  }),
  defineDetector({
    id: 'redis-field-secret',
    name: 'Secret as a Redis stream or hash field (XADD, HSET, redis-cli reply)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['xadd ', 'hset ', 'hmset ', 'hsetnx ', ...REDIS_WORDS.map((w) => `) "${w}`)],
    // `XADD events * user bob password S3cr3t!x`, `HSET user:7 api_token abc…`, and redis-cli's `3) "password"` / `4) "…"`.
    // The field is the one the value follows, so its name must end in a secret word (`user bob` is no field of interest).
    // The window reaches as far as a match can end: the command, up to 300 characters, the field and its value.
    span: 600,
    pattern: new RegExp(
      String.raw`(?:(?<=\b(?:xadd|hset|hmset|hsetnx)\s[^\n]{0,300}\s"?)|(?<=(?:^|\n)[ \t]{0,40}(?:\d{1,4}\) ){1,4}"))` +
        String.raw`(?<k>[\w.:-]{0,30}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|auth|credentials?))` +
        String.raw`(?:"\r?\n[ \t]{0,40}\d{1,4}\) "|"?[ \t]+"?)(?:(?<w>[^"\n]{6,256})"|(?<v>[^\s"]{6,256}))`,
      'i',
    ),
    mask: 'full',
    validate: redisField,
    remediation: 'Rotate this secret and keep secrets out of Redis streams and hashes that are logged or dumped',
  }),
  defineDetector({
    id: 'escaped-url-credentials',
    name: 'Password in a URL with JSON-escaped slashes',
    category: 'credential',
    severity: 'high',
    priority: 64,
    keywords: [':\\/\\/', ':\\\\\\/'],
    // `"dsn":"postgres:\/\/app:S3cr3t@db:5432\/x"` as PHP, .NET and queue envelopes escape `/`, once or twice.
    pattern: /(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:(?:\\{1,3}\/){2}[^\s:/@"'<>\\]{0,64}:(?<v>[^\s@/"'<>\\]{1,128})@/,
    mask: 'full',
    validate: (v) => !/^\d{1,5}$/.test(v) && secretValueOk('password', v),
    remediation: 'Change this password and remove credentials from URLs',
  }),
  defineDetector({
    id: 'sql-set-password',
    name: 'Password in a SQL SET PASSWORD statement',
    category: 'credential',
    severity: 'high',
    priority: 45,
    keywords: ['set password'],
    // MySQL/MariaDB general log: `SET PASSWORD FOR 'app'@'%' = 'S3cr3t!x'`, `= PASSWORD('…')`. A `*`-hash is no password.
    pattern: /\bset\s{1,3}password\s{1,3}(?:for\s{1,3}[^=\n]{1,120}?\s{0,3})?=\s{0,3}(?:password\s{0,3}\(\s{0,3})?(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})")/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this database password and turn off statement logging of account changes',
  }),
  defineDetector({
    id: 'smtp-auth-login-password',
    name: 'SMTP AUTH LOGIN password (base64, after the server asks for it)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    // `334 UGFzc3dvcmQ6` is base64 of `Password:`; the client's next line is the password in base64 (the user's line is not).
    keywords: ['334 ugfzc3dvcmq6'],
    span: 300,
    // Round l86: a logger's tag may open the client's line (`[smtp] C: …`).
    pattern: /334 UGFzc3dvcmQ6[ \t]{0,3}\r?\n[ \t]{0,8}(?:\[[\w.-]{1,20}\][ \t]{0,3})?(?:(?:C|client|>+|<-|->)\s{0,3}:?\s{0,3})?(?<v>[A-Za-z0-9+/]{4,400}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    validate: (v) => {
      const text = Buffer.from(v, 'base64').toString('utf8');
      return /^[\x20-\x7e]{4,200}$/.test(text) && secretValueOk('password', text);
    },
    remediation: 'Change this mail account password and turn off SMTP protocol logging (it records AUTH exchanges)',
  }),
];
