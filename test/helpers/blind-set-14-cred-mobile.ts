import { LOWER } from './blind-set-9-rng';
import { b32, b64u, jwt, pem, ts } from './blind-set-14-tokens';
import { cred, pos, type PosCase14 } from './blind-set-14-types';

/** Credentials in mobile and back-office pipelines: Firebase Admin, FCM, OneSignal, Expo, RevenueCat, App Store, … */
export const credMobile: PosCase14[] = [
  (r) => {
    const key = pem(r, '\\n');
    return pos('firebase/admin-sa-print', `FirebaseAppError: Failed to parse private key: Error: Invalid PEM formatted message.\n    at new ServiceAccount (/srv/node_modules/firebase-admin/lib/app/credential-internal.js:128:19)\n  credential: {"project_id":"acme-mobile","client_email":"firebase-adminsdk-${r.chars(LOWER, 5)}@acme-mobile.iam.gserviceaccount.com","private_key":"${key}"}`, cred('firebase-sa-key', key));
  },
  (r) => {
    const k = `AAAA${b64u(r, 7)}:APA91b${b64u(r, 134)}`;
    return pos('fcm/legacy-send', `POST https://fcm.googleapis.com/fcm/send\nAuthorization: key=${k}\nContent-Type: application/json\n\n{"to":"/topics/promo","notification":{"title":"-20%"}}\n<- 401 INVALID_KEY`, cred('fcm-server-key', k));
  },
  (r) => {
    const k = `os_v2_app_${b32(r, 113)}`;
    return pos('onesignal/ruby-faraday', `I, [2026-12-04T08:02:11.512 #4411]  INFO -- request: POST https://api.onesignal.com/notifications?c=push\nI, [2026-12-04T08:02:11.512 #4411]  INFO -- request: Authorization: "Key ${k}"\nContent-Type: "application/json"\nI, [2026-12-04T08:02:11.790 #4411]  INFO -- response: Status 403`, cred('onesignal-key', k));
  },
  (r) => {
    const t = r.b62(40);
    return pos('expo/eas-build', `[RUN_EAS_BUILD] EXPO_TOKEN=${t} eas build --platform ios --non-interactive --profile production\n[RUN_EAS_BUILD] ✖ Error: GraphQL request failed: Unauthorized`, cred('expo-token', t));
  },
  (r) => {
    const k = `sk_${r.b62(32)}`;
    return pos('revenuecat/go-client', `time="${ts(r)}" level=error msg="revenuecat: GET /v1/subscribers/$RCAnonymousID:${r.hex(32)} failed" status=401 authorization="Bearer ${k}" component=entitlements`, cred('revenuecat-secret', k));
  },
  (r) => {
    const s = r.hex(32);
    return pos('appstore/verify-receipt', `POST https://buy.itunes.apple.com/verifyReceipt\n{"receipt-data":"MIIT${r.b64(90)}","password":"${s}","exclude-old-transactions":true}\n<- {"status":21004}`, cred('appstore-shared-secret', s));
  },
  (r) => {
    const key = pem(r, '\\n', true);
    return pos('appstore/connect-p8', `{"level":"error","msg":"cannot sign App Store Connect JWT","issuer_id":"${r.uuid()}","key_id":"${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}","p8":"${key}"}`, cred('appstore-p8', key));
  },
  (r) => {
    const t = `1//0${r.chars('cdefg', 1)}${b64u(r, 99)}`;
    return pos('play/refresh-token', `google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant'})\n  credentials = Credentials(token=None, refresh_token='${t}', token_uri='https://oauth2.googleapis.com/token', client_id='${r.digits(12)}-play.apps.googleusercontent.com')`, cred('google-refresh-token', t));
  },
  (r) => {
    const t = jwt(r, { iss: r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10), iat: 1764800000, exp: 1780352000, aud: 'https://appleid.apple.com', sub: 'com.acme.app.signin' }, 'ES256');
    return pos('apple/signin-client-secret', `POST https://appleid.apple.com/auth/token client_id=com.acme.app.signin&client_secret=${t}&code=${r.hex(32)}.0.${r.chars(LOWER, 4)}.${b64u(r, 22)}&grant_type=authorization_code -> {"error":"invalid_client"}`, cred('apple-client-secret', t));
  },
  (r) => {
    const k = `secret_live_${r.b62(32)}`;
    return pos('branch/link-api', `[branch] POST https://api2.branch.io/v1/url failed 401 body={"branch_key":"key_live_${r.b62(32)}","branch_secret":"${k}","data":{"$deeplink_path":"orders/${r.int(1000, 9999)}"}}`, cred('branch-secret', k));
  },
  (r) => {
    const s = r.b62(32);
    return pos('twilio/verify-dotnet', `Twilio.Exceptions.AuthenticationException: Authenticate\n   at Twilio.Clients.TwilioRestClient.ProcessResponse(Response response)\n   TwilioClient.Init(username: "SK${r.hex(32)}", password: "${s}", accountSid: "AC${r.hex(32)}")`, cred('twilio-api-secret', s));
  },
  (r) => {
    const k = `sk_live_${r.b62(40)}`;
    return pos('clerk/backend-node', `Clerk: Failed to verify session (clerk/backend@1.21). Check that CLERK_SECRET_KEY is correct.\n  options: { secretKey: '${k}', apiUrl: 'https://api.clerk.com', apiVersion: 'v1' }`, cred('clerk-secret', k));
  },
  (r) => {
    const t = Buffer.from(r.uuid()).toString('base64');
    return pos('onesignal/legacy-rest-key', `+ curl --include --request POST --header "Content-Type: application/json; charset=utf-8" --header "Authorization: Basic ${t}" --data-binary '{"app_id":"${r.uuid()}","included_segments":["Subscribed Users"]}' https://onesignal.com/api/v1/notifications\nHTTP/1.1 400 Bad Request`, cred('onesignal-legacy-key', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('expo/push-receipts-env', `# eas.json build.production.env\n"env": { "APP_ENV": "production", "SENTRY_DSN_PUBLIC": "n/a", "AMPLITUDE_SECRET_KEY": "${k}" }`, cred('amplitude-secret', k));
  },
];
