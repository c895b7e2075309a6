import { logPrefix30, type NegTemplate30 } from './blind-set-30-case';
import type { Rng30 } from './blind-set-30-rng';

const CID = (r: Rng30) => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`;
const PUBKEY = (r: Rng30) => (Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), r.bytes(256), Buffer.from('0203010001', 'hex')]).toString('base64').match(/.{1,64}/g) ?? []).join('\n');

/** Look-alikes from CDPs, ad platforms, billing and operations: hashes, click ids, masked cards, public keys, digests. */
export const NEG_DATA30: NegTemplate30[] = [
  { id: 'neg-cdp/segment-placeholder', make: (r) => `Segment source "server-prod" setup checklist (ticket DATA-${r.num(4)})
- set SEGMENT_WRITE_KEY=<YOUR_WRITE_KEY> in the deployment (value lives in Vault at secret/data/segment/server-prod)
- curl https://api.segment.io/v1/track -u "\$SEGMENT_WRITE_KEY:" -d '{"userId":"test-user","event":"Setup Check"}'
- expect {"success":true}; source id ${r.b62(22)}, workspace slug brightpath` },
  { id: 'neg-cdp/rudder-health', make: (r) => `GET http://rudder-server:8080/health -> ${JSON.stringify({ appType: 'EMBEDDED', server: 'UP', db: 'UP', acceptingEvents: 'TRUE', routingEvents: r.pick(['TRUE', 'FALSE']), mode: 'NORMAL', backendConfigMode: 'API', lastSync: r.iso(), lastRegulationSync: r.iso() })}
${logPrefix30(r, 'WARN')} router: destination ${r.b62(27)} jobs pending=${r.int(1000, 90000)} throttled=true` },
  { id: 'neg-cdp/mparticle-ack', make: (r) => `mparticle batch accepted: 202 x-mp-trace-id=${r.hex(32)} batch_id=${r.num(18)} events=${r.int(1, 100)} mpid=${r.pick(['-', ''])}${r.num(19)}
source_request_id=${r.uuid()} environment=production received_at=${r.iso()}` },
  { id: 'neg-cdp/hightouch-run-summary', make: (r) => `Hightouch sync ${r.num(6)} run ${r.num(8)}: ${r.int(1000, 90000)} added, ${r.int(0, 9000)} changed, ${r.int(0, 900)} removed, ${r.int(1, 90)} failed
model SQL:
  select id as primary_key, email, phone, first_name, lifetime_value
  from analytics.dim_customers where marketing_opt_in and updated_at > current_date - 7
top error: "INVALID_EMAIL_ADDRESS" (${r.int(1, 90)} rows) — see run debugger for row details` },
  { id: 'neg-cdp/census-yaml', make: (r) => `# census/syncs/contacts_to_hubspot.yaml
sync:
  id: ${r.num(5)}
  source: { connection: snowflake_prod, model: marts.hubspot_contacts }
  destination: { connection: hubspot, object: contacts, mode: upsert, identifier: email }
  auth:
    api_token: \${CENSUS_API_TOKEN}
    snowflake_password: "{{ secrets.SNOWFLAKE_PASSWORD }}"
  schedule: "${r.int(0, 59)} */${r.int(2, 6)} * * *"` },
  { id: 'neg-cdp/pubsub-base64', make: (r) => {
    const data = Buffer.from(JSON.stringify({ event: 'campaign.sent', campaign_id: r.num(7), audience_size: r.int(1000, 900000), channel: 'email', sent_at: r.iso() })).toString('base64');
    return `pubsub push to /events/campaigns failed (500), redelivery ${r.int(1, 9)}
${JSON.stringify({ message: { data, messageId: r.num(16), publishTime: r.iso(), attributes: { source: 'braze-currents-bridge' } }, subscription: `projects/brightpath-mkt-${r.num(6)}/subscriptions/campaign-events` })}`;
  } },
  { id: 'neg-ads/google-ads-report', make: (r) => `customer_id,campaign_id,campaign,impressions,clicks,cost_micros,conversions
${[0, 1, 2].map(() => `${CID(r)},${r.num(11)},${r.pick(['Brand - EMEA', 'Generic - Demo', 'PMax - Retail'])},${r.int(1000, 900000)},${r.int(10, 9000)},${r.num(9)},${r.int(0, 90)}.${r.digits(1)}`).join('\n')}
alert: cost_micros for ${CID(r)} up ${r.int(40, 300)}% week over week` },
  { id: 'neg-ads/customer-match-hashes', make: (r) => `customer match upload job customers/${r.digits(10)}/offlineUserDataJobs/${r.num(11)} status=FAILED
operations (hashed, SHA-256 of normalized values):
${[0, 1, 2].map(() => `  {"create":{"userIdentifiers":[{"hashedEmail":"${r.hex(64)}"},{"hashedPhoneNumber":"${r.hex(64)}"}]}}`).join('\n')}
failure: CUSTOMER_NOT_ACCEPTED_CUSTOMER_DATA_TERMS` },
  { id: 'neg-ads/meta-capi-hashed', make: (r) => `meta capi test event (Events Manager > Test events, code TEST${r.num(5)}):
POST https://graph.facebook.com/v19.0/${r.num(15)}/events?access_token=<ACCESS_TOKEN>
${JSON.stringify({ data: [{ event_name: 'Purchase', event_time: r.epoch(), event_id: r.uuid(), action_source: 'website', user_data: { em: [r.hex(64)], ph: [r.hex(64)], fbc: `fb.1.${r.epoch()}${r.digits(3)}.IwAR${r.b62(40)}`, fbp: `fb.1.${r.epoch()}${r.digits(3)}.${r.num(10)}` }, custom_data: { currency: 'EUR', value: r.int(10, 900) } }] })}
response: {"events_received":1,"messages":[],"fbtrace_id":"A${r.b62(22)}"}` },
  { id: 'neg-ads/linkedin-analytics', make: (r) => `${logPrefix30(r, 'INFO')} linkedin adAnalytics pivot=CAMPAIGN dateRange=last_7_days
${JSON.stringify({ elements: [0, 1].map(() => ({ pivotValues: [`urn:li:sponsoredCampaign:${r.num(9)}`], impressions: r.int(1000, 900000), clicks: r.int(10, 9000), costInLocalCurrency: `${r.int(10, 9000)}.${r.digits(2)}`, externalWebsiteConversions: r.int(0, 90) })), paging: { count: 10, start: 0 } })}` },
  { id: 'neg-ads/tiktok-pixel', make: (r) => `tiktok pixel health: pixel_code=C${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19)} advertiser_id=${r.num(19)} events_last_24h=${r.int(0, 90000)}
match quality: email ${(r.next() * 10).toFixed(1)}/10, phone ${(r.next() * 10).toFixed(1)}/10 (hashed client-side)
request_id=2024${r.digits(10)}${r.hex(16).toUpperCase()} code=0 message=OK` },
  { id: 'neg-ads/utm-click-ids', make: (r) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${r.int(10, 28)}/May/2024:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /pricing?utm_source=google&utm_medium=cpc&utm_campaign=${r.num(11)}&gclid=Cj0KCQjw${r.b62(60)} HTTP/1.1" 200 ${r.int(1000, 90000)} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${r.int(10, 28)}/May/2024:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /demo?utm_source=facebook&fbclid=IwAR${r.b62(50)}&msclkid=${r.hex(32)} HTTP/1.1" 502 ${r.int(100, 900)} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"` },
  { id: 'neg-billing/chargebee-masked', make: (r) => `chargebee webhook payment_failed (ev_${r.b62(17)}) -> crm sync queued
${JSON.stringify({ content: { transaction: { id: `txn_${r.b62(16)}`, customer_id: r.b62(16), subscription_id: r.b62(16), amount: r.int(1000, 90000), currency_code: 'EUR', status: 'failure', error_code: 'card_declined', masked_card_number: `************${r.digits(4)}`, payment_method: 'card', reference_number: `ch_${r.b62(24)}` } } })}` },
  { id: 'neg-billing/stripe-ids', make: (r) => `checkout config loaded: {"publishableKey":"pk_live_51${r.b62(96)}","priceId":"price_${r.b62(24)}","successUrl":"https://brightpath.io/welcome"}
stripe webhook payment_intent.payment_failed pi_${r.b62(24)} charge ch_${r.b62(24)} customer cus_${r.b62(14)} decline_code=insufficient_funds
secret key in use: sk_live_************************${r.b62(4)} (masked)` },
  { id: 'neg-billing/zuora-invoice', make: (r) => `zuora invoice posted: ${JSON.stringify({ id: `8a${r.hex(30)}`, invoiceNumber: `INV${r.num(8)}`, accountId: `8a${r.hex(30)}`, amount: r.int(100, 90000) / 100, balance: 0, status: 'Posted', invoiceDate: r.iso().slice(0, 10), dueDate: r.iso().slice(0, 10), currency: 'USD' })}
salesforce sync: Zuora__ZInvoice__c upsert skipped (no change), job ${r.hex(32)}` },
  { id: 'neg-billing/recurly-frontend', make: (r) => `// web/checkout/config.prod.js (public bundle)
export const recurlyConfig = { publicKey: 'ewr1-${r.b62(22)}', subdomain: '${r.pick(['brightpath', 'kestrelfoods'])}', currency: 'USD' };
// build ${r.hex(7)} — recurly.js ${r.int(4, 5)}.${r.int(20, 30)}.${r.int(0, 9)} — bundle hash ${r.hex(20)}` },
  { id: 'neg-ops/deploy-digests', make: (r) => `deploy crm-sync ${r.int(1, 3)}.${r.int(0, 40)}.${r.int(0, 9)} (commit ${r.hex(40)})
image: ghcr.io/brightpath/crm-sync@sha256:${r.hex(64)}
previous: ghcr.io/brightpath/crm-sync@sha256:${r.hex(64)}
rollout status: ${r.int(1, 5)}/6 pods ready, readiness probe failed on ${r.int(1, 5)}` },
  { id: 'neg-ops/k8s-secret-refs', make: (r) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: audience-sync, namespace: marketing, generation: ${r.int(2, 90)} }
spec:
  template:
    spec:
      containers:
        - name: worker
          image: audience-sync:${r.hex(7)}
          env:
            - { name: KLAVIYO_PRIVATE_KEY, valueFrom: { secretKeyRef: { name: audience-sync, key: klaviyo-private-key } } }
            - { name: BRAZE_API_KEY, valueFrom: { secretKeyRef: { name: audience-sync, key: braze-api-key } } }
status: CreateContainerConfigError: secret "audience-sync" not found` },
  { id: 'neg-ops/redacted-config', make: (r) => `effective config (secrets redacted):
  salesforce: { username: "[REDACTED]", password: "[REDACTED]", security_token: "[REDACTED]" }
  sendgrid: { api_key: "SG.****" }
  stripe: { secret_key: "sk_live_****", webhook_secret: "whsec_****" }
  hubspot: { access_token: "pat-na1-********-****-****-****-************" }
  worker: { concurrency: ${r.int(2, 32)}, batch_size: ${r.int(50, 500)} }` },
  { id: 'neg-ops/swag-shipping', make: (r) => `swag fulfilment batch ${r.num(6)} (Summit speakers) status: ${r.int(5, 40)} shipped, ${r.int(1, 5)} exceptions
order SW-${r.num(6)} UPS 1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTVWXYZ', 6)}${r.digits(10)} exception: address correction required
order SW-${r.num(6)} FedEx ${r.num(12)} delivered
order SW-${r.num(6)} DHL ${r.num(10)} in transit` },
  { id: 'neg-ops/datadog-monitor', make: (r) => `[Triggered] crm-sync p95 latency > 2s on ${r.pick(['hubspot', 'salesforce', 'marketo'])} calls
p95=${(2 + r.next() * 5).toFixed(2)}s over last 10m (threshold 2.00s); error rate ${(r.next() * 10).toFixed(1)}%
trace_id=${r.num(19)} span_id=${r.num(19)} env:prod service:crm-sync version:${r.int(1, 3)}.${r.int(0, 40)}.${r.int(0, 9)}
@slack-mkt-eng-alerts` },
  { id: 'neg-ops/webhook-public-key', make: (r) => `webhook verifier: loaded signing key kid=${r.hex(16)} (RS256) from https://marketing-platform.example/.well-known/jwks.json
-----BEGIN PUBLIC KEY-----
${PUBKEY(r)}
-----END PUBLIC KEY-----
verification failed for delivery ${r.uuid()}: token expired ${r.int(2, 90)}s ago` },
  { id: 'neg-ops/merge-tags', make: (r) => `template render warning (template ${r.num(7)}, locale ${r.pick(['en-GB', 'de-DE', 'fr-FR'])}): unknown merge tag
Subject: *|FNAME|*, your ${r.pick(['spring', 'summer', 'year-end'])} offer is here
Hi {{ \${first_name} | default: 'there' }}, we will send the receipt to {{contact.email}} and text {{ custom_attribute.\${phone_e164} }}.
Unknown: {{lead.Mobile Phone Number}} (Marketo token in a Braze template)` },
];
