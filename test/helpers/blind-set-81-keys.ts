import { accessToken81, awsPair81, github81, jwt81, liveKey81, plainPassword81, refreshToken81, sendgrid81, sessionCookie81, slack81, stripeSecret81 } from './blind-set-81-creds';
import { card81, cardSpaced81, cvc81, iban81, person81 } from './blind-set-81-people';
import { B62, type Rng81 } from './blind-set-81-rng';
import type { Template81 } from './blind-set-81-types';

const HOSTS = ['api.fernway.app', 'mobile.kestrelpay.io', 'api.tidebook.com', 'gw.lumora.app', 'api.grovecart.com'];
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** An App Store Connect style .p8 (PKCS#8 P-256) private key in PEM. */
export function p8Key81(r: Rng81): string {
  const der = Buffer.concat([Buffer.from('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420', 'hex'), r.bytes(32), Buffer.from('a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  const body = (der.toString('base64').match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`;
}

/** A Supabase-style project JWT with the given role (`service_role` is secret, `anon` is public). */
export function supabaseKey81(r: Rng81, role: 'service_role' | 'anon'): string {
  const iat = 1700000000 + r.int(0, 60_000_000);
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ iss: 'supabase', ref: r.chars('abcdefghijklmnopqrstuvwxyz', 20), role, iat, exp: iat + 315360000 }))}.${r.b64url(32)}`;
}

/** Credential-dense templates: proxy exports, signing configs, bundled env files, OAuth client secrets, Set-Cookie logs. */
export const KEYS81: [string, Template81][] = [
  ['charles-session-export', (r, b) => {
    const h = r.pick(HOSTS);
    const ck = sessionCookie81(r);
    const lines = [
      `# Charles Proxy session export (iPhone, ${r.int(3, 40)} requests)`,
      `GET https://${h}/v1/feed  Authorization: Bearer ${b.c('jwt', jwt81(r))}`,
      `GET https://${h}/v1/wallet  Cookie: ${ck.name}=${b.c('session-cookie', ck.value)}`,
      `POST https://${h}/v1/uploads/sign  x-api-key: ${b.c('api-key', liveKey81(r, 'ak_live_', 36))}`,
      `PUT https://${h}/v1/cards/default  body={"number":"${b.f('card', card81(r))}","cvc":"${b.f('cvc', cvc81(r))}"}`,
      `POST https://${h}/oauth/token  body=grant_type=refresh_token&refresh_token=${b.c('refresh-token', refreshToken81(r))}`,
    ];
    return lines.join('\n');
  }],
  ['gradle-signing-leak', (r, b) => `> Task :app:validateSigningRelease FAILED
gradle.properties (CI cache dump):
org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=release.keystore
RELEASE_STORE_PASSWORD=${b.c('password', plainPassword81(r))}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${b.c('password', plainPassword81(r))}
SENTRY_AUTH_TOKEN=${b.c('sentry-token', 'sntryu_' + r.hex(64))}
MAPS_API_KEY=\${MAPS_API_KEY}
GITHUB_PACKAGES_TOKEN=${b.c('github-token', github81(r))}`],
  ['fastlane-p8-crash', (r, b) => {
    const key = p8Key81(r);
    return `[!] Could not create JWT for App Store Connect API
  key_id: ${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}
  issuer_id: ${r.uuid()}
  key:
${b.c('private-key', key)}
FASTLANE_PASSWORD=${b.c('password', plainPassword81(r))}\nMATCH_PASSWORD=${b.c('password', plainPassword81(r))}`;
  }],
  ['web-bundle-env', (r, b) => {
    const aws = awsPair81(r);
    return `// static/js/main.${r.hex(8)}.js (source map excerpt)
const config = {NODE_ENV:"production",REACT_APP_API:"https://${r.pick(HOSTS)}",REACT_APP_STRIPE_SECRET:"${b.c('stripe-secret', stripeSecret81(r))}",REACT_APP_SENDGRID_KEY:"${b.c('sendgrid-key', sendgrid81(r))}",REACT_APP_AWS_KEY:"${b.c('aws-access-key', aws.id)}",REACT_APP_AWS_SECRET:"${b.c('aws-secret-key', aws.secret)}",REACT_APP_SUPABASE_ANON:"${supabaseKey81(r, 'anon')}",REACT_APP_SUPABASE_SERVICE:"${b.c('jwt', supabaseKey81(r, 'service_role'))}"};`;
  }],
  ['auth0-client-secret', (r, b) => {
    const L = (s: string) => `D/okhttp.OkHttpClient: ${s}`;
    const secret = r.chars(B62 + '-_', 64);
    return [L(`--> POST https://${r.pick(['fernway', 'tidebook', 'lumora'])}.eu.auth0.com/oauth/token`), L('Content-Type: application/x-www-form-urlencoded'), L(''), L(`grant_type=client_credentials&client_id=${r.b62(32)}&client_secret=${b.c('oauth-client-secret', secret)}&audience=https%3A%2F%2Fapi.fernway.app%2F`), L(`<-- 200 OK (${r.int(100, 900)}ms)`), L(`{"access_token":"${b.c('jwt', jwt81(r))}","scope":"read:users","expires_in":86400,"token_type":"Bearer"}`)].join('\n');
  }],
  ['okhttp-set-cookie', (r, b) => {
    const h = r.pick(HOSTS);
    const a = sessionCookie81(r);
    const L = (s: string) => `I/okhttp.OkHttpClient: ${s}`;
    return [L(`<-- 200 OK https://${h}/web/session (${r.int(40, 900)}ms)`), L(`set-cookie: ${a.name}=${b.c('session-cookie', a.value)}; Path=/; Secure; HttpOnly; SameSite=Lax`), L(`set-cookie: refresh_token=${b.c('refresh-token', refreshToken81(r))}; Path=/auth; Max-Age=2592000; Secure; HttpOnly`), L(`set-cookie: csrf_seen=1; Path=/`), L('<-- END HTTP (0-byte body)')].join('\n');
  }],
  ['websocket-frames', (r, b) => {
    const t = 1765000000 + r.int(0, 9_000_000);
    return `WS wss://${r.pick(HOSTS)}/realtime?vsn=2.0.0
↑ ${t}.101 {"topic":"phoenix","event":"auth","payload":{"access_token":"${b.c('jwt', jwt81(r))}"},"ref":"1"}
↓ ${t}.188 {"event":"phx_reply","payload":{"status":"ok"},"ref":"1"}
↑ ${t}.402 {"topic":"chat:support","event":"new_msg","payload":{"body":"my card is ${b.f('card', cardSpaced81(r, '-'))} and it keeps failing"}}
↑ ${t}.950 {"topic":"presence","event":"auth_refresh","payload":{"refresh_token":"${b.c('refresh-token', refreshToken81(r))}"}}`;
  }],
  ['info-plist-dump', (r, b) => `$ plutil -p Payload/Kestrel.app/Info.plist | grep -i key
  "GMSApiKey" => "AIzaSy${r.chars(B62 + '-_', 33)}"
  "SlackWebhookBotToken" => "${b.c('slack-token', slack81(r))}"
  "PlaidSecret" => "${b.c('plaid-secret', r.hex(30))}"
  "PlaidClientId" => "${r.hex(24)}"
  "SegmentWriteKey" => "${r.b62(32)}"
  "BackendAdminToken" => "${b.c('api-token', liveKey81(r, 'adm_', 40))}"`],
  ['remote-config-dump', (r, b) => `D/FirebaseRemoteConfig: fetched ${r.int(10, 60)} params, activated=true
D/FirebaseRemoteConfig: {"feature_new_home":"true","min_supported_build":"${r.int(100, 900)}","payments_webhook_secret":"${b.c('webhook-secret', 'whsec_' + r.b62(32))}","support_bot_openai_key":"${b.c('openai-key-legacy', `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`)}","cdn_signing_key":"${b.c('signing-key', r.b64(32))}","banner_text":"Free shipping over 50 €"}`],
  ['bank-transfer-form', (r, b) => {
    const u = person81(r);
    const v = person81(r);
    return `console.debug('[transfer] submit', {from: {holder: '${b.p('person-name', u.full)}', iban: '${b.f('iban', iban81(r))}'}, to: {holder: '${b.p('person-name', v.full)}', iban: '${b.f('iban', iban81(r))}'}, amount: ${r.int(100, 900000) / 100}, reference: 'Rent ${r.pick(['Dec', 'Nov', 'Jan'])}', otp: null, session: '${b.c('bearer-token', accessToken81(r))}'})`;
  }],
  ['payment-sheet-debug', (r, b) => {
    const u = person81(r);
    const card = card81(r);
    return `[PaymentSheet] DEBUG collected: {"type":"card","card":{"number":"${b.f('card', card)}","exp_month":${r.int(1, 12)},"exp_year":${r.int(2027, 2032)},"cvc":"${b.f('cvc', cvc81(r, card.length === 15))}"},"billing_details":{"name":"${b.p('person-name', u.full)}","email":"${b.p('email', u.email)}"}}
[PaymentSheet] confirm with ephemeral key ${b.c('stripe-ephemeral-key', 'ek_live_' + r.b62(100))}`;
  }],
];
