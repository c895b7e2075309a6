import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { secretValueOk } from '../secret-value';
import { pwShape } from './hosting-r38';

/**
 * Round r39 (blind set 39: data engineering and analytics): credentials as warehouses, lake
 * engines, ELT tools and orchestrators take them — the parameters of a SQL credential clause
 * (DuckDB `CREATE SECRET (… KEY_ID '…', SECRET '…')`, Redshift `COPY`/`UNLOAD … SECRET_ACCESS_KEY '…'`),
 * a secret resource's value in a Terraform plan and on secret-store command lines (`string_value`,
 * `--string-value`, `--secret-string`), a Confluent Cloud API key as the SASL/PLAIN or Schema
 * Registry user, an API key given as the basic-auth user (`curl -u <key>:<secret>`), a MinIO client
 * alias's access key, an Informatica parameter file's `$$…_PWD=`, an ODBC braced value
 * (`PWD={…; …}`), and a password quoted whole after `password is` in a chat line.
 */

/** A generated key or secret: 12+ characters, a digit and a letter, not a placeholder or a reference, not one character repeated. */
const generated = (v: string): boolean =>
  v.length >= 12 && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(.)\1+$/.test(v) && !isPlaceholder(v) && !isVariableReference(v) && !/^[$%{<[]/.test(v);

/** A value given on a command line or in a plan: no reference (`${…}`, `$(…)`, `$VAR`), no placeholder, no plan mask. */
const literalSecret = (v: string): boolean =>
  !/^\$|\$\{|\$\(|\{\{|^\(sensitive|^<|^var\.|^data\./.test(v) && secretValueOk('secret', v);

/** The text from the start of the `n`th line before the one holding `at` up to `at`. */
const linesBefore = (text: string, at: number, n: number): string => {
  let from = text.lastIndexOf('\n', at - 1);
  for (let i = 0; i < n && from > 0; i++) from = text.lastIndexOf('\n', from - 1);
  return text.slice(from + 1, at);
};

export const WAREHOUSE_R39_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sql-credential-clause',
    name: "Key id or secret in a SQL credential clause (DuckDB `CREATE SECRET … KEY_ID '…', SECRET '…'`, Redshift `COPY … SECRET_ACCESS_KEY '…'`)",
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.85,
    // The parameter names are case-sensitive capitals as the engines document and write them; a statement may span lines.
    keywords: ["key_id '", "secret '", "session_token '", "secret_access_key '", "account_key '", "client_secret '", "key_id  '", "secret  '"],
    span: 1300, // the window starts a few lines above the hit's line: a `CREATE SECRET (` over several lines
    spanBack: 6,
    pattern: /(?<![\w.$])(?:KEY_ID|SECRET|SESSION_TOKEN|SECRET_ACCESS_KEY|ACCESS_KEY_ID|ACCOUNT_KEY|CLIENT_SECRET)[ \t]{1,12}'(?<v>[^'\s]{12,1200})'/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!generated(v)) return false;
      // A SQL statement holds the clause: the line or the five lines before (inside the window) name the statement or another credential parameter.
      const before = linesBefore(ctx.text, ctx.start, 5);
      return /\b(?:CREATE (?:OR REPLACE )?(?:PERSISTENT |TEMPORARY )?SECRET|COPY|UNLOAD|TYPE\s+\w+\s*,|CREDENTIALS|ACCESS_KEY_ID|KEY_ID)\b/i.test(before);
    },
    remediation: 'Rotate the key, and give the engine a role, an instance profile or a credential chain instead of literal keys in SQL',
  }),
  defineDetector({
    id: 'secret-string-value',
    name: 'Secret value of a secret-store resource or command (Terraform `string_value =`, `--string-value`, `--secret-string`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.85,
    keywords: ['string_value', 'string-value', 'secret_string', 'secret-string'],
    pattern:
      /(?:\b(?:string_value|secret_string)\s{0,20}=\s{0,3}"(?<v>[^"\r\n]{6,1024})"|--(?:string-value|secret-string)(?:=|\s{1,3})(?:'(?<w>[^'\r\n]{4,1024})'|"?(?<u>[^\s"']{4,1024})"?))/,
    mask: 'full',
    validate: literalSecret,
    remediation: 'Rotate the secret, mark the Terraform variable sensitive, and pass secret values from a file or stdin, not the command line',
  }),
  defineDetector({
    id: 'confluent-api-key-user',
    name: 'Confluent Cloud API key as the SASL/PLAIN or Schema Registry user (`username="…"`, `basic.auth.user.info=KEY:…`, `https://KEY:…@…confluent.cloud`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['plainloginmodule', 'username="', 'username=\\"', 'user.info=', 'sasl.username', 'confluent.cloud'],
    span: 300, // a JAAS section names its login module on the line above the username
    spanBack: 3,
    // A Confluent Cloud API key: 16 capitals and digits.
    pattern:
      /(?:\busername\s?=\s?\\{0,3}["']|\buser\.info\s?[=:]\s?["']?|\bsasl\.username\s?[=:]\s?["']?)(?<v>[A-Z0-9]{16})(?=\\{0,3}["']|:)|https?:\/\/(?<w>[A-Z0-9]{16})(?=:[^\s@/]{8,256}@[\w.-]{0,200}\.confluent\.cloud\b)/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/\d/.test(v) || (v.match(/[A-Z]/g)?.length ?? 0) < 4) return false;
      // The match itself, or its line and the two lines before (inside the window), name SASL/PLAIN or Confluent.
      return /PlainLoginModule|confluent|basic\.auth\.user\.info|sasl\.(?:username|mechanism)/i.test(linesBefore(ctx.text, ctx.start, 2)) || /^https?:/.test(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
    },
    remediation: 'Delete the API key in Confluent Cloud, create a new one and keep it in the connector secret store',
  }),
  defineDetector({
    id: 'basic-auth-user-api-key',
    name: 'API key given as the basic-auth user (`curl -u <key>:<secret>`: Amplitude, Mixpanel, Mode, Chartio-style exports)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: [' -u ', ' -u', ' --user ', ' --user='],
    pattern: /(?<![\w-])(?:-u|--user)(?:=|\s{0,3})["']?(?<v>[0-9a-f]{32,64}|[0-9A-Za-z]{28,64})(?=:[^\s:"']{8,})/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/\d/.test(v) || !/[A-Za-z]/.test(v) || isPlaceholder(v)) return false;
      const line0 = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      return /\bcurl\b|\bhttp(?:ie)?\b|\bwget\b/.test(ctx.text.slice(line0, ctx.start));
    },
    remediation: 'Rotate the API key and secret, and read them from a netrc or a secret store rather than the command line',
  }),
  defineDetector({
    id: 'minio-alias-access-key',
    name: 'Access key of a MinIO client alias (`mc alias set NAME URL ACCESS_KEY SECRET_KEY`)',
    category: 'credential',
    severity: 'high',
    priority: 48,
    confidence: 0.8,
    keywords: ['mc alias set', 'mc config host add', 'mc alias add'],
    pattern: /\bmc (?:alias (?:set|add)|config host add) [\w.-]{1,64} \S{4,256} ["']?(?<v>[^\s"'$]{3,128})["']? ["']?[^\s"'$]{8,}/,
    mask: 'full',
    validate: (v) => !isPlaceholder(v) && !/^(?:minioadmin|admin|root|user|access[_-]?key)$/i.test(v) && /[a-z0-9]/i.test(v),
    remediation: 'Remove the access key (mc admin user svcacct rm), create a new one and configure aliases from the environment (MC_HOST_<alias>)',
  }),
  defineDetector({
    id: 'informatica-param-password',
    name: 'Password in an Informatica parameter file (a mapping parameter such as `SRC_PWD=…` after its two dollar signs)',
    category: 'credential',
    severity: 'high',
    priority: 48,
    confidence: 0.85,
    keywords: ['$$'],
    lineStart: true,
    pattern: /(?:^|(?<=\n))\$\$(?<k>[A-Za-z][\w.]{0,80})[ \t]{0,2}=[ \t]{0,2}(?<v>[^\s]{4,256})[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      return kind !== null && !/^\$/.test(v) && secretValueOk(kind, v);
    },
    remediation: 'Change the password and keep it in an Informatica connection object or an encrypted parameter ($Param with pmpasswd), not in the parameter file',
  }),
  defineDetector({
    id: 'odbc-braced-password',
    name: 'ODBC password in braces after `PWD=` or `Password=`: the braces let it hold `;` and spaces',
    category: 'credential',
    severity: 'high',
    priority: 41, // over the generic password-assignment (40), which stops at the `;`
    confidence: 0.85,
    keywords: ['pwd={', 'pwd = {', 'password={', 'password = {'],
    // Not a template's slot: `password={{ vault_pw }}` (Jinja, Go templates, Handlebars), `{% … %}`, `{${DB_PASS}}`;
    // a password that itself opens with `{` or `%` is given up.
    pattern: /\b(?:PWD|Pwd|pwd|Password|PASSWORD|password)\s?=\s?\{(?![{%]|\$\{)(?<v>[^}\r\n]{1,256})\}/,
    mask: 'full',
    validate: (v) => v.trim().length >= 4 && secretValueOk('password', v.trim()),
    remediation: 'Change the password and keep it out of the DSN (use the driver\'s credential store or a key pair)',
  }),
  defineDetector({
    id: 'prose-password-quoted-whole',
    name: 'Password quoted whole in a chat line (`the pg password is "… …"`): a quoted value may hold spaces',
    category: 'credential',
    severity: 'high',
    priority: 39, // over prose-password (38), which stops at the first space
    confidence: 0.75,
    keywords: ['password is', 'password was', 'password now', 'passphrase is', 'pw is', 'pwd is'],
    pattern: /\b(?:password|passphrase|pw|pwd) (?:is|was)(?: now)?:?[ \t]{1,3}"(?<v>[^"\r\n]{6,128})"/i,
    mask: 'full',
    validate: (v) => pwShape(v.replace(/ /g, '')) && !isPlaceholder(v),
    remediation: 'Change this password and share credentials through the password manager, not chat',
  }),
  defineDetector({
    id: 'looker-api-client-id',
    name: 'Looker API client id in a `looker.ini` section or `LOOKERSDK_CLIENT_ID` (the half of the API3 key pair the SDK sends with its secret)',
    category: 'credential',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['[looker]', 'lookersdk_client_id'],
    span: 600, // the section header's window reaches the section's keys
    // Looker API3 client ids: 20 letters and digits.
    pattern: /(?:\[Looker\][^[]{0,500}?\bclient_id[ \t]{0,3}[=:][ \t]{0,3}|\bLOOKERSDK_CLIENT_ID[ \t]{0,3}[=:][ \t]{0,3}["']?)(?<v>[A-Za-z0-9]{20})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && !isPlaceholder(v),
    remediation: 'Delete the API3 key pair in Looker (Admin > Users > API keys), create a new one and keep looker.ini out of repositories and logs',
  }),
  defineDetector({
    id: 'netrc-api-login-key',
    name: 'API key as the login of a `.netrc` entry for an API host (`machine api.… login <key> password <secret>`)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.75,
    keywords: ['machine api.', 'machine api-'],
    pattern: /\bmachine[ \t]+api[.-][\w.-]{2,200}[ \t]+login[ \t]+(?<v>[A-Za-z0-9_-]{16,128})(?=[ \t]+password[ \t])/,
    mask: 'full',
    // A generated key: letters of both cases or hex, and a digit; not a username (`etl_loader`, `svc-fivetran`).
    validate: (v) => /\d/.test(v) && (/[a-z]/.test(v) && /[A-Z]/.test(v) || /^[0-9a-f]{24,}$/.test(v)) && !isPlaceholder(v) && !/[_-][a-z]+$/i.test(v),
    remediation: 'Rotate the API key and secret; a .netrc file belongs in the home directory with mode 0600, not in logs',
  }),
];
