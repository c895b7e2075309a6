import { esc, iso, proj, rid, type Tpl68 } from './blind-set-68-kit';

/** Firebase: Auth, Firestore, Cloud Functions logs, Admin SDK service accounts, FCM. */
export const FIREBASE68: Tpl68[] = [
  { src: 'firebase', t: 'sa-json-escaped', make: (g) => {
    const p = proj(g);
    return `{"severity":"ERROR","message":"Failed to initialize Admin SDK: credential implementation provided to initializeApp() via the \\"credential\\" property failed","serviceAccount":"{\\"type\\":\\"service_account\\",\\"project_id\\":\\"${p}\\",\\"private_key_id\\":\\"${g.r.hex(40)}\\",\\"private_key\\":\\"${g.v('rsa_pkcs8_escaped', g.raw('rsa_pkcs8_escaped').replace(/\\n/g, '\\\\n'))}\\",\\"client_email\\":\\"firebase-adminsdk-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}@${p}.iam.gserviceaccount.com\\"}","timestamp":"${iso(g)}"}`;
  } },
  { src: 'firebase', t: 'sa-json-env', make: (g) => {
    const p = proj(g);
    return `functions: Loaded environment variables from .env.${p}.\n[debug] GOOGLE_APPLICATION_CREDENTIALS_JSON={"type":"service_account","project_id":"${p}","private_key_id":"${g.r.hex(40)}","private_key":"${g.v('rsa_pkcs8_escaped')}","client_email":"firebase-adminsdk-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}@${p}.iam.gserviceaccount.com","client_id":"${g.r.digits(21)}","token_uri":"https://oauth2.googleapis.com/token"}\n⚠  functions: Error: Service account object must contain a string "project_id" property.`;
  } },
  { src: 'firebase', t: 'auth-create-user', make: (g) => {
    const n = g.v('name');
    return `${iso(g)} E createCustomer: FirebaseAuthError: The email address is already in use by another account.\n    at FirebaseAuthError.fromServerError (/workspace/node_modules/firebase-admin/lib/utils/error.js:148:16)\n    at AuthRequestHandler.createNewAccount (/workspace/node_modules/firebase-admin/lib/auth/auth-api-request.js:1120:23)\n  request: {"email":"${g.v('email', g.email(n))}","emailVerified":false,"phoneNumber":"${g.v('phone', '+44' + '7' + g.r.int(4, 9) + g.r.digits(8))}","password":"${g.v('password')}","displayName":"${n}","disabled":false}`;
  } },
  { src: 'firebase', t: 'idtoken-verify', make: (g) => `${iso(g)} W verifyIdToken failed: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).\n  headers.authorization = "Bearer ${g.v('firebase_id_token')}"\n  remoteAddress = ${g.v('ip')}\n  uid = ${g.r.b62(28)}` },
  { src: 'firebase', t: 'securetoken-refresh', make: (g) => `POST https://securetoken.googleapis.com/v1/token?key=AIzaSy${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)} 400\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&refresh_token=${g.v('firebase_refresh_token')}\n\n{"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}` },
  { src: 'firebase', t: 'firestore-user-doc', make: (g) => {
    const n = g.v('name');
    return `textPayload: "onUserUpdate triggered for users/${g.r.b62(28)} before={\\"fullName\\":\\"${n}\\",\\"email\\":\\"${g.v('email', g.email(n))}\\",\\"dateOfBirth\\":\\"${g.v('dob')}\\",\\"homeAddress\\":\\"${g.v('postal_address')}\\",\\"lastLocation\\":{\\"_latitude\\":${g.v('geo_lat')},\\"_longitude\\":${g.v('geo_lng')}}}"\nresource.labels.function_name: "onUserUpdate"\nseverity: "DEBUG"`;
  } },
  { src: 'firebase', t: 'firestore-payout', make: (g) => `${iso(g)} ERROR [payouts] Stripe error: No such external account\n  at processPayout (lib/payouts.js:88)\n  doc /payoutProfiles/${g.r.b62(20)} = { holderName: '${g.v('name')}', iban: '${g.v('iban')}', bic: '${g.r.pick(['DEUTDEFF', 'NWBKGB2L', 'INGBNL2A', 'BNPAFRPP'])}', stripeKey: '${g.v('stripe_secret')}' }` },
  { src: 'firebase', t: 'fcm-legacy', make: (g) => `[2026-${g.r.int(10, 12)}-0${g.r.int(1, 9)} 1${g.r.int(0, 9)}:0${g.r.int(0, 9)}:11,402] ERROR push.sender: FCM legacy send failed (HTTP 401)\n> POST https://fcm.googleapis.com/fcm/send\n> Authorization: key=${g.v('fcm_server_key')}\n> Content-Type: application/json\n> {"to":"${g.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 22)}:APA91b${g.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 140)}","notification":{"title":"Hi ${g.raw('name').split(' ')[0]}","body":"Your order is on its way"}}\n< The request's Authentication (Server-) Key contained an invalid or malformed FCM-Token` },
  { src: 'firebase', t: 'fcm-v1-oauth', make: (g) => `FirebaseMessagingError: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.\n    at FirebaseMessagingRequestHandler.invokeRequestHandler\n  config: { url: 'https://fcm.googleapis.com/v1/projects/${proj(g)}/messages:send', headers: { Authorization: 'Bearer ${g.v('google_oauth_token')}', 'Content-Type': 'application/json' } }` },
  { src: 'firebase', t: 'phone-auth-sms', make: (g) => `${iso(g)} I sendVerificationCode: phoneNumber=${g.v('phone')} recaptchaToken=present twilioSid=AC${g.r.hex(32)} twilioAuth=${g.v('twilio_auth_token')} status=queued ip=${g.v('ip')}` },
  { src: 'firebase', t: 'functions-config', make: (g) => `$ firebase functions:config:get\n{\n  "stripe": {\n    "secret": "${g.v('stripe_secret')}",\n    "webhook_secret": "${g.v('stripe_whsec')}"\n  },\n  "sendgrid": {\n    "key": "${g.v('sendgrid_key')}"\n  },\n  "slack": {\n    "alerts_url": "${g.v('slack_webhook')}"\n  }\n}` },
  { src: 'firebase', t: 'auth-import', make: (g) => {
    const rows = [0, 1, 2].map(() => { const n = g.v('name'); return `${g.r.b62(28)},${g.v('email', g.email(n))},false,,,${n},,,,,,,,,${g.v('phone')},`; });
    return `Error: auth:import failed at line 3: Invalid phone number\nProcessing users.csv (3 accounts)\n${rows.join('\n')}`;
  } },
  { src: 'firebase', t: 'callable-kyc', make: (g) => `{"insertId":"${g.r.hex(12)}","jsonPayload":{"message":"verifyIdentity callable threw","data":{"firstName":"${g.r.pick(['Maria', 'James', 'Chen'])}","legalName":"${g.v('name')}","ssn":"${g.v('ssn')}","dob":"${g.v('dob')}","address":"${g.v('postal_address')}"},"error":"INVALID_ARGUMENT: ssn_last4 mismatch"},"severity":"ERROR","logName":"projects/${proj(g)}/logs/cloudfunctions.googleapis.com%2Fcloud-functions"}` },
  { src: 'firebase', t: 'rtdb-rules-dump', make: (g) => `FIREBASE WARNING: set at /checkout/${g.r.b62(20)} failed: permission_denied\n  value = {"card":{"number":"${g.v('card')}","exp":"0${g.r.int(1, 9)}/${g.r.int(27, 31)}","holder":"${g.v('name')}"},"billing":{"line1":"${g.v('street_address')}","email":"${g.raw('email')}"}}` },
  { src: 'firebase', t: 'admin-auth-ctor', make: (g) => `Error: Certificate object must contain a string "private_key" property.\n    at new ServiceAccount (credential-internal.js:212)\nadmin.credential.cert({\n  projectId: '${proj(g)}',\n  clientEmail: 'firebase-adminsdk@${proj(g)}.iam.gserviceaccount.com',\n  privateKey: \`${g.v('rsa_pkcs8')}\`,\n})` },
  { src: 'firebase', t: 'oauth-google-signin', make: (g) => `D/FirebaseAuth(1${g.r.digits(4)}): signInWithCredential: GoogleAuthProvider idToken set, serverAuthCode=4/0A${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 60)}\nD/GoogleSignIn: exchange ok {"access_token":"${g.v('google_oauth_token')}","expires_in":3599,"refresh_token":"${g.v('google_refresh_token')}","scope":"openid email profile","token_type":"Bearer"}\nD/GoogleSignIn: client_secret=${g.v('gcp_client_secret')}` },
  { src: 'firebase', t: 'extension-trigger-email', make: (g) => `firestore-send-email: Error when delivering message=mail/${g.r.b62(20)}: Error: Invalid login: 535-5.7.8 Username and Password not accepted.\n  SMTP_CONNECTION_URI=smtps://${g.r.pick(['noreply', 'alerts', 'mailer'])}%40${g.r.pick(['fitpal.app', 'moneta.io'])}:${g.v('url_password')}@smtp.gmail.com:465\n  to: ${g.raw('email')}` },
  { src: 'firebase', t: 'emulator-export-user', make: (g) => {
    const n = g.v('name');
    return `{"kind":"identitytoolkit#DownloadAccountResponse","users":[{"localId":"${g.r.b62(28)}","email":"${g.v('email', g.email(n))}","displayName":"${esc(n)}","phoneNumber":"${g.v('phone', '+33' + '6' + g.r.digits(8))}","customAttributes":"{\\"nationalId\\":\\"${g.v('nino')}\\",\\"tier\\":\\"gold\\"}","lastRefreshAt":"${iso(g)}"}]}`;
  } },
  { src: 'firebase', t: 'gcloud-logging-http', make: (g) => `httpRequest: {requestMethod: "POST", requestUrl: "https://us-central1-${proj(g)}.cloudfunctions.net/api/v1/orders?session=${g.v('api_key_b62')}", status: 500, remoteIp: "${g.v('ip')}", userAgent: "FitPal/4.${g.r.int(0, 9)}.1 (iPhone; iOS 18.${g.r.int(0, 4)}; Scale/3.00)"}\ntrace: "projects/x/traces/${g.r.hex(32)}"` },
  { src: 'firebase', t: 'crashlytics-custom-keys', make: (g) => {
    const n = g.v('name');
    return `Crashlytics - Fatal Exception: java.lang.IllegalStateException: Card tokenization failed\n  at com.moneta.pay.CardForm.submit(CardForm.kt:212)\n  at com.moneta.pay.CheckoutActivity.onPay(CheckoutActivity.kt:88)\nKeys:\n  user_email = ${g.v('email', g.email(n))}\n  user_name = ${n}\n  last_pan = ${g.v('card')}\n  session_token = ${g.v('firebase_id_token')}`;
  } },
  { src: 'firebase', t: 'app-check-debug', make: (g) => `${iso(g)} W [api] rejected unsigned request rid=${rid(g)}: x-firebase-appcheck missing; fallback header x-internal-key=${g.v('api_key_hex')} from ${g.v('ipv6')}` },
];
