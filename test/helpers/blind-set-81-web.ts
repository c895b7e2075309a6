import { accessToken81, github81, jwt81, openai81, password81, plainPassword81, refreshToken81, sessionCookie81, shopify81, slack81 } from './blind-set-81-creds';
import { account81, card81, cardSpaced81, cvc81, iban81, person81, routing81 } from './blind-set-81-people';
import type { Template81 } from './blind-set-81-types';

const SITES = ['app.fernway.app', 'shop.grovecart.com', 'my.tidebook.com', 'wallet.kestrelpay.io', 'account.lumora.app', 'portal.parcelnest.eu'];

/** Browser and web-view templates: HAR, storage dumps, OAuth redirects, RUM/Sentry/Bugsnag events, consoles, cookie jars. */
export const WEB81: [string, Template81][] = [
  ['har-login-entry', (r, b) => {
    const site = r.pick(SITES);
    const u = person81(r);
    const ck = sessionCookie81(r);
    const pw = password81(r);
    const entry = {
      startedDateTime: `2026-12-06T1${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100, 999)}Z`, time: r.int(40, 900) + 0.25,
      request: {
        method: 'POST', url: `https://${site}/api/auth/login?redirect=%2Fdashboard`, httpVersion: 'http/2.0',
        headers: [{ name: 'content-type', value: 'application/json' }, { name: 'cookie', value: `${ck.name}=${b.c('session-cookie', ck.value)}; _ga=GA1.1.${r.digits(9)}.${r.digits(10)}` }, { name: 'user-agent', value: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1' }],
        cookies: [{ name: ck.name, value: ck.value, path: '/', httpOnly: true, secure: true }],
        queryString: [{ name: 'redirect', value: '%2Fdashboard' }],
        postData: { mimeType: 'application/json', text: JSON.stringify({ email: b.p('email', u.email), password: b.c('password', pw), remember: true }) },
      },
      response: { status: 200, statusText: 'OK', headers: [{ name: 'set-cookie', value: `refresh_token=${b.c('refresh-token', refreshToken81(r))}; Path=/auth; HttpOnly; Secure` }], content: { size: 612, mimeType: 'application/json', text: JSON.stringify({ token: b.c('jwt', jwt81(r)), user: { id: r.int(1000, 999999), name: b.p('person-name', u.full), phone: b.p('phone', u.phone) } }) } },
      serverIPAddress: `104.18.${r.int(0, 40)}.${r.int(1, 250)}`, _clientAddress: b.p('ip-address', u.ip),
    };
    return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: [entry] } }, null, 2);
  }],
  ['local-storage-dump', (r, b) => {
    const u = person81(r);
    const auth = JSON.stringify({ accessToken: b.c('jwt', jwt81(r)), refreshToken: b.c('refresh-token', refreshToken81(r)), expiresAt: 1765000000 + r.int(0, 9000000) });
    const root = JSON.stringify({ auth, profile: JSON.stringify({ name: b.p('person-name', u.full), email: b.p('email', u.email), birthday: b.p('birth-date', u.birth) }), _persist: JSON.stringify({ version: -1, rehydrated: true }) });
    return `> copy(JSON.stringify(localStorage))
${JSON.stringify({ 'persist:root': root, 'ajs_anonymous_id': JSON.stringify(r.uuid()), 'theme': 'dark', 'okta-token-storage': JSON.stringify({ idToken: { idToken: b.c('jwt', jwt81(r, 'id')), claims: { sub: r.b62(20) } } }) })}`;
  }],
  ['oauth-implicit-deeplink', (r, b) => {
    const app = r.pick(['fernway', 'tidebook', 'kestrel', 'lumora']);
    const at = b.c('bearer-token', accessToken81(r));
    const id = b.c('jwt', jwt81(r, 'id'));
    return `${r.pick(['W/AuthRedirectActivity', 'E/ReactNativeJS', '[Linking]'])}: unhandled deep link ${app}://callback#access_token=${at}&token_type=Bearer&expires_in=3600&scope=openid%20profile%20email&id_token=${id}&state=${r.b64url(16)}
  at handleUrl (index.android.bundle:${r.int(1, 9)}:${r.int(10000, 999999)})`;
  }],
  ['oauth-web-redirect', (r, b) => {
    const site = r.pick(SITES);
    const at = b.c('jwt', jwt81(r));
    const rt = b.c('refresh-token', refreshToken81(r));
    return `Navigated to https://${site}/auth/callback#access_token=${at}&expires_in=86400&refresh_token=${rt}&token_type=bearer&type=recovery
Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'session')
    at onAuthStateChange (https://${site}/_next/static/chunks/pages/_app-${r.hex(16)}.js:1:${r.int(1000, 90000)})`;
  }],
  ['rum-error-event', (r, b) => {
    const site = r.pick(SITES);
    const u = person81(r);
    return JSON.stringify({
      type: 'error', date: 1765000000000 + r.int(0, 9e9), service: 'web-checkout', version: `${r.int(1, 9)}.${r.int(0, 99)}.${r.int(0, 9)}`, session: { id: r.uuid(), type: 'user' }, view: { id: r.uuid(), url: `https://${site}/checkout/confirm?email=${b.p('email', u.email)}&promo=WINTER${r.int(10, 40)}`, referrer: `https://${site}/cart` },
      usr: { id: String(r.int(100000, 9999999)), name: b.p('person-name', u.full), email: u.email },
      error: { source: 'network', message: 'XHR error POST https://api.' + site.split('.').slice(1).join('.') + '/v1/pay', resource: { method: 'POST', status_code: 500, url: `https://api.${site.split('.').slice(1).join('.')}/v1/pay?session_token=${b.c('bearer-token', accessToken81(r))}` } },
      context: { checkout: { shipping_address: b.p('street-address', u.street), card_number: b.f('card', cardSpaced81(r)), card_cvc: b.f('cvc', cvc81(r)) } },
      network: { client: { ip: b.p('ip-address', u.ip) } },
      _dd: { browser_sdk_version: '5.35.0', replay_auth: b.c('bearer-token', accessToken81(r)) },
    }, null, 1);
  }],
  ['console-auth-log', (r, b) => {
    const site = r.pick(SITES);
    return `[auth] refreshed {accessToken: '${b.c('jwt', jwt81(r))}', refreshToken: '${b.c('refresh-token', refreshToken81(r))}', expiresAt: ${1765000000 + r.int(0, 9e6)}, user: {…}}   auth-store.ts:${r.int(20, 300)}
[cart] hydrated 3 items   cart.ts:${r.int(20, 300)}
GET https://${site}/api/notifications?limit=20 401 (Unauthorized)   fetch.ts:${r.int(10, 90)}`;
  }],
  ['sentry-mobile-event', (r, b) => {
    const u = person81(r);
    const site = r.pick(SITES);
    const ck = sessionCookie81(r);
    return JSON.stringify({
      event_id: r.hex(32), platform: r.pick(['cocoa', 'java', 'javascript']), release: `com.tidebook.app@${r.int(2, 9)}.${r.int(0, 20)}.0+${r.int(100, 999)}`, environment: 'production',
      user: { id: String(r.int(1000, 999999)), email: b.p('email', u.email), username: b.p('person-name', u.full), ip_address: b.p('ip-address', u.ip) },
      request: { url: `https://${site}/api/v2/orders`, method: 'POST', headers: { Authorization: `Bearer ${b.c('jwt', jwt81(r))}`, Cookie: `${ck.name}=${b.c('session-cookie', ck.value)}` }, data: { deliver_to: u.full, phone: b.p('phone', u.phone), card: { number: b.f('card', card81(r)), exp: `${r.int(1, 12)}/${r.int(27, 31)}` } } },
      breadcrumbs: { values: [{ timestamp: 1765000000 + r.int(0, 9e6), type: 'http', category: 'xhr', data: { url: `https://${site}/api/v2/wallet?api_key=${b.c('api-key', 'live_' + r.b62(32))}`, method: 'GET', status_code: 200 } }, { timestamp: 1765000000 + r.int(0, 9e6), category: 'ui.click', message: 'button#place-order' }] },
      contexts: { device: { family: 'iOS', model: 'iPhone15,3', name: `${u.first}'s iPhone` }, trace: { trace_id: r.hex(32), span_id: r.hex(16) } },
    });
  }],
  ['bugsnag-event', (r, b) => {
    const u = person81(r);
    return JSON.stringify({
      apiKey: r.hex(32), payloadVersion: '5', notifier: { name: 'Bugsnag React Native', version: '7.22.4' },
      events: [{ exceptions: [{ errorClass: 'Error', message: 'Payout submission failed' }], severity: 'error', unhandled: false,
        user: { id: String(r.int(1000, 999999)), name: b.p('person-name', u.full), email: b.p('email', u.email) },
        metaData: { payout: { accountHolder: u.full, accountNumber: b.f('bank-account', account81(r)), routingNumber: b.f('aba-routing', routing81(r)), iban: b.f('iban', iban81(r)) }, request: { authToken: b.c('bearer-token', accessToken81(r)) } },
        breadcrumbs: [{ name: 'Navigated to PayoutForm', type: 'navigation', timestamp: '2026-12-06T18:22:31.901Z' }] }],
    });
  }],
  ['webview-cookie-jar', (r, b) => {
    const site = r.pick(SITES);
    const a = sessionCookie81(r);
    const rem = r.b64url(32);
    return `D/WebViewBridge: CookieManager.getInstance().getCookie("https://${site}") = "_ga=GA1.2.${r.digits(9)}.${r.digits(10)}; _gid=GA1.2.${r.digits(9)}.${r.digits(10)}; locale=en-GB; ${a.name}=${b.c('session-cookie', a.value)}; remember_token=${b.c('session-cookie', rem)}; consent=analytics%3Dfalse"
D/WebViewBridge: injecting bridge token window.__NATIVE_TOKEN__='${b.c('bearer-token', accessToken81(r))}'`;
  }],
  ['checkout-form-urlencoded', (r, b) => {
    const u = person81(r);
    const site = r.pick(SITES);
    const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
    const card = card81(r);
    const ck = sessionCookie81(r);
    return `POST https://${site}/checkout/submit HTTP/1.1
content-type: application/x-www-form-urlencoded
cookie: ${ck.name}=${b.c('session-cookie', ck.value)}

authenticity_token=${r.b64url(64)}&order%5Bemail%5D=${enc(b.p('email', u.email)).replace('%40', '@')}&order%5Bbilling_name%5D=${b.p('person-name', enc(u.full))}&order%5Bcard_number%5D=${b.f('card', card)}&order%5Bcard_cvc%5D=${b.f('cvc', cvc81(r, card.length === 15))}&order%5Bcard_exp%5D=${String(r.int(1, 12)).padStart(2, '0')}%2F${r.int(27, 31)}&order%5Bphone%5D=${b.p('phone', enc(u.phone))}`;
  }],
  ['devtools-env-leak', (r, b) => {
    const site = r.pick(SITES);
    return `> window.__NEXT_DATA__.runtimeConfig
{apiBase: 'https://${site}/api', sentryDsn: 'https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}', openaiKey: '${b.c('openai-key', openai81(r))}', shopifyAdminToken: '${b.c('shopify-token', shopify81(r))}', githubToken: '${b.c('github-token', github81(r))}', slackBotToken: '${b.c('slack-token', slack81(r))}'}`;
  }],
  ['login-form-state', (r, b) => {
    const u = person81(r);
    return `React DevTools › LoginScreen props/state
state: {"email":"${b.p('email', u.email)}","password":"${b.c('password', plainPassword81(r))}","showPassword":false,"submitting":true,"error":null}
hooks: State(${JSON.stringify(u.phone)}) → ${b.p('phone', u.phone)}`;
  }],
];
