import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, jsonEsc, jwt, pem } from './blind-set-29-tokens';
import { address, dob, email, fullName, phone } from './blind-set-29-values';
import { appVer, appVer as ver, device, prefix, shuffle, some, ts } from './blind-set-29-noise';
import { nationalId } from './blind-set-29-ids';

const pushTok = (r: import('./blind-set-9-rng').Rng9): string => r.hex(64);

/** Crash reports, push, app store and analytics templates. */
export const MOBILE29: PosTemplate29[] = [
  {
    source: 'crashlytics',
    name: 'custom-keys',
    make: (r, b) => {
      const d = device(r);
      return [
        `Crashlytics non-fatal: com.tripwise.app.net.ApiException: HTTP 401 Unauthorized`,
        `  at com.tripwise.app.net.AuthInterceptor.intercept(AuthInterceptor.kt:${r.int(20, 90)})`,
        `  at okhttp3.internal.http.RealInterceptorChain.proceed(RealInterceptorChain.kt:109)`,
        ...shuffle(r, [
          `custom_key user_email = ${b.p('email', email(r))}`,
          `custom_key refresh_token = ${b.c('google_refresh', CRED['google_refresh']!(r))}`,
          `custom_key device = ${d.model} (${d.os})`,
          `custom_key phone = ${b.p('phone', phone(r))}`,
          ...some(r, 0.5, () => `custom_key app_version = ${appVer(r)}`),
        ]),
      ].join('\n');
    },
  },
  {
    source: 'sentry-mobile',
    name: 'user-context-json',
    make: (r, b) =>
      JSON.stringify(
        {
          event_id: r.hex(32),
          platform: 'cocoa',
          level: 'error',
          user: { id: r.uuid(), email: b.p('email', email(r)), username: r.pick(['amara_t', 'jl88', 'travelbug']), ip_address: '{{auto}}' },
          contexts: { device: device(r), app: { app_version: ver(r) } },
          extra: {
            authHeader: `Bearer ${b.c('jwt', jwt(r, { iss: 'https://securetoken.google.com/wanderly-prod', aud: 'wanderly-prod', sub: r.b62(28), email_verified: true }))}`,
            dateOfBirth: b.p('dob', dob(r, 'iso')),
          },
        },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'sentry-mobile',
    name: 'breadcrumbs',
    make: (r, b) =>
      [
        `Sentry breadcrumbs (last ${r.int(5, 30)}):`,
        `  [${ts(r)}] navigation  from=/checkout to=/payment`,
        `  [${ts(r)}] http        POST https://api.wanderly.app/v2/profile status=200 body={"phone":"${b.p('phone', phone(r))}","homeAddress":"${b.p('address', address(r))}"}`,
        `  [${ts(r)}] http        GET https://api.stripe.com/v1/customers?limit=1 Authorization: Bearer ${b.c('stripe_sk', CRED['stripe_sk']!(r))}`,
        `  [${ts(r)}] ui.click    button#confirm-booking`,
        `  [${ts(r)}] console     user=${b.p('email', email(r))} tapped retry`,
      ].join('\n'),
  },
  {
    source: 'bugsnag',
    name: 'metadata-tab',
    make: (r, b) => {
      const n = nationalId(r);
      return [
        `Bugsnag error: java.lang.IllegalStateException: KYC step failed`,
        `  at com.wanderly.kyc.KycViewModel.submit(KycViewModel.kt:${r.int(40, 300)})`,
        `metaData.user:`,
        ...shuffle(r, [
          `  name: ${b.p('name', fullName(r))}`,
          `  ${n.label}: ${b.p(n.kind, n.value)}`,
          `  birthDate: ${b.p('dob', dob(r, r.pick(['iso', 'eu'] as const)))}`,
          `  email: ${b.p('email', email(r))}`,
        ]),
        `metaData.request:`,
        `  x-api-key: ${b.c('duffel', CRED['duffel']!(r))}`,
      ].join('\n');
    },
  },
  {
    source: 'embrace',
    name: 'network-capture',
    make: (r, b) =>
      [
        `${prefix(r, 'embrace-export')} captured network body session=${r.uuid()}`,
        `POST https://fcm.googleapis.com/fcm/send -> 401`,
        `Authorization: key=${b.c('fcm_server', CRED['fcm_server']!(r))}`,
        `Content-Type: application/json`,
        `{"to":"${r.b64url(16)}:APA91b${r.b64url(100)}","notification":{"title":"Gate change","body":"Your flight now boards at B${r.int(1, 40)}"}}`,
      ].join('\n'),
  },
  {
    source: 'apns',
    name: 'p8-config-dump',
    make: (r, b) =>
      [
        `${prefix(r, 'push-gateway')} loaded APNs provider config`,
        `  teamId: ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`,
        `  keyId: ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`,
        `  topic: com.wanderly.ios`,
        `  signingKey: |`,
        b.c('pem', pem(r, 'ec').trimEnd()),
      ].join('\n'),
  },
  {
    source: 'apns',
    name: 'jwt-request',
    make: (r, b) =>
      [
        `:method: POST`,
        `:path: /3/device/${pushTok(r)}`,
        `authorization: bearer ${b.c('jwt', jwt(r, { iss: r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10) }, 'ES256', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)))}`,
        `apns-topic: com.wanderly.ios`,
        `apns-push-type: alert`,
        `< 403 {"reason":"${r.pick(['InvalidProviderToken', 'ExpiredProviderToken'])}"}`,
      ].join('\n'),
  },
  {
    source: 'fcm',
    name: 'service-account-json',
    make: (r, b) => {
      const proj = r.pick(['wanderly-prod', 'tripwise-mobile', 'goride-push']);
      return (
        `${prefix(r, 'notifier')} failed to parse credentials from env FIREBASE_SA: ` +
        JSON.stringify({
          type: 'service_account',
          project_id: proj,
          private_key_id: r.hex(40),
          private_key: '__PK__',
          client_email: `firebase-adminsdk-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}@${proj}.iam.gserviceaccount.com`,
          client_id: r.digits(21),
        }).replace('__PK__', b.c('pem~json', jsonEsc(pem(r, 'rsa'))))
      );
    },
  },
  {
    source: 'onesignal',
    name: 'rest-call',
    make: (r, b) =>
      [
        `OkHttp --> POST https://onesignal.com/api/v1/notifications`,
        `OkHttp Authorization: Basic ${b.c('onesignal', CRED['onesignal']!(r))}`,
        `OkHttp {"app_id":"${r.uuid()}","include_player_ids":["${r.uuid()}"],"contents":{"en":"Check-in is open"}}`,
        `OkHttp <-- 400 Bad Request (${r.int(80, 900)}ms)`,
        ...some(r, 0.6, () => `OkHttp {"errors":["Please include a case-sensitive header of Authorization: Basic <YOUR-REST-API-KEY-HERE>"]}`),
      ].join('\n'),
  },
];
