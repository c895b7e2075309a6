import type { NegTpl } from './blind-set-72-core';

const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Negatives: provider object ids, public keys by design, request and trace ids. */
export const NEG_A: NegTpl[] = [
  // Stripe publishable keys are public by design (shipped to browsers).
  ['stripe-publishable', (x) => `window.__CONFIG__ = {"stripePublishableKey":"pk_live_51${x.alnum(97)}","apiBase":"https://api.example.com","release":"web@${x.r.int(3, 9)}.${x.r.int(0, 30)}.${x.r.int(0, 9)}"}`],
  ['stripe-object-ids', (x) => `[${x.ts()}] INFO payment_intent.succeeded id=evt_${x.alnum(24)} pi=pi_${x.alnum(24)} charge=ch_${x.alnum(24)} customer=cus_${x.alnum(14)} amount=${x.amount()} currency=usd request=req_${x.alnum(14)} livemode=true`],
  ['stripe-signature-header', (x) => `DEBUG webhook received: Stripe-Signature: t=${x.epoch()},v1=${x.hex(64)},v0=${x.hex(64)} event=evt_${x.alnum(24)} type=invoice.paid api_version=2024-06-20`],
  ['stripe-masked-key', (x) => `StripeAuthenticationError: Invalid API Key provided: sk_live_************************${x.alnum(4)} (request req_${x.alnum(14)})`],
  ['slack-ids', (x) => `slack: chat.postMessage ok channel=C0${x.upper(9)} ts=${x.epoch()}.${x.num(6)} user=U0${x.upper(9)} team=T0${x.upper(9)} bot_id=B0${x.upper(9)} app_id=A0${x.upper(9)} thread_ts=${x.epoch()}.${x.num(6)}`],
  ['slack-masked-token', (x) => `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/conversations.history) {'ok': False, 'error': 'missing_scope', 'needed': 'channels:history', 'provided': 'chat:write'} token=xoxb-****-****-****${x.alnum(4)}`],
  // A Twilio Account SID is an account identifier printed in every resource URL; without its auth token it grants nothing.
  ['twilio-sids', (x) => `twilio: message queued sid=SM${x.hex(32)} account_sid=AC${x.hex(32)} messaging_service_sid=MG${x.hex(32)} status=queued num_segments=1 price_unit=USD uri=/2010-04-01/Accounts/AC${x.hex(32)}/Messages/SM${x.hex(32)}.json`],
  ['github-shas', (x) => `deploy: checked out ${x.hex(40)} (tree ${x.hex(40)}) for PR #${x.r.int(100, 9999)} node_id=PR_kwDO${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 16)} run_id=${x.num(10)} check_suite=CS_kwDO${x.alnum(18)}`],
  ['github-webhook-delivery', (x) => `octokit/webhooks: received push delivery=${x.uuid()} hook_id=${x.num(9)} x-hub-signature-256=sha256=${x.hex(64)} before=${x.hex(40)} after=${x.hex(40)} ref=refs/heads/main`],
  ['aws-arns-requestids', (x) => `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::${x.num(12)}:assumed-role/ci-deployer/${x.num(10)} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${x.num(12)}:role/billing-admin (RequestId: ${x.uuid()})`],
  // An access key id alone is an identifier (CloudTrail logs it on every call); with no secret beside it, nothing leaks.
  ['aws-cloudtrail-keyid', (x) => `{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA${x.upper(17)}","arn":"arn:aws:iam::${x.num(12)}:user/exporter","accessKeyId":"AKIA${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"},"eventTime":"${x.ts()}","eventSource":"s3.amazonaws.com","eventName":"PutObject","sourceIPAddress":"${x.ip()}","requestID":"${x.upper(16)}"}`],
  ['aws-docs-example', () => `# from the AWS CLI docs\naws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`],
  ['aws-s3-headers', (x) => `< HTTP/1.1 403 Forbidden\n< x-amz-request-id: ${x.upper(16)}\n< x-amz-id-2: ${x.r.b64(56)}\n< Content-Type: application/xml\n<Error><Code>SignatureDoesNotMatch</Code><RequestId>${x.upper(16)}</RequestId><HostId>${x.r.b64(56)}</HostId></Error>`],
  ['google-oauth-client-id', (x) => `google-signin: initialized client_id=${x.num(12)}-${x.r.chars(LOWNUM, 32)}.apps.googleusercontent.com redirect_uri=https://app.example.com/oauth/callback scope="openid email profile"`],
  // Firebase web config (apiKey included) is public by design: Firebase documents it as safe to ship in client code.
  ['firebase-web-config', (x) => { const proj = `acme-web-${x.num(4)}`; return `const firebaseConfig = {\n  apiKey: "AIza${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 35)}",\n  authDomain: "${proj}.firebaseapp.com",\n  projectId: "${proj}",\n  appId: "1:${x.num(12)}:web:${x.hex(22)}",\n  measurementId: "G-${x.upper(10)}"\n};`; }],
  // A Sentry DSN's key is public (it ships in browser bundles and only allows sending events).
  ['sentry-public-dsn', (x) => `Sentry.init({ dsn: "https://${x.hex(32)}@o${x.num(6)}.ingest.us.sentry.io/${x.num(16)}", release: "billing-web@${x.hex(7)}", tracesSampleRate: 0.2 })`],
  ['mapbox-public-token', (x) => `mapboxgl.accessToken = 'pk.${Buffer.from(JSON.stringify({ u: 'acme-maps', a: x.r.chars(LOWNUM, 25) })).toString('base64url')}.${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22)}';`],
  // The Supabase anon key is meant for browsers; row-level security guards the data.
  ['supabase-anon', (x) => `NEXT_PUBLIC_SUPABASE_ANON_KEY=${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'supabase', ref: x.r.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'anon', iat: 1700000000, exp: 2015000000 })).toString('base64url')}.${x.r.b64url(32)}\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_${x.alnum(31)}`],
  // An Algolia search-only key is the public key the docs tell you to ship to the frontend.
  ['algolia-search-only', (x) => `const searchClient = algoliasearch('${x.upper(10)}', '${x.hex(32)}'); // search-only API key, ACL: search`],
  ['shopify-domains-ids', (x) => `ShopifyAPI: webhook orders/paid shop=acme-${x.r.chars('abcdefghijklmnopqrstuvwxyz', 6)}.myshopify.com order=gid://shopify/Order/${x.num(13)} name=#${x.num(4)} line_items=[{sku:"TNT-${x.upper(4)}-${x.r.int(10, 99)}",variant_id:${x.num(14)},qty:${x.r.int(1, 5)}}] total=${x.r.int(10, 900)}.${x.num(2)} USD`],
  ['hubspot-ids', (x) => `hubspot: association created fromObjectId=${x.num(11)} toObjectId=${x.num(11)} portalId=${x.num(8)} pipeline=default dealstage=closedwon correlationId=${x.uuid()}`],
  // Salesforce record and org ids are identifiers, not session credentials.
  ['salesforce-record-ids', (x) => `Bulk API job 750${x.upper(15)} complete: processed=${x.r.int(10, 999)} failed=0 org=00D${x.upper(15)} first=001${x.upper(15)} owner=005${x.upper(15)} apiVersion=59.0`],
  ['okta-ids', (x) => `okta: system log event ${x.uuid()} eventType=user.session.start outcome=SUCCESS actor.id=00u${x.alnum(17)} client.id=0oa${x.alnum(17)} org=https://acme.okta.com`],
  ['pagerduty-ids', (x) => `pagerduty: incident P${x.upper(6)} triggered on service P${x.upper(6)} escalation_policy=P${x.upper(6)} dedup_key=${x.hex(32)} urgency=high`],
  ['datadog-trace-ids', (x) => `{"level":"error","msg":"upstream timeout","dd.trace_id":"${x.num(19)}","dd.span_id":"${x.num(19)}","dd.service":"billing-api","dd.env":"prod","dd.version":"${x.hex(7)}"}`],
  ['otel-traceparent', (x) => `traceparent: 00-${x.hex(32)}-${x.hex(16)}-01\ntracestate: dd=s:1;o:rum;t.dm:-0\nx-request-id: ${x.uuid()}\nx-b3-traceid: ${x.hex(32)}`],
  ['cloudflare-ids', (x) => `cloudflare: purge ok zone_id=${x.hex(32)} account_id=${x.hex(32)} cf-ray=${x.hex(16)}-${x.pick(['SJC', 'FRA', 'LHR', 'NRT'])} result.id=${x.hex(32)}`],
  ['vercel-ids', (x) => `Vercel deployment dpl_${x.alnum(28)} for project prj_${x.alnum(28)} (team_${x.alnum(24)}) is READY at https://billing-${x.r.chars(LOWNUM, 9)}-acme.vercel.app`],
];
