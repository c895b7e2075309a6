import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, jsonEsc, jwt } from './blind-set-29-tokens';
import { address, dob, email, fullName, phone } from './blind-set-29-values';
import { device, prefix, shuffle, some, traceId, ts } from './blind-set-29-noise';
import { nationalId } from './blind-set-29-ids';

/** Sign-in, maps, support and miscellaneous mobile back-end templates. */
export const AUTH29: PosTemplate29[] = [
  {
    source: 'firebase-auth',
    name: 'id-token-verify',
    make: (r, b) =>
      [
        `FirebaseAuthError: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).`,
        `    at FirebaseTokenVerifier.verifyJWT (/app/node_modules/firebase-admin/lib/auth/token-verifier.js:${r.int(100, 300)}:19)`,
        `  token=${b.c('jwt', jwt(r, { iss: 'https://securetoken.google.com/wanderly-prod', aud: 'wanderly-prod', user_id: r.b62(28), email: 'EMAIL', firebase: { sign_in_provider: 'password' } }, 'RS256', r.hex(40)))}`,
        ...some(r, 0.6, () => `  user.email=${b.p('email', email(r))}`),
      ].join('\n'),
  },
  {
    source: 'apple-signin',
    name: 'client-secret',
    make: (r, b) =>
      [
        `${prefix(r, 'auth-apple')} POST https://appleid.apple.com/auth/token -> 400 {"error":"invalid_client"}`,
        `form: client_id=com.wanderly.signin&client_secret=${b.c('jwt', jwt(r, { iss: r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10), aud: 'https://appleid.apple.com', sub: 'com.wanderly.signin' }, 'ES256', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)))}&code=c${r.hex(31)}.0.${r.chars('abcdefghijklmnopqrstuvwxyz', 4)}.${r.b64url(22)}&grant_type=authorization_code`,
      ].join('\n'),
  },
  {
    source: 'google-signin',
    name: 'oauth-exchange',
    make: (r, b) =>
      [
        `${prefix(r, 'auth-google')} token exchange failed`,
        `POST https://oauth2.googleapis.com/token`,
        `client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com&client_secret=${b.c('google_secret', CRED['google_secret']!(r))}&refresh_token=${b.c('google_refresh~url', encodeURIComponent(CRED['google_refresh']!(r)))}&grant_type=refresh_token`,
        `<- 400 {"error":"invalid_grant","error_description":"Token has been expired or revoked."}`,
      ].join('\n'),
  },
  {
    source: 'auth0',
    name: 'mobile-config',
    make: (r, b) =>
      `${prefix(r, 'auth0-m2m')} management token request: ${JSON.stringify({ domain: 'wanderly.eu.auth0.com', client_id: r.b62(32), client_secret: b.c('auth0_secret', CRED['auth0_secret']!(r)), audience: 'https://wanderly.eu.auth0.com/api/v2/', grant_type: 'client_credentials' }, null, r.pick([0, 2]))}\n<- 401 {"error":"access_denied","error_description":"Unauthorized"}`,
  },
  {
    source: 'magic-link',
    name: 'email-log',
    make: (r, b) =>
      [
        `${prefix(r, 'auth-mailer')} sendgrid delivery deferred`,
        `to=${b.p('email', email(r))}`,
        `subject="Your sign-in link"`,
        `link=https://wanderly.app/auth/magic?token=${b.c('magic', CRED['magic']!(r))}&redirect=%2Ftrips`,
      ].join('\n'),
  },
  {
    source: 'session',
    name: 'okhttp-cookie',
    make: (r, b) => {
      const d = device(r);
      return [
        `OkHttp --> GET https://api.wanderly.app/v3/me/trips`,
        `OkHttp Cookie: wl_session=${b.c('session', CRED['session']!(r))}; _ga=GA1.2.${r.digits(10)}.${r.digits(10)}`,
        `OkHttp User-Agent: Wanderly/${r.int(4, 9)}.${r.int(0, 20)} (${d.model}; ${d.os})`,
        `OkHttp <-- 500 Internal Server Error (${r.int(40, 3000)}ms)`,
      ].join('\n');
    },
  },
  {
    source: 'session',
    name: 'alamofire-auth',
    make: (r, b) =>
      [
        `[Alamofire] Request: POST https://api.wanderly.app/v2/auth/refresh`,
        `[Alamofire] Headers: ["Content-Type": "application/json", "Authorization": "Bearer ${b.c('jwt', jwt(r, { sub: r.uuid(), scope: 'user', iss: 'https://auth.wanderly.app' }, 'RS256'))}"]`,
        `[Alamofire] Body: {"refresh_token":"${b.c('refresh_token', r.b64url(48))}","device_id":"${r.uuid().toUpperCase()}"}`,
        `[Alamofire] Response: 401`,
      ].join('\n'),
  },
  {
    source: 'mapbox',
    name: 'secret-token',
    make: (r, b) =>
      [
        `${prefix(r, 'maps-tiles')} Mapbox upload failed: 401 Not Authorized - Invalid Token`,
        `POST https://api.mapbox.com/uploads/v1/wanderly/credentials?access_token=${b.c('mapbox_sk', CRED['mapbox_sk']!(r))}`,
      ].join('\n'),
  },
  {
    source: 'here',
    name: 'routing-apikey',
    make: (r, b) =>
      [
        `${prefix(r, 'rides-eta')} HERE routing v8 -> 401`,
        `GET https://router.hereapi.com/v8/routes?transportMode=car&origin=${(40 + r.next()).toFixed(4)},${(-74 + r.next()).toFixed(4)}&destination=${(40 + r.next()).toFixed(4)},${(-74 + r.next()).toFixed(4)}&apiKey=${b.c('here', CRED['here']!(r))}`,
        `{"error":"Unauthorized","error_description":"apiKey invalid. apiKey not found."}`,
      ].join('\n'),
  },
  {
    source: 'sentry',
    name: 'cli-auth-token',
    make: (r, b) =>
      [
        `+ sentry-cli --auth-token ${b.c('sentry_token', CRED['sentry_token']!(r))} debug-files upload --org wanderly --project ios build/`,
        `error: API request failed`,
        `  caused by: sentry reported an error: Invalid token (http status: 401)`,
      ].join('\n'),
  },
  {
    source: 'zendesk',
    name: 'ticket-export',
    make: (r, b) => {
      const n = nationalId(r);
      return [
        `${prefix(r, 'support-sync')} Zendesk ticket import failed (422)`,
        `Authorization: Basic ${b.c('basic~b64', Buffer.from(`support-bot@wanderly.app/token:${CRED['zendesk']!(r)}`).toString('base64'))}`,
        `ticket.description: "Hi, I was charged twice for booking. My ${n.label} is ${b.p(n.kind, n.value)} and I live at ${b.p('address', address(r))}. Call me on ${b.p('phone', phone(r))}."`,
        `ticket.requester.email: ${b.p('email', email(r))}`,
      ].join('\n');
    },
  },
  {
    source: 'intercom',
    name: 'conversation-webhook',
    make: (r, b) =>
      [
        `${prefix(r, 'intercom-hooks')} failed to forward conversation ${r.digits(12)}`,
        `Authorization: Bearer ${b.c('intercom', CRED['intercom']!(r))}`,
        `{"type":"notification_event","data":{"item":{"source":{"body":"<p>my passport number ${b.p('passport', r.chars('123456', 1) + r.digits(8))} expired, can I still fly?</p>","author":{"email":"${b.p('email', email(r))}"}}}}}`,
      ].join('\n'),
  },
  {
    source: 'gorgias',
    name: 'ticket-csv',
    make: (r, b) => {
      const rows = Array.from({ length: r.int(2, 4) }, () => `${r.digits(8)},"${b.p('name', fullName(r))}",${b.p('email', email(r))},${b.p('phone', phone(r))},"refund request",${ts(r).slice(0, 10)}`);
      return [`${prefix(r, 'gorgias-export')} export uploaded with key ${b.c('gorgias', CRED['gorgias']!(r))}`, `ticket_id,customer_name,customer_email,customer_phone,subject,created`, ...rows].join(
        '\n',
      );
    },
  },
  {
    source: 'kotlin',
    name: 'data-class-tostring',
    make: (r, b) => {
      const n = nationalId(r);
      return [
        `E/ProfileRepository: update failed: retrofit2.HttpException: HTTP 409`,
        `E/ProfileRepository: payload=UserProfile(id=${r.uuid()}, name=${b.p('name', fullName(r))}, dob=${b.p('dob', dob(r, 'iso'))}, ${n.label}=${b.p(n.kind, n.value)}, email=${b.p('email', email(r))}, phone=${b.p('phone', phone(r))})`,
        `E/ProfileRepository:     at retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)`,
      ].join('\n');
    },
  },
  {
    source: 'react-native',
    name: 'redux-state',
    make: (r, b) =>
      `[${ts(r)}] ERROR  Redux state snapshot on crash: ${JSON.stringify({ auth: { accessToken: b.c('jwt', jwt(r, { sub: r.uuid(), iss: 'https://auth.wanderly.app', scope: 'trips:read trips:write' })), refreshToken: b.c('refresh_token', r.b64url(40)) }, profile: { email: b.p('email', email(r)), homeAddress: b.p('address', address(r)) }, traceId: traceId(r) })}`,
  },
  {
    source: 'graphql',
    name: 'mutation-error',
    make: (r, b) =>
      JSON.stringify(
        {
          errors: [{ message: 'Variable "$input" got invalid value', path: ['updateTraveler'], extensions: { code: 'BAD_USER_INPUT' } }],
          request: {
            operationName: 'UpdateTraveler',
            variables: {
              input: Object.fromEntries(
                shuffle(r, [
                  ['dateOfBirth', b.p('dob', dob(r, 'iso'))],
                  ['passportNumber', b.p('passport', `${r.chars('ABCDEFGH', 2)}${r.digits(6)}`)],
                  ['email', b.p('email', email(r))],
                  ['mobile', b.p('phone', phone(r))],
                ]),
              ),
            },
          },
        },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'webhook',
    name: 'json-escaped-body',
    make: (r, b) =>
      `${prefix(r, 'webhook-relay')} retry ${r.int(1, 8)} body="${jsonEsc(JSON.stringify({ event: 'traveler.updated', email: 'E1', phone: 'P1', api_secret: 'S1' }))}"`
        .replace('E1', b.p('email', email(r)))
        .replace('P1', b.p('phone', phone(r)))
        .replace('S1', b.c('api_secret', r.b62(40))),
  },
];
