import { B62, type Rng9 } from './blind-set-9-rng';
import { CROCKFORD, ISO, IP, PRIV, acct, ksuid, region, snow, ulid, up, uuid7, type BenignTemplate } from './benign-logs-fp28-a';

const phoneLike = (r: Rng9): string => r.pick([`${r.int(1000, 9999)}-${r.int(1000, 9999)}`, `${r.int(100, 999)} ${r.int(100, 999)} ${r.int(1000, 9999)}`]);
/** Luhn-invalid 16-digit number. */
const badLuhn = (r: Rng9): string => {
  const d = '9' + r.digits(15);
  let s = 0;
  for (let i = 0; i < 16; i++) { let x = +d[15 - i]!; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }
  return s % 10 === 0 ? d.slice(0, 15) + ((+d[15]! + 1) % 10) : d;
};

/** App-level, tooling and id formats. */
export const TEMPLATES_B: BenignTemplate[] = [
  { name: 'ssh-hostkey', make: (r) => `ssh: Warning: Permanently added '${IP(r)}' (ED25519) to the list of known hosts.\nHost key fingerprint is SHA256:${r.b64(32).replace(/=+$/, '')}\nRSA key fingerprint is MD5:${Array.from({ length: 16 }, () => r.hex(2)).join(':')}` },
  { name: 'gpg-fingerprint', make: (r) => `gpg: Signature made Sat Dec  5 17:${r.int(10, 59)}:00 2026 UTC\ngpg:                using RSA key ${r.hex(40).toUpperCase()}\ngpg: Good signature from "Acme Release Signing <releases@acme.io>" [ultimate]\nPrimary key fingerprint: ${Array.from({ length: 10 }, () => r.hex(4).toUpperCase()).join(' ')}` },
  { name: 'npm-lock', make: (r) => `"node_modules/${r.pick(['lodash', 'express', 'pg', 'zod'])}": {\n  "version": "${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}",\n  "resolved": "https://registry.npmjs.org/pkg/-/pkg-${r.int(1, 9)}.0.0.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}` },
  { name: 'pip-go-hashes', make: (r) => `requests==2.32.3 \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}\ngithub.com/acme/lib v1.${r.int(0, 20)}.0 h1:${r.b64(32)}\ngithub.com/acme/lib v1.${r.int(0, 20)}.0/go.mod h1:${r.b64(32)}` },
  { name: 'base64-image', make: (r) => `render: inline avatar fallback data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${r.b64(180)} font data:font/woff2;base64,d09GMgABAAAA${r.b64(120)}` },
  { name: 'hexdump', make: (r) => Array.from({ length: 4 }, (_, i) => `${(i * 16).toString(16).padStart(8, '0')}  ${Array.from({ length: 16 }, () => r.hex(2)).join(' ')}  |................|`).join('\n') },
  { name: 'id-zoo', make: (r) => `job enqueued: ulid=${ulid(r)} ksuid=${ksuid(r)} uuid7=${uuid7(r)} snowflake=${snow(r)} trace=${r.hex(32)} correlation_id=${r.uuid()} nanoid=${r.chars(B62 + '_-', 21)}` },
  { name: 'order-numbers', make: (r) => `fulfillment: order number ${badLuhn(r)} shipped, tracking 1Z${up(r, 16)} carrier=UPS reference ${r.digits(12)} invoice INV-${r.int(100000, 999999)}` },
  { name: 'numbers-not-phones', make: (r) => `stats: processed ${r.int(1000000, 999999999)} bytes in ${r.int(1000, 99999)} ms; ports ${r.int(30000, 31000)}-${r.int(32000, 32767)}; ts_ns=17${r.digits(17)} ts_ms=17${r.digits(11)} version ${r.int(1, 20)}.${r.int(0, 99)}.${r.int(0, 999)} upstream ${PRIV(r)}:${r.int(1024, 65535)} build ${phoneLike(r)}` },
  { name: 'dates', make: (r) => `report: period 2026-${String(r.int(1, 12)).padStart(2, '0')}-01..2026-${String(r.int(1, 12)).padStart(2, '0')}-28 created_at=${ISO(r)} expires_at=${ISO(r)} last_login_at=${ISO(r)} start date ${r.int(1, 28)}/${r.int(1, 12)}/2026` },
  { name: 'company-address', make: (r) => `footer: Acme Corp (registered office), ${r.int(10, 999)} Market Street, Suite ${r.int(100, 999)}, San Francisco, CA 94105 - switchboard (main office) +1 415 555 0${r.int(100, 199)} - support@acme.io` },
  { name: 'shared-mailbox', make: (r) => `notify: sending digest ${r.uuid()} from noreply@acme.io to ops-alerts@acme.io cc billing@acme.io, support@acme.io (reply-to: help@acme.io)` },
  { name: 'masked-values', make: (r) => `payment: card ****${r.digits(4)} (visa) declined; key sk_live_****${r.b62(4)} rotated; token ***${r.b62(4)} expired; account ending in ${r.digits(4)}; password=******** ` },
  { name: 'placeholders', make: (r) => `config template: API_TOKEN=<token> DB_PASSWORD=\${DB_PASSWORD} ADMIN_PASSWORD=changeme SECRET_KEY=xxxxxxxxxxxx STRIPE_KEY={{ stripe_key }} (line ${r.int(1, 99)})` },
  { name: 'env-names', make: (r) => `startup: missing required env vars: STRIPE_SECRET_KEY, GITHUB_TOKEN, DATABASE_PASSWORD, AWS_SECRET_ACCESS_KEY (checked ${r.int(10, 90)} names); see vault path secret/data/prod/api#token` },
  { name: 'vault', make: (r) => `vault: read secret/data/prod/payments (version ${r.int(1, 40)}) lease_id=database/creds/readonly/${r.b62(24)} lease_duration=${r.int(60, 86400)} renewable=true request_id=${r.uuid()} accessor hmac-sha256:${r.hex(64)}` },
  { name: 'doc-example-keys', make: () => `docs: set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as in the AWS CLI guide` },
  { name: 'key-words-ids', make: (r) => `apikeys: api_key_id=${r.uuid()} key_id=${r.hex(24)} token_type=Bearer token_count=${r.int(1, 9000)} secret_name=prod/${r.pick(['db', 'stripe', 'sendgrid'])} auth_method=client_secret_post idempotency_key=${r.uuid()} cache_key=${r.hex(40)}` },
  { name: 'key-words-json', make: (r) => JSON.stringify({ event: 'api_key.rotated', api_key_id: `key_${r.b62(24)}`, key_fingerprint: r.hex(16), token_id: r.uuid(), secret_version: r.int(1, 40), session_id: r.hex(32), auth_provider: 'okta', token_expires_in: 3600 }) },
  { name: 'graphql-cursor', make: (r) => `graphql: query Orders(first: 50, after: "${r.b64(24)}") pageInfo { endCursor: "${r.b64(24)}" hasNextPage: true } cost=${r.int(10, 999)} x-request-id=${r.uuid()}` },
  { name: 'aws-lambda-report', make: (r) => `REPORT RequestId: ${r.uuid()}\tDuration: ${r.int(1, 9999)}.${r.digits(2)} ms\tBilled Duration: ${r.int(1, 9999)} ms\tMemory Size: 1024 MB\tMax Memory Used: ${r.int(90, 900)} MB\tInit Duration: ${r.int(100, 999)}.${r.digits(2)} ms\nXRAY TraceId: 1-${r.hex(8)}-${r.hex(24)}\tSegmentId: ${r.hex(16)}\tSampled: true` },
  { name: 'sqs-sns', make: (r) => `sqs: deleting message ${r.uuid()} receipt handle AQEB${r.b64(96)} from https://sqs.${region(r)}.amazonaws.com/${acct(r)}/orders-dlq; sns MessageId ${r.uuid()} TopicArn arn:aws:sns:${region(r)}:${acct(r)}:orders` },
  { name: 's3-presign-expired', make: (r) => `s3: GET https://acme-exports.s3.${region(r)}.amazonaws.com/exports/${r.uuid()}.csv returned 403 AccessDenied (x-amz-request-id: ${up(r, 16)}; x-amz-id-2: ${r.b64(56)})` },
  { name: 'cloud-sql-sentry', make: (r) => `sentry: event ${r.hex(32)} captured (release api@${r.hex(12)}, environment production, fingerprint ["{{ default }}", "${r.hex(32)}"]) project 4${r.digits(15)}` },
  { name: 'datadog-log', make: (r) => `dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} dd.service=api dd.env=prod dd.version=${r.hex(7)} - worker pid=${r.int(1000, 65000)} handled job ${ksuid(r)} in ${r.int(1, 999)}ms` },
  { name: 'git-log', make: (r) => `commit ${r.hex(40)}\nMerge: ${r.hex(7)} ${r.hex(7)}\nAuthor: release-bot <release-bot@acme.io>\nDate:   Sat Dec 5 17:${r.int(10, 59)}:00 2026 +0000\n\n    chore(deps): bump token-bucket to ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)} (#${r.int(1000, 9999)})` },
  { name: 'docker-ps', make: (r) => `CONTAINER ID   IMAGE                         COMMAND                  STATUS\n${r.hex(12)}   redis:7.2@sha256:${r.hex(64)}   "docker-entrypoint.s…"   Up ${r.int(1, 59)} minutes\n${r.hex(12)}   postgres:16                   "docker-entrypoint.s…"   Up ${r.int(1, 59)} minutes` },
  { name: 'helm-release', make: (r) => `helm upgrade api ./chart --set image.tag=${r.hex(40)} --set podAnnotations.checksum/config=${r.hex(64)}\nRelease "api" has been upgraded. REVISION: ${r.int(2, 400)} (secret sh.helm.release.v1.api.v${r.int(2, 400)})` },
  { name: 'oauth-token-response', make: (r) => `oauth: token endpoint returned 400 {"error":"invalid_grant","error_description":"refresh token expired","error_uri":null,"trace_id":"${r.hex(32)}","correlation_id":"${r.uuid()}","timestamp":"${ISO(r)}"} client_id=${r.uuid()}` },
  { name: 'ci-cache', make: (r) => `##[group]Restore cache\nCache hit for: v1-${r.pick(['gradle', 'pip', 'cargo'])}-${r.hex(64)}\nReceived ${r.int(1000000, 99999999)} of ${r.int(100000000, 999999999)} (${r.int(1, 99)}.${r.int(0, 9)}%), ${r.int(1, 99)}.${r.int(0, 9)} MBs/sec\nCache restored successfully; cache-primary-key: ${r.hex(64)}\n##[endgroup]` },
  { name: 'crockford-ids', make: (r) => `temporal: workflow ${r.pick(['charge', 'refund'])}-${r.uuid()} run ${r.uuid()} activity task token ${r.chars(CROCKFORD, 26)} attempt ${r.int(1, 10)} namespace default` },
  { name: 'iam-access-key-id', make: (r) => `iam: access key id AKIA************${up(r, 4)} for user ci-deployer last used ${ISO(r)} in ${region(r)} (status Inactive; the secret is not shown)` },
];
