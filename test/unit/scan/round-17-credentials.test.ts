import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { an, hex, password, uuid } from './generators-cred16';
import { CRED17_TOKENS } from './generators-cred17';
import { B62, B64, rng, type Rng } from './sample-rng';

/** True when some leak finding overlaps `value` in `text`. */
const touched = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return leaks(text).some((f) => f.start < at + value.length && at < f.end);
};

/** One class: a value generator, the contexts it must be found in, and close look-alikes that must not be flagged. */
type Case = { value: (r: Rng) => string; contexts: ((v: string, r: Rng) => string)[]; negatives: ((r: Rng) => [string, string])[] };

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const SEED = Number(process.env['CRED17_SEED'] ?? 17);
const pw = (r: Rng): string => password(r, 14).replace(/[.\-_~^]$/, 'x');

const CASES: Record<string, Case> = {
  'secrets in table columns named for them (CSV, TSV, pipe and Jira tables)': {
    value: pw,
    contexts: [
      (v) => `id,email_verified,password,created_at\n1,true,${v},2026-09-30`,
      (v) => `"svc","token","exp"\n"ci","${v}","2027-01-01"`,
      (v) => `name;api_key;owner\nbilling;${v};ops`,
      (v) => `host\tuser\tpassword\ndb1\tadmin\t${v}`,
      (v) => `| host | user | password |\n|---|---|---|\n| db1 | admin | ${v} |`,
      (v) => `||Host||User||Password||\n|db1|admin|${v}|`,
      (v) => `Service\tAPI Key\tOwner\nbilling\t${v}\tops`,
    ],
    negatives: [
      (r) => { const h = `$2b$12$${r.str(B62, 53)}`; return [`id,user,password_hash\n1,ops,${h}`, h]; },
      () => ['id,user,password\n1,ops,********\n2,dev,<redacted>', '********'],
      () => ['id,user,password_set,token_expired\n1,ops,true,false', 'true'],
      (r) => { const id = uuid(r); return [`id,token_id,api_key_id\n1,${id},${hex(r, 24)}`, id]; },
      () => ['model,prompt_tokens,completion_tokens\ngpt-4o,1234,567', '1234'],
    ],
  },
  'Redis stream and hash fields, redis-cli replies': {
    value: pw,
    contexts: [
      (v) => `XADD events * user ops password ${v}`,
      (v) => `HSET integration:7 api_token "${v}"`,
      (v) => `1) "user"\n2) "ops"\n3) "password"\n4) "${v}"`,
      (v) => `1) 1) "events"\n   2) 1) 1) "1526984818136-0"\n         2) 1) "user"\n            2) "ops"\n            3) "password"\n            4) "${v}"`,
    ],
    negatives: [
      (r) => { const h = `$2b$12$${r.str(B62, 53)}`; return [`1) "user"\n2) "ops"\n3) "password_hash"\n4) "${h}"`, h]; },
      () => ['XADD events * type login user ops result succeeded', 'succeeded'],
    ],
  },
  'URLs with JSON-escaped slashes': {
    value: (r) => an(r, 18),
    contexts: [
      (v) => `{"Message":"{\\"dsn\\":\\"postgres:\\/\\/app:${v}@pg-main:5432\\/app\\"}"}`,
      (v) => `"body":"{\\"url\\":\\"amqps:\\\\\\/\\\\\\/svc:${v}@mq.corp.io\\\\\\/vhost\\"}"`,
    ],
    negatives: [() => ['"url":"https:\\/\\/api.corp.io:8443\\/v1"', 'api.corp.io'], () => ['"dsn":"postgres:\\/\\/app@pg:5432\\/x"', 'pg:5432']],
  },
  'database query logs: SET PASSWORD, Postgres bind parameters': {
    value: pw,
    contexts: [
      (v) => `2026-09-30T10:00:00.123456Z\t   42 Query\tSET PASSWORD FOR 'app'@'%' = '${v}'`,
      (v) => `LOG:  execute <unnamed>: SELECT id FROM users WHERE email = $1 AND password = $2\nDETAIL:  parameters: $1 = 'ops', $2 = '${v}'`,
      (v) => `LOG:  duration: 0.120 ms  execute S_1: INSERT INTO accounts (email, api_token) VALUES ($1, $2)\nDETAIL:  parameters: $1 = 'ops', $2 = '${v}'`,
    ],
    negatives: [
      (r) => { const h = `*${r.str('0123456789ABCDEF', 40)}`; return [`SET PASSWORD FOR 'app'@'%' = '${h}'`, h]; },
      () => ["LOG:  execute <unnamed>: SELECT id FROM users WHERE email = $1 AND id = $2\nDETAIL:  parameters: $1 = 'ops', $2 = 'Ab3xK9mQ2zLp'", 'Ab3xK9mQ2zLp'],
      (r) => { const h = `md5${hex(r, 32)}`; return [`LOG:  statement: ALTER ROLE app PASSWORD '${h}'`, h]; },
      (r) => { const h = `SCRAM-SHA-256$4096:${r.str(B64, 24)}$${r.str(B64, 44)}:${r.str(B64, 44)}`; return [`ALTER ROLE app PASSWORD '${h}'`, h]; },
    ],
  },
  'typed JSON fields (Avro unions in CDC events, DynamoDB stream images) and unicode-escaped JSON': {
    value: pw,
    contexts: [
      (v) => `{"before":null,"after":{"id":{"int":7},"password":{"string":"${v}"}},"op":"c"}`,
      (v) => `"body":"{\\"after\\":{\\"api_key\\":{\\"string\\":\\"${v}\\"}}}"`,
      (v) => `{"eventName":"INSERT","dynamodb":{"NewImage":{"pk":{"S":"user#7"},"apiToken":{"S":"${v}"}}}}`,
      (v) => `{"Message":"{\\u0022password\\u0022:\\u0022${v}\\u0022}"}`,
      (v) => `{"messageAttributes":{"apiKey":{"stringValue":"${v}","dataType":"String"}}}`,
      (v) => `{"MessageAttributes":{"token":{"DataType":"String","StringValue":"${v}"}}}`,
      (v) => `{"eventName":"PutSecretValue","requestParameters":{"secretId":"prod/db","secretString":"${v}"}}`,
    ],
    negatives: [
      (r) => { const h = hex(r, 64); return [`{"after":{"password_hash":{"string":"${h}"}}}`, h]; },
      (r) => { const id = uuid(r); return [`{"NewImage":{"token_id":{"S":"${id}"}}}`, id]; },
      () => ['{"after":{"password":{"string":"********"}}}', '********'],
      () => ['{"messageAttributes":{"traceId":{"stringValue":"Root=1-5759e988-bd862e3fe1be46a994272793","dataType":"String"}}}', 'Root=1-5759e988'],
      () => ['{"requestParameters":{"connectionString":"Server=db;Database=app"}}', 'Server=db'],
    ],
  },
  'SMTP AUTH LOGIN transcripts': {
    value: (r) => b64(pw(r)),
    contexts: [(v) => `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: b3BzQGNvcnAuaW8=\nS: 334 UGFzc3dvcmQ6\nC: ${v}\nS: 235 2.7.0 Authentication successful`],
    negatives: [() => ['S: 334 VXNlcm5hbWU6\nS: 334 UGFzc3dvcmQ6\nS: 535 5.7.8 Authentication credentials invalid', 'UGFzc3dvcmQ6'], () => ['S: 334 UGFzc3dvcmQ6\nC: *\nS: 501 5.7.0 Authentication aborted', 'aborted']],
  },
  'tokens, keys and secrets in chat, tickets and comments': {
    value: (r) => an(r, 40),
    contexts: [
      (v) => `[10:42] alice: here's the token ${v} for the partner sandbox`,
      (v) => `the key: ${v}`,
      (v) => `{"type":"message","text":"API key for the vendor portal is ${v}","user":"U02"}`,
      (v) => `Jira comment: the secret is ${v} until Friday`,
    ],
    negatives: [
      (r) => { const id = uuid(r); return [`token ${id} has been revoked`, id]; },
      (r) => { const h = hex(r, 40); return [`here's the token ${h} from the trace`, h]; },
      () => ['the key: reports/2024/Q3Summary_v2.pdf was uploaded', 'reports/2024/Q3Summary_v2.pdf'],
      () => ['key: com.corp.billing.InvoiceService.process', 'com.corp.billing.InvoiceService.process'],
      (r) => { const k = `node-modules-Linux-${hex(r, 40)}`; return [`Cache restored from key: ${k}`, k]; },
      (r) => { const a = `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password-${an(r, 6)}`; return [`{"secretArn": "${a}"}`, a]; },
      () => ['your token expired at 10:42, the new token is in the vault', 'vault'],
      () => ['key: Cart-2024-ABCdef123456', 'Cart-2024-ABCdef123456'],
      () => ['key Tenant42-EUWest1-Prod2024 not found in cache', 'Tenant42-EUWest1-Prod2024'],
      () => ['message key: OrderCreated-7f3a2b1c-Partition3', 'OrderCreated-7f3a2b1c-Partition3'],
      (r) => { const t = `APA91b${an(r, 60)}`; return [`Registered device token ${t} for user 42`, t]; },
      () => ['pagination token: Q2FydC0yMDI0LUFCQ2RlZjEyMzQ1Ng2x', 'Q2FydC0yMDI0LUFCQ2RlZjEyMzQ1Ng2x'],
      () => ['signing key kid AbCdEf123456GhIjKlMn78 not found in JWKS', 'AbCdEf123456GhIjKlMn78'],
      () => ['JWT key: kid=AbCdEf123456GhIjKlMn78', 'AbCdEf123456GhIjKlMn78'],
      () => ['the token for tenant AbCdEf123456GhIjKlMn78 is missing', 'AbCdEf123456GhIjKlMn78'],
      () => ['Secret key rotated: kid=Key2024May01abcXYZ', 'Key2024May01abcXYZ'],
      () => ['The token was issued by https://login.microsoftonline.com/abc/v2.0', 'abc/v2.0'],
    ],
  },
  'passwords in chat and tickets: markup, dashes, arrows, user & password pairs': {
    value: pw,
    contexts: [
      (v) => `*Password:* ${v}`,
      (v) => `<b>Password:</b> ${v}`,
      (v) => `<td>Password:</td><td>${v}</td>`,
      (v) => `Password - ${v}`,
      (v) => `password → ${v}`,
      (v) => `prod db pass -> ${v}`,
      (v) => `the password's ${v}`,
      (v) => `password was changed to ${v}`,
      (v) => `temp password ${v} - change it on first login`,
      (v) => `use ${v} as the password for the admin account`,
      (v) => `username & password: ops / ${v}`,
      (v) => `creds are ops/${v} for the jump box`,
      (v) => `you can log in with ops@corp.io / ${v}`,
      (v) => `Username\tops\nPassword\t${v}`,
      (v) => `{"fields":{"comment":{"body":"try password ${v} on the new box"}}}`,
      (v) => `[10:42] alice: what's the wifi password?\n[10:43] bob: ${v}`,
      (v) => `<p>Your password: <b>${v}</b></p>`,
      (v) => `<p>Your temporary password is <strong>${v}</strong></p>`,
      (v) => `<td style=3D"padding:4px">Password</td><td style=3D"padding:4px">${v}</td>`,
    ],
    negatives: [
      () => ['Please reset your password using the link we sent.', 'reset'],
      () => ['password: ******', '******'],
      () => ['token expired, please log in again', 'expired'],
      () => ['password: must be at least 12 characters', 'must be at least 12 characters'],
      () => ['temp password expires in 24 hours', 'expires'],
      () => ['Password - see 1Password entry "prod-db"', 'see'],
      () => ['creds are in vault/secret/prod-db', 'vault/secret/prod-db'],
      () => ['log in with Google / GitHub', 'GitHub'],
      () => ['tests pass: 42/42', '42/42'],
      () => ['use SSO as the password login is disabled', 'SSO'],
      () => ["[10:42] alice: what's the wifi password?\n[10:43] bob: ask at reception", 'reception'],
      () => ["alice: what's the vpn password?\nbob: it's in 1Password under VPN2024", 'VPN2024'],
      () => ['new password required for user ops', 'required'],
      () => ['<td>Password</td><td>********</td>', '********'],
      () => ['<p>Your password: <b>expired</b></p>', 'expired'],
    ],
  },
  'event envelopes: SSM parameter paths, SNS signatures, message ids, audit hashes': {
    value: pw,
    contexts: [(v) => `{"requestParameters":{"name":"/prod/db/password","type":"SecureString","value":"${v}","overwrite":true}}`],
    negatives: [
      (r) => { const s = r.str(B64, 172); return [`{"Type":"Notification","MessageId":"${uuid(r)}","SignatureVersion":"1","Signature":"${s}","SigningCertURL":"https://sns.us-east-1.amazonaws.com/x.pem"}`, s]; },
      (r) => { const s = r.str(B64, 344); return [`"body":"{\\"Type\\":\\"Notification\\",\\"SignatureVersion\\":\\"1\\",\\"Signature\\":\\"${s}\\"}"`, s]; },
      (r) => { const m = `${hex(r, 24)}@mail.corp.io`; return [`Message-ID: <${m}>`, m]; },
      (r) => { const m = `${hex(r, 16)}@smtp.corp.io`; return [`In-Reply-To: <${m}>`, m]; },
      (r) => { const h = `hmac-sha256:${hex(r, 64)}`; return [`{"request":{"data":{"password":"${h}"}}}`, h]; },
      (r) => { const h = b64(an(r, 32)); return [`{"action":"personal_access_token.access_granted","hashed_token":"${h}"}`, h]; },
      (r) => { const h = `AQEB${r.str(B64, 120)}`; return [`{"ReceiptHandle":"${h}","MessageId":"${uuid(r)}"}`, h]; },
    ],
  },
};

describe('credential round for blind set 17 (event streams, audit trails, chat, table exports)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    describe(name, () => {
      it('covers the value whole in every context', () => {
        const r = rng(SEED);
        for (const ctx of c.contexts) {
          const v = c.value(r);
          const text = ctx(v, r);
          expect(covered(text, v), text).toBe(true);
        }
      });
      it('flags none of the look-alikes', () => {
        const r = rng(SEED + 1);
        for (const neg of c.negatives) {
          const [text, value] = neg(r);
          expect(touched(text, value), text).toBe(false);
        }
      });
    });
  }
  it('finds the new vendor formats in chat, CSV cells and JSON-in-JSON queue bodies', () => {
    const r = rng(SEED + 2);
    for (const [id, tok] of Object.entries(CRED17_TOKENS)) {
      const v = tok(r);
      for (const text of [`{"text":"here you go ${v} thanks"}`, `name,key,created\nci,${v},2026-09-30`, `"Message":"{\\"apiKey\\":\\"${v}\\"}"`]) {
        expect(covered(text, v), `${id}: ${text}`).toBe(true);
      }
    }
  });
});
