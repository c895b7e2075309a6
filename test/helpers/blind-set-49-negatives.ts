import type { Ctx49 } from './blind-set-49-ctx';

/** A negative template: `area/template` and the function that writes one case (no secret, no personal data). */
export type Neg49 = readonly [string, (c: Ctx49) => string];

const pubKey = (c: Ctx49): string => {
  const der = Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'), c.r.bytes(64)]);
  return `-----BEGIN PUBLIC KEY-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`;
};

/** Close-looking texts from the same systems that hold nothing to redact. */
export const NEGATIVES49: readonly Neg49[] = [
  ['neg-moderation/decision-log', (c) => `ts=${c.ts()} level=info svc=review-queue msg="decision recorded" item_id=${c.uuid()} queue=image_nsfw model=hive-visual-v3 score=0.${c.r.digits(4)} action=${c.pick(['blur', 'remove', 'allow', 'age_gate'])} reviewer_pool=tier2 trace_id=${c.hex(32)} span_id=${c.hex(16)}`],
  ['neg-messaging/twilio-placeholders', (c) => `# Twilio quickstart (docs/sms.md)
export TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export TWILIO_AUTH_TOKEN=your_auth_token
export TWILIO_FROM=+15005550006   # magic test number
curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" --data-urlencode "Body=build ${c.int(100, 999)} deployed"`],
  ['neg-config/env-example', (c) => `# .env.example — copy to .env and fill in
SENDGRID_API_KEY=<your-sendgrid-api-key>
STREAM_API_KEY=
STREAM_API_SECRET=changeme
ONFIDO_API_TOKEN=\${ONFIDO_API_TOKEN}
PERSONA_API_KEY=persona_sandbox_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/${c.int(0, 9)}
FEATURE_VIDEO_DATES=${c.pick(['true', 'false'])}`],
  ['neg-verification/onfido-check', (c) => `{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"${c.uuid()}","status":"complete","completed_at_iso8601":"${c.ts().slice(0, 19)}Z","href":"https://api.eu.onfido.com/v3.6/checks/${c.uuid()}"}}}`],
  ['neg-verification/persona-redacted', (c) => `{"type":"inquiry","id":"inq_${c.alnum(24)}","attributes":{"status":"${c.pick(['completed', 'needs_review', 'failed'])}","reference-id":"usr_${c.uid()}","name-first":null,"name-last":null,"birthdate":"[REDACTED]","identification-number":"*****${c.r.digits(4)}","redacted-at":"${c.ts()}"},"relationships":{"template":{"data":{"id":"itmpl_${c.alnum(24)}"}}}}`],
  ['neg-payments/stripe-charge', (c) => `{"id":"ch_3${c.alnum(23)}","object":"charge","amount":${c.int(499, 4999)},"currency":"usd","customer":"cus_${c.alnum(14)}","payment_method":"pm_1${c.alnum(23)}","payment_method_details":{"card":{"brand":"visa","last4":"${c.r.digits(4)}","exp_month":${c.int(1, 12)},"exp_year":20${c.int(26, 31)},"fingerprint":"${c.alnum(16)}","funding":"credit"},"type":"card"},"status":"succeeded","receipt_url":"https://pay.stripe.com/receipts/payment/${c.b64url(60)}"}`],
  ['neg-ci/git-log', (c) => `commit ${c.hex(40)}
Merge: ${c.hex(7)} ${c.hex(7)}
Date:   ${new Date(c.epoch() * 1000).toUTCString()}

    tns: raise nudity threshold for profile photos to 0.${c.int(80, 95)} (#${c.int(1000, 9999)})

 src/moderation/thresholds.ts | ${c.int(2, 30)} ++--`],
  ['neg-ci/image-digests', (c) => `REPOSITORY                          TAG        IMAGE ID       DIGEST
ghcr.io/heartline/moderation-api    v${c.int(1, 4)}.${c.int(0, 30)}.${c.int(0, 9)}    ${c.hex(12)}   sha256:${c.hex(64)}
ghcr.io/heartline/push-gateway      v2.${c.int(0, 9)}.0     ${c.hex(12)}   sha256:${c.hex(64)}`],
  ['neg-config/k8s-secret-ref', (c) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: kyc-relay, labels: { app: kyc-relay, team: trust-safety } }
spec:
  replicas: ${c.int(2, 6)}
  template:
    spec:
      containers:
        - name: relay
          image: registry.internal/kyc-relay@sha256:${c.hex(64)}
          env:
            - name: VERIFF_SHARED_SECRET_KEY
              valueFrom: { secretKeyRef: { name: veriff, key: shared-secret } }
            - name: SUMSUB_APP_TOKEN
              valueFrom: { secretKeyRef: { name: sumsub, key: app-token } }`],
  ['neg-keys/jwks-public', (c) => `GET https://auth.sparkd.app/.well-known/jwks.json
{"keys":[{"kty":"RSA","use":"sig","kid":"${c.hex(16)}","alg":"RS256","n":"${c.b64url(342)}","e":"AQAB"}]}`],
  ['neg-keys/public-pem', (c) => `# Veriff decision webhooks are signed; verify with this public key (published in their docs)
${pubKey(c)}`],
  ['neg-reports/hashed-csv', (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) rows.push(`${c.int(1000000, 9999999)},${c.hex(64)},${c.pick(['spam', 'nudity', 'hate', 'minor_safety'])},${c.int(1, 40)},${c.ts()}`);
    return `report_id,reported_email_sha256,reason,report_count,first_seen\n${rows.join('\n')}`;
  }],
  ['neg-moderation/hash-match', (c) => `[hashmatch] ${c.ts()} media=${c.uuid()} pdq=${c.hex(64)} quality=${c.int(50, 100)} match_db=ncmec-industry distance=${c.int(0, 31)} threshold=31 result=${c.pick(['no_match', 'match_escalated'])} job=${c.reqId()}`],
  ['neg-http/rate-limit', (c) => `HTTP/1.1 429 Too Many Requests
x-request-id: ${c.uuid()}
x-ratelimit-limit: ${c.int(100, 1000)}
x-ratelimit-remaining: 0
x-ratelimit-reset: ${c.epoch()}
retry-after: ${c.int(1, 60)}
content-type: application/json

{"error":"rate_limited","message":"Too many swipe requests","request_id":"req_${c.alnum(14)}"}`],
  ['neg-support/company-contact', (c) => `Thanks for contacting Heartline Support (case ${c.int(100000, 999999)}).
Our Trust & Safety team reviewed your report and took action under our Community Guidelines section ${c.int(2, 9)}.${c.int(1, 9)}.
Questions? Email safety@heartline.app or call our support line 1-800-555-0199 (Mon–Fri, 9am–5pm PT).
Heartline Inc., 500 Market Street, Suite 1200, San Francisco, CA 94105`],
  ['neg-config/flags-yaml', (c) => `flags:
  - key: verified_badge_v2
    id: ${c.uuid()}
    rollout: ${c.int(0, 100)}
    salt: "${c.pick(['alpha', 'beta', 'gamma'])}-${c.int(1, 9)}"
  - key: ai_image_moderation
    id: ${c.uuid()}
    rollout: ${c.int(0, 100)}
    variants: [control, hive, rekognition]`],
  ['neg-sql/schema', (c) => `CREATE TABLE abuse_reports (
  id            bigserial PRIMARY KEY,
  reporter_id   bigint NOT NULL REFERENCES users(id),
  target_id     bigint NOT NULL REFERENCES users(id),
  reason        text   NOT NULL CHECK (reason IN ('spam','harassment','underage','scam')),
  evidence_url  text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX abuse_reports_target_idx_${c.hex(6)} ON abuse_reports (target_id, created_at DESC);`],
  ['neg-stack/node-trace', (c) => `TypeError: Cannot read properties of undefined (reading 'matchId')
    at buildNotification (/app/dist/notify/builder.js:${c.int(10, 300)}:${c.int(5, 40)})
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Worker.run (/app/node_modules/bullmq/dist/cjs/classes/worker.js:${c.int(300, 600)}:27) {
  jobId: '${c.int(100000, 999999)}', queue: 'push-fanout', attemptsMade: ${c.int(1, 5)}
}`],
  ['neg-docs/pubnub-demo', (c) => `const pubnub = new PubNub({
  publishKey: 'demo',
  subscribeKey: 'demo',
  userId: 'myUniqueUserId', // replace with your own id
});
pubnub.publish({ channel: 'lobby-${c.int(1, 99)}', message: { text: 'hello world' } });`],
  ['neg-chat/slack-ids', (c) => `{"type":"message","channel":"C0${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}","user":"U0${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}","text":"queue depth alert: image_nsfw backlog ${c.int(100, 9000)} items","ts":"${c.epoch()}.${c.r.digits(6)}","team":"T0${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}"}`],
  ['neg-logs/masked-pii', (c) => `${c.ts()} INFO  [signup] verification sent email=m***@g***.com phone=+1******${c.r.digits(4)} card=****${c.r.digits(4)} ssn=***-**-${c.r.digits(4)} session=${c.uuid()}`],
  ['neg-http/cursor-b64', (c) => {
    const cur = Buffer.from(JSON.stringify({ offset: c.int(20, 400), sort: 'recent', v: 2 })).toString('base64');
    return `GET /api/v1/moderation/queue?limit=50&cursor=${encodeURIComponent(cur)} HTTP/1.1
Host: admin.tribe.social
Accept: application/json
X-Request-Id: ${c.uuid()}`;
  }],
  ['neg-video/agora-events', (c) => `[rtc] ${c.ts()} join channel=date_${c.hex(10)} uid=${c.int(1000, 99999)} sdk=4.${c.int(0, 23)}.${c.int(0, 9)} codec=vp8 region=NA elapsed_ms=${c.int(80, 900)} sid=${c.upperHex(32)}`],
  ['neg-creator/patreon-campaign', (c) => `{"data":{"type":"campaign","id":"${c.int(1000000, 9999999)}","attributes":{"created_at":"${c.ts()}","patron_count":${c.int(10, 9000)},"is_monthly":true,"url":"https://www.patreon.com/c/${c.pick(['pixelcrafts', 'lofiden', 'tabletoptales'])}"},"relationships":{"tiers":{"data":[{"id":"${c.int(1000000, 9999999)}","type":"tier"}]}}},"links":{"self":"https://www.patreon.com/api/oauth2/v2/campaigns/${c.int(1000000, 9999999)}"}}`],
];
