import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { bareColumn, columnSecretOk, listedParamColumn, splitTop, valuesListColumn } from './database-r74-lists';

/**
 * Round r74 (blind set 74: database, ORM, cache and search errors that echo the data). The classes — most of them a
 * value whose column is named in a separate list, paired by place (database-r74-lists.ts):
 * - a unique/foreign-key `DETAIL: Key (col[, col…])=(val[, val…])` (PostgreSQL, and every driver and ORM that
 *   repeats it: Npgsql, psycopg, ActiveRecord, csvlog/jsonlog lines) where a column names a secret or a session id;
 * - an ORM's parameter list printed after its statement, paired with the statement's `$n`/`?` placeholders
 *   (TypeORM `-- PARAMETERS: […]`, Drizzle's `params:` line, Knex `bindings: […]`, Ecto's `[…]` after the statement);
 * - Django's `values_list("user_id", "key")` and the tuples it returns (`<QuerySet [(1, '…'), …]>`), the `key`
 *   column counted only for a token model (DRF's `Token.objects`, `authtoken`);
 * - a DynamoDB typed attribute under a secret name (`"clientSecret": {"S": "…"}`, pretty-printed or escaped);
 * - a Laravel Sanctum plain-text token (`<id>|<40 characters>`, with its optional prefix and CRC suffix) where Sanctum
 *   or its call is named (laravel-sanctum-token reads it after `Bearer`);
 * - a Rails session store's bound `session_id`; a TOTP seed under an MFA seed key (`mfaSeed`, `otpKey`);
 * - a MySQL `Duplicate entry '…' for key '…'` whose unique index is on a secret column (a composite's `<id>-<secret>`);
 * - an ADO.NET connection string's password read up to its `;` (commas, `&` and `#` are the password's).
 * Left alone on purpose: password hashes (bcrypt, argon2, PBKDF2, ASP.NET Identity, SCRAM verifiers,
 * mysql_native) — the scanner's standing rule (isStoredPasswordHash, and everyday tests of rounds 17, 37 and 38)
 * holds a stored hash to be no secret; set 74 judges otherwise, and changing that is a policy call, not a round's.
 * A session id under `_id` or `session_id` without a list naming the column (a Mongo `_id`, a CSV row without its
 * header's place read) is not read either: an id column alone says nothing about what the row is.
 */

/** Sanctum's token: an id, a pipe, an optional prefix, 40 random characters, an optional CRC32 in hex. */
const SANCTUM = /^\d{1,12}\|[A-Za-z0-9_]{0,24}[A-Za-z0-9]{40}(?:[0-9a-f]{8})?$/;

export const DATABASE_R74_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sql-key-detail-secret',
    name: 'Secret or session id in a unique/foreign-key violation detail (`Key (token)=(…) already exists`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['key ('],
    // The tuple up to the `)` the detail's own words follow (`already exists`, `is not present`, a quote, the line's end).
    pattern:
      /\bKey \((?<k>[^()\r\n]{1,300})\)=\((?<v>[^\r\n]{1,1000}?)\)(?= already exists| is not present| is still referenced| conflicts with|\.|"|,|[ \t]{0,3}\r?$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const cols = splitTop(ctx.key ?? '');
      if (cols === null || cols.length === 0) return false;
      if (cols.length === 1) return columnSecretOk(cols[0]!, v);
      const vals = splitTop(v);
      return vals !== null && vals.length === cols.length && cols.some((c, i) => columnSecretOk(c, vals[i]!));
    },
    remediation: 'Rotate this secret, store only its hash, and keep constraint details out of the logs (log_error_verbosity=terse, or a driver that drops DETAIL)',
  }),
  defineDetector({
    id: 'sql-param-list-secret',
    name: 'Secret in an ORM parameter list, paired with its column by the statement\'s placeholders (TypeORM, Drizzle, Knex, Ecto)',
    category: 'credential',
    severity: 'high',
    // Below secret-sql-binding (Sequelize's `parameters: [ … ]`), which reads its own lists.
    priority: 38,
    confidence: 0.75,
    keywords: ['-- parameters: [', 'params: ', 'bindings: [', 'parameters: [', 'returning ', ') [', '" ['],
    span: 3000,
    // Drizzle prints its `params:` on the line after the statement.
    spanBack: 1,
    // Each element of a printed list: a quoted string, or an unquoted run (Drizzle prints its params bare).
    pattern: /(?<=[[,] ?|(?:^|\n)params: )(?:"(?<v>[^"\\\r\n]{6,512})"|'(?<w>[^'\\\r\n]{6,512})'|(?<u>[^\s"',[\]][^,\s\]]{5,511})(?=,|\]|\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = listedParamColumn(ctx.text, ctx.start);
      return col !== null && columnSecretOk(col, v);
    },
    remediation: 'Rotate this secret and stop the ORM logging parameter values (TypeORM logging: ["error"] without parameters, Ecto log: false)',
  }),
  defineDetector({
    id: 'django-values-list-secret',
    name: 'Secret in the tuples a Django `values_list("…", "key")` returns',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['values_list('],
    span: 3000,
    pattern: /'(?<v>[^'\\\r\n]{6,512})'|"(?<w>[^"\\\r\n]{6,512})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const got = valuesListColumn(ctx.text, ctx.start);
      if (got === null) return false;
      const col = bareColumn(got.column);
      // A token model's `key` (DRF's authtoken, Knox) is the token itself.
      if (col === 'key' && /\bToken\.objects\b|authtoken|\bToken\b/.test(got.head)) return /^[A-Za-z0-9_-]{20,128}$/.test(v) && !isLowEntropy(v) && !isPlaceholder(v);
      return columnSecretOk(col, v);
    },
    remediation: 'Rotate these tokens and keep shell sessions that print token rows out of shared logs',
  }),
  defineDetector({
    id: 'dynamodb-typed-secret-attribute',
    name: 'Secret as a DynamoDB typed attribute (`"clientSecret": {"S": "…"}`, Node\'s `apiKey: { S: \'…\' }`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['"s":', '"s\\":', '"s" :', '{ s: ', "{'s': "],
    // Pretty-printed, the attribute's name is a line or two above its `"S":`.
    span: 600,
    spanBack: 2,
    pattern:
      /(?<![\w-])(?<k>[A-Za-z_][\w.-]{0,60})(?:\\{0,3}"|')?\s{0,3}:\s{0,40}\{\s{0,40}(?:\\{0,3}"S\\{0,3}"|'S'|S)\s{0,3}:\s{0,3}(?:\\{0,3}"(?<v>[^"\\\r\n]{6,512})\\{0,3}"|'(?<w>[^'\\\r\n]{6,512})')/,
    mask: 'full',
    validate: (v, ctx) => columnSecretOk(ctx.key ?? '', v),
    remediation: 'Rotate this secret, keep it in Secrets Manager rather than a table item, and stop logging scan/query results',
  }),
  defineDetector({
    id: 'laravel-sanctum-plaintext-token',
    name: 'Laravel Sanctum plain-text token where Sanctum or its call is named, outside a Bearer header (`<id>|<40 characters>`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['plaintexttoken', 'sanctum', 'createtoken(', 'personal_access_token'],
    // Tinker prints the token on the line after the call.
    span: 400,
    pattern: /(?<![\w|])(?<v>\d{1,12}\|[A-Za-z0-9_]{40,72})(?![\w|])/,
    mask: 'full',
    validate: (v) => SANCTUM.test(v) && !isLowEntropy(v.slice(v.indexOf('|') + 1)) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d.*\|.*\d/.test(v),
    remediation: 'Revoke this personal access token (delete its personal_access_tokens row) and keep plainTextToken out of logs and tinker sessions',
  }),
  defineDetector({
    id: 'activerecord-session-store-bind',
    name: 'Session id bound in an ActiveRecord session-store query (`[["session_id", "…"]]`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['["session_id", ', '["sid", ', '["session_key", '],
    pattern: /(?:\[\[|\], \[)"(?<k>session_id|sid|session_key)", "(?<v>[^"\\\r\n]{20,256})"\]/,
    mask: 'full',
    // The statement reads a sessions table (`SessionStore::Session Load`, `FROM "sessions"`): the id is the cookie's.
    validate: (v, ctx) => /sessions"?\.|SessionStore|FROM "?\w{0,30}sessions\b/i.test(ctx.text.slice(0, ctx.start)) && columnSecretOk(ctx.key ?? '', v),
    remediation: 'Reset the sessions and turn off ActiveRecord bind logging in production (or filter session_id)',
  }),
  defineDetector({
    id: 'mfa-seed-under-key',
    name: 'TOTP seed (base32) under an MFA/OTP seed key totp-seed-under-key does not name (`"mfaSeed":"…"`, `otpKey=…`, `two_factor_seed`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['mfa', 'otp', '2fa', 'two_factor', 'twofactor', 'authenticator'],
    pattern:
      /(?<![\w-])(?<k>[A-Za-z_]{0,30}(?:mfa|MFA|Mfa|otp|OTP|Otp|2fa|2FA|two_?[Ff]actor|TwoFactor|[Aa]uthenticator)[_-]?(?:[Ss]eed|SEED|[Ss]ecret|SECRET|[Kk]ey|KEY)[A-Za-z]{0,12})(?:\\{0,3}["'])?\s{0,3}[:=]\s{0,3}(?:\\{0,3}["'])?(?<v>[A-Z2-7]{16,64})(?![\w-])/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !isPlaceholder(v) && new Set(v).size >= 8,
    remediation: 'Reset this user\'s second factor (a new seed) and keep MFA seeds out of session payloads and logs',
  }),
  defineDetector({
    id: 'mysql-duplicate-entry-secret',
    name: 'Secret in a MySQL `Duplicate entry \'…\' for key \'…\'` whose unique key is on a secret column',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['duplicate entry'],
    pattern: /Duplicate entry '(?<v>[^'\r\n]{6,512})' for key '(?<k>[\w.$-]{1,128})'/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      const dot = key.lastIndexOf('.');
      const table = dot < 0 ? '' : key.slice(0, dot);
      let idx = key.slice(dot + 1);
      // Rails names an index `index_<table>_on_<a>_and_<b>`; others wrap one column (`uniq_token`, `<table>_token_unique`).
      const on = idx.indexOf('_on_');
      const cols = on >= 0 ? idx.slice(on + 4).split('_and_') : [];
      if (on < 0) {
        idx = idx.replace(/^(?:uniq(?:ue)?|uq|ux|idx|ix|index)_/i, '').replace(/_(?:unique|uniq|uq|idx)$/i, '');
        if (table !== '' && idx.startsWith(`${table}_`)) idx = idx.slice(table.length + 1);
        cols.push(idx);
      }
      // A composite key's parts are joined by `-`: the secret is the part after a leading id.
      const tail = v.replace(/^\d{1,20}-/, '');
      return cols.some((c) => columnSecretOk(c, v) || (tail !== v && columnSecretOk(c, tail)));
    },
    remediation: 'Rotate this secret, store only its hash (a unique index on a hash leaks nothing), and keep driver exceptions out of logs',
  }),
  defineDetector({
    id: 'adonet-connection-password',
    name: 'Password of an ADO.NET-style connection string, up to its `;` (`Host=…;Password=p,&q;SSL Mode=…`)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.85,
    keywords: ['password=', 'pwd='],
    // Only `;` ends the value: commas, `&`, `#` and `$` are the password's own.
    pattern: /(?<=^|[;\s"'])(?:Password|PASSWORD|password|Pwd|PWD|pwd) ?= ?(?<v>[^;\s"'{][^;\r\n"']{0,255}?)(?=;|[ \t]{0,3}\r?$|["'])/,
    mask: 'full',
    validate: (v, ctx) => {
      const line = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.text.indexOf('\n', ctx.start) < 0 ? undefined : ctx.text.indexOf('\n', ctx.start));
      return /(?:^|[;\s"'])(?:Host|Server|Data Source|Address|Addr)\s?=[^;]{1,200};/i.test(line) && /(?:^|[;\s"'])(?:Username|User ID|User Id|UID|User)\s?=/i.test(line) && /[^A-Za-z]/.test(v) && v.length >= 6 && secretValueOk('password', v);
    },
    remediation: 'Rotate the database password and keep connection strings out of exception messages (Npgsql: Include Error Detail=false; never log the builder)',
  }),
];
