import { B62 } from './blind-set-9-rng';
import { cred, pers, type PosTemplate23 } from './blind-set-23-types';

/** Identity and platform: Auth0, Okta, Clerk, Firebase Admin, Supabase, Keycloak, LaunchDarkly, Flagsmith, Statsig, session cookies. */
export const identityCases23: PosTemplate23[] = [
  [
    'auth0-m2m',
    (g) => {
      const secret = g.chars(B62 + '-_', 64);
      return {
        text: `access_denied: Unauthorized
    at /app/node_modules/auth0/dist/cjs/auth/base-auth-api.js:41:19
  error: 'access_denied', error_description: 'Unauthorized', statusCode: 401
new ManagementClient({ domain: 'acme-prod.eu.auth0.com', clientId: '${g.chars(B62, 32)}', clientSecret: '${secret}' })`,
        values: [cred('auth0-client-secret', secret)],
      };
    },
  ],
  [
    'auth0-id-token',
    (g) => {
      const p = g.person();
      const email = g.email(p);
      const tok = g.jwt(
        {
          given_name: p.first,
          family_name: p.last,
          nickname: email.split('@')[0],
          name: p.full,
          picture: 'https://s.gravatar.com/avatar/' + g.hex(32) + '?s=480&r=pg',
          updated_at: g.iso(),
          email,
          email_verified: true,
          iss: 'https://acme-prod.eu.auth0.com/',
          aud: g.chars(B62, 32),
          iat: g.epoch(),
          exp: g.epoch() + 36000,
          sub: `auth0|${g.hex(24)}`,
          sid: g.chars(B62 + '-_', 32),
          nonce: g.b64url(24),
        },
        'RS256',
      );
      return {
        text: `{"level":40,"time":"${g.iso()}","msg":"id token rejected: audience mismatch","req":{"method":"GET","url":"/callback","remoteAddress":"::ffff:10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}"},"id_token":"${tok}"}`,
        values: [cred('jwt', tok)],
      };
    },
  ],
  [
    'okta-ssws',
    (g) => {
      const tok = `00${g.chars(B62 + '-_', 40)}`;
      const email = g.workEmail();
      return {
        text: `OktaApiError: Okta HTTP 401 E0000011 Invalid token provided. 
    at HttpError (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:55:13)
  request: GET https://acme.okta.com/api/v1/users?search=profile.email+eq+%22${encodeURIComponent(email)}%22
  headers: { Authorization: 'SSWS ${tok}', 'User-Agent': 'okta-sdk-nodejs/7.1.0 node/20.18.0 linux/6.1.0' }`,
        values: [cred('okta-api-token', tok), pers('email-urlenc', encodeURIComponent(email))],
      };
    },
  ],
  [
    'clerk-backend',
    (g) => {
      const key = `sk_live_${g.chars(B62, 42)}`;
      const email = g.email();
      return {
        text: `ClerkAPIResponseError: Unauthorized
    at /app/node_modules/@clerk/backend/dist/index.js:1221:15 {
  status: 401,
  clerkTraceId: '${g.hex(32)}',
  errors: [ { code: 'authentication_invalid', message: 'Invalid authentication', longMessage: 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.' } ]
}
createClerkClient({ secretKey: "${key}", publishableKey: "pk_live_${Buffer.from('clerk.acme.io$').toString('base64')}" }) lookup=${email}`,
        values: [cred('clerk-secret-key', key), pers('email', email)],
      };
    },
  ],
  [
    'firebase-admin-sa',
    (g) => {
      const pem = g.pem('PRIVATE KEY', 14);
      const esc = pem.join('\\n');
      return {
        text: `FirebaseAppError: Failed to parse private key: Error: Invalid PEM formatted message.
    at new ServiceAccount (/app/node_modules/firebase-admin/lib/app/credential-internal.js:137:19)
  FIREBASE_SERVICE_ACCOUNT='{"type":"service_account","project_id":"acme-mobile-prod","private_key_id":"${g.hex(40)}","private_key":"${esc}\\n","client_email":"firebase-adminsdk-${g.lowerAlnum(5)}@acme-mobile-prod.iam.gserviceaccount.com"}'`,
        values: [cred('private-key', esc)],
      };
    },
  ],
  [
    'supabase-service-role',
    (g) => {
      const ref = g.chars('abcdefghijklmnopqrstuvwxyz', 20);
      const tok = g.jwt({ iss: 'supabase', ref, role: 'service_role', iat: g.epoch() - 86400 * 300, exp: g.epoch() + 86400 * 3000 });
      return {
        text: `PostgrestError: {"code":"42501","details":null,"hint":null,"message":"permission denied for table invoices"}
supabase = createClient("https://${ref}.supabase.co", "${tok}") // SUPABASE_SERVICE_ROLE_KEY`,
        values: [cred('jwt', tok)],
      };
    },
  ],
  [
    'keycloak-admin',
    (g) => {
      const secret = g.chars(B62, 32);
      const pw = g.password(14);
      return {
        text: `org.keycloak.admin.client ... jakarta.ws.rs.NotAuthorizedException: HTTP 401 Unauthorized
	at org.jboss.resteasy.client.jaxrs.internal.ClientInvocation.handleErrorStatus(ClientInvocation.java:240)
	at com.acme.iam.KeycloakSync.run(KeycloakSync.java:64)
KeycloakBuilder.builder().serverUrl("https://sso.acme.dev").realm("master").clientId("admin-cli").clientSecret("${secret}").username("svc-sync").password("${pw}").build()`,
        values: [cred('oauth-client-secret', secret), cred('password', pw)],
      };
    },
  ],
  [
    'launchdarkly-sdk',
    (g) => {
      const key = `sdk-${g.uuid()}`;
      return {
        text: `{"time":"${g.iso()}","level":"ERROR","msg":"[LaunchDarkly] Received HTTP error 401 (invalid SDK key) for streaming connection - giving up permanently","sdkKey":"${key}","component":"flags"}`,
        values: [cred('launchdarkly-sdk-key', key)],
      };
    },
  ],
  [
    'flagsmith-statsig',
    (g) => {
      const fs = `ser.${g.chars(B62, 22)}`;
      const st = `secret-${g.chars(B62, 43)}`;
      return {
        text: `feature-flags init: flagsmith 401 {"detail":"Invalid API Key"} (environment_key=${fs}); falling back to statsig
statsig.initialize("${st}", {"environment": {"tier": "production"}}) -> StatsigInvalidArgumentError: Invalid key provided.  You must use a Server Secret Key from the Statsig console`,
        values: [cred('flagsmith-server-key', fs), cred('statsig-server-secret', st)],
      };
    },
  ],
  [
    'session-cookie-curl',
    (g) => {
      const sess = g.b64url(32);
      const csrf = g.b64url(24);
      const ip = g.userIp();
      return {
        text: `> GET /account/orders HTTP/2
> Host: shop.lumenstack.io
> user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15
> cookie: _shop_session=${sess}; csrf_token=${csrf}; _ga=GA1.2.${g.digits(10)}.${g.epoch()}
> x-forwarded-for: ${ip}
< HTTP/2 502
upstream timed out (110: Connection timed out) while reading response header from upstream`,
        values: [cred('session-cookie', sess), pers('user-ip', ip)],
      };
    },
  ],
  [
    'login-form-body',
    (g) => {
      const email = g.email();
      const pw = g.password(12);
      const ip = g.userIp();
      return {
        text: `2026-12-01T10:21:44Z ERROR rack.error: JSON::ParserError - unexpected token at 'email=${encodeURIComponent(email)}&password=${encodeURIComponent(pw)}&remember_me=1'
  REMOTE_ADDR=${ip} PATH_INFO=/api/v2/sessions CONTENT_TYPE=application/json`,
        values: [pers('email-urlenc', encodeURIComponent(email)), cred('password-urlenc', encodeURIComponent(pw)), pers('user-ip', ip)],
      };
    },
  ],
  [
    'oauth-callback-code',
    (g) => {
      const refresh = g.chars(B62 + '-_', 64);
      const access = g.jwt({ iss: 'https://login.acme.io', sub: g.uuid(), scope: 'openid profile email offline_access', client_id: 'acme-web', iat: g.epoch(), exp: g.epoch() + 900 }, 'ES256');
      return {
        text: `[structlog] event="token response cached" level="debug" logger="acme.auth.oidc" response={'access_token': '${access}', 'token_type': 'Bearer', 'expires_in': 900, 'refresh_token': '${refresh}', 'scope': 'openid profile email offline_access'}`,
        values: [cred('jwt', access), cred('oauth-refresh-token', refresh)],
      };
    },
  ],
];
