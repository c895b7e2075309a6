import type { Tpl49 } from './blind-set-49-messaging';

/** Dating and social apps: profiles, location, calls, subscriptions and payments. */
export const DATING49: readonly Tpl49[] = [
  ['dating/profile-api-dump', (c) => {
    const name = c.fullName();
    const [lat, lon] = c.geo();
    const tok = c.cred('jwt', c.jwt({ sub: c.uid(), iss: 'https://auth.sparkd.app', exp: c.epoch() + 3600, scope: 'profile:read' }, c.pick(['HS256', 'RS256'] as const)));
    return `GET /v2/profiles/me HTTP/2
host: api.sparkd.app
authorization: Bearer ${tok}
x-app-version: 7.${c.int(0, 40)}.${c.int(0, 9)} (iOS 17.4)

HTTP/2 200
content-type: application/json

{"id":"${c.uuid()}","display_name":"${c.per('person_name', name)}","birthdate":"${c.per('dob', c.dob('iso'))}","phone":"${c.per('phone', c.phone())}","location":{"lat":${c.per('latitude', lat)},"lng":${c.per('longitude', lon)},"accuracy_m":${c.int(5, 30)}},"prefs":{"age_min":${c.int(21, 30)},"age_max":${c.int(31, 45)},"distance_km":${c.int(5, 80)}}}`;
  }],
  ['dating/agora-config', (c) => `# video-date service
AGORA_APP_ID=${c.hex(32)}
AGORA_APP_CERTIFICATE=${c.cred('agora_app_certificate', c.hex(32))}
AGORA_CUSTOMER_ID=${c.hex(32)}
AGORA_CUSTOMER_SECRET=${c.cred('agora_customer_secret', c.hex(32))}
RECORDING_S3_SECRET=${c.cred('aws_secret_access_key', c.awsSecret())}
RECORDING_S3_KEY=${c.cred('aws_access_key_id', c.awsKeyId())}`],
  ['dating/revenuecat-webhook', (c) => {
    const name = c.fullName();
    return `POST /webhooks/revenuecat
Authorization: Bearer ${c.cred('webhook_bearer_token', c.alnum(36))}
{"api_version":"1.0","event":{"type":"INITIAL_PURCHASE","app_user_id":"$RCAnonymousID:${c.hex(32)}","product_id":"gold_monthly","price":${c.int(9, 39)}.99,"currency":"USD","store":"APP_STORE","subscriber_attributes":{"$email":{"value":"${c.per('email', c.email(name))}"},"$displayName":{"value":"${c.per('person_name', name)}"},"$phoneNumber":{"value":"${c.per('phone', c.phoneUS())}"}}}}
server env REVENUECAT_SECRET_KEY=${c.cred('revenuecat_secret_key', `sk_${c.alnum(28)}`)}`;
  }],
  ['dating/mapbox-node', (c) => {
    const [lat, lon] = c.geo();
    return `FetchError: request to https://api.mapbox.com/geocoding/v5/mapbox.places/${lon},${lat}.json?types=neighborhood&access_token=${c.cred('mapbox_secret_token', c.mapbox())} failed, reason: socket hang up
    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)
    at reverseGeocode (/app/src/discovery/location.js:41:19) {
  type: 'system', errno: 'ECONNRESET', code: 'ECONNRESET'
}
user=${c.uid()} last_known="${c.per('geo_coordinates', `${lat}, ${lon}`)}"`;
  }],
  ['dating/match-log4j', (c) => `${c.ts().replace('T', ' ').slice(0, 23)} WARN  [match-engine-${c.int(1, 8)}] c.h.m.MatchNotifier - push failed, falling back to email user=${c.per('email', c.email())} ip=${c.per('ip_address', c.ip())} loc=${c.per('geo_coordinates', c.geo().join(','))}
${c.ts().replace('T', ' ').slice(0, 23)} ERROR [match-engine-2] o.s.d.r.c.RedisConnectionFailureException: Unable to connect to Redis; nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to rediss://:${c.cred('redis_password', c.urlPassword())}@matches-cache.prod.internal:6380`],
  ['dating/raw-card-form', (c) => {
    const card = c.card();
    const cvc = c.cvv(card.replace(/\D/g, '').length === 15 ? 4 : 3);
    return `[billing] ${c.ts()} DEBUG incoming form body: plan=platinum_6m&card%5Bnumber%5D=${c.fin('card_number', card.replace(/ /g, '+'))}&card%5Bexp_month%5D=${c.int(1, 12)}&card%5Bexp_year%5D=20${c.int(26, 31)}&card%5Bcvc%5D=${c.fin('card_cvv', cvc)}&billing_name=${c.per('person_name', c.fullName().replace(/ /g, '+'))}
[billing] stripe.api_key=${c.cred('stripe_secret_key', c.stripeSecret())}`;
  }],
  ['dating/braintree-xml', (c) => {
    const name = c.fullName();
    return `<?xml version="1.0" encoding="UTF-8"?>
<transaction>
  <amount>${c.int(10, 60)}.99</amount>
  <type>sale</type>
  <credit-card>
    <cardholder-name>${c.per('person_name', name)}</cardholder-name>
    <number>${c.fin('card_number', c.card().replace(/\D/g, ''))}</number>
    <cvv>${c.fin('card_cvv', c.cvv())}</cvv>
    <expiration-date>${String(c.int(1, 12)).padStart(2, '0')}/20${c.int(26, 31)}</expiration-date>
  </credit-card>
  <billing><postal-code>${c.int(10000, 99999)}</postal-code></billing>
</transaction>
<!-- BraintreeGateway(Environment.PRODUCTION, "${c.lower(16)}", "${c.lower(16)}", "${c.cred('braintree_private_key', c.hex(32))}") -->`;
  }],
  ['dating/apple-iap-verify', (c) => `POST https://buy.itunes.apple.com/verifyReceipt
{"receipt-data":"${c.r.b64(48)}","password":"${c.cred('appstore_shared_secret', c.hex(32))}","exclude-old-transactions":true}
=> {"status":21004,"environment":"Production"}  # 21004: shared secret mismatch
ASC_API_KEY=${c.cred('private_key', c.ecPem())}`],
  ['dating/zendesk-refund-ticket', (c) => {
    const name = c.fullName();
    const card = c.card('visa');
    return `curl https://heartspace.zendesk.com/api/v2/tickets/${c.int(100000, 999999)}.json -u support-bot@heartspace.io/token:${c.cred('zendesk_api_token', c.alnum(40))}
{"ticket":{"subject":"Charged twice for Premium","requester":{"name":"${c.per('person_name', name)}","email":"${c.per('email', c.email(name))}"},"description":"Hi, you charged my card ${c.fin('card_number', card)} twice this month (exp ${String(c.int(1, 12)).padStart(2, '0')}/${c.int(26, 31)}). Billing address is ${c.per('address', c.addressUS())}. Please refund one of them.","tags":["billing","refund"]}}`;
  }],
  ['dating/segment-amplitude', (c) => `analytics:
  segment_write_key: ${c.cred('segment_write_key', c.alnum(32))}
  amplitude:
    api_key: ${c.hex(32)}
    secret_key: ${c.cred('amplitude_secret_key', c.hex(32))}
  branch_key: ${c.cred('branch_secret', `secret_live_${c.alnum(32)}`)}
  datadog_api_key: ${c.cred('datadog_api_key', c.hex(32))}`],
];
