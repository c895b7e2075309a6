import { B64, type Rng9 } from './blind-set-9-rng';
import { crc24b64_70 } from './blind-set-70-check';

/** One negative template: texts from the same payroll domain that hold no secret and no personal data. */
export interface NegTpl70 { src: string; name: string; make: (r: Rng9) => string }

const wrap = (s: string, n: number) => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join('\n');
const ts = (r: Rng9) => `2026-0${r.int(1, 9)}-${r.int(10, 28)}T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;
const co = (r: Rng9) => r.pick(['Acme Logistics Inc.', 'Northwind Trading LLC', 'Bluefin Foods Co.', 'Kestrel Labs GmbH', 'Harbor Dental Group']);
const prov = (r: Rng9) => r.pick(['Gusto', 'ADP Workforce Now', 'Rippling', 'Deel', 'Remote', 'Paychex Flex', 'Paylocity', 'Justworks', 'Check', 'Zenefits']);

/** Negatives: ids, hashes, placeholders, redactions, public keys, documentation examples, aggregates. */
export const NEG70: NegTpl70[] = [
  { src: 'ids', name: 'request-ids', make: (r) => `GET https://api.gusto.com/v1/companies/${r.uuid()}/payrolls?processing_statuses=processed -> 503 Service Unavailable\nx-request-id: ${r.uuid()}\nx-gusto-request-id: ${r.hex(32)}\nretry-after: ${r.int(5, 60)}` },
  { src: 'ids', name: 'otel-span', make: (r) => `span payroll.sync.run trace_id=${r.hex(32)} span_id=${r.hex(16)} parent_span_id=${r.hex(16)} status=ERROR duration_ms=${r.int(1000, 90000)} attributes={"provider":"${prov(r)}","batch.size":${r.int(10, 500)}}` },
  { src: 'ids', name: 'deploy-sha', make: (r) => `deploy payroll-sync@${r.hex(40)} to production failed health check (previous ${r.hex(7)}); image sha256:${r.hex(64)}` },
  { src: 'ids', name: 'file-sha256', make: (r) => `NACHA file PAYROLL_2026${r.int(10, 12)}${r.int(10, 28)}_01.ach transmitted: ${r.int(40, 900)} entries, sha256=${r.hex(64)}, size=${r.int(20000, 400000)} bytes; ODFI ack pending` },
  { src: 'ids', name: 's3-etag', make: (r) => `PutObject s3://payroll-archive/w2/2026/batch-${r.int(1, 60)}.zip ETag "${r.hex(32)}" VersionId ${r.b62(32)} x-amz-request-id ${r.chars('0123456789ABCDEF', 16)}` },
  { src: 'ids', name: 'employee-ids', make: (r) => `sync skipped ${r.int(2, 9)} workers with missing pay group: [${Array.from({ length: 4 }, () => `"EMP-${r.digits(6)}"`).join(', ')}], associateOIDs ${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}, ${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}` },
  { src: 'ids', name: 'check-ids', make: (r) => `check.payrolls.approve failed: payroll pay_${r.b62(20)} references employee emp_${r.b62(20)} with no workplace (company com_${r.b62(20)})` },
  { src: 'ids', name: 'deel-contract-ids', make: (r) => `deel: contract ${r.chars('abcdefghijkmnpqrstuvwxyz23456789', 7)} payment cycle not found; invoice INV-${r.int(2026, 2026)}-${r.digits(6)} left in draft (org ${r.uuid()})` },
  { src: 'ids', name: 'webhook-uuid-only', make: (r) => `{"event_type":"payroll.processed","entity_type":"Payroll","entity_uuid":"${r.uuid()}","resource_uuid":"${r.uuid()}","timestamp":${r.int(1780000000, 1790000000)}} -> handler timeout after 30s` },
  { src: 'ids', name: 'ups-tracking', make: (r) => `W-2 paper forms for ${co(r)} shipped: UPS 1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 6)}${r.digits(10)} (${r.int(20, 400)} envelopes), expected ${ts(r).slice(0, 10)}` },
  { src: 'hash', name: 'dedupe-hash', make: (r) => `dedupe: employee record hash sha1=${r.hex(40)} unchanged since ${ts(r)}; md5(payload)=${r.hex(32)}; skipped update` },
  { src: 'hash', name: 'hmac-header', make: (r) => `webhook verification failed: x-rippling-signature=sha256=${r.hex(64)} computed=sha256=${r.hex(64)} (clock skew ${r.int(301, 900)}s)` },
  { src: 'hash', name: 'cert-fingerprint', make: (r) => `ADP mTLS certificate for CN=payroll-api.example.com expires in ${r.int(3, 29)} days; serial ${r.hex(32)}; SHA-256 fingerprint ${Array.from({ length: 32 }, () => r.hex(2).toUpperCase()).join(':')}` },
  { src: 'placeholder', name: 'bearer-placeholder', make: (r) => `curl https://api.letsdeel.com/rest/v2/contracts -H "Authorization: Bearer <YOUR_API_KEY>" # from README, step ${r.int(2, 6)}\n401 {"errors":[{"message":"Unauthorized"}]}` },
  { src: 'placeholder', name: 'env-template', make: (r) => `.env.example loaded instead of secrets (APP_ENV=${r.pick(['staging', 'production'])}):\nGUSTO_CLIENT_SECRET=\${GUSTO_CLIENT_SECRET}\nADP_CLIENT_SECRET=changeme\nTAXJAR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSFTP_PASSWORD=<set-in-vault>` },
  { src: 'placeholder', name: 'helm-values', make: (r) => `helm template payroll-sync --set adp.clientSecret={{ .Values.adp.clientSecret }} failed: nil pointer evaluating .Values.adp (chart payroll-sync-${r.int(1, 3)}.${r.int(0, 20)}.${r.int(0, 9)})` },
  { src: 'placeholder', name: 'masked-values', make: (r) => `direct deposit updated for employee EMP-${r.digits(6)}: routing *********, account ************ (masked), ssn ***-**-****, effective ${ts(r).slice(0, 10)}` },
  { src: 'placeholder', name: 'redacted-headers', make: (r) => `> POST /v1/employments HTTP/1.1\n> Host: gateway.remote.com\n> Authorization: Bearer [REDACTED]\n> Cookie: [FILTERED]\n< HTTP/1.1 429 Too Many Requests\n< x-ratelimit-reset: ${r.int(10, 60)}` },
  { src: 'placeholder', name: 'sql-binds', make: (r) => `ERROR: deadlock detected\nSTATEMENT: UPDATE employees SET ssn_encrypted = $1, bank_account_encrypted = $2, updated_at = now() WHERE id = $3 AND company_id = $${r.int(4, 4)}` },
  { src: 'placeholder', name: 'json-schema', make: (r) => `OpenAPI validation: body.ssn must match pattern "^\\d{3}-\\d{2}-\\d{4}$"; body.routing_number must match "^\\d{9}$"; body.date_of_birth must be format "date" (operation createEmployee, spec v${r.int(1, 3)}.${r.int(0, 9)})` },
  { src: 'docs', name: 'aws-doc-example', make: (r) => `aws configure list (copied from docs into runbook step ${r.int(2, 9)}):\naccess_key     ****************MPLE shared-credentials-file\nexample from AWS docs: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` },
  { src: 'docs', name: 'test-card', make: (r) => `pay-card sandbox: charge with Stripe test card 4242 4242 4242 4242 (exp 12/34, CVC any 3 digits) succeeded; amount $${r.int(1, 90)}.00 test mode` },
  { src: 'docs', name: 'iban-doc-example', make: (r) => `SEPA validator self-test ${r.int(1, 9)}/12: documentation example IBAN DE89 3704 0044 0532 0130 00 accepted; placeholder GB00 XXXX 0000 0000 0000 00 rejected (checksum)` },
  { src: 'docs', name: 'return-codes', make: (r) => `ACH return reference (runbook rev ${r.int(3, 19)}): R01 Insufficient Funds; R02 Account Closed; R03 No Account/Unable to Locate; R04 Invalid Account Number Structure; R29 Corporate Customer Advises Not Authorized` },
  { src: 'public', name: 'pgp-public-key', make: (r) => {
    const body = Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 4]), r.bytes(265)]);
    return `Carrier public encryption key imported (keyid ${r.hex(16).toUpperCase()}):\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${crc24b64_70(body)}\n-----END PGP PUBLIC KEY BLOCK-----\nencryption of census file failed: key expired`;
  } },
  { src: 'public', name: 'certificate', make: (r) => `x509: certificate signed by unknown authority while connecting to api.adp.com; presented chain:\n-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from('308205', 'hex'), r.bytes(420)]).toString('base64'), 64)}\n-----END CERTIFICATE-----` },
  { src: 'public', name: 'ssh-host-key', make: (r) => `Warning: Permanently added 'sftp.paychex.com' (ED25519) to the list of known hosts.\nhost key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64.slice(0, 62), 43)}\nSHA256:${r.b64(32).replace(/=+$/, '')}` },
  { src: 'public', name: 'jwks', make: (r) => `JWKS refresh from https://api.paylocity.com/IdentityServer/.well-known/openid-configuration/jwks failed to match kid ${r.hex(16).toUpperCase()}; keys: [{"kty":"RSA","use":"sig","kid":"${r.hex(16).toUpperCase()}","e":"AQAB","n":"${r.b64url(256)}"}]` },
  { src: 'public', name: 'publishable-key', make: (r) => `checkout widget init failed: Stripe publishable key pk_live_${r.b62(99)} does not match account acct_${r.b62(16)}` },
  { src: 'public', name: 'client-id-only', make: (r) => `ADP consumer application registered: client_id=${r.uuid()} (public identifier), redirect https://payroll.example.com/adp/callback; awaiting certificate signing request approval` },
  { src: 'public', name: 'bcrypt', make: (r) => `audit: service account "payroll-bot" password_digest=$2b$12$${r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)} rotated by policy at ${ts(r)}` },
  { src: 'public', name: 'base64-cursor', make: (r) => `pagination stalled: next cursor ${Buffer.from(JSON.stringify({ offset: r.int(1, 90) * 100, sort: 'updated_at', company: r.int(1000, 9999) })).toString('base64')} returned same page twice (Rippling /platform/api/employees)` },
  { src: 'agg', name: 'payroll-totals', make: (r) => `Payroll run PR-2026-${r.digits(4)} for ${co(r)} failed funding check: ${r.int(40, 900)} employees, gross $${r.int(500, 999)},${r.digits(3)}.${r.digits(2)}, net $${r.int(300, 499)},${r.digits(3)}.${r.digits(2)}, debit date ${ts(r).slice(0, 10)}` },
  { src: 'agg', name: 'tax-rates', make: (r) => `tax table ${r.pick(['2026.1', '2026.2'])} loaded: FUTA 0.6% wage base $7,000; SUTA CA 3.4% base $7,000; SS 6.2% base $${r.int(170, 185)},${r.digits(3)}; Medicare 1.45%` },
  { src: 'agg', name: 'uk-tax-codes', make: (r) => `RTI FPS accepted with warnings for ${co(r)}: ${r.int(3, 40)} employees on emergency tax code 1257L W1/M1; correlation id ${r.chars('0123456789ABCDEF', 32)}` },
  { src: 'agg', name: 'pay-calendar', make: (r) => `pay calendar conflict (${prov(r)}): check date ${ts(r).slice(0, 10)} falls on a bank holiday; next business day used. Pay periods affected: ${r.int(10, 26)}, ${r.int(10, 26)}` },
  { src: 'agg', name: 'filing-summary', make: (r) => `1099-NEC e-file summary tax year 2025: submitted ${r.int(10, 900)}, accepted ${r.int(10, 800)}, rejected ${r.int(0, 9)}; receipt id 2026-${r.digits(11)}-${r.hex(7)}` },
  { src: 'agg', name: 'garnish-summary', make: (r) => `garnishment batch ${r.digits(6)} remitted to ${r.int(2, 12)} state disbursement units; total $${r.int(1000, 90000)}.${r.digits(2)}; ${r.int(0, 3)} orders awaiting answer` },
  { src: 'agg', name: 'edi-envelope', make: (r) => `834 envelope accepted by carrier, member loop pending:\nGS*BE*ACMEPAYROLL*BCBSIL*2026${r.int(10, 12)}${r.int(10, 28)}*1200*${r.int(1, 99)}*X*005010X220A1~\nST*834*${r.digits(4)}*005010X220A1~\nBGN*00*${r.digits(9)}*2026${r.int(10, 12)}${r.int(10, 28)}*1200****4~\nSE*${r.int(20, 90)}*${r.digits(4)}~` },
  { src: 'agg', name: 'nacha-control', make: (r) => `NACHA batch control mismatch (expected entry hash ${r.digits(10)}):\n8220${String(r.int(1, 900)).padStart(6, '0')}${r.digits(10)}${'0'.repeat(12)}${String(r.int(100000, 99999999)).padStart(12, '0')}9${r.digits(9)}${' '.repeat(25)}${r.digits(8)}0000001` },
  { src: 'infra', name: 'db-refused', make: (r) => `Error: connect ECONNREFUSED 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:5432 (pool payroll_rw, ${r.int(1, 20)} waiting); retry ${r.int(1, 5)}/5` },
  { src: 'infra', name: 'versions', make: (r) => `startup: payroll-sync v${r.int(2, 4)}.${r.int(0, 30)}.${r.int(0, 9)} node v20.${r.int(5, 18)}.${r.int(0, 3)} gusto-embedded ${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)} adp-connector ${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}; feature flags: {"stp_phase2":true,"w2c":false}` },
  { src: 'infra', name: 'rate-limit', make: (r) => `${prov(r)} API rate limit: 429 after ${r.int(100, 900)} requests in 60s; x-ratelimit-limit=${r.int(100, 1000)} x-ratelimit-remaining=0 retry-after=${r.int(1, 60)}` },
  { src: 'infra', name: 'kafka-lag', make: (r) => `consumer group payroll-events-sink lag ${r.int(1000, 90000)} on topic payroll.employee.changed partition ${r.int(0, 11)} (broker 192.168.${r.int(0, 255)}.${r.int(1, 254)}:9092)` },
  { src: 'infra', name: 'example-emails', make: (r) => `alert routing: payroll-alerts@example.com, hr-ops@example.org (escalation after ${r.int(5, 30)} min); sender noreply@example.net; ticket PAY-${r.digits(5)}` },
  { src: 'infra', name: 'cron', make: (r) => `cron "0 ${r.int(1, 5)} * * 1-5" job tax-deposit-reminder missed ${r.int(1, 4)} runs; last success ${ts(r)}; lock key payroll:locks:tax-deposit:${r.hex(8)}` },
];
