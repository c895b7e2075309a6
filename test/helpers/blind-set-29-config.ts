import type { Rng9 } from './blind-set-9-rng';
import type { Bag29, PosTemplate29 } from './blind-set-29-types';
import { CRED, awkwardPassword, jsonEsc, jwt, pem, xmlEsc } from './blind-set-29-tokens';
import { prefix, shuffle } from './blind-set-29-noise';

/** Env-style names for each credential kind. */
const NAMES: Record<string, string[]> = {
  stripe_sk: ['STRIPE_SECRET_KEY', 'stripeSecretKey'],
  stripe_rk: ['STRIPE_RESTRICTED_KEY', 'stripeRk'],
  stripe_whsec: ['STRIPE_WEBHOOK_SECRET', 'webhookSecret'],
  fcm_server: ['FCM_SERVER_KEY', 'fcmServerKey'],
  onesignal: ['ONESIGNAL_REST_API_KEY', 'oneSignalRestKey'],
  segment: ['SEGMENT_WRITE_KEY', 'segmentWriteKey'],
  amplitude_secret: ['AMPLITUDE_SECRET_KEY', 'amplitudeSecret'],
  mixpanel_secret: ['MIXPANEL_API_SECRET', 'mixpanelSecret'],
  appsflyer: ['APPSFLYER_DEV_KEY', 'afDevKey'],
  branch_secret: ['BRANCH_SECRET', 'branchSecret'],
  revenuecat: ['REVENUECAT_SECRET_KEY', 'rcSecretKey'],
  adapty: ['ADAPTY_SECRET_KEY', 'adaptySecret'],
  mapbox_sk: ['MAPBOX_SECRET_TOKEN', 'mapboxDownloadsToken'],
  here: ['HERE_API_KEY', 'hereApiKey'],
  google_secret: ['GOOGLE_CLIENT_SECRET', 'googleClientSecret'],
  google_refresh: ['GOOGLE_REFRESH_TOKEN', 'playRefreshToken'],
  sentry_token: ['SENTRY_AUTH_TOKEN', 'sentryAuthToken'],
  duffel: ['DUFFEL_ACCESS_TOKEN', 'duffelToken'],
  amadeus_secret: ['AMADEUS_CLIENT_SECRET', 'amadeusSecret'],
  expedia_secret: ['EXPEDIA_RAPID_SECRET', 'rapidSharedSecret'],
  twilio_token: ['TWILIO_AUTH_TOKEN', 'twilioAuthToken'],
  braintree_private: ['BRAINTREE_PRIVATE_KEY', 'btPrivateKey'],
  adyen: ['ADYEN_API_KEY', 'adyenApiKey'],
  paypal_secret: ['PAYPAL_CLIENT_SECRET', 'paypalSecret'],
  klarna: ['KLARNA_API_KEY', 'klarnaKey'],
  zendesk: ['ZENDESK_API_TOKEN', 'zendeskToken'],
  intercom: ['INTERCOM_ACCESS_TOKEN', 'intercomToken'],
  gorgias: ['GORGIAS_API_KEY', 'gorgiasKey'],
  auth0_secret: ['AUTH0_CLIENT_SECRET', 'auth0Secret'],
  aws_secret: ['AWS_SECRET_ACCESS_KEY', 'awsSecretKey'],
  password: ['DB_PASSWORD', 'sabrePassword'],
};
const KINDS = Object.keys(NAMES);

/** Plants `n` distinct credentials and returns [name, value] pairs (name style 0 = env, 1 = camel). */
export function plant29(r: Rng9, b: Bag29, n: number, style: 0 | 1, enc: (v: string) => [string, string] = (v) => ['', v]): [string, string][] {
  return shuffle(r, [...KINDS])
    .slice(0, n)
    .map((k) => {
      const [suffix, v] = enc(CRED[k]!(r));
      return [NAMES[k]![style]!, b.c(k + suffix, v)];
    });
}

/** Config dumps, CI logs and secret files that hold several credentials at once. */
export const CONFIG29: PosTemplate29[] = [
  {
    source: 'ci',
    name: 'fastlane-env-dump',
    make: (r, b) =>
      [
        `[${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}]: Driving the lane 'ios release' 🚀`,
        `[${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}]: ▸ printenv (debug=true)`,
        ...plant29(r, b, 3 + r.int(4, 7), 0).map(([n, v]) => `${n}=${v}`),
        `[!] Could not find action, lane or variable 'upload_symbols'`,
      ].join('\n'),
  },
  {
    source: 'ci',
    name: 'gradle-properties',
    make: (r, b) =>
      [
        `> Task :app:processReleaseResources FAILED`,
        `* What went wrong: Could not resolve all files for configuration ':app:releaseRuntimeClasspath'.`,
        `gradle.properties (as read):`,
        ...plant29(r, b, 3 + r.int(3, 6), 1).map(([n, v]) => `  ${n}=${v}`),
        `  org.gradle.jvmargs=-Xmx4g`,
      ].join('\n'),
  },
  {
    source: 'rn',
    name: 'react-native-config',
    make: (r, b) =>
      `[${r.pick(['Error', 'Warn'])}] react-native-config bundle leaked into JS: ${JSON.stringify(Object.fromEntries([...plant29(r, b, 3 + r.int(3, 6), 0), ['API_BASE_URL', 'https://api.wanderly.app'], ['ENV', 'production']]), null, r.pick([0, 2]))}`,
  },
  {
    source: 'expo',
    name: 'app-config-extra',
    make: (r, b) => `expo export: app.config.js extra = ${JSON.stringify({ extra: Object.fromEntries(plant29(r, b, 3 + r.int(3, 5), 1)), eas: { projectId: r.uuid() } }, null, 2)}`,
  },
  {
    source: 'k8s',
    name: 'decoded-secret',
    make: (r, b) =>
      [
        `$ kubectl get secret mobile-bff-secrets -o json | jq '.data | map_values(@base64d)'`,
        `{`,
        ...plant29(r, b, 3 + r.int(4, 7), 0).map(([n, v], i, a) => `  "${n}": "${v}"${i < a.length - 1 ? ',' : ''}`),
        `}`,
      ].join('\n'),
  },
  {
    source: 'k8s',
    name: 'helm-values-escaped',
    make: (r, b) =>
      `${prefix(r, 'argocd')} diff for app mobile-bff: ${JSON.stringify({ values: Object.fromEntries(plant29(r, b, 3 + r.int(3, 5), 1)), apnsKey: '__PK__' })}`.replace(
        '__PK__',
        b.c('pem~json', jsonEsc(pem(r, 'ec'))),
      ),
  },
  {
    source: 'spring',
    name: 'actuator-env',
    make: (r, b) =>
      `${prefix(r, 'booking-api')} /actuator/env exposed without sanitizer: ${JSON.stringify({ activeProfiles: ['prod'], propertySources: [{ name: 'applicationConfig: [classpath:/application-prod.yml]', properties: Object.fromEntries(plant29(r, b, 3 + r.int(3, 6), 1).map(([n, v]) => [n, { value: v }])) }] })}`,
  },
  {
    source: 'ios',
    name: 'info-plist-dump',
    make: (r, b) =>
      [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<plist version="1.0"><dict>`,
        ...plant29(r, b, 3 + r.int(3, 5), 1, (v) => (/[&<>"]/.test(v) ? ['~xml', xmlEsc(v)] : ['', v])).map(([n, v]) => `  <key>${n}</key><string>${v}</string>`),
        `  <key>CFBundleIdentifier</key><string>com.wanderly.ios</string>`,
        `</dict></plist>`,
      ].join('\n'),
  },
  {
    source: 'python',
    name: 'settings-repr',
    make: (r, b) =>
      [
        `Traceback (most recent call last):`,
        `  File "/srv/travel/tasks.py", line ${r.int(10, 400)}, in sync_bookings`,
        `KeyError: 'AMADEUS_OFFICE_ID'`,
        `Local variables: settings = {${plant29(r, b, 3 + r.int(3, 6), 0)
          .map(([n, v]) => `'${n}': '${v}'`)
          .join(', ')}}`,
      ].join('\n'),
  },
  {
    source: 'node',
    name: 'dotenv-parse-error',
    make: (r, b) =>
      [
        `[dotenv@16.4.5] injecting env (${r.int(8, 30)}) from .env.production`,
        `Error: invalid line 14 in .env.production`,
        ...plant29(r, b, 3 + r.int(3, 6), 0).map(([n, v], i) => `  ${10 + i} | ${n}="${v}"`),
      ].join('\n'),
  },
  {
    source: 'gds',
    name: 'credential-bundle',
    make: (r, b) => {
      const pw1 = awkwardPassword(r);
      return [
        `${prefix(r, 'gds-router')} provider credentials (debug)`,
        `  amadeus.ws.password=${b.c('password', r.password(16))}`,
        `  sabre.epr.password=${b.c('password~xml', xmlEsc(pw1))}`.replace('password~xml', 'password~xml'),
        `  travelport.uapi.password=${b.c('password', r.password(14))}`,
        `  duffel.token=${b.c('duffel', CRED['duffel']!(r))}`,
        `  expedia.sharedSecret=${b.c('expedia_secret', CRED['expedia_secret']!(r))}`,
      ].join('\n');
    },
  },
  {
    source: 'jwt',
    name: 'multi-bearer-log',
    make: (r, b) =>
      Array.from(
        { length: r.int(3, 5) },
        () =>
          `${prefix(r, 'edge')} 401 ${r.pick(['GET', 'POST'])} /v2/${r.pick(['trips', 'me', 'bookings', 'wallet'])} authorization="Bearer ${b.c('jwt', jwt(r, { sub: r.uuid(), iss: 'https://auth.wanderly.app', aud: 'mobile' }, r.pick(['RS256', 'ES256'] as const)))}"`,
      ).join('\n'),
  },
  {
    source: 'gcp',
    name: 'play-service-account',
    make: (r, b) =>
      `${prefix(r, 'play-publisher')} google.auth.exceptions.RefreshError: invalid_grant ${JSON.stringify({ type: 'service_account', project_id: 'api-' + r.digits(19), private_key_id: r.hex(40), private_key: '__PK__', client_email: `play-publisher@api-${r.digits(10)}.iam.gserviceaccount.com`, client_id: r.digits(21), token_uri: 'https://oauth2.googleapis.com/token' }, null, 2)}`.replace(
        '__PK__',
        b.c('pem~json', jsonEsc(pem(r, 'rsa'))),
      ) + `\nrefresh_token=${b.c('google_refresh', CRED['google_refresh']!(r))}`,
  },
];
