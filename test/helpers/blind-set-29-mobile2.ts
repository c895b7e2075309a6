import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, jwt } from './blind-set-29-tokens';
import { dob, email, fullName, phone } from './blind-set-29-values';
import { prefix, some } from './blind-set-29-noise';

/** App store, subscription, analytics and attribution templates (second half of the mobile area). */
export const MOBILE2_29: PosTemplate29[] = [
  {
    source: 'appstore',
    name: 'server-api-jwt',
    make: (r, b) =>
      [
        `${prefix(r, 'iap-verifier')} App Store Server API GET /inApps/v1/transactions/${r.digits(16)} failed: 401`,
        `request.headers.Authorization=Bearer ${b.c('jwt', jwt(r, { iss: r.uuid(), aud: 'appstoreconnect-v1', bid: 'com.wanderly.ios' }, 'ES256', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)))}`,
        `issuer key loaded from /etc/secrets/SubscriptionKey.p8`,
        ...some(r, 0.5, () => `user.email=${b.p('email', email(r))}`),
      ].join('\n'),
  },
  {
    source: 'googleplay',
    name: 'publisher-api',
    make: (r, b) =>
      [
        `com.google.api.client.googleapis.json.GoogleJsonResponseException: 401 Unauthorized`,
        `POST https://androidpublisher.googleapis.com/androidpublisher/v3/applications/com.wanderly.app/purchases/subscriptions/premium_yearly/tokens/${r.b64url(40)}:acknowledge`,
        `Authorization: Bearer ${b.c('google_access', CRED['google_access']!(r))}`,
        `{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}`,
        `  at com.google.api.client.googleapis.json.GoogleJsonResponseException.from(GoogleJsonResponseException.java:146)`,
      ].join('\n'),
  },
  {
    source: 'revenuecat',
    name: 'webhook-and-key',
    make: (r, b) =>
      [
        `${prefix(r, 'subs')} RevenueCat REST v1 call failed`,
        `curl -H "Authorization: Bearer ${b.c('revenuecat', CRED['revenuecat']!(r))}" https://api.revenuecat.com/v1/subscribers/$RCAnonymousID:${r.hex(32)}`,
        `webhook event: {"event":{"type":"RENEWAL","app_user_id":"${r.uuid()}","subscriber_attributes":{"$email":{"value":"${b.p('email', email(r))}"},"$phoneNumber":{"value":"${b.p('phone', phone(r))}"}}}}`,
      ].join('\n'),
  },
  {
    source: 'adapty',
    name: 'sdk-config',
    make: (r, b) =>
      `${prefix(r, 'paywall-svc')} Adapty profile sync error: ${JSON.stringify({ profile_id: r.uuid(), customer_user_id: r.uuid(), secret_key: b.c('adapty', CRED['adapty']!(r)), email: b.p('email', email(r)), birthday: b.p('dob', dob(r, 'iso')) }, null, r.pick([0, 2]))}`,
  },
  {
    source: 'segment',
    name: 'http-api-basic',
    make: (r, b) => {
      const k = CRED['segment']!(r);
      return [
        `OkHttp --> POST https://api.segment.io/v1/batch`,
        `OkHttp Authorization: Basic ${b.c('basic~b64', Buffer.from(`${k}:`).toString('base64'))}`,
        `OkHttp {"batch":[{"type":"identify","userId":"${r.uuid()}","traits":{"email":"${b.p('email', email(r))}","phone":"${b.p('phone', phone(r))}","name":"${b.p('name', fullName(r))}"}}]}`,
        `OkHttp <-- 400`,
      ].join('\n');
    },
  },
  {
    source: 'amplitude',
    name: 'export-api',
    make: (r, b) => {
      const key = r.hex(32),
        sec = CRED['amplitude_secret']!(r);
      return [
        `${prefix(r, 'analytics-etl')} amplitude export failed`,
        `GET https://amplitude.com/api/2/export?start=20261201T00&end=20261202T00`,
        `Authorization: Basic ${b.c('basic~b64', Buffer.from(`${key}:${sec}`).toString('base64'))}`,
        `AMPLITUDE_SECRET_KEY=${b.c('amplitude_secret', sec)}`,
        `status=403 body="Invalid API key"`,
      ].join('\n');
    },
  },
  {
    source: 'mixpanel',
    name: 'import-call',
    make: (r, b) =>
      [
        `Traceback (most recent call last):`,
        `  File "/app/jobs/mixpanel_backfill.py", line ${r.int(20, 200)}, in run`,
        `    resp = requests.post(url, auth=(${JSON.stringify(b.c('mixpanel_secret', CRED['mixpanel_secret']!(r)))}, ""), json=events)`,
        `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.mixpanel.com/import?strict=1&project_id=${r.digits(7)}`,
        `events[0].properties = {'$email': '${b.p('email', email(r))}', '$phone': '${b.p('phone', phone(r))}', 'distinct_id': '${r.uuid()}'}`,
      ].join('\n'),
  },
  {
    source: 'appsflyer',
    name: 's2s-event',
    make: (r, b) =>
      [
        `${prefix(r, 'attribution')} AppsFlyer S2S POST /inappevent/id${r.digits(10)} -> 401`,
        `headers: {"authentication":"${b.c('appsflyer', CRED['appsflyer']!(r))}","Content-Type":"application/json"}`,
        `body: {"appsflyer_id":"${r.digits(13)}-${r.digits(19)}","advertising_id":"${r.uuid()}","eventName":"af_purchase","eventValue":"{\\"af_revenue\\":\\"${r.int(50, 900)}.00\\"}","customer_user_id":"${b.p('email', email(r))}"}`,
      ].join('\n'),
  },
  {
    source: 'branch',
    name: 'deeplink-api',
    make: (r, b) =>
      [
        `POST https://api2.branch.io/v1/url`,
        `{"branch_key":"key_live_${r.b62(32)}","branch_secret":"${b.c('branch_secret', CRED['branch_secret']!(r))}","data":{"$canonical_identifier":"trip/${r.digits(8)}","referrer_email":"${b.p('email', email(r))}"}}`,
        `<- 401 {"error":{"message":"Invalid or missing app id, Branch key, or secret","code":401}}`,
      ].join('\n'),
  },
];
