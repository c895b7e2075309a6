import type { G55 } from './blind-set-55-gen';
import { host, logLine, service, ts } from './blind-set-55-wrap';

type N = [string, (g: G55) => string];
const sha = (g: G55) => g.hex(40);

/** Alert texts of the same shape that hold no secret and no personal data. */
export const NEG_TEMPLATES: N[] = [
  ['trace-ids', (g) => logLine(g, 'error', 'upstream timeout', [['dd.trace_id', String(g.int(1, 9)) + g.digits(18)], ['dd.span_id', String(g.int(1, 9)) + g.digits(17)], ['request_id', g.uuid()], ['duration_ms', String(g.int(3000, 30000))]])],
  ['git-build', (g) => `Deploy of ${service(g)} failed at build #${g.int(1000, 99999)}\ncommit ${sha(g)} (${g.pick(['main', 'release/2026.11'])})\nimage: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/${service(g)}@sha256:${g.hex(64)}\nversion: v${g.int(1, 9)}.${g.int(0, 40)}.${g.int(0, 20)}-rc.${g.int(1, 5)}`],
  ['placeholders', (g) => `Config check warning for ${service(g)}: default values still in use\n  STRIPE_SECRET_KEY=<YOUR_STRIPE_SECRET_KEY>\n  DD_API_KEY=\${DD_API_KEY}\n  DATABASE_URL=postgresql://user:password@localhost:5432/dbname\n  GITHUB_TOKEN={{ secrets.GITHUB_TOKEN }}\n  SLACK_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx`],
  ['redacted', (g) => logLine(g, 'warn', 'auth header rejected', [['authorization', 'Bearer ****************'], ['api_key', '[REDACTED]'], ['password', '********'], ['card', `**** **** **** ${g.digits(4)}`], ['email', '<redacted>']])],
  ['publishable', (g) => `Stripe.js init error on checkout page: publishable key ${g.pick(['pk_live_', 'pk_test_'])}51${g.b62(97)} does not match account acct_${g.b62(16)}\nbrowser: Chrome ${g.int(110, 131)}.0.${g.int(1000, 6999)}.${g.int(10, 200)}`],
  ['ssh-public', (g) => `authorized_keys sync on ${host(g)} rejected key (duplicate):\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(32).slice(0, 43)} deploy@ci-runner\nfingerprint SHA256:${g.b64(32).replace(/=+$/, '')}`],
  ['pubkey-pem', (g) => `JWKS refresh failed: kid ${g.hex(16)} not found; cached public key:\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(120).slice(0, 20)}\n${g.b64(48)}\n-----END PUBLIC KEY-----`],
  ['company-contact', (g) => `Vendor escalation for ${service(g)} outage: contact ${g.pick(['support@acme-shop.com', 'billing@acme-shop.com', 'noc@fastly.com', 'security@acme.io'])} or call the NOC line ${g.pick(['+1 800 555 0199', '+44 20 7946 0000', '1-888-555-0142'])}.\nAcme Shop Inc., 500 Howard Street, Suite 300, San Francisco, CA 94105`],
  ['amounts', (g) => logLine(g, 'error', 'settlement mismatch', [['batch_id', `BATCH-${g.digits(8)}`], ['expected_total', `${g.int(1000, 99999)}.${g.int(10, 99)} EUR`], ['actual_total', `${g.int(1000, 99999)}.${g.int(10, 99)} EUR`], ['currency', 'EUR'], ['merchant_id', `acct_${g.b62(16)}`]])],
  ['metrics', (g) => `[Triggered] avg(last_5m):avg:system.cpu.user{service:${service(g)}} by {host} > 90\nValue: ${g.int(90, 100)}.${g.int(0, 99)} on ${host(g)}\nThreshold: 90 · Warning: 80\nhttps://app.datadoghq.com/monitors/${g.int(1000000, 99999999)}?group=host%3A${host(g)}`],
  ['hashes', (g) => `Integrity check failed for artifact ${service(g)}-${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.tgz\nexpected sha512-${g.b64(64)}\nactual   sha512-${g.b64(64)}\nmd5 ${g.hex(32)}`],
  ['base64-public', (g) => {
    const payload = Buffer.from(JSON.stringify({ event: 'order.shipped', order_id: `ord_${g.digits(9)}`, carrier: g.pick(['UPS', 'DHL', 'FedEx']), items: g.int(1, 9) })).toString('base64');
    return logLine(g, 'warn', 'pubsub message nacked', [['message_id', g.digits(16)], ['data', payload], ['attempt', String(g.int(2, 9))]]);
  }],
  ['docs-example', (g) => `Runbook excerpt (from docs): To rotate the key run\n  export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n  export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nthen redeploy ${service(g)}. Never paste real keys in alerts.`],
  ['k8s-event', (g) => `Kubernetes event: Back-off restarting failed container ${service(g)} in pod ${service(g)}-${g.hex(10).slice(0, 9)}-${g.chars('bcdfghjklmnpqrstvwxz2456789', 5)}\nreason: CrashLoopBackOff · count: ${g.int(3, 90)} · node: ${host(g)}\nexit code: ${g.pick([1, 137, 139, 143])}`],
  ['http-public', (g) => `Synthetics API test "public status page" failed\nGET https://status.acme-shop.com/api/v2/summary.json\nResponse: HTTP/2 503\ncf-ray: ${g.hex(16)}-${g.pick(['FRA', 'AMS', 'IAD', 'SJC'])}\netag: W/"${g.hex(32)}"\nx-request-id: ${g.uuid()}\ncontent-length: ${g.int(100, 9999)}`],
  ['timestamps', (g) => `Job ${g.pick(['nightly-export', 'ledger-close', 'reindex'])} missed its schedule\nlast success: ${ts(g)}\nnext run: ${ts(g)}\ncron: 0 ${g.int(0, 23)} * * *\nlag: ${g.int(1, 90)}m${g.int(0, 59)}s`],
  ['stack-benign', (g) => `Error: ENOENT: no such file or directory, open '/app/config/${service(g)}.json'\n    at Object.openSync (node:fs:${g.int(500, 600)}:3)\n    at loadConfig (/app/dist/config.js:${g.int(10, 90)}:${g.int(2, 40)})\n    errno: -2, code: 'ENOENT', syscall: 'open'`],
  ['masked-pay', (g) => logLine(g, 'error', 'charge failed', [['card.brand', g.pick(['visa', 'mastercard', 'amex'])], ['card.last4', g.digits(4)], ['card.bin', '424242'], ['iban', `DE** **** **** **** **${g.digits(2)} ${g.digits(2)}`], ['decline_code', 'insufficient_funds']])],
  ['template-vars', () => `{{#is_alert}}@slack-payments Error rate on {{service.name}} is {{value}} (threshold {{threshold}}). User: {{log.attributes.usr.email}} Token: {{secret.name}}{{/is_alert}}\n{{#is_recovery}}Recovered{{/is_recovery}}`],
  ['versions', (g) => `Dependency drift detected on ${service(g)}:\n  openssl 3.0.${g.int(1, 15)} -> 3.0.${g.int(1, 15)}\n  node v${g.int(18, 22)}.${g.int(0, 20)}.${g.int(0, 9)}\n  com.fasterxml.jackson.core:jackson-databind:2.${g.int(12, 18)}.${g.int(0, 4)}\n  go1.${g.int(20, 23)}.${g.int(0, 9)} linux/amd64`],
  ['ids-sql', (g) => `ERROR: deadlock detected\nDETAIL: Process ${g.int(1000, 99999)} waits for ShareLock on transaction ${g.int(1000000, 9999999)}; blocked by process ${g.int(1000, 99999)}.\nSTATEMENT: UPDATE orders SET status = 'shipped' WHERE id = ${g.int(100000, 9999999)} AND tenant_id = '${g.uuid()}'`],
  ['uuid-table', (g) => `| Host | Service | Content |\n|---|---|---|\n| ${host(g)} | ${service(g)} | retry ${g.int(1, 5)}/5 for job ${g.uuid()} (queue=${g.pick(['default', 'mailers', 'critical'])}) |\n| ${host(g)} | ${service(g)} | dead-lettered ${g.uuid()} |`],
  ['status-codes', (g) => `method=GET path=/healthz format=json controller=HealthController action=show status=${g.pick([500, 503])} duration=${g.int(1, 900)}.${g.int(10, 99)} view=0.00 db=${g.int(0, 90)}.${g.int(10, 99)} request_id=${g.uuid()}`],
  ['env-names', (g) => `Missing required environment variables for ${service(g)}: DD_API_KEY, STRIPE_SECRET_KEY, DATABASE_PASSWORD, JWT_SIGNING_KEY\nSet them in the ${g.pick(['helm values', 'ECS task definition', 'Vault path secret/data/prod'])} and redeploy.`],
  ['jwt-header-only', (g) => logLine(g, 'warn', 'unsupported token algorithm', [['jwt.header', Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')], ['jwt.kid', g.hex(16)], ['issuer', 'https://auth.acme-shop.com/']])],
];
