import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { decodeHtmlEntities } from '../encoded-text';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';

/** The value under the match's key (`k`) when the key names a password or a secret and the value can be one. */
function underSecretKey(v: string, ctx: MatchContext): boolean {
  const kind = secretKeyKind(ctx.key ?? '');
  return kind !== null && secretValueOk(kind, v);
}

/**
 * A file path (`/home/ci/.ssh/id_ed25519`, `./secrets/key.txt`, `C:\\keys\\app.pfx`): where a secret is kept, not the secret.
 * Base64 key material that happens to start with `/` (an Azure storage key: 88 characters, mixed case, digits) is no path.
 */
function isPath(v: string): boolean {
  if (isBase64Key(v)) return false;
  return /^(?:~|\.{1,2})?[/\\]|^[A-Za-z]:\\/.test(v) || /^[\w.-]+[/\\][\w./\\-]*\.(?:txt|pem|key|json|jks|p12|pfx|crt|env|ya?ml)$/i.test(v);
}

/** Base64 of 30+ bytes (a whole number of quads) with upper and lower case letters and digits: key material, whatever it starts with. */
function isBase64Key(v: string): boolean {
  return v.length >= 40 && v.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v);
}

/** underSecretKey, and not a file path. */
function underSecretKeyNotPath(v: string, ctx: MatchContext): boolean {
  return !isPath(v) && underSecretKey(v, ctx);
}

/** Words a PowerShell parameter or a wrapped field name ends in when it holds a secret. */
const SECRET_END = String.raw`(?:key|secret|token|password|passwd|passphrase|pwd|credential|credentials|sas)`;

/**
 * Column `i` (0-based) of the list `cols` (`id, "client_secret", created_at`), or null. Names
 * are unquoted (`"x"`, `` `x` ``, `[x]`) and qualified names keep their last part.
 */
function columnAt(cols: string, i: number): string | null {
  const names = cols.split(',');
  const name = names[i]?.trim().replace(/^["`[]|["`\]]$/g, '');
  return name === undefined || name === '' ? null : (name.split('.').pop() ?? null);
}

/**
 * The 0-based position of the value starting at `at` in the SQL VALUES list that opens at `open`
 * (the index after its `(`): top-level commas before it, outside quotes and nested calls; -1
 * when the value is inside a nested call or the text between holds a `)` closing the list.
 */
function valueIndex(text: string, open: number, at: number): number {
  let depth = 0;
  let commas = 0;
  let quote = 0;
  for (let i = open; i < at - 1; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        // SQL doubles a quote inside a literal (`'it''s'`).
        if (text.charCodeAt(i + 1) === quote) i++;
        else quote = 0;
      }
      continue;
    }
    if (c === 39 || c === 34) quote = c;
    else if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return -1;
      depth--;
    } else if (c === 44 && depth === 0) commas++;
  }
  return depth === 0 ? commas : -1;
}

/**
 * The column a quoted literal of `INSERT INTO t (cols) VALUES (…)` at `at` in `text` goes to, or
 * null: the statement must end its VALUES list's first row after no more than 2 000 characters.
 */
function insertColumn(text: string, at: number): string | null {
  const head = text.slice(Math.max(0, at - 2400), at);
  const m = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]]{1,128}\s*\((?<cols>[^()]{1,1500})\)\s*values\s*\(/gi;
  let last: RegExpExecArray | null = null;
  for (let x = m.exec(head); x !== null; x = m.exec(head)) last = x;
  if (last === null) return null;
  let open = last.index + last[0].length;
  // Round r41: a multi-row VALUES list (`VALUES\n  (…),\n  (…)`): the value's row is the one whose `(` comes last.
  for (let row = 0; row < 200; row++) {
    const close = rowClose(head, open);
    if (close < 0) break;
    const next = /^\s*,\s*\(/.exec(head.slice(close + 1, close + 40));
    if (next === null) return null;
    open = close + 1 + next[0].length;
  }
  const i = valueIndex(head, open, head.length + 1);
  return i < 0 ? null : columnAt(last.groups!['cols']!, i);
}

/** The index of the `)` closing the VALUES row that opens at `open` (quotes and nested calls skipped), or -1 when `text` ends first. */
function rowClose(text: string, open: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        if (text.charCodeAt(i + 1) === quote) i++;
        else quote = 0;
      }
      continue;
    }
    if (c === 39 || c === 34) quote = c;
    else if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The column a Hibernate bound parameter (`binding parameter [2] as [VARCHAR] - [v]`, Hibernate 6's
 * `binding parameter (2:VARCHAR) <- [v]`) goes to: the parameter's position among the `?` of the
 * last `insert into t (cols) values (?, …)` or `update t set a=?, b=? where …` printed before it.
 */
function boundColumn(text: string, at: number, n: number): string | null {
  const head = text.slice(Math.max(0, at - 4000), at);
  const re = /\binsert\s+into\s+[\w."`[\]]{1,128}\s*\((?<cols>[^()]{1,1500})\)\s*values\b|\bupdate\s+[\w."`[\]]{1,128}\s+set\s+(?<sets>[^\n]{1,1500}?)(?:\s+where\b|$)/gim;
  let last: RegExpExecArray | null = null;
  for (let x = re.exec(head); x !== null; x = re.exec(head)) last = x;
  if (last === null) return null;
  const cols = last.groups!['cols'];
  if (cols !== undefined) return columnAt(cols, n - 1);
  // `set a=?, b=now(), c=?`: the n-th `?` counts only placeholders.
  const sets = last.groups!['sets']!.split(',');
  let q = 0;
  for (const s of sets) {
    const eq = /^\s*([\w."`[\]]+)\s*=\s*\?\s*$/.exec(s);
    if (eq && ++q === n) return columnAt(eq[1]!, 0);
  }
  return null;
}

/**
 * Secrets in the forms SDKs, HTTP clients, ORMs and shells print when an integration fails (blind
 * set 16's theme, written from set 15's misses as classes): PowerShell named parameters
 * (`Set-AWSCredential -SecretKey …`, `New-AzStorageContext -StorageAccountKey …`), fields wrapped
 * in an option type by Rust's, Scala's and Java's debug output (`password: Some("…")`,
 * `token=Optional[…]`), SQL INSERT values and Hibernate bound parameters under a secret column,
 * and Postman's `apikey` auth entries.
 */
export const SDK_DUMP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'powershell-secret-parameter',
    name: 'Secret passed as a PowerShell named parameter',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    // `-SecretKey v`, `-StorageAccountKey "v"`, `-NuGetApiKey v`, `-Password 'v'`: the name ends in a secret word, then a space.
    keywords: ['key ', 'secret ', 'token ', 'password ', 'passwd ', 'passphrase ', 'pwd ', 'credential ', 'sas '],
    precheck: { re: /(?:^|[\s(])-[A-Za-z]{0,40}(?:key|secret|token|password|passwd|passphrase|pwd|credential|sas) {1,3}["']?[^\s"'$-]/i, reach: 1 },
    // PowerShell's own single dash and PascalCase names; a `--flag value` is cli-flag-secret's.
    pattern: new RegExp(String.raw`(?<=^|[\s(])-(?<k>[A-Za-z]{0,40}${SECRET_END}) {1,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s"'$(\-][^\s"'()]{0,511}))`, 'i'),
    mask: 'full',
    validate: underSecretKeyNotPath,
    remediation: 'Rotate this secret and read it from a SecretManagement vault or the environment, not a command-line argument',
  }),
  defineDetector({
    id: 'option-wrapped-secret',
    name: 'Secret inside an option value (Rust Some, Java Optional) in a debug dump',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    // Rust `{:?}` and Scala's toString print `Some("…")`/`Some(…)`, Java `Optional[…]`, Haskell `Just "…"`.
    // The OpenTelemetry Collector's debug exporter prints attributes as `-> key: Str(v)`, `-> key: Slice(["v"])`.
    keywords: ['some(', 'optional[', 'just "', ': str(', ': slice(['],
    pattern: new RegExp(
      String.raw`(?<![\w.-])["']?(?<k>(?:[A-Za-z_][\w.-]{0,60}?)?${SECRET_END})["']?\s{0,2}(?::|=|->)\s{0,2}(?:Some\s?\(|Optional\[|Just |Str\(|Slice\(\[)\s{0,2}(?:\\{0,3}"(?<v>[^"\\\r\n]{1,512})\\{0,3}"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s"'()\[\],]{1,512}))\s{0,2}[)\]]?`,
      'i',
    ),
    mask: 'full',
    validate: underSecretKey,
    remediation: 'Rotate this secret and wrap it in a type whose Debug/toString prints a mask (secrecy::SecretString, a redacting toString)',
  }),
  defineDetector({
    id: 'sql-insert-secret-column',
    name: 'Secret in an SQL INSERT under a secret column',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['insert into', 'insert ignore into'],
    // Round r41: the rows of a multi-row INSERT follow on the lines below (`VALUES\n  (…),\n  (…);`).
    span: 2000,
    // Each quoted literal on the line; validation finds the VALUES list and the column it goes to.
    pattern: /'(?<v>(?:[^'\r\n\\]|''){6,512})'/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = insertColumn(ctx.text, ctx.start);
      const kind = col === null ? null : secretKeyKind(col);
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret, store only its hash or an encrypted form, and stop logging SQL with its values',
  }),
  defineDetector({
    id: 'hibernate-bound-secret',
    name: 'Secret bound to a secret column in an ORM SQL log (Hibernate, JdbcTemplate, MyBatis)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    // The statement line starts the window and its parameter lines follow: Hibernate (`Hibernate: insert into …`,
    // `org.hibernate.SQL : update …`), Spring's JdbcTemplate (`Executing prepared SQL statement [insert into …]`),
    // MyBatis (`==>  Preparing: insert into …`).
    keywords: ['hibernate', 'prepared sql statement', 'preparing: '],
    span: 3000,
    // Hibernate 5 `binding parameter [2] as [VARCHAR] - [v]`, Hibernate 6 `binding parameter (2:VARCHAR) <- [v]`,
    // StatementCreatorUtils `column index 2, parameter value [v]`, MyBatis `==> Parameters: a(String), v(String)`.
    pattern:
      /(?:binding parameter (?:\[\d{1,3}\] as \[\w{1,30}\] - |\(\d{1,3}:\w{1,30}\) <- )\[|column index \d{1,3}, parameter value \[)(?<v>[^\]\r\n]{6,512})\]|(?<=Parameters: |\), )(?<w>[^,()\r\n]{6,512})\(\w{1,30}\)/,
    mask: 'full',
    validate: (v, ctx) => {
      const at = ctx.matchStart ?? ctx.start;
      const head = ctx.text.slice(at, ctx.start);
      let n = Number(/(?:binding parameter (?:\[|\()|column index )(\d+)/.exec(head)?.[1] ?? 0);
      if (n === 0) {
        // MyBatis: the value's place in the `Parameters:` list.
        const line = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('\n', at) + 1), ctx.start);
        const list = line.lastIndexOf('Parameters: ');
        if (list < 0) return false;
        n = (line.slice(list).match(/\(\w{1,30}\), /g)?.length ?? 0) + 1;
      }
      const col = n > 0 ? boundColumn(ctx.text, at, n) : null;
      const kind = col === null ? null : secretKeyKind(col);
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and turn off logging of bound parameters (org.hibernate.orm.jdbc.bind, BasicBinder, StatementCreatorUtils, MyBatis DEBUG)',
  }),
  defineDetector({
    id: 'postman-apikey-value',
    name: 'API key in a Postman or Insomnia auth entry',
    category: 'credential',
    severity: 'high',
    priority: 45,
    keywords: ['"apikey"'],
    // Postman collection v2.1: `"auth":{"type":"apikey","apikey":[{"key":"value","value":"<key>",…},{"key":"key","value":"X-API-Key"}]}`.
    pattern: /"apikey"\s{0,3}:\s{0,3}\[[^\]]{0,400}?\{\s{0,3}"key"\s{0,3}:\s{0,3}"value"\s{0,3},\s{0,3}"value"\s{0,3}:\s{0,3}"(?<v>[^"\\\r\n]{8,512})"/,
    mask: 'full',
    validate: (v) => secretValueOk('secret', v),
    remediation: 'Rotate this API key and keep it in a Postman vault or environment secret, not the exported collection',
  }),
  defineDetector({
    id: 'base64-pem-private-key',
    name: 'Base64-encoded PEM private key (Kubernetes Secret, kubeconfig, CI variable)',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    // `LS0tLS1CRUdJTi` is `-----BEGIN` in base64: `tls.key: LS0t…`, `client-key-data: LS0t…`, `SSH_KEY_B64=LS0t…`.
    keywords: ['ls0tls1crudjti'],
    needs: ['LS0tLS1CRUdJTi'],
    pattern: /(?<![\w+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16000}={0,2}(?![\w+/=])/,
    mask: 'full',
    // Only a private key: a certificate or public key (`certificate-authority-data`, `tls.crt`) is no secret.
    validate: (v) => /^-----BEGIN [A-Z0-9 ]{0,20}PRIVATE KEY( BLOCK)?-----/.test(Buffer.from(v.slice(0, 80), 'base64').toString('latin1')),
    remediation: 'Replace this key pair (issue a new certificate or deploy key), revoke the old one, and keep the Secret out of logs and manifests in git',
  }),
  defineDetector({
    id: 'bracket-key-secret',
    name: 'Secret in a bracketed form field (Rails, PHP, Stripe-style)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    // Rails, PHP and Stripe-style nested form fields, raw or URL-encoded: `user[password]=…`, `user%5Bpassword%5D=…`,
    // `config[api_key]=…`; Rails' params log prints them decoded, access logs and form bodies encoded.
    keywords: [']=', '%5d='],
    pattern: /(?:\[|%5B)(?<k>[A-Za-z_][\w.-]{0,60})(?:\]|%5D)(?:\[\]|%5B%5D)?=(?<v>(?:[^&\s"'<>#\\%]|%(?!26)[0-9A-Fa-f]{2}){1,512})/i,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      if (kind === null) return false;
      let plain = v;
      try {
        plain = decodeURIComponent(v.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: judge the raw value
      }
      return secretValueOk(kind, plain);
    },
    remediation: 'Change this password or rotate this secret, and filter the parameter from request logs (Rails filter_parameters, PHP log processors)',
  }),
  defineDetector({
    id: 'erlang-binary-secret',
    name: 'Secret in an Erlang or Elixir binary tuple',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: [',<<"', ', <<"', ',<<\\"', ', <<\\"'],
    // Proplists and tuples as crash reports and `io:format("~p")` print them: `{password,<<"…">>}`, `{<<"api_key">>, <<"…">>}`.
    pattern: /\{\s{0,2}(?:<<\\{0,3}"(?<k>[A-Za-z_][\w.-]{0,60})\\{0,3}">>|'(?<q>[^'\r\n]{1,60})'|(?<a>[a-z_][\w@]{0,60}))\s{0,2},\s{0,2}<<\\{0,3}"(?<v>[^"\\\r\n]{1,512})\\{0,3}">>\s{0,2}\}/,
    mask: 'full',
    validate: (v, ctx) => {
      const m = /\{\s{0,2}(?:<<\\{0,3}"([^"\\]+)\\{0,3}">>|'([^']+)'|([a-z_][\w@]*))/.exec(ctx.text.slice(ctx.matchStart ?? 0, ctx.start));
      const kind = secretKeyKind(m?.[1] ?? m?.[2] ?? m?.[3] ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Change this password or rotate this secret and keep it out of crash reports (format_status/1, a redacting logger filter)',
  }),
  defineDetector({
    id: 'github-actions-mask-value',
    name: 'Secret registered with ::add-mask:: in a GitHub Actions log',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['::add-mask::'],
    // The runner masks the value in later output, but the echo command itself is logged when the step runs with debug
    // or the value was computed in the same line: the value of add-mask is a secret by its author's word.
    pattern: /::add-mask::(?<v>[^\s"'$`]{6,1024})/,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Rotate this secret, and mask it before any step prints it (set it from a secret or an output, not an echoed literal)',
  }),
  defineDetector({
    id: 'argv-list-secret',
    name: 'Secret after its flag in a printed argument list',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: ['-pass', '-pwd', '-token', '-secret', '-key', '-credential', '-auth', `-u'`, '-u"', `--user'`, '--user"'],
    // The flag and its value as separate quoted items: Python's CalledProcessError (`['pg_dump', '--password', '…']`),
    // Sentry's `sys.argv`, a container's `"Cmd"`/`args: ["--token", "…"]`, Node's `spawn` arguments.
    precheck: { re: /(?:-(?:[a-z][\w-]{0,40})?(?:pass(?:word|wd|phrase)?|pwd|token|secret|key|credentials?|auth)|(?:^|[^\w-])-u|--user)\\{0,3}["']\s{0,2},/i, reach: 48 },
    // curl's `'-u', 'user:password'`: the part after the first colon.
    pattern: /(?<q>\\{0,3}["'])(?:(?:-u|--user)\k<q>\s{0,2},\s{0,2}(?<s>\\{0,3}["'])[^"':\s]{1,128}:(?<w>[^"'\\\r\n]{1,256})\k<s>|--?(?<k>[A-Za-z][\w-]{0,40})\k<q>\s{0,2},\s{0,2}(?<r>\\{0,3}["'])(?<v>[^"'\\\r\n]{1,512})\k<r>)/,
    mask: 'full',
    validate: (v, ctx) => (ctx.key === undefined ? secretValueOk('password', v) : underSecretKeyNotPath(v, ctx)),
    remediation: 'Rotate this secret and pass it to the process through the environment or a file, not its arguments',
  }),
  defineDetector({
    id: 'django-debug-local-secret',
    name: 'Secret in a Django debug page variable table',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    // Django's technical 500 page lists frame locals and request data as `<td>api_key</td>` then, on the
    // next line, `<td class="code"><pre>&#x27;…&#x27;</pre></td>`: the name's line starts the window.
    keywords: ['</td>'],
    span: 300,
    // The value's own characters escaped as entities (`KnL&#x2F;uh0&quot;ZBy` inside `&#39;…&#39;`) are read decoded.
    pattern: /<td>(?<k>[A-Za-z_][\w.-]{0,60})<\/td>\s{0,40}<td class="code"><pre>(?<q>&#x27;|&#39;|&quot;|'|")(?<v>(?:(?!\k<q>)(?:[^<&\r\n]|&#?[A-Za-z0-9]{1,8};)){1,512})\k<q><\/pre>/,
    mask: 'full',
    validate: (v, ctx) => underSecretKey(v.includes('&') ? decodeHtmlEntities(v) : v, ctx),
    remediation: 'Rotate this secret, set DEBUG = False in production and mark the function with @sensitive_variables',
  }),
];
