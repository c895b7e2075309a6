import { j64, jp64, UA64, type Tpl64 } from './blind-set-64-values';

/** Google Workspace Directory API and GAM; generic OIDC/OAuth token exchanges; LDAP/AD binds and entries. */
export const GWS_OIDC_LDAP_64: readonly Tpl64[] = [
  {
    src: 'gws',
    t: 'directory-insert',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.quiet(() => c.addr());
      const body = { primaryEmail: c.emailOf(n), name: { givenName: n.given, familyName: n.family, fullName: n.full }, password: c.pw(), changePasswordAtNextLogin: true, phones: [{ value: c.quiet(() => c.phone('us')), type: 'mobile' }], addresses: [{ type: 'home', streetAddress: a.street, locality: a.city, region: a.region, postalCode: a.postal }], externalIds: [{ value: c.empNo(), type: 'organization' }], customSchemas: { Payroll: { iban: c.iban(), birthDate: c.dob(), routingNumber: c.routing(), accountNumber: c.acct() } } };
      return `googleapiclient.errors.HttpError: <HttpError 409 when requesting https://admin.googleapis.com/admin/directory/v1/users?alt=json returned "Entity already exists.". Details: "[{'message': 'Entity already exists.', 'domain': 'global', 'reason': 'duplicate'}]">
request body was: ${j64(body)}
auth: Authorization: Bearer ${c.gAccess()}`;
    },
  },
  {
    src: 'gws',
    t: 'service-account-refresh',
    make: (c) => {
      const proj = `${c.tenant()}-idp-sync`;
      const info = { type: 'service_account', project_id: proj, private_key_id: c.hex(40), private_key: '@@KEY@@', client_email: `directory-sync@${proj}.iam.gserviceaccount.com`, client_id: c.r.digits(21), token_uri: 'https://oauth2.googleapis.com/token' };
      const txt = j64(info).replace('"@@KEY@@"', `"${c.pem('pkcs8', true)}\\n"`);
      return `google.auth.exceptions.RefreshError: ('unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.', {'error': 'unauthorized_client'})
During handling of the above exception, the sync job logged its credentials source:
GOOGLE_APPLICATION_CREDENTIALS_JSON=${txt}`;
    },
  },
  {
    src: 'gws',
    t: 'node-oauth-refresh',
    make: (c) => {
      return `gaxios:request POST https://oauth2.googleapis.com/token +0ms
gaxios:request data: refresh_token=${c.gRefresh()}&client_id=${c.r.digits(12)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com&client_secret=${c.gSecret()}&grant_type=refresh_token +1ms
gaxios:response 200 {"access_token":"${c.gAccess()}","expires_in":3599,"scope":"https://www.googleapis.com/auth/admin.directory.user","token_type":"Bearer"} +212ms
GaxiosError: Not Authorized to access this resource/api (403) at /admin/directory/v1/users?customer=my_customer&maxResults=500`;
    },
  },
  {
    src: 'gws',
    t: 'gam-print-users',
    make: (c) => {
      const rows = [0, 1].map(() => {
        const n = c.nameRaw();
        return `${c.emailOf(n)},${n.full},"${c.quiet(() => c.phone('us'))}",${c.int(10, 9899)} ${c.pick(['Market Street', 'Main Street', 'Park Avenue'])},Denver,False`;
      });
      return `$ gam print users fields primaryemail,name,phones,addresses,suspended
Getting all Users, may take some time on a large Google Workspace Account...
primaryEmail,name.fullName,phones.0.value,addresses.0.streetAddress,addresses.0.locality,suspended
${rows.join('\n')}
ERROR: oauth2.txt refresh failed, contents: ${j64({ client_id: `${c.r.digits(12)}-x.apps.googleusercontent.com`, client_secret: c.gSecret(), refresh_token: c.gRefresh(), token_uri: 'https://oauth2.googleapis.com/token' })}`;
    },
  },
  {
    src: 'gws',
    t: 'reports-login',
    make: (c) => {
      const act = { kind: 'admin#reports#activity', id: { time: c.ts(), uniqueQualifier: c.r.digits(19), applicationName: 'login', customerId: 'C0' + c.r.b62(7) }, actor: { email: c.email(), profileId: c.r.digits(21) }, ipAddress: c.ip(), events: [{ type: 'login', name: 'login_failure', parameters: [{ name: 'login_type', value: 'google_password' }, { name: 'login_failure_type', value: 'login_failure_invalid_password' }] }] };
      return `> GET /admin/reports/v1/activity/users/all/applications/login?eventName=login_failure HTTP/1.1
> Authorization: Bearer ${c.gAccess()}
< 200 OK
${jp64({ kind: 'admin#reports#activities', items: [act] })}`;
    },
  },
  {
    src: 'gws',
    t: 'apps-script-log',
    make: (c) => {
      const n = c.nameRaw();
      return `Execution log — onboardNewHire (Apps Script)
10:11:12 AM	Notice	Execution started
10:11:12 AM	Info	props: {"BAMBOOHR_API_KEY":"${c.hexKey('bamboohr_api_key')}","SLACK_ADMIN_TOKEN":"${c.slack()}"}
10:11:13 AM	Info	creating user {"primaryEmail":"${c.emailOf(n)}","name":{"fullName":"${n.full}"},"recoveryEmail":"${c.quiet(() => c.personalEmail(n))}","recoveryPhone":"${c.phone('e164')}"}
10:11:14 AM	Error	GoogleJsonResponseException: API call to directory.users.insert failed with error: Invalid Input: recoveryPhone`;
    },
  },
  {
    src: 'oidc',
    t: 'callback-access-log',
    make: (c) => {
      return `${c.ip()} - - [03/Feb/2026:10:11:12 +0000] "GET /oauth2/callback?code=${c.opaque('authorization_code')}&state=${c.r.b64url(16)}&session_state=${c.uuid()} HTTP/2.0" 502 157 "https://login.${c.domain()}/" "${c.pick(UA64)}" rt=30.001 upstream="10.0.4.17:8080"`;
    },
  },
  {
    src: 'oidc',
    t: 'token-exchange',
    make: (c) => {
      const subj = c.jwt({ iss: `https://idp.${c.domain()}`, sub: c.uuid(), aud: 'gateway', scope: 'orders:read', exp: c.epoch() });
      return `level=error ts=2026-02-03T10:11:12.417Z caller=exchange.go:118 msg="token exchange rejected" status=400 body="{\\"error\\":\\"invalid_target\\"}"
level=debug ts=2026-02-03T10:11:12.301Z caller=exchange.go:97 msg="sending token exchange" form="grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=${subj}&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token&audience=billing-api&client_id=edge-gateway&client_secret=${c.b62Key('client_secret', 48)}"`;
    },
  },
  {
    src: 'oidc',
    t: 'go-dump-request',
    make: (c) => {
      const id = 'portal-' + c.r.b62(8);
      return `2026/02/03 10:11:12 oauth2: cannot fetch token: 401 Unauthorized
Response: {"error":"invalid_client"}
2026/02/03 10:11:12 httputil.DumpRequestOut:
POST /oauth2/token HTTP/1.1
Host: auth.${c.domain()}
User-Agent: Go-http-client/1.1
Content-Length: 151
Authorization: Basic ${c.basic(id, c.r.b62(40))}
Content-Type: application/x-www-form-urlencoded
Accept-Encoding: gzip

code=${c.opaque('authorization_code')}&code_verifier=${c.opaque('pkce_code_verifier')}&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fportal.internal%2Fcb`;
    },
  },
  {
    src: 'oidc',
    t: 'appauth-ios',
    make: (c) => {
      return `2026-02-03 10:11:12.417 HRApp[4411:1290331] [AppAuth] Token request: <OIDTokenRequest: 0x600003e3c0a0, request: <URL: https://idp.${c.domain()}/oauth2/v1/token, HTTPMethod: POST, HTTPBody: code=${c.opaque('authorization_code')}&code_verifier=${c.opaque('pkce_code_verifier')}&grant_type=authorization_code&redirect_uri=com.hrapp%3A%2Fcallback&client_id=${c.clientId()}>>
2026-02-03 10:11:12.912 HRApp[4411:1290331] [AppAuth] Token response: <OIDTokenResponse: 0x600002a9c1e0, accessToken: "${c.opaque('access_token', 48)}", accessTokenExpirationDate: 2026-02-03 11:11:12 +0000, tokenType: Bearer, idToken: "${c.jwt({ iss: `https://idp.${c.domain()}`, sub: c.oktaId(), aud: c.clientId(), exp: c.epoch(), amr: ['pwd', 'mfa'] }, 'RS256', 'id_token')}", refreshToken: "${c.opaque('opaque_refresh_token')}", scope: "openid profile offline_access">`;
    },
  },
  {
    src: 'oidc',
    t: 'device-flow',
    make: (c) => {
      return `$ hrctl login --debug
DEBUG POST https://auth.${c.domain()}/oauth/device/code -> 200 {"device_code":"${c.opaque('device_code')}","user_code":"BDWP-HQPK","verification_uri":"https://auth.${c.domain()}/activate","expires_in":900,"interval":5}
DEBUG polling token endpoint... authorization_pending
DEBUG POST https://auth.${c.domain()}/oauth/token -> 200 {"access_token":"${c.opaque('access_token', 40)}","refresh_token":"${c.opaque('opaque_refresh_token', 48)}","token_type":"Bearer","expires_in":3600}
ERROR writing ~/.hrctl/credentials: permission denied`;
    },
  },
  {
    src: 'oidc',
    t: 'introspection',
    make: (c) => {
      const n = c.nameRaw();
      const tok = c.opaque('access_token', 32);
      return `[2026-02-03 10:11:12.417] [gateway] WARN introspection says inactive for token=${tok}
  > POST /oauth2/introspect  Authorization: Basic ${c.basic('api-gateway', c.r.password(24))}  body: token=${tok}&token_type_hint=access_token
  < 200 {"active":false}
  previous result cached for this token: {"active":true,"sub":"${c.oktaId()}","username":"${c.emailOf(n)}","client_id":"hr-portal","scope":"openid profile","exp":${c.epoch()}}`;
    },
  },
  {
    src: 'oidc',
    t: 'oauth2-proxy-args',
    make: (c) => {
      return `[2026/02/03 10:11:12] [main.go:57] invalid configuration:
  cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is 44 bytes
containers[0].args: ["--provider=oidc","--oidc-issuer-url=https://sso.${c.domain()}/realms/employees","--client-id=oauth2-proxy","--client-secret=${c.kcSecret()}","--cookie-secret=${c.opaque('cookie_secret', 32)}","--email-domain=*","--upstream=http://payroll-admin:8080"]`;
    },
  },
  {
    src: 'oidc',
    t: 'har-cookies',
    make: (c) => {
      const idt = c.jwt({ iss: `https://login.${c.domain()}`, sub: c.uuid(), aud: 'benefits-portal', exp: c.epoch(), nonce: c.r.b64url(16) }, 'RS256', 'id_token');
      const entry = { request: { method: 'GET', url: `https://benefits.${c.domain()}/api/me`, headers: [{ name: 'Cookie', value: `id_token=${idt}; XSRF-TOKEN=${c.uuid()}` }, { name: 'User-Agent', value: c.pick(UA64) }] }, response: { status: 500, statusText: 'Internal Server Error' }, serverIPAddress: '10.20.4.11' };
      return `Attached HAR (support case 55120), entry 14:\n${jp64(entry)}`;
    },
  },
  {
    src: 'ldap',
    t: 'ldap3-bind',
    make: (c) => {
      const dn = `CN=svc-provision,OU=Service Accounts,DC=corp,DC=${c.tenant()},DC=com`;
      return `2026-02-03 10:11:12,417 - ldap3 - DEBUG - BIND request <{'version': 3, 'name': '${dn}', 'authentication': {'sasl': None, 'simple': '${c.pw()}'}}> sent via <ldaps://dc02.corp.internal:636 - ssl - user: ${dn} - not lazy - unbound - closed - <no socket> - tls not started>
2026-02-03 10:11:12,530 - ldap3 - ERROR - <LDAPInvalidCredentialsResult - 49 - invalidCredentials - None - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563 - bindResponse - None>`;
    },
  },
  {
    src: 'ldap',
    t: 'ldif-password-reset',
    make: (c) => {
      const n = c.name();
      return `ldap_modify: Constraint violation (19)
	additional info: 0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!
ldif applied by hr-sync (line 4):
dn: CN=${n.full},OU=Employees,DC=corp,DC=internal
changetype: modify
replace: unicodePwd
unicodePwd:: ${c.unicodePwd()}
-
replace: mobile
mobile: ${c.phone('us')}
-`;
    },
  },
  {
    src: 'ldap',
    t: 'jndi-env',
    make: (c) => {
      return `javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v3839]
	at java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)
	at java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2815)
	at com.corp.iam.AdProvisioner.connect(AdProvisioner.java:77)
env={java.naming.provider.url=ldaps://ad.corp.internal:636, java.naming.security.authentication=simple, java.naming.security.principal=svc-iam@corp.internal, java.naming.security.credentials=${c.pw()}, java.naming.factory.initial=com.sun.jndi.ldap.LdapCtxFactory}`;
    },
  },
  {
    src: 'ldap',
    t: 'okta-agent-conf',
    make: (c) => {
      return `Okta LDAP Agent 5.19.0 — agent failed to start, dumping OktaLDAPAgent.conf:
orgUrl=https://${c.tenant()}.okta.com/
agentId=${c.oktaId('a53')}
agentKey=${c.b62Key('api_key', 40)}
ldapHost=ldaps://ldap.corp.internal:636
ldapAdminDN=uid=okta-agent,ou=system,dc=corp,dc=internal
ldapAdminPassword=${c.pw()}
baseDN=dc=corp,dc=internal
ERROR AgentRegistration: HTTP 401 from /api/1/agents/heartbeat`;
    },
  },
  {
    src: 'ldap',
    t: 'ldapsearch-entry',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.quiet(() => c.addr());
      const pw = c.pw();
      return `$ ldapsearch -LLL -H ldaps://dc01.corp.internal -D 'svc-audit@corp.internal' -w '${pw}' -b 'OU=Employees,DC=corp,DC=internal' '(employeeID=${c.r.digits(6)})'
dn: CN=${n.full},OU=Employees,DC=corp,DC=internal
cn: ${n.full}
mail: ${c.emailOf(n)}
mobile: ${c.phone('intl')}
streetAddress: ${a.street}
l: ${a.city}
extensionAttribute7: ${c.ssn()}
employeeType: FTE`;
    },
  },
];
