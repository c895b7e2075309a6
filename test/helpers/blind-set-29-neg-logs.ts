import type { NegTemplate29 } from './blind-set-29-types';
import { device, prefix, traceId, ts } from './blind-set-29-noise';

/** Negatives built from log lines that mention keys, tokens and secrets without holding one. */
export const NEG_LOGS29: NegTemplate29[] = [
  {
    source: 'neg-placeholders',
    name: 'angle-and-dollar',
    make: (r) =>
      [
        `curl -X POST https://api.wanderly.app/v1/push \\`,
        `  -H "Authorization: Bearer ${r.pick(['<ACCESS_TOKEN>', '${ACCESS_TOKEN}', '{{access_token}}', '$TOKEN'])}" \\`,
        `  -H "X-Api-Key: ${r.pick(['<API_KEY>', '${WANDERLY_API_KEY}', 'YOUR_API_KEY', 'xxxxxxxxxxxxxxxx'])}" \\`,
        `  -d '{"to":"${r.pick(['<DEVICE_TOKEN>', '$DEVICE_TOKEN'])}"}'`,
      ].join('\n'),
  },
  {
    source: 'neg-placeholders',
    name: 'masked-secrets',
    make: (r) =>
      [
        `${prefix(r, 'config')} effective configuration:`,
        `  stripe.secretKey = sk_live_${'*'.repeat(r.int(8, 20))}${r.b62(4)}`,
        `  duffel.token = duffel_live_****${r.b62(4)}`,
        `  amadeus.clientSecret = [REDACTED]`,
        `  apns.keyPath = /run/secrets/AuthKey_${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}.p8`,
        `  db.password = ${r.pick(['********', '<redacted>', '(hidden)'])}`,
      ].join('\n'),
  },
  {
    source: 'neg-placeholders',
    name: 'env-var-names',
    make: (r) =>
      [
        `Error: Missing required environment variables:`,
        ...r
          .pick([
            ['STRIPE_SECRET_KEY', 'FCM_SERVER_KEY', 'APNS_PRIVATE_KEY'],
            ['AMADEUS_CLIENT_SECRET', 'SABRE_PASSWORD', 'DUFFEL_ACCESS_TOKEN'],
            ['REVENUECAT_SECRET_API_KEY', 'SEGMENT_WRITE_KEY', 'MIXPANEL_API_SECRET'],
          ])
          .map((n) => `  - ${n}`),
        `    at loadConfig (/app/dist/config.js:${r.int(10, 90)}:11)`,
      ].join('\n'),
  },
  {
    source: 'neg-placeholders',
    name: 'secret-references',
    make: (r) =>
      [
        `apiVersion: v1`,
        `kind: Deployment`,
        `env:`,
        `  - name: STRIPE_SECRET_KEY`,
        `    valueFrom: { secretKeyRef: { name: payments-secrets, key: stripe-sk } }`,
        `  - name: FCM_SA`,
        `    value: "projects/${r.digits(12)}/secrets/fcm-service-account/versions/${r.int(1, 9)}"`,
        `  - name: APNS_KEY`,
        `    value: "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:apns-p8-${r.b62(6)}"`,
      ].join('\n'),
  },
  {
    source: 'neg-public',
    name: 'publishable-keys',
    make: (r) =>
      `${prefix(r, 'mobile-config')} client bootstrap ${JSON.stringify({ stripePublishableKey: `pk_live_${r.b62(99)}`, branchKey: `key_live_${r.b62(32)}`, mapboxPublicToken: `pk.${Buffer.from(JSON.stringify({ u: 'wanderly', a: 'cl' + r.b62(23) })).toString('base64url')}.${r.b64url(16).slice(0, 22)}` })}`,
  },
  { source: 'neg-public', name: 'jwks-public', make: (r) => JSON.stringify({ keys: [{ kty: 'RSA', kid: r.hex(40), use: 'sig', alg: 'RS256', n: r.b64url(256), e: 'AQAB' }] }, null, r.pick([0, 2])) },
  {
    source: 'neg-public',
    name: 'public-key-pem',
    make: (r) =>
      [`${prefix(r, 'app-attest')} loaded verification key`, `-----BEGIN PUBLIC KEY-----`, ...('MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + r.b64(66)).match(/.{1,64}/g)!, `-----END PUBLIC KEY-----`].join(
        '\n',
      ),
  },
  {
    source: 'neg-logs',
    name: 'auth-failures-no-secret',
    make: (r) =>
      [
        `${prefix(r, 'auth')} login failed for user_id=${r.uuid()} reason=${r.pick(['INVALID_PASSWORD', 'TOO_MANY_ATTEMPTS', 'OTP_EXPIRED'])} attempts=${r.int(1, 9)}`,
        `${prefix(r, 'auth')} token refresh rejected: refresh_token expired (issued ${ts(r)}) session_id=${r.uuid()}`,
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'kotlin-stack',
    make: (r) =>
      [
        `FATAL EXCEPTION: main`,
        `Process: com.wanderly.app, PID: ${r.int(1000, 30000)}`,
        `java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.wanderly.auth.Session.getToken()' on a null object reference`,
        `  at com.wanderly.trips.TripListFragment.onViewCreated(TripListFragment.kt:${r.int(20, 300)})`,
        `  at androidx.fragment.app.Fragment.performViewCreated(Fragment.java:3128)`,
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'swift-crash',
    make: (r) => {
      const d = device(r);
      return [
        `Incident Identifier: ${r.uuid().toUpperCase()}`,
        `Hardware Model:      ${d.model}`,
        `OS Version:          ${d.os}`,
        `Exception Type:  EXC_BREAKPOINT (SIGTRAP)`,
        `0   Wanderly   0x${r.hex(16)} TokenStore.refreshIfNeeded() + ${r.int(100, 900)}`,
        `1   Wanderly   0x${r.hex(16)} closure #1 in APIClient.send<A>(_:) + ${r.int(100, 900)}`,
      ].join('\n');
    },
  },
  {
    source: 'neg-logs',
    name: 'okhttp-no-auth',
    make: (r) =>
      [
        `OkHttp --> GET https://api.wanderly.app/v3/flights/status?flight=BA${r.int(10, 999)}&date=2026-12-0${r.int(1, 9)}`,
        `OkHttp Accept: application/json`,
        `OkHttp X-Client-Version: ${r.int(4, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
        `OkHttp <-- 200 OK (${r.int(40, 900)}ms, ${r.int(1, 90)}kB)`,
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'gds-fault-no-creds',
    make: (r) =>
      [
        `<soap:Fault><faultcode>soap:Server</faultcode><faultstring>${r.pick(['NO FARES/RBD/CARRIER', 'SECURED PNR', 'CHECK FLIGHT NUMBER'])}</faultstring>`,
        `<detail><ErrorCode>${r.int(100, 9999)}</ErrorCode><SessionId>${r.chars('0123456789ABCDEF', 10)}|${r.int(1, 9)}</SessionId><ConversationId>${r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 27)}</ConversationId></detail></soap:Fault>`,
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'otp-sms-log',
    make: (r) =>
      `${prefix(r, 'otp-sms')} sent verification sms sid=SM${r.hex(32)} to=+1******${r.digits(4)} template=otp_verify_v${r.int(2, 5)} locale=${r.pick(['en-GB', 'de-DE', 'pt-BR'])} status=queued`,
  },
  {
    source: 'neg-logs',
    name: 'metrics-line',
    make: (r) => `${ts(r)} metrics bookings.created=${r.int(10, 900)} push.sent=${r.int(1000, 90000)} push.failed=${r.int(0, 90)} p95_ms=${r.int(80, 900)} trace=${traceId(r)}`,
  },
  {
    source: 'neg-logs',
    name: 'hashed-user',
    make: (r) => `${prefix(r, 'analytics')} identify user_hash=${r.hex(64)} email_sha256=${r.hex(64)} phone_sha256=${r.hex(64)} consent=${r.pick(['granted', 'denied'])}`,
  },
  {
    source: 'neg-logs',
    name: 'key-rotation-audit',
    make: (r) =>
      `${prefix(r, 'secrets-audit')} rotated key id=${r.pick(['apns', 'stripe', 'fcm'])}-${r.hex(8)} fingerprint=SHA256:${r.b64(32).replace(/=+$/, '')} rotated_by=automation next_rotation=${ts(r).slice(0, 10)}`,
  },
  {
    source: 'neg-logs',
    name: 'graphql-ok',
    make: (r) =>
      JSON.stringify({
        data: { trips: [{ id: r.uuid(), destination: r.pick(['Lisbon', 'Kyoto', 'Cancún']), status: 'UPCOMING', pnr: r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6) }] },
        extensions: { traceId: r.hex(32), cost: r.int(1, 99) },
      }),
  },
  {
    source: 'neg-logs',
    name: 'webhook-signature-header',
    make: (r) =>
      [
        `${prefix(r, 'webhooks')} verified signature ok`,
        `Stripe-Signature: t=${1764900000 + r.int(0, 99999)},v1=${r.hex(64)}`,
        `X-Hub-Signature-256: sha256=${r.hex(64)}`,
        `event_id=evt_${r.b62(24)}`,
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'csv-no-pii',
    make: (r) =>
      [
        `route,searches,bookings,conversion`,
        ...Array.from({ length: r.int(3, 6) }, () => `${r.pick(['LHR', 'FRA', 'CDG'])}-${r.pick(['JFK', 'SIN', 'GRU'])},${r.int(100, 9000)},${r.int(1, 90)},${(r.next() * 5).toFixed(2)}%`),
      ].join('\n'),
  },
  {
    source: 'neg-logs',
    name: 'sandbox-test-cards',
    make: (r) =>
      [
        `# Adyen test cards used by QA`,
        r.pick([`5555 3412 4444 1115 03/30 737`, `4000 0200 0000 0000 03/30 737`, `3700 0000 0000 002 03/30 7373`]),
        `# Stripe: 4000 0000 0000 0002 declines (generic_decline)`,
      ].join('\n'),
  },
];
