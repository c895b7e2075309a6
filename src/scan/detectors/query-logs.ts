import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { boundColumn } from '../sql-binds';

/** How far a `DETAIL:  parameters:` line may follow its statement. */
const BIND_REACH = 2000;

/** The secret bound as `$n` (the match's start) when the statement above binds it to a secret column. */
function boundToSecret(v: string, ctx: MatchContext): boolean {
  const at = ctx.matchStart ?? ctx.start;
  const n = /^\$(\d{1,3})/.exec(ctx.text.slice(at, at + 5))?.[1];
  if (n === undefined) return false;
  const before = ctx.text.slice(Math.max(0, at - BIND_REACH), at);
  const exec = before.lastIndexOf('execute ');
  if (exec < 0) return false;
  const stmt = before.slice(before.indexOf(': ', exec) + 2);
  const col = boundColumn(stmt.slice(0, stmt.search(/\n\S*\s?(?:DETAIL|\d{4}-\d\d-\d\d)/) >>> 0), n);
  const kind = col === null ? null : secretKeyKind(col);
  return kind !== null && secretValueOk(kind, v.replace(/''/g, "'"));
}

/** Secrets in database query logs and change-data-capture records that name their column apart from the value. */
export const QUERY_LOG_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'postgres-bind-secret',
    name: 'Secret bound to a secret column in a Postgres statement log',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    // `LOG:  execute <unnamed>: SELECT … WHERE email = $1 AND password = $2` then `DETAIL:  parameters: $1 = 'ops', $2 = '…'`.
    keywords: ['log:  execute ', 'ms  execute '],
    span: BIND_REACH,
    pattern: /(?<=parameters: (?:\$\d{1,3} = (?:'(?:[^'\n]|''){0,256}'|NULL), ){0,40})\$\d{1,3} = '(?<v>(?:[^'\n]|''){1,256})'/,
    mask: 'full',
    validate: boundToSecret,
    remediation: 'Rotate this secret, store only its hash, and lower log_statement / log_min_duration_statement so bind values are not logged',
  }),
  defineDetector({
    id: 'typed-json-secret',
    name: 'Secret in a typed JSON field (Avro union, DynamoDB stream image, SQS/SNS message attribute)',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    // Kafka Connect / Debezium JSON of Avro unions (`"password":{"string":"…"}`) and DynamoDB Streams images
    // (`"api_key":{"S":"…"}`), also JSON-escaped inside a queue body.
    // The type name with its quotes, as written plain and JSON-escaped (any number of backslashes ends in `\"`).
    keywords: ['"string"', '\\"string\\', '"s"', '\\"s\\', '"stringvalue"', '\\"stringvalue\\'],
    // SQS/SNS message attributes too: `"apiKey":{"stringValue":"…","dataType":"String"}`, `"token":{"DataType":"String","StringValue":"…"}`.
    pattern: /\\{0,3}"(?<k>[A-Za-z_][\w.-]{0,63})\\{0,3}"\s{0,3}:\s{0,3}\{\s{0,3}(?:\\{0,3}"[A-Za-z]\w{0,20}\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"[^"\\\r\n]{0,40}\\{0,3}"\s{0,3},\s{0,3})?\\{0,3}"(?:string|S|stringValue|StringValue)\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>[^"\\\r\n]{1,512})\\{0,3}"/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and drop secret columns from CDC topics and stream images (column filters, SMTs)',
  }),
  defineDetector({
    id: 'unicode-escaped-secret',
    name: 'Secret in JSON with unicode-escaped quotes',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['\\u0022'],
    // `{\u0022password\u0022:\u0022…\u0022}`: JSON embedded by serializers that escape every quote (.NET, Java HTML-safe writers).
    pattern: /\\u0022(?<k>[A-Za-z_][\w.-]{0,63})\\u0022\s{0,3}:\s{0,3}\\u0022(?<v>(?:(?!\\u0022)[^\s\\"]){1,512})\\u0022/i,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and stop logging the serialized request or message that holds it',
  }),
];
