/**
 * Blind set 84: negative-only generators: dumps full of ids, hashes and public keys that surround
 * leaks without being one; client configs with placeholders and masked headers; base64 cursors
 * and relay ids that decode to harmless JSON. None holds a person's details or a secret.
 */
import { type Ctx } from './blind-set-84-ctx';
import { cfRay, contentMd5, etag, gitSha, hubspotIds, moment, podName, sfId, sha256Hex, stripeId, stripePk, traceparent, twilioId } from './blind-set-84-noise';
import { ALNUM, b64, b64url } from './blind-set-84-rng';

/** A successful-call debug dump: provider object ids, request and trace ids, ETags and hashes. */
export function idsDump(ctx: Ctx): string {
  const r = ctx.r;
  const m = moment(r);
  const k = r.int(0, 3);
  const common = [`traceparent: ${traceparent(r)}`, `Reply-To: ${r.pick(['noreply@github.com', 'support@stripe.com', 'no-reply@twilio.com', 'support@zendesk.com', 'noreply@salesforce.com'])}`, `x-datadog-trace-id: ${r.int(1e9, 9e9)}${r.digits(9)}`, `x-b3-traceid: ${r.hex(16)}`, `X-Request-Id: ${r.uuid()}`, `ETag: ${etag(r)}`];
  if (k === 0) {
    const pi = stripeId(r, 'pi');
    const obj = { id: pi, object: 'payment_intent', amount: r.int(500, 90000), currency: 'usd', customer: stripeId(r, 'cus').slice(0, 18), latest_charge: stripeId(r, 'ch'), payment_method: stripeId(r, 'pm'), status: 'requires_capture', livemode: true };
    return `${m.iso} debug stripe: POST /v1/payment_intents/${pi}/capture -> 402 (req ${stripeId(r, 'req')})\nIdempotency-Key: ${r.uuid()}\nStripe-Account: ${stripeId(r, 'acct').slice(0, 21)}\n${common.join('\n')}\nresponse.error.payment_intent: ${JSON.stringify(obj)}\nconfig: STRIPE_PUBLISHABLE_KEY=${stripePk(r)} STRIPE_API_VERSION=2024-04-10 release=${gitSha(r)}`;
  }
  if (k === 1) {
    const ids = hubspotIds(r);
    return `${m.log} WARNING crm.sync: upsert conflict portalId=${ids.portalId} objectId=${ids.objectId} correlationId=${ids.correlationId}\n${m.log} INFO crm.sync: salesforce Contact ${sfId(r, '003')} linked to Account ${sfId(r, '001')} Opportunity ${sfId(r, '006')}\n${m.log} DEBUG crm.sync: response headers {'ETag': '${etag(r).replace(/"/g, '')}', 'Content-MD5': '${contentMd5(r)}', 'X-HubSpot-Correlation-Id': '${ids.correlationId}', 'CF-RAY': '${cfRay(r)}'}`;
  }
  if (k === 2) {
    const sm = twilioId(r, 'SM');
    const ac = twilioId(r, 'AC');
    return `${m.iso} INFO notify: twilio status callback POST /webhooks/twilio/status body=MessageSid=${sm}&SmsSid=${sm}&AccountSid=${ac}&MessagingServiceSid=${twilioId(r, 'MG')}&MessageStatus=${r.pick(['undelivered', 'failed'])}&ErrorCode=${r.pick(['30003', '30005', '30006'])}&ApiVersion=2010-04-01\n${m.iso} WARN notify: message ${sm} failed, account ${ac}, ${common[0]}`;
  }
  return `${m.iso} DEBUG s3: PUT https://acme-exports-prod.s3.eu-west-1.amazonaws.com/reports/${r.uuid()}.csv.gz -> 503 SlowDown\nx-amz-content-sha256: ${sha256Hex(r)}\nContent-MD5: ${contentMd5(r)}\nx-amz-request-id: ${r.chars('ABCDEF0123456789', 16)}\nx-amz-id-2: ${b64(r.bytes(56))}\nUser-Agent: aws-sdk-js/3.598.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.14.0 api/s3#3.598.0\nhost: ${podName(r)}\n${r.chance(0.5) ? 'localstack fixture creds: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (docs example)' : `deploy ${gitSha(r)} by ci`}`;
}

/** A client configuration dump with env placeholders and already-masked credentials. */
export function placeholderConfig(ctx: Ctx): string {
  const r = ctx.r;
  const m = moment(r);
  const ph = () => r.pick(['${STRIPE_SECRET_KEY}', '${HUBSPOT_TOKEN}', '<token>', '{{api_key}}', '$SENDGRID_API_KEY', '[REDACTED]', '***', '<redacted>', '[Filtered]', '%env(OPENAI_API_KEY)%', '#{ENV.fetch("ZENDESK_TOKEN")}']);
  const k = r.int(0, 2);
  if (k === 0) return `${m.iso} info http client configured ${JSON.stringify({ baseURL: r.pick(['https://api.stripe.com', 'https://api.hubapi.com', 'https://api.sendgrid.com']), timeout: 30000, headers: { Authorization: `Bearer ${ph()}`, 'X-Api-Key': ph(), 'User-Agent': 'acme-integrations/4.12.0' }, retry: { limit: 3, statusCodes: [429, 502, 503] } })}`;
  if (k === 1) return `+ curl -sS -X POST https://api.${r.pick(['zendesk.com', 'mailgun.net', 'hubapi.com'])}/v3/ping -H "Authorization: Bearer ${ph()}" -H 'X-Api-Key: ${ph()}' -u "api:${ph()}"\ncurl: (22) The requested URL returned error: 401\nAuthorization: Basic ********\nCookie: session=${ph()}; locale=en-GB`;
  return `${m.log} DEBUG settings loaded: {'STRIPE_API_KEY': '${ph()}', 'PLAID_SECRET': '${ph()}', 'PLAID_CLIENT_ID': '${r.hex(24)}', 'OKTA_API_TOKEN': 'SSWS ${ph()}', 'DATABASE_URL': 'postgres://app:${ph()}@db.internal:5432/app', 'SENTRY_DSN': None}`;
}

/** Pagination cursors, relay ids and continuation tokens: base64 of harmless JSON. */
export function base64Cursors(ctx: Ctx): string {
  const r = ctx.r;
  const m = moment(r);
  const pageInfo = b64url(JSON.stringify({ direction: 'next', last_id: r.int(1e12, 9e12), last_value: `2024-0${r.int(1, 9)}-1${r.int(0, 9)} 10:12:01.221` }));
  const gid = b64(`gid://shopify/Customer/${r.int(1e12, 9e12)}`);
  const cont = b64(JSON.stringify({ offset: r.int(100, 9000), limit: 100, sort: 'created_at' }));
  const zd = b64(JSON.stringify({ o: 'nice_id', v: b64(r.bytes(8)) }));
  const lines = [`Link: <https://${r.pick(['acme-store', 'northwind-outlet'])}.myshopify.com/admin/api/2024-01/customers.json?limit=250&page_info=${pageInfo}>; rel="next"`, `node id: ${gid}`, `continuationToken=${cont}`, `after_cursor: ${zd}`, `starting_after=${stripeId(r, 'cus').slice(0, 18)}`, `x-amzn-trace-id: Root=1-${r.hex(8)}-${r.hex(24)}`, `Next-Token: ${r.chars(ALNUM, 8)}`];
  return `${m.iso} warn sync: page fetch failed with 503, resuming from cursor\n${r.shuffle(lines).slice(0, r.int(4, 7)).join('\n')}`;
}
