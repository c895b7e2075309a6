import { accessToken81, awsPair81, braintree81, fcmServerKey81, googleApiKey81, hex32, jwt81, mapbox81, plainPassword81, refreshToken81, sentryAuth81, stripePublic81, stripeSecret81 } from './blind-set-81-creds';
import { account81, card81, cardSpaced81, iban81, person81, routing81 } from './blind-set-81-people';
import type { Template81 } from './blind-set-81-types';

const HOSTS = ['api.fernway.app', 'mobile.kestrelpay.io', 'api.tidebook.com', 'gw.lumora.app', 'api.grovecart.com'];

/** Cross-platform templates: Flutter Dio, React Native/Expo, Redux, Apollo, push payloads, purchases, bundled configs, store reviews. */
export const HYBRID81: [string, Template81][] = [
  ['dio-log-interceptor', (r, b) => {
    const u = person81(r);
    const pid = r.int(2000, 30000);
    const F = (s: string) => `I/flutter (${String(pid).padStart(5)}): ${s}`;
    const h = r.pick(HOSTS);
    return [
      F('*** Request ***'), F(`uri: https://${h}/v1/auth/token`), F('method: POST'), F('responseType: ResponseType.json'), F('followRedirects: true'), F('connectTimeout: 0:00:15.000000'), F('headers:'), F(` content-type: application/json`), F(` x-app-build: ${r.int(100, 9999)}`),
      F('data:'), F(`{username: ${b.p('email', u.email)}, password: ${b.c('password', plainPassword81(r))}, grant_type: password, client_id: mobile-flutter}`), F(''),
      F('*** Response ***'), F(`uri: https://${h}/v1/auth/token`), F('statusCode: 200'), F('headers:'), F(' content-type: application/json; charset=utf-8'), F('Response Text:'),
      F(`{"access_token":"${b.c('jwt', jwt81(r))}","refresh_token":"${b.c('refresh-token', refreshToken81(r))}","expires_in":3600,"profile":{"full_name":"${b.p('person-name', u.full)}","mobile":"${b.p('phone', u.phone)}"}}`), F(''),
    ].join('\n');
  }],
  ['dio-error-bearer', (r, b) => {
    const pid = r.int(2000, 30000);
    const F = (s: string) => `I/flutter (${String(pid).padStart(5)}): ${s}`;
    const h = r.pick(HOSTS);
    return [
      F('*** DioException ***:'), F(`uri: https://${h}/v2/wallet/cards`), F('DioException [bad response]: This exception was thrown because the response has a status code of 403 and RequestOptions.validateStatus was configured to throw for this status code.'),
      F(`headers: {Authorization: Bearer ${b.c('bearer-token', accessToken81(r))}, x-api-key: ${b.c('api-key', 'live_' + r.b62(40))}}`),
      F(`data: {card_number: ${b.f('card', card81(r))}, holder: ${b.p('person-name', person81(r).full)}, save: true}`),
    ].join('\n');
  }],
  ['redux-state-dump', (r, b) => {
    const u = person81(r);
    const state = {
      auth: { isLoggedIn: true, token: b.c('jwt', jwt81(r)), refreshToken: b.c('refresh-token', refreshToken81(r)), idToken: b.c('jwt', jwt81(r, 'id')), tokenExpiresAt: 1765000000 + r.int(0, 9e6) },
      user: { profile: { id: r.int(1000, 999999), firstName: u.first, lastName: u.last, fullName: b.p('person-name', u.full), email: b.p('email', u.email), phone: b.p('phone', u.phone), dob: b.p('birth-date', u.birth), address: { line1: b.p('street-address', u.street), city: u.city, zip: u.zip } } },
      wallet: { defaultSource: { brand: 'mastercard', last4: r.digits(4) }, payoutIban: b.f('iban', iban81(r)) },
      ui: { theme: 'system', toastQueue: [] },
    };
    return ` LOG  action @@persist/REHYDRATE @ ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100, 999)}
 LOG   prev state ${JSON.stringify(state, null, r.pick([0, 2]))}`;
  }],
  ['expo-fetch-log', (r, b) => {
    const u = person81(r);
    const h = r.pick(HOSTS);
    const inner = JSON.stringify({ email: u.email, password: plainPassword81(r), name: u.full });
    const parsed = JSON.parse(inner) as { password: string };
    b.p('email', u.email);
    b.c('password', parsed.password);
    b.p('person-name', u.full);
    return ` LOG  [fetch] POST https://${h}/api/signup ${JSON.stringify({ headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${b.c('jwt', jwt81(r))}` }, body: inner })}
 WARN  [fetch] 409 Conflict: account exists`;
  }],
  ['reactotron-api-response', (r, b) => {
    const u = person81(r);
    const h = r.pick(HOSTS);
    return `API RESPONSE 200 GET /v1/account/bank
{
  "request": {"url": "https://${h}/v1/account/bank", "method": "get", "headers": {"Accept": "application/json", "Authorization": "Token ${b.c('api-token', r.hex(40))}"}},
  "response": {"status": 200, "body": {"holder_name": "${b.p('person-name', u.full)}", "account_number": "${b.f('bank-account', account81(r))}", "routing_number": "${b.f('aba-routing', routing81(r))}", "bank_name": "First Harbor Credit Union", "verified": true}},
  "duration": ${r.int(30, 900)}
}`;
  }],
  ['apollo-error-variables', (r, b) => {
    const u = person81(r);
    const vars = { input: { email: b.p('email', u.email), password: b.c('password', plainPassword81(r)), fullName: b.p('person-name', u.full), phone: b.p('phone', u.phone), billing: { cardNumber: b.f('card', cardSpaced81(r)), postalCode: u.zip } } };
    return `[GraphQL error]: Message: Variable "$input" got invalid value; Field "promoCode" is not defined by type "SignupInput"., Location: [{"line":1,"column":17}], Path: undefined
ApolloError: Response not successful: Received status code 400
    at new ApolloError (index.js:29:28)
{"operationName":"SignupWithCard","variables":${JSON.stringify(vars)},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${r.hex(64)}"}}}`;
  }],
  ['fcm-v1-send', (r, b) => {
    const u = person81(r);
    return `POST https://fcm.googleapis.com/v1/projects/${r.pick(['fernway-prod', 'grovecart-mobile', 'tidebook-6f2a1'])}/messages:send
Authorization: Bearer ${b.c('bearer-token', `ya29.c.${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 180)}`)}
Content-Type: application/json

{"message":{"topic":"user_${r.int(10000, 999999)}","notification":{"title":"Your order is on its way","body":"Hi ${u.first}, your parcel to ${b.p('street-address', u.street)} arrives today"},"data":{"recipient_name":"${b.p('person-name', u.full)}","recipient_phone":"${b.p('phone', u.phone)}","order_id":"${r.int(100000000, 999999999)}"}}}
HTTP 401 UNAUTHENTICATED`;
  }],
  ['apns-payload', (r, b) => {
    const u = person81(r);
    return `[Push] didReceiveRemoteNotification userInfo: ${JSON.stringify({ aps: { alert: { title: 'Payment received', body: `${u.first}, ${r.int(5, 900)}.00 EUR arrived from ${b.p('person-name', person81(r).full)}` }, sound: 'default', 'mutable-content': 1 }, payer_email: b.p('email', u.email), payer_iban: b.f('iban', iban81(r)), deeplink: `kestrel://tx/${r.uuid()}?auth=${b.c('bearer-token', accessToken81(r))}` })}`;
  }],
  ['legacy-fcm-server-call', (r, b) => {
    const key = b.c('fcm-server-key', fcmServerKey81(r));
    return `E/PushSender: curl -X POST -H "Authorization: key=${key}" -H "Content-Type: application/json" https://fcm.googleapis.com/fcm/send -d '{"to":"/topics/promo","data":{"campaign":"winter"}}'
E/PushSender: 404 Not Found: legacy API shut down`;
  }],
  ['revenuecat-webhook', (r, b) => {
    const u = person81(r);
    return `Authorization: Bearer ${b.c('webhook-secret', 'whsec_' + r.b62(32))}
${JSON.stringify({ api_version: '1.0', event: { type: 'INITIAL_PURCHASE', id: r.uuid().toUpperCase(), app_user_id: `$RCAnonymousID:${r.hex(32)}`, product_id: 'pro_annual', price: 49.99, currency: 'EUR', store: 'APP_STORE', transaction_id: String(r.int(100000000, 999999999)) + r.digits(6), subscriber_attributes: { $email: { value: b.p('email', u.email), updated_at_ms: 1765000000000 }, $displayName: { value: b.p('person-name', u.full), updated_at_ms: 1765000000000 }, $phoneNumber: { value: b.p('phone', u.phone), updated_at_ms: 1765000000000 }, $ip: { value: b.p('ip-address', u.ip), updated_at_ms: 1765000000000 } } } }, null, 2)}`;
  }],
  ['iap-receipt-support', (r, b) => {
    const u = person81(r);
    return `Purchase receipt (forwarded to support)
Apple ID: ${b.p('email', u.email)}
Billed to: ${b.p('person-name', u.full)}, ${b.p('street-address', u.street)}, ${u.zip} ${u.city}
Order ID: M${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}   Document No.: ${r.digits(12)}
Fernway Pro (Annual)   49,99 €   paid with Visa •••• ${r.digits(4)}
Customer note: please refund to IBAN ${b.f('iban', iban81(r, true))} instead`;
  }],
  ['bundled-app-config', (r, b) => {
    const aws = awsPair81(r);
    return `// main.jsbundle -> extracted app.config.json
${JSON.stringify({
      firebase: { apiKey: googleApiKey81(r), authDomain: 'grovecart-mobile.firebaseapp.com', projectId: 'grovecart-mobile', messagingSenderId: r.digits(12), appId: `1:${r.digits(12)}:ios:${r.hex(22)}` },
      stripe: { publishableKey: stripePublic81(r), secretKey: b.c('stripe-secret', stripeSecret81(r)) },
      algolia: { appId: r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10), searchOnlyKey: r.hex(32), adminKey: b.c('algolia-admin-key', hex32(r)) },
      aws: { region: 'eu-west-1', accessKeyId: b.c('aws-access-key', aws.id), secretAccessKey: b.c('aws-secret-key', aws.secret) },
      braintree: { accessToken: b.c('braintree-token', braintree81(r)) },
      mapbox: { publicToken: mapbox81(r, 'pk'), downloadsToken: b.c('mapbox-secret', mapbox81(r, 'sk')) },
      sentry: { dsn: `https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`, authToken: b.c('sentry-token', sentryAuth81(r)) },
    }, null, 2)}`;
  }],
  ['play-reviews-csv', (r, b) => {
    const u = person81(r);
    const v = person81(r);
    const pkg = `com.${r.pick(['fernway', 'grovecart', 'tidebook'])}.android`;
    const row = (p: string, text: string) => `${pkg},${r.int(400, 9000)},${r.int(2, 8)}.${r.int(0, 20)}.${r.int(0, 9)},en,${r.pick(['a54x', 'husky', 'o1s', 'starqlte'])},2026-12-0${r.int(1, 6)}T1${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z,${1765000000000 + r.int(0, 9e8)},,,${r.int(1, 2)},,"${text}",,,,${p}`;
    return `Package Name,App Version Code,App Version Name,Reviewer Language,Device,Review Submit Date and Time,Review Submit Millis Since Epoch,Review Last Update Date and Time,Review Last Update Millis Since Epoch,Star Rating,Review Title,Review Text,Developer Reply Date and Time,Developer Reply Millis Since Epoch,Developer Reply Text,Review Link
${row(`https://play.google.com/apps/publish?account=${r.digits(19)}#ReviewDetailsPlace:p=${pkg}&reviewid=gp:AOqpTO${r.b62(20)}`, `Charged twice!! I am ${b.p('person-name', u.full)}, email ${b.p('email', u.email)}, call ${b.p('phone', u.phone)}. Refund to card ${b.f('card', card81(r))} please`)}
${row(`https://play.google.com/apps/publish?account=${r.digits(19)}#ReviewDetailsPlace:p=${pkg}&reviewid=gp:AOqpTO${r.b62(20)}`, `Login broken since update. My account is ${b.p('email', v.email)} password ${b.c('password', plainPassword81(r))} try it yourself`)}`;
  }],
];
