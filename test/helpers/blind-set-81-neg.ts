import { googleApiKey81, mapbox81, objId81, stripePublic81 } from './blind-set-81-creds';
import { logcat81 } from './blind-set-81-android';
import { oslog81 } from './blind-set-81-ios';
import type { NegTemplate81 } from './blind-set-81-types';

const HOSTS = ['api.fernway.app', 'mobile.kestrelpay.io', 'api.tidebook.com', 'gw.lumora.app', 'api.grovecart.com'];

/** Negative templates: the same app, browser and SDK reports with ids, public client keys, masks and placeholders only. */
export const NEG81: [string, NegTemplate81][] = [
  ['android/okhttp-redacted', (r) => {
    const h = r.pick(HOSTS);
    const L = logcat81(r, 'okhttp.OkHttpClient');
    return [L(`--> POST https://${h}/v2/auth/login`), L('Authorization: ██'), L('Cookie: ██'), L(`Content-Type: application/json`), L(''), L(`{"email":"[Filtered]","password":"[Filtered]","device_id":"${r.hex(16)}","platform":"android"}`), L('--> END POST (88-byte body)'), L(`<-- 401 Unauthorized https://${h}/v2/auth/login (${r.int(50, 800)}ms)`), L(`x-request-id: ${r.uuid()}`), L(`{"error":"invalid_grant","error_description":"Wrong email or password.","attempts_remaining":${r.int(1, 4)}}`)].join('\n');
  }],
  ['android/google-services', (r) => {
    const pn = r.digits(12);
    const proj = r.pick(['fernway-prod', 'grovecart-mobile', 'tidebook-6f2a1']);
    return JSON.stringify({ project_info: { project_number: pn, project_id: proj, storage_bucket: `${proj}.appspot.com` }, client: [{ client_info: { mobilesdk_app_id: `1:${pn}:android:${r.hex(22)}`, android_client_info: { package_name: 'com.fernway.android' } }, oauth_client: [{ client_id: `${pn}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`, client_type: 3 }], api_key: [{ current_key: googleApiKey81(r) }], services: { appinvite_service: { other_platform_oauth_client: [] } } }], configuration_version: '1' }, null, 2);
  }],
  ['android/crashlytics-clean', (r) => JSON.stringify({ platform: 'ANDROID', event_id: r.hex(32), issue_id: r.hex(32), installation_uuid: r.hex(32), is_fatal: true, exceptions: [{ type: 'java.lang.NullPointerException', exception_message: "Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference", frames: [{ file: 'CartAdapter.kt', line: r.int(20, 400), symbol: 'com.grovecart.cart.CartAdapter.onBindViewHolder' }] }], custom_keys: [{ key: 'token_count', value: String(r.int(0, 9)) }, { key: 'password_changed_at', value: '2026-11-0' + r.int(1, 9) }, { key: 'ab_bucket', value: r.pick(['A', 'B']) }], application: { build_version: String(r.int(400, 9000)), display_version: `${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)}` }, device: { model: 'Pixel 8', orientation: 'PORTRAIT' }, blaze_memory: { free_ram: r.int(100000, 900000) } })],
  ['android/retrofit-public', (r) => `E/CatalogRepo: retrofit2.HttpException: HTTP 503 Service Unavailable
E/CatalogRepo: request=Request{method=GET, url=https://${r.pick(HOSTS)}/v1/catalog?locale=en_GB&page=${r.int(1, 30)}&per_page=50, headers=[Accept:application/json, X-App-Version:${r.int(3, 9)}.${r.int(0, 30)}.${r.int(0, 9)}, X-Install-Id:${r.uuid()}]}
E/CatalogRepo: retry ${r.int(1, 3)}/3 after ${r.int(200, 4000)}ms, request_id=${r.hex(24)}`],
  ['android/checkout-masked', (r) => {
    const L = logcat81(r, 'CheckoutVM', 'D');
    return [L(`PaymentMethod(id=pm_${r.b62(24)}, brand=visa, last4=${r.digits(4)}, expMonth=${r.int(1, 12)}, expYear=20${r.int(27, 31)}, display="•••• •••• •••• ${r.digits(4)}")`), L(`PaymentIntent(id=pi_${r.b62(24)}, amount=${r.int(100, 90000)}, currency=eur, status=requires_action, clientSecretPresent=true)`), L(`payout iban=DE** **** **** **** **${r.digits(2)} ${r.digits(2)}, status=pending`)].join('\n');
  }],
  ['ios/curl-doc-placeholder', (r) => `## Reproduce (from docs/API.md)
$ curl -v \\
\t-X POST \\
\t-H "Authorization: Bearer <ACCESS_TOKEN>" \\
\t-H "Content-Type: application/json" \\
\t-d "{\\"username\\":\\"jane.doe@example.com\\",\\"password\\":\\"YOUR_PASSWORD\\"}" \\
\t"https://${r.pick(HOSTS)}/v2/session"
Replace <ACCESS_TOKEN> with the value of \`\${AUTH_TOKEN}\` from your .env (build ${r.int(100, 9000)}).`],
  ['ios/swift-dump-ids', (r) => `▿ Fernway.SyncState
  - installId: "${r.uuid().toUpperCase()}"
  - deviceCheckTokenPresent: true
  - lastSyncAt: 2026-12-0${r.int(1, 6)} 1${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)} +0000
  - pendingUploads: ${r.int(0, 40)}
  - apnsTokenSHA256: "${r.hex(64)}"
  ▿ build: Fernway.BuildInfo
    - version: "${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)}"
    - number: ${r.int(100, 9000)}
    - commit: "${r.hex(40)}"`],
  ['ios/keychain-meta', (r) => {
    const L = oslog81(r, 'Tidebook');
    return [L(`[Keychain] SecItemCopyMatching service=com.tidebook.auth account=current status=-25300 (errSecItemNotFound)`), L(`[Keychain] items: 3, accessGroup=${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}.com.tidebook.ios, refreshTokenStored=false, passwordLength=0`), L(`[Auth] state -> signedOut, idfv=${r.uuid().toUpperCase()}`)].join('\n');
  }],
  ['ios/nserror-public', (r) => `Task <${r.uuid().toUpperCase()}>.<${r.int(1, 40)}> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline." UserInfo={NSErrorFailingURLStringKey=https://${r.pick(HOSTS)}/v1/catalog/images/${r.hex(40)}.jpg?w=640&h=480&fit=crop, NSLocalizedDescription=The Internet connection appears to be offline., _kCFStreamErrorDomainKey=1, _kCFStreamErrorCodeKey=50}`],
  ['ios/iap-transaction', (r) => JSON.stringify({ transactionId: String(r.int(100000000, 999999999)) + r.digits(6), originalTransactionId: String(r.int(100000000, 999999999)) + r.digits(6), bundleId: 'com.lumora.ios', productId: 'pro_monthly', purchaseDate: 1765000000000 + r.int(0, 9e8), quantity: 1, type: 'Auto-Renewable Subscription', appAccountToken: r.uuid(), inAppOwnershipType: 'PURCHASED', environment: 'Production', storefront: 'DEU', price: 4990, currency: 'EUR' }, null, 2)],
  ['web/har-anonymous', (r) => JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: `https://${r.pick(HOSTS)}/api/products?category=shoes&page=${r.int(1, 9)}`, headers: [{ name: 'accept', value: 'application/json' }, { name: 'authorization', value: 'Bearer ${ACCESS_TOKEN}' }, { name: 'x-request-id', value: r.uuid() }], cookies: [{ name: '_ga', value: `GA1.1.${r.digits(9)}.${r.digits(10)}` }, { name: 'ajs_anonymous_id', value: r.uuid() }, { name: 'locale', value: 'en-GB' }], queryString: [{ name: 'category', value: 'shoes' }] }, response: { status: 200, content: { size: r.int(1000, 90000), mimeType: 'application/json', text: JSON.stringify({ items: [{ sku: `SKU-${r.digits(6)}`, price: r.int(1000, 20000) / 100 }], total: r.int(10, 900) }) } }, serverIPAddress: `104.18.${r.int(0, 40)}.${r.int(1, 250)}` }] } }, null, 2)],
  ['web/local-storage-flags', (r) => `> JSON.stringify(localStorage)
${JSON.stringify({ 'persist:root': JSON.stringify({ auth: JSON.stringify({ isLoggedIn: false, token: null, refreshTokenExpiresAt: null }), _persist: JSON.stringify({ version: -1, rehydrated: true }) }), ajs_anonymous_id: JSON.stringify(r.uuid()), 'feature-flags': JSON.stringify({ newCheckout: true, token_count_limit: r.int(10, 99) }), theme: 'dark', last_build: r.hex(12) })}`],
  ['web/oauth-error-redirect', (r) => `Navigated to ${r.pick(['fernway', 'tidebook'])}://callback?error=access_denied&error_description=The+user+denied+the+request&state=${r.b64url(16)}
Docs example: myapp://callback#access_token=YOUR_ACCESS_TOKEN&token_type=Bearer&expires_in=3600&id_token=YOUR_ID_TOKEN`],
  ['web/rum-clean', (r) => JSON.stringify({ type: 'error', service: 'web-checkout', version: `${r.int(1, 9)}.${r.int(0, 99)}.${r.int(0, 9)}`, session: { id: r.uuid() }, view: { id: r.uuid(), url: `https://${r.pick(HOSTS)}/checkout/confirm?step=2&utm_source=newsletter` }, usr: { id: String(r.int(100000, 9999999)) }, error: { source: 'source', message: "TypeError: Cannot read properties of undefined (reading 'last4')", stack: `at PaymentSummary (main.${r.hex(8)}.js:1:${r.int(1000, 99999)})` }, _dd: { trace_id: r.digits(19), span_id: r.digits(19) }, client_token: `pub${r.hex(32)}` })],
  ['web/sentry-filtered', (r) => JSON.stringify({ event_id: r.hex(32), release: `web@${r.int(1, 9)}.${r.int(0, 20)}.0`, dsn: `https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`, user: { id: String(r.int(1000, 999999)), ip_address: '{{auto}}' }, request: { url: `https://${r.pick(HOSTS)}/api/v2/orders`, headers: { Authorization: '[Filtered]', Cookie: '[Filtered]' }, data: { card_number: '[Filtered]', cvc: '[Filtered]' } }, contexts: { trace: { trace_id: r.hex(32), span_id: r.hex(16) } } })],
  ['web/public-config', (r) => `window.__APP_CONFIG__ = ${JSON.stringify({ stripePublishableKey: stripePublic81(r), algolia: { appId: r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10), searchOnlyApiKey: r.hex(32) }, mapboxAccessToken: mapbox81(r, 'pk'), firebase: { apiKey: googleApiKey81(r), projectId: 'fernway-prod' }, sentryDsn: `https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`, datadogClientToken: `pub${r.hex(32)}`, support: { email: 'support@fernway.app', phone: '+1 (800) 726-4100' } })};`],
  ['hybrid/dio-public', (r) => {
    const pid = r.int(2000, 30000);
    const F = (s: string) => `I/flutter (${String(pid).padStart(5)}): ${s}`;
    return [F('*** Request ***'), F(`uri: https://${r.pick(HOSTS)}/v1/config?platform=android&build=${r.int(100, 9999)}`), F('method: GET'), F('headers:'), F(' accept: application/json'), F(` x-install-id: ${r.uuid()}`), F('*** Response ***'), F('statusCode: 200'), F(`Response Text:`), F(`{"min_version":"${r.int(2, 6)}.0.0","maintenance":false,"password_min_length":10,"token_ttl_seconds":3600}`)].join('\n');
  }],
  ['hybrid/apollo-cursor', (r) => `[GraphQL error]: Message: Cannot query field "avatarUrl" on type "Viewer"., Location: [{"line":3,"column":5}], Path: undefined
{"operationName":"FeedPage","variables":{"first":20,"after":"${Buffer.from('arrayconnection:' + r.int(10, 400)).toString('base64')}","locale":"en-GB"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${r.hex(64)}"}}}`],
  ['hybrid/push-marketing', (r) => `[Push] payload: ${JSON.stringify({ aps: { alert: { title: 'Winter sale', body: `Up to ${r.int(10, 60)}% off this weekend. Questions? support@grovecart.com` }, badge: r.int(1, 9) }, campaign_id: objId81(r, 'cmp_'), message_id: `0:${r.digits(16)}%${r.hex(16)}`, gcm_message_id: r.digits(16) })}`],
  ['hybrid/play-reviews-clean', (r) => `Package Name,App Version Code,App Version Name,Reviewer Language,Device,Review Submit Date and Time,Star Rating,Review Text,Developer Reply Text
com.grovecart.android,${r.int(400, 9000)},${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)},en,a54x,2026-12-0${r.int(1, 6)}T10:22:31Z,${r.int(1, 5)},"App crashes when I open the cart since the last update","Sorry about that! Version ${r.int(2, 8)}.${r.int(0, 20)}.1 fixes it. Write to support@grovecart.com if it persists."`],
  ['android/masked-keys', (r) => {
    const L = logcat81(r, 'ConfigLoader', 'W');
    return [L(`stripe_secret_key=sk_live_••••••••••••${r.b62(4)} (masked, loaded from \${STRIPE_SECRET_KEY})`), L(`publishable=${stripePublic81(r)}`), L(`algolia_admin_api_key=<unset>, aws_secret_access_key=\${AWS_SECRET_ACCESS_KEY}`), L(`fcm: using HTTP v1 with service account ${r.pick(['firebase-adminsdk-x1y2z', 'push-sender'])}@fernway-prod.iam.gserviceaccount.com (key id ${r.hex(40)})`)].join('\n');
  }],
  ['ios/curl-public-get', (r) => `$ curl -v \\
\t-H "Accept-Encoding: br;q=1.0, gzip;q=0.9, deflate;q=0.8" \\
\t-H "If-None-Match: W/\\"${r.hex(32)}\\"" \\
\t-H "User-Agent: Tidebook/${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)} (com.tidebook.ios; build:${r.int(100, 9000)}; iOS 17.${r.int(0, 6)}.0) Alamofire/5.9.1" \\
\t-H "X-Device-Id: ${r.uuid().toUpperCase()}" \\
\t"https://${r.pick(HOSTS)}/v1/stores?lat=52.52&lng=13.40&radius_km=${r.int(1, 25)}"`],
  ['hybrid/receipt-redacted', (r) => `Purchase receipt (forwarded to support, redacted by agent)
Apple ID: [REDACTED]
Billed to: [REDACTED]
Order ID: M${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}   Document No.: ${r.digits(12)}
Tidebook Pro (Annual)   ${r.int(20, 90)},99 €   paid with Visa •••• ${r.digits(4)}
Ticket #${r.int(10000, 99999)} — refund approved, amount_cents=${r.int(1000, 9000)}, password_reset_sent=false`],
  ['hybrid/redux-loggedout', (r) => ` LOG  action auth/logout @ ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100, 999)}
 LOG   next state {"auth":{"isLoggedIn":false,"token":null,"refreshToken":null,"lastLogoutReason":"token_expired","passwordResetRequired":false},"cart":{"items":${r.int(0, 9)},"currency":"EUR","total":${r.int(0, 90000) / 100}},"device":{"installId":"${r.uuid()}","adId":"${r.uuid()}"}}`],
];
