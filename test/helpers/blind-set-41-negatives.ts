import { Rng9 } from './blind-set-9-rng';
import * as g from './blind-set-41-gen';
import { luhnOk, ibanOk } from './blind-set-41-people';

/** Set 41 negatives: the same providers, key names and formats, holding only things that are not secrets nor personal data. */
export type NTpl = (r: Rng9) => string;

const privIp = (r: Rng9): string =>
  r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `127.0.0.${r.int(1, 9)}`, () => `169.254.${r.int(1, 254)}.${r.int(1, 254)}`])();
const docIp = (r: Rng9): string => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
const docMail = (r: Rng9): string => `${r.pick(['jane.doe', 'ops', 'john.smith', 'alice', 'bob', 'billing', 'hr-team'])}@${r.pick(['example.com', 'example.org', 'example.net', 'acme.test', 'corp.example', 'mail.invalid'])}`;

/** A 16-digit number whose Luhn check fails. */
function badLuhn(r: Rng9): string {
  for (;;) {
    const s = String(r.int(1, 9)) + r.digits(15);
    if (!luhnOk(s)) return s;
  }
}

/** An IBAN-shaped string whose mod-97 check fails. */
function badIban(r: Rng9): string {
  for (;;) {
    const s = `${r.pick(['DE', 'NL', 'FR', 'AT'])}${r.int(10, 99)}${r.pick(['', 'INGB', 'ABNA'])}${r.digits(16)}`;
    if (!ibanOk(s)) return s;
  }
}

export const negativeTpls: [string, NTpl][] = [
  ['neg-stripe-publishable', (r) => `<script src="https://js.stripe.com/v3/"></script>\n<script>\n  // Typeform payment block + Stripe Elements on the booking page\n  const stripe = Stripe('pk_live_51${r.b62(14)}${r.b62(80)}');\n  const elements = stripe.elements({ locale: 'en' });\n</script>`],
  ['neg-firebase-web-config', (r) => `const firebaseConfig = {\n  apiKey: "AIzaSy${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 33)}",\n  authDomain: "forms-${r.int(1000, 9999)}.firebaseapp.com",\n  projectId: "forms-${r.int(1000, 9999)}",\n  storageBucket: "forms-${r.int(1000, 9999)}.appspot.com",\n  messagingSenderId: "${r.digits(12)}",\n  appId: "1:${r.digits(12)}:web:${r.hex(22)}"\n};`],
  ['neg-sentry-dsn', (r) => `# n8n custom image\nN8N_DIAGNOSTICS_ENABLED=false\nN8N_SENTRY_DSN=https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}\nN8N_LOG_LEVEL=info\nN8N_METRICS=true`],
  ['neg-doc-emails', (r) => `Zap "New Calendly invitee → Slack" test run ${r.int(100000000, 999999999)}: sample data used\n{"email":"${docMail(r)}","name":"Test Invitee","cancel_url":"https://calendly.example/cancellations/${r.uuid()}","reschedule_url":"https://calendly.example/reschedulings/${r.uuid()}"}`],
  ['neg-private-ips', (r) => `${g.isoTime(r)} INFO  [http-listener] accepted connection from ${privIp(r)}:${r.int(30000, 65000)} -> ${privIp(r)}:8081 (mule-worker-${r.int(0, 3)})\n${g.isoTime(r)} INFO  upstream n8n-webhook=${privIp(r)}:5678 health=OK latency_ms=${r.int(2, 90)}\n${g.isoTime(r)} DEBUG x-forwarded-for: ${docIp(r)}, ${privIp(r)}`],
  ['neg-aws-doc-keys', (r) => `# Boomi Amazon S3 connector — example from the runbook, replace before use\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = eu-west-${r.int(1, 3)}\nbucket = kestrel-boomi-archive-${r.int(10, 99)}`],
  ['neg-env-example', (r) => `# .env.example for the Slack/Jira bridge — copy to .env\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_SIGNING_SECRET=<your-signing-secret>\nJIRA_API_TOKEN=\${JIRA_API_TOKEN}\nNOTION_TOKEN={{ secrets.NOTION_TOKEN }}\nDB_PASSWORD=changeme\nPORT=${r.int(3000, 3999)}`],
  ['neg-masked-payment', (r) => `Stripe charge ch_${r.b62(24)} failed: card_declined\n  card: ${r.pick(['visa', 'mastercard', 'amex'])} ****${r.digits(4)}  exp ${r.int(1, 12)}/${r.int(26, 31)}\n  fingerprint masked in export: 4111********1111\n  payout IBAN: DE** **** **** **** **${r.digits(2)} ${r.digits(2)}`],
  ['neg-redacted-log', (r) => `[workato] ${g.isoTime(r)} request POST https://api.box.com/oauth2/token\n  headers: {"Authorization":"Bearer [REDACTED]","Content-Type":"application/x-www-form-urlencoded"}\n  body: client_id=[FILTERED]&client_secret=********&grant_type=refresh_token&refresh_token=REDACTED\n  status: 200 in ${r.int(80, 900)} ms`],
  ['neg-ids', (r) => `zap_run_id=${r.uuid()} step_id=${r.uuid()} request_id=req_${r.hex(24)} traceparent=00-${r.hex(32)}-${r.hex(16)}-01 execution_id=${r.int(100000, 999999)} workflow_id=${r.b62(16)}`],
  ['neg-hashes', (r) => `Bitbucket pipeline #${r.int(100, 9999)} on commit ${r.hex(40)}\n  artifact forge-app.zip sha256:${r.hex(64)}\n  Box file version id ${r.int(1000000000000, 9999999999999)} sha1 ${r.hex(40)}\n  Dropbox rev: ${r.hex(9)}${r.digits(5)} content_hash: ${r.hex(64)}\n  ETag: "${r.hex(32)}"`],
  ['neg-k8s-arn', (r) => `NAME                                READY   STATUS    RESTARTS   AGE\nn8n-main-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}       1/1     Running   0          ${r.int(2, 40)}d\nn8n-worker-${r.hex(9)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}     1/1     Running   ${r.int(0, 3)}          ${r.int(2, 40)}d\n# secret source: arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/n8n/encryption-key-${r.b62(6)}`],
  ['neg-bad-luhn', (r) => `Shopify order export (via Celigo)\norder_number,tracking_number,gift_card_batch\n${r.int(1000, 9999)},${badLuhn(r)},GC-${r.int(100, 999)}\n${r.int(1000, 9999)},${badLuhn(r)},GC-${r.int(100, 999)}`],
  ['neg-bad-iban', (r) => `Make scenario "Supplier onboarding" validation report\n  row ${r.int(2, 90)}: IBAN ${badIban(r)} rejected (checksum mismatch)\n  row ${r.int(2, 90)}: IBAN ${badIban(r)} rejected (checksum mismatch)`],
  ['neg-low-entropy', (r) => `# local dev only\nTRAY_API_TOKEN=${'0'.repeat(64)}\nCELIGO_TOKEN=${'abcdef'.repeat(5)}ab\nJOTFORM_API_KEY=1234567890abcdef1234567890abcdef\nPANDADOC_API_KEY=${'x'.repeat(40)}\nRETRIES=${r.int(1, 9)}`],
  ['neg-timestamps-builds', (r) => `Boomi Atom ${r.int(20, 25)}.${r.int(1, 12)}.${r.int(0, 9)} build ${r.int(10000, 99999)} started ${g.isoTime(r)} (epoch_ms=${g.epoch(r)}${r.digits(3)})\nProcess execution execution-${r.uuid()}-${new Date(g.epoch(r) * 1000).toISOString().slice(0, 10).replace(/-/g, '.')}\nversion=${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 99)}`],
  ['neg-slack-event', (r) => `{"token":"<verification-token>","team_id":"T${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","api_app_id":"A${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","event":{"type":"message","channel":"C${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","user":"U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","text":"deploy done","ts":"${g.epoch(r)}.${r.digits(6)}"},"event_id":"Ev${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","event_time":${g.epoch(r)}}`],
  ['neg-graph-ids', (r) => `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#applications","value":[{"id":"${r.uuid()}","appId":"${r.uuid()}","displayName":"zapier-graph-connector","passwordCredentials":[{"keyId":"${r.uuid()}","displayName":"prod","hint":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 3)}","endDateTime":"${g.isoTime(r)}","secretText":null}],"@odata.etag":"W/\\"${r.hex(16)}\\""}]}`],
  ['neg-sa-redacted', (r) => `{\n  "type": "service_account",\n  "project_id": "sheets-sync-${r.int(100000, 999999)}",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n<REDACTED>\\n-----END PRIVATE KEY-----\\n",\n  "client_id": "${r.digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`],
  ['neg-truncated', (r) => `Rotation checklist (OPS-${r.int(100, 999)}):\n- Stripe restricted key sk_test_... rotated, new one in Vault at kv/zapier/stripe\n- Slack bot token xoxb-… reissued after the app reinstall\n- Jira API token ATATT3xFfGF0… revoked for the departed admin\n- Box client secret ending "…${r.chars('abcdefghijklmnopqrstuvwxyz', 2)}" regenerated on ${g.isoTime(r).slice(0, 10)}`],
  ['neg-empty-keys', (r) => `zoom:\n  account_id: ""\n  client_id: ""\n  client_secret: ""   # set via ZOOM_CLIENT_SECRET\n  webhook_secret_token: null\ndocusign:\n  integration_key: \${DS_CLIENT_ID}\n  private_key_path: /run/secrets/docusign.pem\n  retries: ${r.int(1, 5)}`],
  ['neg-doc-hooks', (r) => `Configure the Zap trigger to post to https://hooks.example.com/catch/${r.int(1000, 9999)}/test and the n8n webhook at https://n8n.acme.test/webhook/${r.uuid()}.\nLocal tunnel: http://localhost:5678/webhook-test/${r.uuid()} (forwarded from ${privIp(r)})\nZapier placeholder: https://hooks.zapier.com/hooks/catch/000000/xxxxxx/`],
  ['neg-hashed-audience', (r) => `email_sha256,phone_sha256,segment\n${r.hex(64)},${r.hex(64)},renewal-${r.int(1, 9)}\n${r.hex(64)},${r.hex(64)},renewal-${r.int(1, 9)}\n${r.hex(64)},${r.hex(64)},churn-risk`],
  ['neg-vault-refs', (r) => `connections:\n  - name: airtable-prod\n    token: vault:secret/data/ipaas/airtable#token\n  - name: asana\n    token: "{{ lookup('env', 'ASANA_PAT') }}"\n  - name: smartsheet\n    token: !secret smartsheet_token\n  - name: clickup\n    token: $(cat /run/secrets/clickup_${r.int(1, 9)})`],
  ['neg-zoom-room-join', (r) => `{"event":"meeting.participant_joined","event_ts":${g.epoch(r)}${r.digits(3)},"payload":{"account_id":"${r.b62(22)}","object":{"id":"${r.int(80000000000, 99999999999)}","topic":"Weekly sync","participant":{"user_id":"${r.int(16000000, 16999999)}","user_name":"Conference Room ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}","email":"${docMail(r)}","ip_address":"${privIp(r)}","join_time":"${g.isoTime(r)}"}}}}`],
  ['neg-docusign-masked', (r) => `{"event":"envelope-completed","data":{"envelopeSummary":{"status":"completed","recipients":{"signers":[{"name":"Payroll Test Signer","email":"${docMail(r)}","tabs":{"textTabs":[{"tabLabel":"SSN","value":"***-**-${r.digits(4)}"},{"tabLabel":"RoutingNumber","value":"*****${r.digits(4)}"},{"tabLabel":"AccountNumber","value":"XXXXXX${r.digits(4)}"}]}}]}}}}`],
  ['neg-slack-oauth-redacted', (r) => `oauth.v2.access -> 200 {"ok":true,"app_id":"A${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","scope":"chat:write","token_type":"bot","access_token":"xoxb-[REDACTED]","refresh_token":"xoxe-1-********","expires_in":43200,"team":{"id":"T${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}"}}`],
  ['neg-jira-curl-env', (r) => `$ curl -s -u "$JIRA_USER:$JIRA_API_TOKEN" -H "Accept: application/json" "https://kestrel.atlassian.net/rest/api/3/issue/OPS-${r.int(100, 9999)}?fields=status"\n{"id":"${r.int(10000, 99999)}","key":"OPS-${r.int(100, 9999)}","fields":{"status":{"name":"Done","id":"${r.int(1, 20)}"}}}\n# JIRA_USER=svc-automation@${r.pick(['example.com', 'example.org', 'acme.test'])}`],
  ['neg-payroll-test-rows', (r) => `employee_id,legal_name,ssn,routing_number,account_number\nTEST-${r.int(1, 99)},"Test Employee",000-00-0000,000000000,0000000000\nTEST-${r.int(100, 199)},"Sample Worker",123-45-6789,123456789,1234567890`],
];
