import type { Rng9 } from './blind-set-9-rng';

/** A negative template: text that looks close to a leak and holds nothing sensitive. */
export interface Neg68 {
  src: string;
  t: string;
  make: (r: Rng9) => string;
}

const ts = (r: Rng9) => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const NEGATIVES68: Neg68[] = [
  { src: 'firebase', t: 'fn-cold-start', make: (r) => `${ts(r)} D onOrderCreate: Function execution started\n${ts(r)} D onOrderCreate: Function execution took ${r.int(40, 2000)} ms, finished with status: 'ok' executionId=${r.b62(12)}` },
  { src: 'firebase', t: 'auth-redacted', make: (r) => `${ts(r)} W verifyIdToken failed (auth/id-token-expired) uid=${r.b62(28)} authorization=Bearer [REDACTED] trace=${r.hex(32)}` },
  { src: 'firebase', t: 'firestore-index', make: (r) => `FAILED_PRECONDITION: The query requires an index. You can create it here: https://console.firebase.google.com/v1/r/project/fitpal-prod${r.int(1, 9)}/firestore/indexes?create_composite=${r.b64(60).replace(/[+/=]/g, 'A')}` },
  { src: 'firebase', t: 'sa-redacted', make: (r) => `{"type":"service_account","project_id":"moneta-live${r.int(1, 9)}","private_key_id":"${r.hex(40)}","private_key":"<redacted>","client_email":"firebase-adminsdk-${r.chars('abcdefghijklmnopqrstuvwxyz', 5)}@moneta-live${r.int(1, 9)}.iam.gserviceaccount.com"}` },
  { src: 'firebase', t: 'fcm-quota', make: (r) => `messaging/quota-exceeded: Sending limit exceeded for the message target. message_id=projects/fitpal-app${r.int(1, 9)}/messages/${r.digits(16)} retry_after=${r.int(10, 120)}s` },
  { src: 'firebase', t: 'rules-deny', make: (r) => `FirebaseError: [code=permission-denied]: Missing or insufficient permissions. path=/users/${r.b62(28)}/private/settings op=get latency=${r.int(5, 90)}ms` },
  { src: 'supabase', t: 'postgrest-42501', make: (r) => `{"code":"42501","details":null,"hint":null,"message":"permission denied for table orders"} request_id=${r.uuid()} sb-project=${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}` },
  { src: 'supabase', t: 'env-placeholder', make: (r) => `Missing env: SUPABASE_SERVICE_ROLE_KEY=\${SUPABASE_SERVICE_ROLE_KEY} (unresolved) in edge function send-digest build=${r.hex(7)}` },
  { src: 'supabase', t: 'migration', make: (r) => `Applying migration 2026${r.digits(10)}_add_profiles_rls.sql...\nFinished supabase db push. ${r.int(1, 9)} migrations applied, checksum ${r.hex(64)}` },
  { src: 'supabase', t: 'anon-masked', make: (r) => `supabase-js init: url=https://${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co key=eyJhbGciOi…(truncated, role=anon) persistSession=true` },
  { src: 'supabase', t: 'auth-rate', make: (r) => `level=info msg="Request completed" component=api method=POST path=/otp status=429 duration=${r.int(2, 80)}ms request_id=${r.hex(16)}-LHR` },
  { src: 'amplify', t: 'build-ok', make: (r) => `# Completed phase: BUILD\n## Starting Deployment\n## Build artifact uploaded to s3://amplify-build-artifacts/${r.hex(32)}/build.zip (sha256 ${r.hex(64)})` },
  { src: 'amplify', t: 'appsync-key-masked', make: (r) => `AppSync API ${r.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}: API key da2-****************${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)} expires in ${r.int(2, 30)} days, rotate soon` },
  { src: 'amplify', t: 'lambda-report', make: (r) => `REPORT RequestId: ${r.uuid()}\tDuration: ${r.int(1, 900)}.${r.digits(2)} ms\tBilled Duration: ${r.int(1, 900)} ms\tMemory Size: 512 MB\tMax Memory Used: ${r.int(60, 500)} MB\tInit Duration: ${r.int(100, 900)}.${r.digits(2)} ms` },
  { src: 'amplify', t: 'cognito-pool', make: (r) => `Cognito user pool eu-west-1_${r.b62(9)} client ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}: token validity access=60m id=60m refresh=30d; MFA=OPTIONAL; advanced security=AUDIT` },
  { src: 'revenuecat', t: 'event-anon', make: (r) => `{"event":{"type":"RENEWAL","app_user_id":"$RCAnonymousID:${r.hex(32)}","product_id":"pro_yearly","period_type":"NORMAL","store":"APP_STORE","environment":"PRODUCTION","transaction_id":"${r.int(2, 9)}${r.digits(14)}","id":"${r.uuid().toUpperCase()}"}}` },
  { src: 'revenuecat', t: 'key-masked', make: (r) => `RevenueCat: using secret key sk_****${r.b62(4)} for project proj${r.hex(8)}; offerings refreshed (${r.int(1, 9)} packages)` },
  { src: 'appstore', t: 'notification-ids', make: (r) => `ASN v2 ${['SUBSCRIBED', 'DID_RENEW', 'EXPIRED'][r.int(0, 2)]} notificationUUID=${r.uuid()} originalTransactionId=${r.int(2, 9)}${r.digits(14)} bundleId=com.fitpal.app environment=Production signedDate=${1760000000000 + r.int(0, 9e8)}` },
  { src: 'appstore', t: 'key-ids', make: (r) => `App Store Connect API key loaded: keyId=${r.chars(ALNUM, 10)} issuerId=${r.uuid()} (private key from secret manager, not logged)` },
  { src: 'appstore', t: 'p8-placeholder', make: (r) => `APPLE_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n<paste your .p8 contents here>\\n-----END PRIVATE KEY-----" # template, build ${r.int(100, 999)}` },
  { src: 'appstore', t: 'public-key', make: (r) => `Apple root cert check ok: subject=CN=Apple Root CA - G3 sha256 fingerprint ${r.hex(64).toUpperCase().match(/.{2}/g)!.join(':')}` },
  { src: 'play', t: 'purchase-ack', make: (r) => `androidpublisher: acknowledged purchase orderId=GPA.${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(5)} productId=coins_500 purchaseState=0 consumptionState=1 latency=${r.int(50, 900)}ms` },
  { src: 'play', t: 'vitals', make: (r) => `Play Console vitals: user-perceived ANR rate ${(r.next() * 0.9).toFixed(2)}% (threshold 0.47%), crash rate ${(r.next() * 1.5).toFixed(2)}% on versionCode ${r.int(100, 900)}` },
  { src: 'expo', t: 'push-ok', make: (r) => `expo push tickets: [{"status":"ok","id":"${r.uuid()}"},{"status":"ok","id":"${r.uuid()}"}] chunk ${r.int(1, 20)}/${r.int(20, 40)}` },
  { src: 'expo', t: 'eas-update', make: (r) => `✔ Published update group ${r.uuid()} to branch "production" runtimeVersion ${r.int(1, 5)}.${r.int(0, 9)}.0 (android ${r.hex(40)}, ios ${r.hex(40)})` },
  { src: 'apns', t: 'bad-device', make: (r) => `apns2: 410 Unregistered device=${r.hex(8)}… (token hash ${r.hex(64)}) timestamp=${1760000000000 + r.int(0, 9e8)} apns-id=${r.uuid().toUpperCase()}` },
  { src: 'apns', t: 'cert-expiry', make: (r) => `WARN push cert "Apple Push Services: com.quickride.driver" expires in ${r.int(1, 29)} days (serial ${r.hex(16).toUpperCase()}, team ${r.chars(ALNUM, 10)})` },
  { src: 'branch', t: 'link-click', make: (r) => `branch: link click https://quickride.app.link/${r.b62(11)} ~channel=instagram ~campaign=winter_promo os=Android deeplink_path=rides/${r.int(10000, 99999)}` },
  { src: 'appsflyer', t: 'install-anon', make: (r) => `AppsFlyer install attributed media_source=googleadwords_int campaign=UAC_${r.int(100, 999)} af_id=${1700000000000 + r.int(0, 9e10)}-${r.digits(19)} sdk_version=v6.15.${r.int(0, 3)}` },
  { src: 'adjust', t: 'sdk-info', make: (r) => `[Adjust]i: Install tracked, adid ${r.hex(32)}, tracker name "Organic", environment production, sdk android5.0.${r.int(0, 3)}` },
  { src: 'crash', t: 'stack-only', make: (r) => `Fatal Exception: java.lang.IndexOutOfBoundsException: Index: ${r.int(1, 9)}, Size: 0\n    at java.util.ArrayList.get(ArrayList.java:437)\n    at com.fitpal.feed.FeedAdapter.onBindViewHolder(FeedAdapter.kt:${r.int(40, 400)})\n    at androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7254)` },
  { src: 'crash', t: 'ios-symbolicated', make: (r) => `Thread 0 Crashed:\n0   libswiftCore.dylib  0x${r.hex(16)} _assertionFailure + ${r.int(100, 400)}\n1   Moneta              0x${r.hex(16)} CardListViewModel.reload() + ${r.int(100, 900)} (CardListViewModel.swift:${r.int(20, 200)})\nBinary Images: ${r.uuid().toUpperCase()} arm64` },
  { src: 'crash', t: 'masked-card', make: (r) => `PaymentSheet error: card_declined (generic_decline) card=**** **** **** ${r.digits(4)} brand=visa exp=**/** attempt=${r.int(1, 3)} payment_intent=pi_${r.b62(24)}` },
  { src: 'crash', t: 'sentry-scrubbed', make: (r) => `{"event_id":"${r.hex(32)}","user":{"id":"${r.uuid()}","email":"[Filtered]","ip_address":"{{auto}}"},"request":{"headers":{"Authorization":"[Filtered]"}},"release":"fitpal@4.${r.int(0, 9)}.${r.int(0, 9)}+${r.int(100, 999)}"}` },
  { src: 'gateway', t: 'access-internal', make: (r) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${r.int(10, 28)}/Nov/2026:10:0${r.int(0, 9)}:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.00${r.int(1, 9)}` },
  { src: 'gateway', t: 'kong-masked', make: (r) => `kong: key-auth rejected consumer=mobile-ios apikey=******${r.b62(4)} route=${r.uuid()} latency=${r.int(1, 40)}ms` },
  { src: 'gateway', t: 'jwks', make: (r) => `{"keys":[{"kty":"RSA","kid":"${r.b62(22)}","use":"sig","alg":"RS256","n":"${r.b64url(256)}","e":"AQAB"}]}` },
  { src: 'gateway', t: 'rate-limit', make: (r) => `429 Too Many Requests x-ratelimit-limit=600 x-ratelimit-remaining=0 x-ratelimit-reset=${r.int(1, 60)} x-request-id=${r.uuid()} route=POST /v1/push/register` },
  { src: 'jobs', t: 'celery-ok', make: (r) => `[${ts(r)}: INFO/ForkPoolWorker-${r.int(1, 8)}] Task payouts.reconcile[${r.uuid()}] succeeded in ${(r.next() * 9).toFixed(3)}s: {'processed': ${r.int(1, 900)}, 'failed': 0}` },
  { src: 'jobs', t: 'db-url-masked', make: (r) => `Connecting to postgresql://postgres:*****@db.${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co:5432/postgres (pool size ${r.int(2, 20)})` },
  { src: 'jobs', t: 'git-sha', make: (r) => `Deploy ${r.hex(40)} → production by ci-bot; previous ${r.hex(40)}; diff +${r.int(1, 900)} -${r.int(1, 900)} across ${r.int(1, 40)} files` },
  { src: 'jobs', t: 'docs-example', make: (r) => `# Example from the docs, do not use:\n# curl -H "Authorization: Bearer YOUR_SECRET_KEY" https://api.revenuecat.com/v1/subscribers/app_user_id\nrun ${r.int(100, 999)} skipped: example only` },
];
