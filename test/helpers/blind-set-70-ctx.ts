import { aba70, acct70, iban70 } from './blind-set-70-people';
import { jwt70, S70, type Case70 } from './blind-set-70-secrets';

type Ctx = (c: Case70) => string;
const ip = (c: Case70) => `10.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(2, 250)}`;

/**
 * Context lines an alert pipeline attaches after the error itself (the worker's env, the retried
 * request's headers, the connection it used), each holding credentials of the payroll stack.
 */
const POOL: Ctx[] = [
  (c) => `  vault: renewed lease payroll/creds/sync-worker token=${c.c(`hvs.${S70.opaque(c.r, 90)}`, 'vault-token')}`,
  (c) => `DEBUG cache: redis://default:${c.c(S70.urlPassword(c.r), 'redis-password')}@${ip(c)}:6379/2 connected`,
  (c) => `  retry_context={"attempt":${c.r.int(2, 5)},"headers":{"Authorization":"Bearer ${c.c(S70.b64url(c.r, 36), 'bearer-token')}"}}`,
  (c) => `env: DD_API_KEY=${c.c(S70.hex(c.r, 32), 'datadog-api-key')} DD_SITE=datadoghq.com`,
  (c) => `  sentry upload skipped (SENTRY_AUTH_TOKEN=${c.c(`sntryu_${S70.hex(c.r, 64)}`, 'sentry-user-token')})`,
  (c) => `pagerduty routing_key=${c.c(S70.hex(c.r, 32), 'pagerduty-routing-key')} dedup_key=payroll-sync-${c.r.hex(8)}`,
  (c) => `Cookie: _payroll_session=${c.c(S70.b64url(c.r, 48), 'session-token')}; remember_user_token=${c.c(S70.b64url(c.r, 40), 'session-token')}`,
  (c) => `  amqp://payroll:${c.c(S70.urlPassword(c.r), 'amqp-password')}@${ip(c)}:5672/payroll (channel closed: PRECONDITION_FAILED)`,
  (c) => `mailer: smtp://apikey:${c.c(S70.sendgrid(c.r), 'sendgrid-api-key')}@smtp.sendgrid.net:587`,
  (c) => `  X-Internal-Auth: ${c.c(jwt70(c.r, { sub: 'payroll-sync', aud: 'hr-core', role: 'service' }, 'HS256'), 'jwt')}`,
  (c) => `~/.aws/credentials [payroll-exports]: aws_access_key_id = ${c.c(S70.awsKeyId(c.r), 'aws-access-key-id')} / aws_secret_access_key = ${c.c(S70.awsSecret(c.r), 'aws-secret-access-key')}`,
  (c) => `alert sink: ${c.c(S70.slackHook(c.r), 'slack-webhook-url')}`,
  (c) => `  MONGO_URL=mongodb+srv://payroll_app:${c.c(S70.urlPassword(c.r), 'db-password')}@cluster0.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/payroll?retryWrites=true`,
  (c) => `flags: LaunchDarkly sdk key ${c.c(`sdk-${c.r.uuid()}`, 'launchdarkly-sdk-key')} (stream reconnecting)`,
  (c) => `  es bulk index failed, Authorization: ApiKey ${c.c(Buffer.from(`${S70.opaque(c.r, 20)}:${S70.b64url(c.r, 16)}`).toString('base64'), 'elastic-api-key')}`,
  (c) => `  funding: ACH debit scheduled from routing ${c.f(aba70(c.r), 'aba-routing')} / account ${c.f(acct70(c.r), 'bank-account')} (company operating account)`,
  (c) => `  sepa: collection account ${c.f(iban70(c.r, c.r.pick(['DE', 'NL', 'FR', 'IE']), c.r.next() < 0.5), 'iban')} mandate MNDT-${c.r.digits(8)}`,
  (c) => `  psql "host=${ip(c)} dbname=payroll user=payroll_ro password=${c.c(S70.password(c.r), 'db-password')} sslmode=require"`,
];

/** Zero to two context lines for a case (drawn from its own stream). */
export function ctx70(c: Case70): string {
  const n = c.r.pick([0, 1, 1, 2, 2, 2]);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(c.r.pick(POOL)(c));
  return out.length ? `\n${out.join('\n')}` : '';
}
