import { B62, UPPER, DIGITS } from './blind-set-77-rng';
import { b62, b64uChars, hex, iso, ipUser, jwt, lower, now, person, reqId, ts, ulid, whsec, type PosTpl } from './blind-set-77-gen';

/** Identity providers: Clerk, Stytch, WorkOS, Descope, Kinde, FusionAuth, Frontegg. */
export const AUTH: PosTpl[] = [
  ['auth', 'clerk-backend-sdk-401', (r, k) => {
    const p = person(r);
    return `${iso(r)} ERROR [clerk] ClerkAPIResponseError: Unauthenticated (status 401, clerkTraceId ${hex(r, 32)})
    at ClerkBackendApi.request (node_modules/@clerk/backend/dist/index.js:1822:19)
    at async UsersApi.getUser (node_modules/@clerk/backend/dist/index.js:2011:12)
  config: { secretKey: '${k.cred('clerk-secret-key', `sk_live_${b62(r, 42)}`)}', apiUrl: 'https://api.clerk.com', apiVersion: 'v1' }
  lookup user_${b62(r, 27)} email=${k.pers('email', p.email)} name="${k.pers('person-name', p.name)}"`;
  }],
  ['auth', 'clerk-svix-webhook-verify', (r, k) => {
    const p = person(r);
    return `[webhooks] svix verification failed for msg_${b62(r, 27)}: No matching signature found
  svix-timestamp=${now(r)} svix-signature=v1,${r.b64(32)}
  CLERK_WEBHOOK_SIGNING_SECRET=${k.cred('svix-webhook-secret', whsec(r))}
  payload.type=user.created data.email_addresses[0].email_address=${k.pers('email', p.email)} data.phone_numbers[0].phone_number=${k.pers('phone', p.phone)}`;
  }],
  ['auth', 'stytch-client-init-debug', (r, k) => {
    const p = person(r);
    const pid = `project-live-${r.uuid()}`;
    return `DEBUG stytch.Client(project_id="${pid}", secret="${k.cred('stytch-secret', `secret-live-${b64uChars(r, 36)}`)}", environment="live")
DEBUG POST https://api.stytch.com/v1/magic_links/email/login_or_create body={"email":"${k.pers('email', p.email)}","login_magic_link_url":"https://app.${lower(r, 6)}.io/authenticate"}
WARN  stytch_api_error status_code=429 error_type=too_many_requests request_id=request-id-live-${r.uuid()}`;
  }],
  ['auth', 'stytch-session-dump', (r, k) => {
    const p = person(r);
    return `session middleware: authenticate failed, dumping cookies
  stytch_session=${k.cred('stytch-session-token', b64uChars(r, 44))}
  stytch_session_jwt=${k.cred('stytch-session-jwt', jwt(r, { sub: `user-live-${r.uuid()}`, 'https://stytch.com/session': { id: `session-live-${r.uuid()}` }, iat: now(r), exp: now(r) + 300 }, 'RS256', { kid: `jwk-live-${r.uuid()}` }))}
  user: ${k.pers('person-name', p.name)} <${k.pers('email', p.email)}> from ${k.pers('end-user-ip', ipUser(r))}`;
  }],
  ['auth', 'workos-sso-callback', (r, k) => {
    const p = person(r);
    return `workos.sso.getProfileAndToken failed: 400 invalid_grant
  POST https://api.workos.com/sso/token
  client_id=client_${ulid(r)}&client_secret=${k.cred('workos-api-key', `sk_live_${r.b64(36).replace(/[+/=]/g, '')}`)}&grant_type=authorization_code&code=${k.cred('oauth-code', b62(r, 26))}
  profile hint: { "first_name": "${k.pers('first-name', p.first)}", "last_name": "${k.pers('last-name', p.last)}", "email": "${k.pers('email', p.email)}", "organization_id": "org_${ulid(r)}" }`;
  }],
  ['auth', 'workos-env-crash', (r, k) => {
    return `Unhandled rejection in directory-sync worker (pid ${r.int(1000, 60000)})
Environment:
  NODE_ENV=production
  WORKOS_CLIENT_ID=client_${ulid(r)}
  WORKOS_API_KEY=${k.cred('workos-api-key', `sk_live_${b62(r, 48)}`)}
  WORKOS_WEBHOOK_SECRET=${k.cred('workos-webhook-secret', b62(r, 25))}
  WORKOS_COOKIE_PASSWORD=${k.cred('cookie-password', b64uChars(r, 40))}
  DATABASE_URL=postgres://dsync:${k.cred('db-password', r.urlPassword(20))}@db-primary.internal:5432/dsync`;
  }],
  ['auth', 'descope-mgmt-client', (r, k) => {
    const p = person(r);
    const proj = `P2${b62(r, 26)}`;
    return `descope.exceptions.AuthException: {"errorCode":"E062108","errorDescription":"User not found","status_code":404}
  DescopeClient(project_id='${proj}', management_key='${k.cred('descope-management-key', `K2${b62(r, 27)}${b62(r, 60)}`)}')
  mgmt.user.load(login_id='${k.pers('email', p.email)}')  # invited by ${k.pers('person-name', p.name)} phone ${k.pers('phone', p.phone)}`;
  }],
  ['auth', 'kinde-m2m-token', (r, k) => {
    const dom = lower(r, 8);
    return `${ts(r)} kinde: requesting M2M token
> POST https://${dom}.kinde.com/oauth2/token HTTP/1.1
> Content-Type: application/x-www-form-urlencoded
>
> grant_type=client_credentials&client_id=${hex(r, 32)}&client_secret=${k.cred('kinde-client-secret', b62(r, 48))}&audience=https%3A%2F%2F${dom}.kinde.com%2Fapi
< HTTP/1.1 200 OK
< {"access_token":"${k.cred('oauth-access-token', jwt(r, { aud: [`https://${dom}.kinde.com/api`], azp: hex(r, 32), exp: now(r), gty: ['client_credentials'], iss: `https://${dom}.kinde.com`, scp: ['read:users'] }, 'RS256', { kid: r.uuid().slice(0, 36) }))}","expires_in":86400,"scope":"read:users","token_type":"bearer"}`;
  }],
  ['auth', 'fusionauth-curl-dump', (r, k) => {
    const p = person(r);
    return `$ curl -v -H 'Authorization: ${k.cred('fusionauth-api-key', b64uChars(r, 64))}' -H 'X-FusionAuth-TenantId: ${r.uuid()}' https://auth.${lower(r, 7)}.com/api/user?email=${encodeURIComponent(p.email)}
< HTTP/2 200
{"user":{"active":true,"birthDate":"${k.pers('date-of-birth', p.dob)}","email":"${k.pers('email', p.email)}","firstName":"${k.pers('first-name', p.first)}","lastName":"${k.pers('last-name', p.last)}","mobilePhone":"${k.pers('phone', p.phone)}","id":"${r.uuid()}"}}`;
  }],
  ['auth', 'fusionauth-kickstart', (r, k) => {
    const p = person(r);
    return `# kickstart/kickstart.json (committed by mistake, flagged by pre-receive)
{
  "variables": {
    "apiKey": "${k.cred('fusionauth-api-key', b64uChars(r, 64))}",
    "adminEmail": "${k.pers('email', p.email)}",
    "adminPassword": "${k.cred('password', r.password(18))}",
    "defaultTenantId": "${r.uuid()}"
  },
  "apiKeys": [{ "key": "#{apiKey}", "description": "Standard development API key" }]
}`;
  }],
  ['auth', 'frontegg-vendor-token', (r, k) => {
    const p = person(r);
    return `FronteggAuthenticator: vendor authentication failed (403), retry 2/5
  POST https://api.frontegg.com/auth/vendor/ body {"clientId":"${r.uuid()}","secret":"${k.cred('frontegg-api-key', r.uuid())}"}
  previous token: Bearer ${k.cred('frontegg-vendor-jwt', jwt(r, { sub: r.uuid(), vendorId: r.uuid(), type: 'vendor', iat: now(r), exp: now(r) + 86400 }, 'RS256'))}
  while inviting ${k.pers('email', p.email)} (${k.pers('person-name', p.name)}) to tenant ${r.uuid()}`;
  }],
  ['auth', 'auth-provider-yaml', (r, k) => {
    return `# config/auth.yml
providers:
  clerk:
    publishable_key: pk_live_${Buffer.from(`clerk.${lower(r, 6)}.com$`).toString('base64').replace(/=+$/, '')}
    secret_key: "${k.cred('clerk-secret-key', `sk_live_${b62(r, 42)}`)}"
  stytch:
    project_id: project-live-${r.uuid()}
    secret: ${k.cred('stytch-secret', `secret-live-${b64uChars(r, 36)}`)}
  kinde:
    client-id: ${hex(r, 32)}
    client-secret: '${k.cred('kinde-client-secret', b62(r, 48))}'`;
  }],
  ['auth', 'descope-access-key-login', (r, k) => {
    return `level=error ts=${iso(r)} caller=descope.go:88 msg="exchange access key" err="401 E061103 invalid access key" key_id=K2${b62(r, 27)} access_key=${k.cred('descope-access-key', `K2${b62(r, 27)}:K2${b62(r, 27)}${b62(r, 40)}`)} trace=${hex(r, 32)}`;
  }],
  ['auth', 'stytch-b2b-member-create', (r, k) => {
    const p = person(r);
    return `stytch.b2b.organizations.members.create -> StytchError(status_code=400, error_type='duplicate_email', request_id='request-id-live-${r.uuid()}')
  Authorization: Basic ${k.cred('basic-auth', Buffer.from(`project-live-${r.uuid()}:secret-live-${b64uChars(r, 36)}`).toString('base64'))}
  payload: name=${JSON.stringify(k.pers('person-name', p.name))} email_address=${k.pers('email', p.email)} mfa_phone_number=${k.pers('phone', p.phone)}`;
  }],
  ['auth', 'clerk-session-cookie-debug', (r, k) => {
    const p = person(r);
    return `[middleware] handshake redirect loop detected for ${k.pers('email', p.email)} ip=${k.pers('end-user-ip', ipUser(r))}
  Cookie: __client_uat=${now(r)}; __session=${k.cred('clerk-session-jwt', jwt(r, { azp: `https://app.${lower(r, 6)}.com`, exp: now(r), iat: now(r), iss: `https://clerk.${lower(r, 6)}.com`, sid: `sess_${b62(r, 27)}`, sub: `user_${b62(r, 27)}` }, 'RS256', { kid: `ins_${b62(r, 27)}` }))}; __client=${k.cred('clerk-client-token', b62(r, 140))}`;
  }],
  ['auth', 'kinde-env-example-leak', (r, k) => {
    return `CI: .env.production uploaded as artifact (job ${r.int(100000, 999999)})
KINDE_CLIENT_ID=${hex(r, 32)}
KINDE_CLIENT_SECRET=${k.cred('kinde-client-secret', b62(r, 48))}
KINDE_ISSUER_URL=https://${lower(r, 8)}.kinde.com
KINDE_SITE_URL=https://www.${lower(r, 7)}.com
FRONTEGG_CLIENT_ID=${r.uuid()}
FRONTEGG_API_KEY=${k.cred('frontegg-api-key', r.uuid())}`;
  }],
];

/** Product analytics: PostHog, Amplitude, Mixpanel, Heap, RudderStack, Snowplow. */
export const ANALYTICS: PosTpl[] = [
  ['analytics', 'posthog-personal-key-query', (r, k) => {
    const p = person(r);
    return `posthog-python: HogQL export failed: 401 {"type":"authentication_error","code":"invalid_personal_api_key"}
  GET https://us.posthog.com/api/projects/${r.int(1000, 99999)}/persons/?email=${k.pers('email', p.email)}
  Authorization: Bearer ${k.cred('posthog-personal-api-key', `phx_${b62(r, 47)}`)}
  project_api_key=phc_${b62(r, 43)}`;
  }],
  ['analytics', 'posthog-identify-debug', (r, k) => {
    const p = person(r);
    return `[PostHog.js] send "$identify" {"distinct_id":"${r.uuid()}","$set":{"email":"${k.pers('email', p.email)}","name":"${k.pers('person-name', p.name)}","phone":"${k.pers('phone', p.phone)}","$ip":"${k.pers('end-user-ip', ipUser(r))}"}}`;
  }],
  ['analytics', 'amplitude-export-retry', (r, k) => {
    const key = hex(r, 32);
    return `amplitude export: attempt 3 failed (timeout) GET https://${key}:${k.cred('amplitude-secret-key', hex(r, 32))}@amplitude.com/api/2/export?start=20261101T00&end=20261101T23`;
  }],
  ['analytics', 'amplitude-user-props', (r, k) => {
    const p = person(r);
    return `{"level":"warn","msg":"amplitude identify rejected","api_key":"${hex(r, 32)}","secret_key":"${k.cred('amplitude-secret-key', hex(r, 32))}","user_id":"${k.pers('email', p.email)}","user_properties":{"$set":{"full_name":"${k.pers('person-name', p.name)}","date_of_birth":"${k.pers('date-of-birth', p.dob)}","home_zip":"${p.zip}"}}}`;
  }],
  ['analytics', 'mixpanel-service-account', (r, k) => {
    const p = person(r);
    return `mixpanel.exceptions.MixpanelException: 401 Unauthorized (import endpoint)
  Mixpanel(token="${hex(r, 32)}", api_secret="${k.cred('mixpanel-api-secret', hex(r, 32))}")
  service account: ${lower(r, 8)}.${r.int(100, 999)}.mp-service-account / ${k.cred('mixpanel-service-account-secret', b62(r, 32))}
  batch[0].properties: {"$email":"${k.pers('email', p.email)}","$name":"${k.pers('person-name', p.name)}","$phone":"${k.pers('phone', p.phone)}"}`;
  }],
  ['analytics', 'heap-server-track', (r, k) => {
    const p = person(r);
    return `POST https://heapanalytics.com/api/add_user_properties 400
  {"app_id":"${r.int(1000000000, 4000000000)}","identity":"${k.pers('email', p.email)}","properties":{"name":"${k.pers('person-name', p.name)}","street":"${k.pers('street-address', p.street)}","city":"${p.city}"}}
  x-heap-api-key: ${k.cred('heap-api-key', b62(r, 32))}`;
  }],
  ['analytics', 'rudderstack-transformer', (r, k) => {
    const p = person(r);
    return `rudder-server level=ERROR destination=WEBHOOK jobId=${r.int(100000, 9999999)} statusCode=500
  workspace token: ${k.cred('rudderstack-access-token', b64uChars(r, 40))}
  event.traits: email=${k.pers('email', p.email)} firstName=${k.pers('first-name', p.first)} lastName=${k.pers('last-name', p.last)} birthday=${k.pers('date-of-birth', p.dob)}`;
  }],
  ['analytics', 'snowplow-console-api', (r, k) => {
    return `snowplow-cli: data-structures publish failed
  POST https://console.snowplowanalytics.com/api/msc/v1/organizations/${r.uuid()}/credentials/v3/token
  X-API-Key-ID: ${r.uuid()}
  X-API-Key: ${k.cred('snowplow-api-key', r.uuid())}
  response: 401 {"message":"Invalid API key"} requestId=${reqId(r)}`;
  }],
  ['analytics', 'mixpanel-gdpr-export', (r, k) => {
    const p = person(r);
    return `gdpr-bot: export request for ${k.pers('person-name', p.name)} (${k.pers('email', p.email)}, DOB ${k.pers('date-of-birth', p.dob)})
  curl https://mixpanel.com/api/app/data-retrievals/v3.0/?token=${hex(r, 32)} -H "Authorization: Bearer ${k.cred('mixpanel-oauth-token', b62(r, 30))}"
  -> 202 task_id=${r.uuid()}`;
  }],
];

/** Feature flags: LaunchDarkly, Split, Flagsmith, Unleash, Statsig, GrowthBook, ConfigCat. */
export const FLAGS: PosTpl[] = [
  ['flags', 'launchdarkly-init-timeout', (r, k) => {
    const p = person(r);
    return `WARN [LaunchDarkly] Timeout encountered waiting for LaunchDarkly client initialization (sdkKey=${k.cred('launchdarkly-sdk-key', `sdk-${r.uuid()}`)})
  context: {"kind":"user","key":"${r.uuid()}","email":"${k.pers('email', p.email)}","name":"${k.pers('person-name', p.name)}"}`;
  }],
  ['flags', 'launchdarkly-api-token', (r, k) => {
    return `terraform: Error: failed to create feature flag: 401 Unauthorized
  with provider["registry.terraform.io/launchdarkly/launchdarkly"]
  LAUNCHDARKLY_ACCESS_TOKEN=${k.cred('launchdarkly-api-token', `api-${r.uuid()}`)}
  client_side_id=${hex(r, 24)} mobile_key=${k.cred('launchdarkly-mobile-key', `mob-${r.uuid()}`)}`;
  }],
  ['flags', 'split-sdk-ready-timeout', (r, k) => {
    return `[split] [ERROR] ${iso(r)} splitio => SDK_READY_TIMED_OUT; authorizationKey '${k.cred('split-sdk-key', b62(r, 36).toLowerCase())}' rejected by https://sdk.split.io/api/splitChanges?since=-1
[split] admin api key (SPLIT_ADMIN_API_KEY) = ${k.cred('split-admin-key', lower(r, 36))}`;
  }],
  ['flags', 'flagsmith-server-key', (r, k) => {
    const p = person(r);
    return `flagsmith.exceptions.FlagsmithAPIError: Invalid request made to Flagsmith API. Response status code: 403
  environment_key='${k.cred('flagsmith-server-key', `ser.${b62(r, 22)}`)}'
  identity: ${k.pers('email', p.email)} traits={'plan': 'pro', 'phone': '${k.pers('phone', p.phone)}'}`;
  }],
  ['flags', 'unleash-client-token', (r, k) => {
    return `unleash-client-node: Unleash Repository error: https://unleash.${lower(r, 6)}.io/api/client/features responded 401 (Unauthorized)
  customHeaders: { Authorization: '${k.cred('unleash-api-token', `default:production.${hex(r, 56)}`)}' }
  admin token in UNLEASH_ADMIN_TOKEN=${k.cred('unleash-admin-token', `*:*.${hex(r, 56)}`)}`;
  }],
  ['flags', 'statsig-server-secret', (r, k) => {
    const p = person(r);
    return `[Statsig] initialize failed: 401 {"message":"Invalid secret key"} server_secret=${k.cred('statsig-server-secret', `secret-${b62(r, 43)}`)} client_key=client-${b62(r, 43)}
[Statsig] logEvent user={"userID":"${r.uuid()}","email":"${k.pers('email', p.email)}","ip":"${k.pers('end-user-ip', ipUser(r))}"}`;
  }],
  ['flags', 'growthbook-secret-api', (r, k) => {
    return `growthbook-proxy | ${ts(r)} error: features refresh failed
growthbook-proxy |   GROWTHBOOK_API_HOST=https://api.growthbook.io clientKey=sdk-${b62(r, 16)}
growthbook-proxy |   SECRET_API_KEY=${k.cred('growthbook-secret-key', `secret_admin_${b62(r, 40)}`)}
growthbook-proxy |   encryptionKey=${k.cred('growthbook-encryption-key', r.b64(16))}`;
  }],
  ['flags', 'configcat-mgmt-basic', (r, k) => {
    return `configcat-cli setup failed: PUT https://api.configcat.com/v1/settings returned 401
  --api-user ${r.int(1000, 9999)}${lower(r, 8)} --api-pass ${k.cred('configcat-management-password', r.b64(32))}
  CONFIGCAT_SDK_KEY=${k.cred('configcat-sdk-key', `configcat-sdk-1/${r.chars(B62 + '-_', 22)}/${r.chars(B62 + '-_', 22)}`)}`;
  }],
  ['flags', 'launchdarkly-relay-env', (r, k) => {
    return `ld-relay[${r.int(100, 9999)}]: ERROR: Unexpected error from streaming connection for environment "Production": 401
LD_ENV_Production=${k.cred('launchdarkly-sdk-key', `sdk-${r.uuid()}`)}
LD_MOBILE_KEY_Production=${k.cred('launchdarkly-mobile-key', `mob-${r.uuid()}`)}
LD_CLIENT_SIDE_ID_Production=${hex(r, 24)}
REDIS_URL=redis://:${k.cred('redis-password', r.chars(UPPER + DIGITS, 24))}@ld-cache.internal:6379`;
  }],
];
