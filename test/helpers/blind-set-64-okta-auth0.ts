import { j64, jp64, UA64, type Tpl64 } from './blind-set-64-values';

/** Okta System Log, Okta API and SDK output; Auth0 tenant logs, Actions and Management API calls. */
export const OKTA_AUTH0_64: readonly Tpl64[] = [
  {
    src: 'okta',
    t: 'syslog-redirect',
    make: (c) => {
      const n = c.nameRaw();
      const org = c.tenant();
      const ev = {
        actor: { id: c.oktaId(), type: 'User', alternateId: c.emailOf(n), displayName: n.full, detailEntry: null },
        client: { userAgent: { rawUserAgent: c.pick(UA64), os: 'Windows 10', browser: 'CHROME' }, zone: 'null', device: 'Computer', id: null, ipAddress: c.ip(), geographicalContext: { city: 'Frankfurt am Main', state: 'Hesse', country: 'Germany', postalCode: '60313' } },
        authenticationContext: { authenticationStep: 0, externalSessionId: c.r.b62(25) },
        displayMessage: 'User login to Okta',
        eventType: 'user.session.start',
        outcome: { result: 'SUCCESS', reason: null },
        published: c.ts(),
        severity: 'INFO',
        debugContext: { debugData: { requestId: c.r.b62(27), requestUri: '/login/sessionCookieRedirect', url: `/login/sessionCookieRedirect?checkAccountSetupComplete=true&token=${c.oktaSession()}&redirectUrl=https%3A%2F%2F${org}.okta.com%2Fapp%2FUserHome` } },
        uuid: c.uuid(),
        version: '0',
      };
      return `[okta-syslog-poller] event forwarded to SIEM failed schema check (field debugContext.debugData.url too long)\n${jp64(ev)}`;
    },
  },
  {
    src: 'okta',
    t: 'sdk-node-401',
    make: (c) => {
      const org = c.tenant();
      return `2026-02-11T08:14:52.118Z okta-sync ERROR OktaApiError: Okta HTTP 401 E0000011 Invalid token provided.
    at OktaApiError.fromResponse (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:92:14)
    at async Http.http (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:133:13)
    at async syncGroups (/app/dist/jobs/sync-groups.js:41:21)
  request: {
    method: 'GET',
    url: 'https://${org}.okta.com/api/v1/groups?limit=200&search=type+eq+%22OKTA_GROUP%22',
    headers: {
      'User-Agent': 'okta-sdk-nodejs/7.1.1 node/20.11.0 linux/6.1.0',
      Authorization: 'SSWS ${c.oktaToken()}',
      Accept: 'application/json'
    }
  },
  errorCode: 'E0000011', errorId: 'oae${c.r.b62(19)}', errorSummary: 'Invalid token provided'`;
    },
  },
  {
    src: 'okta',
    t: 'create-user-400',
    make: (c) => {
      const n = c.name();
      const email = c.emailOf(n);
      const body = { profile: { firstName: n.given, lastName: n.family, displayName: n.full, email, login: email, mobilePhone: c.quiet(() => c.phone()), employeeNumber: c.empNo(), department: 'Finance' }, credentials: { password: { value: c.pw() } } };
      return `POST https://${c.tenant()}.okta.com/api/v1/users?activate=true -> 400 Bad Request (412 ms)
request body: ${j64(body)}
response: {"errorCode":"E0000001","errorSummary":"Api validation failed: password","errorLink":"E0000001","errorId":"oae${c.r.b62(19)}","errorCauses":[{"errorSummary":"password: Password requirements were not met. Password requirements: at least 14 characters, no parts of your username."}]}`;
    },
  },
  {
    src: 'okta',
    t: 'token-invalid-grant',
    make: (c) => {
      const org = c.tenant();
      return `DEBUG:urllib3.connectionpool:https://${org}.okta.com:443 "POST /oauth2/default/v1/token HTTP/1.1" 400 97
DEBUG:app.auth:token request body: grant_type=refresh_token&refresh_token=${c.opaque('okta_refresh_token')}&scope=openid+profile+offline_access&client_id=${c.clientId()}&client_secret=${c.oktaSecret()}
ERROR:app.auth:refresh failed: {"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}`;
    },
  },
  {
    src: 'okta',
    t: 'event-hook-failure',
    make: (c) => {
      const ev = {
        eventType: 'event_hook.delivery',
        displayMessage: 'Event hook delivery',
        outcome: { result: 'FAILURE', reason: 'Connection timed out' },
        target: [{ id: 'who' + c.r.b62(17), type: 'EventHook', alternateId: 'hr-sync-listener', displayName: 'hr-sync-listener' }],
        debugContext: { debugData: { endpoint: `https://hooks.${c.domain()}/okta/events`, headers: `{"Authorization":"${c.opaque('webhook_secret')}","X-Okta-Verification-Key":"hr-sync"}`, timeoutMillis: '3000' } },
        published: c.ts(),
        uuid: c.uuid(),
      };
      return `okta system log alert: event hook hr-sync-listener failing (5 in 10m)\n${j64(ev)}`;
    },
  },
  {
    src: 'okta',
    t: 'workday-import',
    make: (c) => {
      const n = c.name();
      const a = c.addr();
      return `Okta Workday import ${c.oktaId('0ia')} finished with 1 error
  user: ${n.full} <${c.emailOf(n)}>  worker id ${c.empNo()}
  appuser profile: {"firstName":"${n.given}","lastName":"${n.family}","homeAddress":"${a.street}","homeCity":"${a.city}","homeState":"${a.region}","dateOfBirth":"${c.dob()}","payrollIban":"${c.iban()}","bankRoutingNumber":"${c.routing()}","bankAccountNumber":"${c.acct()}"}
  error: E0000038 This operation is not allowed in the user's current status (mapping payrollIban -> profile.payrollIban: attribute is not defined on the Okta user profile)`;
    },
  },
  {
    src: 'okta',
    t: 'terraform-debug',
    make: (c) => {
      const org = c.tenant();
      const app = { id: c.oktaId('0oa'), name: 'oidc_client', label: 'Payroll Portal', status: 'ACTIVE', credentials: { oauthClient: { autoKeyRotation: true, client_id: c.clientId(), client_secret: c.oktaSecret(), token_endpoint_auth_method: 'client_secret_basic' } } };
      return `2026-03-02T10:44:09.551Z [DEBUG] provider.terraform-provider-okta_v4.11.1: Okta API Request Details:
---[ REQUEST ]---------------------------------------
GET /api/v1/apps/${app.id} HTTP/1.1
Host: ${org}.okta.com
User-Agent: okta-sdk-golang/2.20.0 golang/go1.21.5 linux/amd64 terraform/1.7.4
Accept: application/json
Authorization: SSWS ${c.oktaToken()}
Accept-Encoding: gzip

-----------------------------------------------------
2026-03-02T10:44:09.902Z [DEBUG] provider.terraform-provider-okta_v4.11.1: Okta API Response Details:
---[ RESPONSE ]--------------------------------------
HTTP/2.0 200 OK
Content-Type: application/json
${jp64(app)}`;
    },
  },
  {
    src: 'okta',
    t: 'spring-actuator-env',
    make: (c) => {
      const org = c.tenant();
      return `{"activeProfiles":["prod"],"propertySources":[{"name":"Config resource 'class path resource [application-prod.yml]' via location 'optional:classpath:/'","properties":{"okta.oauth2.issuer":{"value":"https://${org}.okta.com/oauth2/default","origin":"class path resource [application-prod.yml] - 4:15"},"okta.oauth2.client-id":{"value":"${c.clientId()}","origin":"class path resource [application-prod.yml] - 5:18"},"okta.oauth2.client-secret":{"value":"${c.oktaSecret()}","origin":"class path resource [application-prod.yml] - 6:22"},"okta.client.token":{"value":"${c.oktaToken()}","origin":"System Environment Property \\"OKTA_CLIENT_TOKEN\\""},"spring.datasource.password":{"value":"${c.pw()}","origin":"System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\""}}}]}`;
    },
  },
  {
    src: 'okta',
    t: 'authn-proxy',
    make: (c) => {
      const n = c.nameRaw();
      const email = c.emailOf(n);
      return `${c.privIp()} - - [14/Mar/2026:09:22:31 +0000] "POST /api/v1/authn HTTP/1.1" 200 1187 "-" "${c.pick(UA64)}" xff="${c.ip()}" rt=0.214
  mirror request body: {"username":"${email}","password":"${c.pw()}","options":{"warnBeforePasswordExpired":true,"multiOptionalFactorEnroll":false}}
  mirror response body: {"expiresAt":"2026-03-14T09:27:31.000Z","status":"SUCCESS","sessionToken":"${c.oktaSession()}","_embedded":{"user":{"id":"${c.oktaId()}","profile":{"login":"${email}","firstName":"${n.given}","lastName":"${n.family}","locale":"en_US","timeZone":"America/Los_Angeles"}}}}`;
    },
  },
  {
    src: 'okta',
    t: 'user-profile-get',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.addr();
      const u = { id: c.oktaId(), status: 'ACTIVE', created: c.ts(), profile: { firstName: n.given, lastName: n.family, displayName: n.full, email: c.emailOf(n), secondEmail: c.quiet(() => c.personalEmail(n)), payrollIban: c.iban(), corporateCard: c.card(' '), mobilePhone: c.phone('us'), primaryPhone: c.quiet(() => c.phone('e164')), streetAddress: a.street, city: a.city, state: a.region, zipCode: a.postal, employeeNumber: c.empNo(), costCenter: 'CC-4410' } };
      return `[okta-hr-reconcile] mismatch for worker: Okta profile differs from HRIS (fields: mobilePhone, streetAddress)\nokta: ${j64(u)}`;
    },
  },
  {
    src: 'okta',
    t: 'python-sdk-trace',
    make: (c) => {
      const org = c.tenant();
      return `Traceback (most recent call last):
  File "/srv/provisioner/okta_client.py", line 58, in deactivate
    resp, err = await self.client.deactivate_user(user_id)
  File "/usr/local/lib/python3.11/site-packages/okta/request_executor.py", line 152, in fire_request
    raise HTTPException(res_details)
okta.exceptions.exceptions.HTTPException: Okta HTTP 403 E0000006 You do not have permission to perform the requested action
config loaded: {'client': {'orgUrl': 'https://${org}.okta.com', 'authorizationMode': 'PrivateKey', 'clientId': '${c.clientId()}', 'scopes': ['okta.users.manage'], 'privateKey': '${c.pem('pkcs1', true)}', 'kid': '${c.r.b64url(32)}'}}`;
    },
  },
  {
    src: 'auth0',
    t: 'action-console',
    make: (c) => {
      const n = c.nameRaw();
      const user = { user_id: `auth0|${c.hex(24)}`, email: c.emailOf(n), name: n.full, phone_number: c.quiet(() => c.phone('e164')), app_metadata: { payout: { iban: c.iban(undefined, c.r.next() < 0.5), holder: n.full, backup_card: c.card() }, stripe_customer: `cus_${c.r.b62(14)}` }, user_metadata: { birthdate: c.dob() } };
      return `Auth0 Action "post-login-sync" (v14) — execution ${c.hex(24)} failed in 2011ms
console.log: user ${JSON.stringify(user)}
Error: Request failed with status code 502
    at createError (/data/runtime/node_modules/axios/lib/core/createError.js:16:15)
    at settle (/data/runtime/node_modules/axios/lib/core/settle.js:17:12)`;
    },
  },
  {
    src: 'auth0',
    t: 'mgmt-client-error',
    make: (c) => {
      const t = c.tenant();
      return `ManagementApiError: Unauthorized
    at ManagementClient.getAccessToken (/app/node_modules/auth0/dist/cjs/management/management-client.js:62:19)
    at async UsersManager.getAll (/app/node_modules/auth0/dist/cjs/management/__generated/managers/users-manager.js:311:21) {
  errorCode: 'access_denied',
  statusCode: 401,
  error: 'Unauthorized',
  msg: 'Unauthorized',
  options: { domain: '${t}.eu.auth0.com', clientId: '${c.r.b62(32)}', clientSecret: '${c.auth0Secret()}', audience: 'https://${t}.eu.auth0.com/api/v2/' }
}`;
    },
  },
  {
    src: 'auth0',
    t: 'curl-token',
    make: (c) => {
      const t = c.tenant();
      const jwt = c.jwt({ iss: `https://${t}.us.auth0.com/`, sub: `${c.r.b62(32)}@clients`, aud: `https://api.${c.domain()}`, iat: c.epoch(), exp: c.epoch() + 86400, gty: 'client-credentials', azp: c.r.b62(32) }, 'RS256', 'jwt');
      return `$ curl -sv --request POST --url https://${t}.us.auth0.com/oauth/token --header 'content-type: application/json' --data '{"client_id":"${c.r.b62(32)}","client_secret":"${c.auth0Secret()}","audience":"https://api.${c.domain()}","grant_type":"client_credentials"}'
* Connected to ${t}.us.auth0.com port 443
> POST /oauth/token HTTP/2
> content-type: application/json
< HTTP/2 200
< content-type: application/json; charset=utf-8
{"access_token":"${jwt}","scope":"read:invoices write:payouts","expires_in":86400,"token_type":"Bearer"}`;
    },
  },
  {
    src: 'auth0',
    t: 'deploy-cli-dump',
    make: (c) => {
      const t = c.tenant();
      return `a0deploy import --config_file=config.json --input_file=tenant.yaml --debug
[debug] config: ${j64({ AUTH0_DOMAIN: `${t}.auth0.com`, AUTH0_CLIENT_ID: c.r.b62(32), AUTH0_CLIENT_SECRET: c.auth0Secret(), AUTH0_ALLOW_DELETE: false })}
[debug] processing connection "legacy-users-db": options.configuration = {"DB_HOST":"legacy-mysql.internal","DB_USER":"auth0_login","DB_PASSWORD":"${c.pw()}"}
[debug] processing emailProvider: {"name":"sendgrid","enabled":true,"default_from_address":"no-reply@${c.domain()}","credentials":{"api_key":"${c.sgKey()}"}}
[error] Problem running command import: Request failed with status code 400 (Payload validation error: 'Invalid value "sengrid" for enum')`;
    },
  },
  {
    src: 'auth0',
    t: 'axios-in-action',
    make: (c) => {
      const n = c.name();
      const tok = c.jwt({ iss: 'https://crm-gateway.internal/', sub: 'auth0-action', scope: 'contacts:write', exp: c.epoch() }, 'HS256');
      const data = j64({ email: c.emailOf(n), fullName: n.full, mobile: c.phone('intl') });
      return `AxiosError: Request failed with status code 409
    at settle (/data/runtime/node_modules/axios/dist/node/axios.cjs:1967:12)
  config: {
    url: 'https://crm-gateway.${c.domain()}/v2/contacts',
    method: 'post',
    headers: AxiosHeaders { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ${tok}' },
    data: '${data}'
  },
  response: { status: 409, data: { code: 'DUPLICATE_CONTACT' } }`;
    },
  },
  {
    src: 'auth0',
    t: 'users-import-job',
    make: (c) => {
      const rows = [0].map(() => {
        const n = c.nameRaw();
        return { email: c.emailOf(n), given_name: n.given, family_name: n.family, name: n.full, phone_number: c.phone('e164'), user_metadata: { date_of_birth: c.dob('us') } };
      });
      return `GET /api/v2/jobs/job_${c.r.b62(16)}/errors -> 200 (Authorization: Bearer ${c.jwt({ iss: `https://${c.tenant()}.auth0.com/`, sub: `${c.r.b62(32)}@clients`, gty: 'client-credentials', scope: 'create:users read:users', exp: c.epoch() })})
${jp64(rows.map((user) => ({ user, errors: [{ code: 'INVALID_FORMAT', message: 'Error in phone_number property - Object didn\u2019t pass validation for format phone', path: 'phone_number' }] })))}`;
    },
  },
  {
    src: 'auth0',
    t: 'express-oidc-refresh',
    make: (c) => {
      const t = c.tenant();
      const n = c.nameRaw();
      const idt = c.jwt({ given_name: n.given, nickname: fold(n.given), iss: `https://${t}.auth0.com/`, aud: c.r.b62(32), iat: c.epoch(), exp: c.epoch(), sid: c.r.b64url(24) }, 'RS256', 'id_token');
      return `2026-01-19T17:03:41.220Z express-openid-connect:refresh tokenSet before refresh TokenSet {
  access_token: '${c.jwt({ iss: `https://${t}.auth0.com/`, sub: `auth0|${c.hex(24)}`, aud: [`https://api.${c.domain()}`], scope: 'openid profile offline_access', exp: c.epoch() })}',
  refresh_token: '${c.auth0Refresh()}',
  id_token: '${idt}',
  scope: 'openid profile email offline_access',
  expires_at: ${c.epoch()},
  token_type: 'Bearer'
}
2026-01-19T17:03:41.514Z express-openid-connect:refresh OPError: invalid_grant (Unknown or invalid refresh token.)`;
    },
  },
  {
    src: 'auth0',
    t: 'sms-connection',
    make: (c) => {
      const conn = { id: `con_${c.r.b62(16)}`, name: 'sms', strategy: 'sms', options: { from: '+1' + c.r.int(2, 9) + c.r.digits(9), syntax: 'md_with_macros', template: 'Your code is @@password@@', totp: { time_step: 300, length: 6 }, provider: 'twilio', twilio_sid: 'AC' + c.hex(32), twilio_token: c.twilioToken(), messaging_service_sid: 'MG' + c.hex(32), brute_force_protection: true } };
      return `auth0 api get connections -q "strategy=sms" --debug\n${jp64([conn])}\nerror: connection sms: Twilio returned 20003 Authenticate`;
    },
  },
  {
    src: 'auth0',
    t: 'log-stream-sapi',
    make: (c) => {
      const n = c.nameRaw();
      const log = { log_id: c.r.digits(56), data: { date: c.ts(), type: 'sapi', description: 'Update a user', client_id: c.r.b62(32), client_name: 'hr-provisioner', ip: c.ip(), user_agent: 'node.js/20.11.0 node-auth0/4.3.1', details: { request: { method: 'patch', path: `/api/v2/users/auth0|${c.hex(24)}`, body: { name: n.full, password: c.pw(), user_metadata: { home_phone: c.quiet(() => c.phone('us')), national_id: c.sin() } } }, response: { statusCode: 200 } } } };
      return `log stream "datadog-eu" delivery failed (HTTP 413); dropped event: ${j64(log)}`;
    },
  },
  {
    src: 'auth0',
    t: 'm2m-basic',
    make: (c) => {
      const id = c.r.b62(32);
      return `2026-04-02 11:20:44,911 DEBUG [http-nio-8080-exec-7] o.s.w.c.RestTemplate - HTTP POST https://${c.tenant()}.auth0.com/oauth/token
2026-04-02 11:20:44,912 DEBUG [http-nio-8080-exec-7] o.s.w.c.RestTemplate - Request headers: [Authorization:"Basic ${c.basic(id, c.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 64))}", Content-Type:"application/x-www-form-urlencoded"]
2026-04-02 11:20:45,107 DEBUG [http-nio-8080-exec-7] o.s.w.c.RestTemplate - Response 403 FORBIDDEN
org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{"error":"access_denied","error_description":"Client has not been granted scopes: read:users"}"`;
    },
  },
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
