import { accessToken81, awsPair81, fcmServerKey81, googleApiKey81, jwt81, objId81, password81, refreshToken81, sessionCookie81, stripePublic81, stripeSecret81, hex32 } from './blind-set-81-creds';
import { account81, bic81, card81, cardSpaced81, cvc81, iban81, person81, routing81 } from './blind-set-81-people';
import type { Rng81 } from './blind-set-81-rng';
import type { Template81 } from './blind-set-81-types';

const HOSTS = ['api.fernway.app', 'mobile.kestrelpay.io', 'api.tidebook.com', 'gw.lumora.app', 'api.parcelnest.eu', 'app-api.grovecart.com'];

/** A logcat line prefixer with a running clock, pid and tid. */
export function logcat81(r: Rng81, tag: string, level = 'I'): (msg: string) => string {
  const pid = r.int(1200, 31000);
  const tid = pid + r.int(1, 400);
  let ms = r.int(0, 86_000_000);
  const mon = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  return (msg: string) => {
    ms += r.int(0, 40);
    const t = new Date(ms).toISOString().slice(11, 23);
    return `${mon}-${day} ${t} ${String(pid).padStart(5)} ${String(tid).padStart(5)} ${level} ${tag}: ${msg}`;
  };
}

const ua = (r: Rng81): string => `okhttp/${r.pick(['4.12.0', '4.11.0', '5.0.0-alpha.14', '4.9.3'])}`;

/** Android app templates: OkHttp logging, Retrofit/Volley errors, Crashlytics, SharedPreferences, Kotlin toString. */
export const ANDROID81: [string, Template81][] = [
  ['okhttp-login-body', (r, b) => {
    const h = r.pick(HOSTS);
    const u = person81(r);
    const L = logcat81(r, 'okhttp.OkHttpClient');
    const body = `{"email":"${b.p('email', u.email)}","password":"${b.c('password', password81(r)).replace(/"/g, '\\"')}","device_id":"${r.hex(16)}","platform":"android"}`;
    const resp = `{"access_token":"${b.c('jwt', jwt81(r))}","refresh_token":"${b.c('refresh-token', refreshToken81(r))}","token_type":"Bearer","expires_in":3600,"user":{"id":${r.int(10000, 9999999)},"name":"${b.p('person-name', u.full)}","phone":"${b.p('phone', u.phone)}","marketing_opt_in":false}}`;
    return [
      L(`--> POST https://${h}/v2/auth/login`), L('Content-Type: application/json; charset=UTF-8'), L(`Content-Length: ${body.length}`), L(`User-Agent: ${ua(r)}`), L(''), L(body), L(`--> END POST (${body.length}-byte body)`),
      L(`<-- 200 OK https://${h}/v2/auth/login (${r.int(80, 900)}ms)`), L('content-type: application/json'), L(`x-request-id: ${r.uuid()}`), L(''), L(resp), L(`<-- END HTTP (${resp.length}-byte body)`),
    ].join('\n');
  }],
  ['okhttp-headers-me', (r, b) => {
    const h = r.pick(HOSTS);
    const u = person81(r);
    const ck = sessionCookie81(r);
    const L = logcat81(r, 'OkHttp', 'D');
    return [
      L(`--> GET https://${h}/v1/me?include=addresses,payment_methods`), L(`Authorization: Bearer ${b.c('jwt', jwt81(r))}`), L(`Cookie: ${ck.name}=${b.c('session-cookie', ck.value)}; _ga=GA1.1.${r.digits(10)}.${r.digits(10)}`), L(`X-Device-Id: ${r.uuid()}`), L('--> END GET'),
      L(`<-- 200 https://${h}/v1/me?include=addresses,payment_methods (${r.int(40, 600)}ms)`),
      L(`{"id":"usr_${r.b62(16)}","name":"${b.p('person-name', u.full)}","email":"${b.p('email', u.email)}","date_of_birth":"${b.p('birth-date', u.birth)}","addresses":[{"label":"Home","line1":"${b.p('street-address', u.street)}","city":"${u.city}","postal_code":"${u.zip}","country":"${u.country}"}],"payment_methods":[{"brand":"visa","last4":"${r.digits(4)}","exp_month":${r.int(1, 12)}}],"payout":{"iban":"${b.f('iban', iban81(r))}","holder":"${u.full}"}}`),
      L(`<-- END HTTP (${r.int(400, 1400)}-byte body)`),
    ].join('\n');
  }],
  ['retrofit-http-exception', (r, b) => {
    const h = r.pick(HOSTS);
    const key = b.c('api-key', `${r.pick(['sk_live_', 'sk_prod_'])}${r.b62(32)}`);
    const tok = b.c('bearer-token', accessToken81(r));
    return `E/ApiRepository(${r.int(2000, 30000)}): refreshOrders failed
retrofit2.HttpException: HTTP 401 Unauthorized
\tat retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)
\tat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)
\tat okhttp3.internal.connection.RealCall$AsyncCall.run(RealCall.kt:519)
\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1145)
E/ApiRepository: request=Request{method=GET, url=https://${h}/v3/orders?page=2&api_key=${key}, headers=[Authorization:Bearer ${tok}, Accept:application/json, X-App-Version:${r.int(3, 9)}.${r.int(0, 30)}.${r.int(0, 9)}]}
E/ApiRepository: response={"error":"invalid_token","error_description":"The access token expired","trace_id":"${r.hex(32)}"}`;
  }],
  ['volley-error', (r, b) => {
    const h = r.pick(HOSTS);
    const u = person81(r);
    const tok = b.c('bearer-token', accessToken81(r));
    return `E/Volley  (${r.int(2000, 30000)}): [${r.int(300, 900)}] NetworkUtility.shouldRetryException: Unexpected response code 403 for https://${h}/api/profile?access_token=${tok}&email=${encodeURIComponent(b.p('email', u.email)).replace(/%40/, '@')}
W/ProfileFragment: headers={X-Api-Key=${b.c('api-key', 'sk_live_' + r.b62(32))}, Accept=application/json}
W/ProfileFragment: VolleyError{networkResponse=NetworkResponse{statusCode=403, notModified=false, networkTimeMs=${r.int(50, 3000)}}}
D/ProfileFragment: retry scheduled in ${r.int(2, 60)}s for user ${b.p('person-name', u.full)} (${b.p('phone', u.phone)})`;
  }],
  ['crashlytics-export', (r, b) => {
    const u = person81(r);
    const sk = stripeSecret81(r);
    return JSON.stringify({
      platform: 'ANDROID', bundle_identifier: `com.${r.pick(['fernway', 'grovecart', 'tidebook'])}.android`, event_id: r.hex(32), is_fatal: true, issue_id: r.hex(32), issue_title: 'java.lang.IllegalStateException',
      installation_uuid: r.hex(32), crashlytics_sdk_versions: '18.6.2', application: { build_version: String(r.int(400, 9000)), display_version: `${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)}` },
      user: { id: `u_${r.int(100000, 999999)}`, name: b.p('person-name', u.full), email: b.p('email', u.email) },
      custom_keys: [{ key: 'checkout_step', value: 'confirm' }, { key: 'refund_iban', value: b.f('iban', iban81(r, false)) }, { key: 'billing_phone', value: b.p('phone', u.phone) }, { key: 'payments_backend_key', value: b.c('stripe-secret', sk) }, { key: 'session_token', value: b.c('bearer-token', accessToken81(r)) }],
      logs: [{ timestamp: '2026-12-06T19:2' + r.int(0, 9) + ':11.402Z', message: `CheckoutVM: shipping to ${b.p('street-address', u.street)}, ${u.zip} ${u.city}` }, { timestamp: '2026-12-06T19:29:12.019Z', message: `CheckoutVM: card entered ${b.f('card', card81(r))} exp ${r.int(1, 12)}/${r.int(27, 31)}` }],
      device: { manufacturer: r.pick(['samsung', 'Google', 'Xiaomi', 'OnePlus']), model: r.pick(['SM-S918B', 'Pixel 8', '2312DRA50G', 'CPH2581']), architecture: 'arm64-v8a' },
    }, null, r.pick([0, 2]));
  }],
  ['stripe-sdk-tokens', (r, b) => {
    const u = person81(r);
    const L = logcat81(r, 'okhttp.OkHttpClient');
    const card = b.f('card', card81(r));
    const cvc = b.f('cvc', cvc81(r));
    const body = `card[number]=${card}&card[exp_month]=${r.int(1, 12)}&card[exp_year]=20${r.int(27, 32)}&card[cvc]=${cvc}&card[name]=${encodeURIComponent(u.full).replace(/%20/g, '+')}&card[address_zip]=${encodeURIComponent(u.zip)}&guid=${r.uuid()}&muid=${r.uuid()}`;
    b.p('person-name', encodeURIComponent(u.full).replace(/%20/g, '+'));
    return [L('--> POST https://api.stripe.com/v1/tokens'), L(`Authorization: Bearer ${stripePublic81(r)}`), L('Content-Type: application/x-www-form-urlencoded'), L(`Stripe-Version: 2024-06-20`), L(''), L(body), L(`--> END POST (${body.length}-byte body)`), L(`<-- 200 https://api.stripe.com/v1/tokens (${r.int(200, 900)}ms)`), L(`{"id":"tok_${r.b62(24)}","object":"token","card":{"id":"card_${r.b62(24)}","brand":"Visa","last4":"${card.slice(-4)}"},"livemode":true}`)].join('\n');
  }],
  ['payout-form-tostring', (r, b) => {
    const u = person81(r);
    const L = logcat81(r, 'PayoutFormViewModel', 'D');
    return [
      L(`submit PayoutForm(holderName=${b.p('person-name', u.full)}, iban=${b.f('iban', iban81(r, false))}, bic=${bic81(r)}, currency=EUR, amountCents=${r.int(1000, 900000)})`),
      L(`submit UsBankAccount(accountHolderName=${u.full}, accountNumber=${b.f('bank-account', account81(r))}, routingNumber=${b.f('aba-routing', routing81(r))}, accountType=${r.pick(['checking', 'savings'])}, ssnLast4=null)`),
      L(`onError: HttpException 422 {"error":{"code":"account_invalid","payout_id":"po_${r.b62(24)}"}}`),
    ].join('\n');
  }],
  ['shared-prefs-xml', (r, b) => {
    const u = person81(r);
    const pkg = `com.${r.pick(['fernway', 'grovecart', 'tidebook', 'lumora'])}.android`;
    return `$ adb shell run-as ${pkg} cat shared_prefs/${pkg}_preferences.xml
<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="auth_access_token">${b.c('jwt', jwt81(r))}</string>
    <string name="auth_refresh_token">${b.c('refresh-token', refreshToken81(r))}</string>
    <long name="auth_expires_at" value="${1765000000000 + r.int(0, 9_000_000_000)}" />
    <string name="user_email">${b.p('email', u.email)}</string>
    <string name="user_display_name">${b.p('person-name', u.full)}</string>
    <string name="last_login_ip">${b.p('ip-address', u.ip)}</string>
    <boolean name="onboarding_done" value="true" />
    <int name="launch_count" value="${r.int(2, 400)}" />
    <string name="install_id">${r.uuid()}</string>
</map>`;
  }],
  ['kotlin-session-exception', (r, b) => {
    const u = person81(r);
    return `FATAL EXCEPTION: DefaultDispatcher-worker-${r.int(1, 8)}
Process: com.kestrelpay.wallet, PID: ${r.int(2000, 30000)}
java.lang.IllegalStateException: session invalid: UserSession(userId=${r.int(100000, 9999999)}, email=${b.p('email', u.email)}, accessToken=${b.c('jwt', jwt81(r))}, refreshToken=${b.c('refresh-token', refreshToken81(r))}, expiresAt=${1765000000 + r.int(0, 9000000)}, phoneNumber=${b.p('phone', u.phone)})
\tat com.kestrelpay.wallet.auth.SessionManager.require(SessionManager.kt:${r.int(40, 300)})
\tat com.kestrelpay.wallet.home.HomeViewModel$load$1.invokeSuspend(HomeViewModel.kt:${r.int(40, 300)})
\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)`;
  }],
  ['bundled-config-strings', (r, b) => {
    const aws = awsPair81(r);
    return `<!-- res/values/secrets.xml (decoded from base.apk by apktool) -->
<resources>
    <string name="google_api_key" translatable="false">${googleApiKey81(r)}</string>
    <string name="gcm_defaultSenderId" translatable="false">${r.digits(12)}</string>
    <string name="fcm_server_key" translatable="false">${b.c('fcm-server-key', fcmServerKey81(r))}</string>
    <string name="stripe_publishable_key">${stripePublic81(r)}</string>
    <string name="stripe_secret_key">${b.c('stripe-secret', stripeSecret81(r))}</string>
    <string name="algolia_app_id">${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}</string>
    <string name="algolia_admin_api_key">${b.c('algolia-admin-key', hex32(r))}</string>
    <string name="aws_access_key_id">${b.c('aws-access-key', aws.id)}</string>
    <string name="aws_secret_access_key">${b.c('aws-secret-key', aws.secret)}</string>
</resources>`;
  }],
  ['okhttp-checkout-body', (r, b) => {
    const h = r.pick(HOSTS);
    const u = person81(r);
    const L = logcat81(r, 'okhttp.OkHttpClient');
    const body = JSON.stringify({ order_id: objId81(r, 'ord_'), payment: { card_number: b.f('card', cardSpaced81(r)), expiry: `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`, cvv: b.f('cvc', cvc81(r)), holder: b.p('person-name', u.full) }, shipping: { name: u.full, line1: b.p('street-address', u.street), zip: u.zip, phone: b.p('phone', u.phone) } });
    return [L(`--> POST https://${h}/v1/checkout/pay`), L(`Authorization: Bearer ${b.c('bearer-token', accessToken81(r))}`), L(''), L(body), L(`--> END POST (${body.length}-byte body)`), L(`<-- 502 Bad Gateway https://${h}/v1/checkout/pay (${r.int(1000, 30000)}ms)`)].join('\n');
  }],
];
