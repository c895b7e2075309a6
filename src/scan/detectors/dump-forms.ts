import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPublicClientKey } from '../public-values';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

/** Validates a value under the match's key (group `k`): the key names a secret, the value can be one. */
function underKey(v: string, ctx: MatchContext): boolean {
  const kind = secretKeyKind(ctx.key ?? '');
  // A public-by-design client key (`client_key='Mid-client-…'`) is no secret of the dump.
  return kind !== null && secretValueOk(kind, v.trim()) && !isPublicClientKey(ctx.key ?? '', v.trim().replace(/^["']|["']$/g, ''));
}

/** A PHP `var_dump` string: the value is exactly as long as `string(N)` says (it may hold quotes). */
function varDumpValue(v: string, ctx: MatchContext): boolean | { ok: boolean; trimEnd: number } {
  const n = /string\((\d{1,5})\)\s?"$/.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1];
  const len = n === undefined ? v.length : Math.min(v.length, Number(n));
  return underKey(v.slice(0, len), ctx) ? { ok: true, trimEnd: len } : false;
}

/** Private members of a JSON Web Key: `d` (RSA, EC, OKP), the RSA primes and CRT values, `k` (symmetric). */
const JWK_MEMBER = String.raw`(?:d|p|q|dp|dq|qi|k)`;

/** Secrets in the dump formats of runtimes and tools: var_dump/print_r, JWKs, secret-manager payloads, XML with attributes. */
export const DUMP_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'php-var-dump-secret',
    name: 'Secret in PHP var_dump output',
    category: 'credential',
    severity: 'high',
    priority: 44,
    keywords: ['"]=>', '"] =>', 'private]=>', 'protected]=>'],
    span: 300,
    // `["password"]=>\n  string(12) "…"`, `["apiKey":protected]=> string(40) "…"`, `["token":"App\Client":private]=>`.
    pattern: /\[["'](?<k>[A-Za-z_][\w.-]{0,63})["'](?::(?:"[\w\\]{1,128}":)?(?:private|protected))?\]\s?=>\s{0,40}string\(\d{1,5}\)\s?"(?<v>[^\r\n]{1,1024})"/,
    mask: 'full',
    validate: varDumpValue,
    remediation: 'Change this secret and stop dumping configuration objects into logs',
  }),
  defineDetector({
    id: 'php-print-r-secret',
    name: 'Secret in PHP print_r output',
    category: 'credential',
    severity: 'high',
    priority: 44,
    keywords: ['] =>'],
    // `[password] => …` to the end of the line, or to the next `[key] =>` / `)` when print_r output was joined on one line.
    pattern: /\[(?<k>[A-Za-z_][\w.-]{0,63})(?::(?:[\w\\]{1,128}:)?(?:private|protected))?\] => (?<v>[^\s\[\]()][^\r\n]{0,1023}?)(?=[ \t]+\[[\w:\\]{1,160}\] =>|[ \t]+\)|[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: underKey,
    remediation: 'Change this secret and stop dumping configuration objects into logs',
  }),
  defineDetector({
    id: 'tostring-secret',
    name: 'Secret in a toString() dump (Java, Kotlin, Lombok)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    keywords: ['password=', 'passwd=', 'pwd=', 'secret=', 'token=', 'key=', 'credential=', 'credentials='],
    // `DataSourceConfig{url=…, password=p&ss;w0rd, poolSize=10}`, `Creds(user=app, apiToken=…)`: the value runs to `, next=` or the brace.
    pattern: /[{(,][ \t]?(?<k>[A-Za-z_]\w{0,63})=(?<v>[^\s{}()][^\r\n]{0,255}?)(?=, [A-Za-z_]\w{0,63}=|[})](?:$|[\s,;)}\]]))/,
    needs: ['{', '(', ','], // every match starts with one (most `key=` lines of a log hold none)
    mask: 'full',
    validate: (v, ctx) => /[A-Z][\w$.]{0,60}[{(]/.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 600), ctx.matchStart ?? ctx.start + 1)) && underKey(v, ctx),
    remediation: 'Change this secret and exclude it from toString() (Lombok @ToString.Exclude, a masked record field)',
  }),
  defineDetector({
    id: 'jwk-private-key',
    name: 'Private or symmetric JSON Web Key member',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    keywords: ['kty'],
    span: 4000,
    // `{"kty":"EC",…,"d":"…"}`, YAML `kty: OKP` … `d: …`, RSA `p`/`q`/`dp`/`dq`/`qi`, `{"kty":"oct","k":"…"}`.
    pattern: new RegExp(String.raw`(?<![\w-])["']?${JWK_MEMBER}["']?[ \t]{0,3}:[ \t]{0,3}["']?(?<v>[A-Za-z0-9_-]{20,1400})(?![\w=+/-])`),
    validate: (v, ctx) => /kty/.test(ctx.text) && !isLowEntropy(v) && generated(v),
    remediation: 'Replace this key pair (publish a new JWK, retire the old kid) and keep private JWKs out of logs',
  }),
  defineDetector({
    id: 'secret-manager-payload',
    name: 'Secret Manager payload (base64 data)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    keywords: ['payload'],
    span: 8192,
    // GCP `accessSecretVersion` JSON `{"payload":{"data":"…"}}` and `gcloud secrets versions access --format=yaml` output.
    pattern: /payload["']?\s{0,3}[:=]\s{0,3}\{?\s{0,40}["']?data["']?\s{0,3}:\s{0,3}["']?(?<v>[A-Za-z0-9+/]{8,8000}={0,2})(?![\w+/=-])/,
    validate: (v) => v.length % 4 === 0 && !isLowEntropy(v) && /[\x20-\x7e]{4}/.test(Buffer.from(v, 'base64').toString('latin1')),
    remediation: 'Add a new version of this secret, disable the logged one, and stop logging Secret Manager responses',
  }),
  defineDetector({
    id: 'xml-secret-element-attributes',
    name: 'Secret in an XML element with attributes (WS-Security, SOAP)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    keywords: ['password ', 'pass ', 'secret ', 'token ', 'key ', 'pwd '],
    // `<wsse:Password Type="…#PasswordText">…</wsse:Password>`, `<password xsi:type="xsd:string">…</password>`.
    pattern: /<(?<k>[A-Za-z_][\w.:-]{0,63})\s(?<a>[^<>]{1,400})>(?<v>[^<>\r\n]{1,512})<\/\k<k>>/,
    mask: 'full',
    // A `PasswordDigest` is a per-request hash of nonce, time and password, not the password.
    validate: (v, ctx) => !/PasswordDigest/.test(ctx.text.slice(ctx.matchStart ?? 0, ctx.start)) && underKey(v, ctx),
    remediation: 'Change this password and stop logging SOAP envelopes with their security headers',
  }),
  defineDetector({
    id: 'go-mysql-dsn-password',
    name: 'Password in a Go MySQL DSN',
    category: 'credential',
    severity: 'critical',
    priority: 66,
    keywords: ['@tcp(', '@unix(', '@tcp6('],
    // `user:pass@tcp(host:3306)/db?parseTime=true` (go-sql-driver/mysql), `user:pass@unix(/run/mysqld.sock)/db`.
    pattern: /(?<![\w.:/@-])[\w.+-]{1,64}:(?<v>[^\s"'`]{1,128}?)@(?:tcp6?|unix)\(/,
    mask: 'full',
    validate: (v) => !/^\$\{?\w+\}?$/.test(v) && !/^\*+$/.test(v),
    remediation: 'Change this database password and build the DSN from a secret store, not a logged string',
  }),
];
