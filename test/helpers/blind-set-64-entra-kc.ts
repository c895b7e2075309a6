import { j64, jp64, type Tpl64 } from './blind-set-64-values';

const GUID = (c: { uuid: () => string }) => c.uuid();

/** Entra ID (Azure AD) sign-in logs, Graph and MSAL output; Keycloak server logs, admin events and exports; Cognito. */
export const ENTRA_KC_64: readonly Tpl64[] = [
  {
    src: 'entra',
    t: 'signin-log',
    make: (c) => {
      const n = c.name();
      const ev = { id: GUID(c), createdDateTime: c.ts(), userDisplayName: n.full, userPrincipalName: c.emailOf(n), userId: GUID(c), appId: GUID(c), appDisplayName: 'Workday', ipAddress: c.ip(), clientAppUsed: 'Browser', conditionalAccessStatus: 'failure', isInteractive: true, status: { errorCode: 53003, failureReason: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.' }, location: { city: 'Lyon', state: 'Auvergne-Rhone-Alpes', countryOrRegion: 'FR' }, deviceDetail: { operatingSystem: 'Windows10', browser: 'Edge 131.0.0' } };
      return `Sentinel incident 4711 "Blocked sign-in to payroll app" — evidence (GET /beta/auditLogs/signIns, Authorization: Bearer ${c.jwt({ aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${GUID(c)}/`, roles: ['AuditLog.Read.All'], app_displayname: 'sentinel-connector', exp: c.epoch() }, 'RS256', 'jwt', { x5t: c.r.b64url(20) })}):\n${jp64(ev)}`;
    },
  },
  {
    src: 'entra',
    t: 'msal-python-7000215',
    make: (c) => {
      const tid = GUID(c);
      return `DEBUG:msal.application:Initializing with Entra authority: https://login.microsoftonline.com/${tid}
DEBUG:scim_bridge.config:ConfidentialClientApplication(client_id='${GUID(c)}', client_credential='${c.azSecret()}', authority='https://login.microsoftonline.com/${tid}')
DEBUG:urllib3.connectionpool:https://login.microsoftonline.com:443 "POST /${tid}/oauth2/v2.0/token HTTP/1.1" 401 628
ERROR:scim_bridge.graph:token acquisition failed: {'error': 'invalid_client', 'error_description': "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${GUID(c)}'. Trace ID: ${GUID(c)} Correlation ID: ${GUID(c)} Timestamp: 2026-02-03 10:11:12Z", 'error_codes': [7000215]}`;
    },
  },
  {
    src: 'entra',
    t: 'graph-create-user',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.addr();
      const body = { accountEnabled: true, displayName: n.full, givenName: n.given, surname: n.family, mailNickname: n.given.toLowerCase().replace(/[^a-z]/g, ''), userPrincipalName: c.emailOf(n), mobilePhone: c.quiet(() => c.phone('intl')), streetAddress: a.street, city: a.city, state: a.region, postalCode: a.postal, employeeId: c.empNo(), passwordProfile: { forceChangePasswordNextSignIn: true, password: c.pw() } };
      return `POST https://graph.microsoft.com/v1.0/users
client-request-id: ${GUID(c)}
${jp64(body)}
<- 400 Bad Request
{"error":{"code":"Request_BadRequest","message":"Another object with the same value for property userPrincipalName already exists.","details":[{"code":"ObjectConflict","target":"userPrincipalName"}],"innerError":{"date":"2026-02-03T10:11:12","request-id":"${GUID(c)}","client-request-id":"${GUID(c)}"}}}`;
    },
  },
  {
    src: 'entra',
    t: 'az-cli-reset',
    make: (c) => {
      const appId = GUID(c);
      return `cli.azure.cli.core.sdk.policies: Request URL: 'https://graph.microsoft.com/v1.0/applications/${GUID(c)}/addPassword'
cli.azure.cli.core.sdk.policies: Request method: 'POST'
cli.azure.cli.core.sdk.policies: Request headers:
cli.azure.cli.core.sdk.policies:     'Authorization': 'Bearer ${c.jwt({ aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${GUID(c)}/`, app_displayname: 'Microsoft Azure CLI', scp: 'Application.ReadWrite.All', ver: '1.0', exp: c.epoch() }, 'RS256', 'jwt', { x5t: c.r.b64url(20), nonce: c.r.b64url(32) })}'
cli.azure.cli.core.sdk.policies: Response status: 200
cli.azure.cli.core.sdk.policies: Response content:
{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential","customKeyIdentifier":null,"displayName":"rbac","endDateTime":"2027-02-03T10:11:12Z","hint":"xYz","keyId":"${GUID(c)}","secretText":"${c.azSecret()}","startDateTime":"2026-02-03T10:11:12Z"}
The output includes credentials that you must protect. appId: ${appId}`;
    },
  },
  {
    src: 'entra',
    t: 'provisioning-log',
    make: (c) => {
      const n = c.nameRaw();
      const a = c.quiet(() => c.addr());
      const ev = { id: GUID(c), activityDateTime: c.ts(), cycleId: GUID(c), changeId: GUID(c), jobId: `Workday2AAD.${c.hex(32)}`, provisioningAction: 'update', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'AzureActiveDirectoryInvalidPhoneNumber', reason: 'The value provided for mobilePhone is not a valid phone number.' } }, sourceIdentity: { displayName: n.full, identityType: 'Worker', id: c.empNo() }, modifiedProperties: [{ displayName: 'mail', newValue: c.emailOf(n) }, { displayName: 'mobilePhone', newValue: c.phone('us') }, { displayName: 'streetAddress', newValue: c.quiet(() => a.street) }, { displayName: 'extensionAttribute3', newValue: c.dob() }] };
      return `Entra provisioning (Workday to Entra ID user provisioning) — failed update\n${j64(ev)}`;
    },
  },
  {
    src: 'entra',
    t: 'pwsh-transcript',
    make: (c) => {
      const tid = GUID(c);
      return `**********************
PowerShell transcript start
Start time: 20260203101112
Username: CORP\\svc-automation
**********************
PS C:\\jobs> $secret = ConvertTo-SecureString '${c.azSecret()}' -AsPlainText -Force
PS C:\\jobs> $cred = New-Object System.Management.Automation.PSCredential('${GUID(c)}', $secret)
PS C:\\jobs> Connect-MgGraph -TenantId ${tid} -ClientSecretCredential $cred
Connect-MgGraph: ClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys for app '${GUID(c)}' are expired.
PS C:\\jobs> Set-ADAccountPassword -Identity svc-hr-sync -NewPassword (ConvertTo-SecureString -AsPlainText '${c.pw()}' -Force) -Reset`;
    },
  },
  {
    src: 'entra',
    t: 'dotnet-identity',
    make: (c) => {
      const tok = c.jwt({ aud: '00000003-0000-0000-c000-000000000000', iss: `https://sts.windows.net/${GUID(c)}/`, roles: ['User.ReadWrite.All'], app_displayname: 'hr-bridge', ver: '1.0', exp: c.epoch() }, 'RS256', 'jwt', { x5t: c.r.b64url(20) });
      return `fail: Microsoft.Graph.HrBridge.UserSync[0]
      Sync of batch 17 failed
      Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS700016: Application with identifier was not found in the directory.
         at Azure.Identity.CredentialDiagnosticScope.FailWrapAndThrow(Exception ex)
         at Azure.Identity.ClientSecretCredential.GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
info: System.Net.Http.HttpClient.Graph.LogicalHandler[100]
      Start processing HTTP request GET https://graph.microsoft.com/v1.0/users/delta
trce: System.Net.Http.HttpClient.Graph.ClientHandler[102]
      Request Headers:
      Authorization: Bearer ${tok}
Configuration dump (AzureAd): ${j64({ Instance: 'https://login.microsoftonline.com/', TenantId: GUID(c), ClientId: GUID(c), ClientSecret: c.azSecret() })}`;
    },
  },
  {
    src: 'entra',
    t: 'msal-js-cache',
    make: (c) => {
      const home = `${GUID(c)}.${GUID(c)}`;
      const n = c.nameRaw();
      const cache = {
        [`${home}-login.windows.net-refreshtoken-${GUID(c)}----`]: { credentialType: 'RefreshToken', homeAccountId: home, environment: 'login.windows.net', clientId: GUID(c), secret: c.azRefresh() },
        [`${home}-login.windows.net-idtoken-${GUID(c)}-${GUID(c)}---`]: { credentialType: 'IdToken', homeAccountId: home, secret: c.jwt({ aud: GUID(c), iss: 'https://login.microsoftonline.com/x/v2.0', name: n.full, preferred_username: 'redacted', oid: GUID(c), ver: '2.0' }, 'RS256', 'id_token') },
      };
      return `Bug report #2291 (attached localStorage export from the customer portal):\n${jp64(cache)}`;
    },
  },
  {
    src: 'entra',
    t: 'gha-addpassword',
    make: (c) => {
      const s = c.azSecret();
      return `2026-02-03T10:11:12.4471230Z ##[group]Run az ad sp credential reset --id $APP_ID --append --years 1
2026-02-03T10:11:14.1185422Z {
2026-02-03T10:11:14.1186011Z   "appId": "${GUID(c)}",
2026-02-03T10:11:14.1186359Z   "password": "${s}",
2026-02-03T10:11:14.1186681Z   "tenant": "${GUID(c)}"
2026-02-03T10:11:14.1186960Z }
2026-02-03T10:11:14.1201837Z ##[endgroup]
2026-02-03T10:11:14.2290115Z ##[warning]Secret AZURE_CLIENT_SECRET was not masked: it was not registered with add-mask`;
    },
  },
  {
    src: 'keycloak',
    t: 'admin-event-create',
    make: (c) => {
      const n = c.nameRaw();
      const em = c.emailOf(n);
      const rep = { username: em, email: em, firstName: n.given, lastName: n.family, enabled: true, attributes: { phoneNumber: [c.phone('e164')] }, credentials: [{ type: 'password', value: c.pw(), temporary: true }] };
      const ev = { time: c.epoch() * 1000, realmId: GUID(c), authDetails: { realmId: GUID(c), clientId: GUID(c), userId: GUID(c), ipAddress: c.ip() }, operationType: 'CREATE', resourceType: 'USER', resourcePath: `users/${GUID(c)}`, representation: JSON.stringify(rep) };
      return `2026-02-03 10:11:12,417 INFO  [org.keycloak.events.admin] (executor-thread-12) ${j64(ev)}`;
    },
  },
  {
    src: 'keycloak',
    t: 'event-login-error',
    make: (c) => {
      const n = c.nameRaw();
      const e = c.emailOf(n);
      return `2026-02-03 10:11:12,417 WARN  [org.keycloak.events] (executor-thread-31) type="LOGIN_ERROR", realmId="${GUID(c)}", realmName="employees", clientId="hr-portal", userId="null", sessionId="null", ipAddress="${c.ip()}", error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", redirect_uri="https://hr.${c.domain()}/callback", code_id="${GUID(c)}", username="${e}"
2026-02-03 10:11:13,002 DEBUG [org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator] (executor-thread-31) form params: {username=[${e}], password=[${c.pw()}], credentialId=[]}`;
    },
  },
  {
    src: 'keycloak',
    t: 'client-secret-regen',
    make: (c) => {
      const ev = { time: c.epoch() * 1000, realmId: 'partners', authDetails: { realmId: 'master', clientId: GUID(c), userId: GUID(c), ipAddress: c.privIp() }, operationType: 'ACTION', resourceType: 'CLIENT', resourcePath: `clients/${GUID(c)}/client-secret`, representation: `{"type":"secret","value":"${c.kcSecret()}"}` };
      return `keycloak admin-events export (includeRepresentation=true), page 3:\n${jp64([ev])}`;
    },
  },
  {
    src: 'keycloak',
    t: 'realm-export',
    make: (c) => {
      const realm = {
        realm: 'employees',
        smtpServer: { host: 'smtp.sendgrid.net', port: '587', auth: 'true', user: 'apikey', password: c.sgKey(), from: `noreply@${c.domain()}`, starttls: 'true' },
        identityProviders: [{ alias: 'google', providerId: 'google', enabled: true, config: { clientId: `${c.r.digits(12)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`, clientSecret: c.gSecret(), hostedDomain: c.domain() } }],
        components: { 'org.keycloak.keys.KeyProvider': [{ id: GUID(c), name: 'rsa-generated', providerId: 'rsa-generated', config: { privateKey: [c.keyB64('pkcs1')], keySize: ['2048'], active: ['true'], priority: ['100'] } }] },
      };
      return `kc.sh export --realm employees --file /tmp/employees.json (attached to ticket OPS-8812)\n${jp64(realm)}`;
    },
  },
  {
    src: 'keycloak',
    t: 'container-crash',
    make: (c) => {
      const dbpw = c.urlPw();
      return `keycloak-0 keycloak 2026-02-03 10:11:12,417 ERROR [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (JPA Startup Thread) FATAL: password authentication failed for user "keycloak"
keycloak-0 keycloak 2026-02-03 10:11:12,420 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode
--- kubectl describe pod keycloak-0 (env) ---
    KC_DB:                       postgres
    KC_DB_URL:                   jdbc:postgresql://pg-auth.internal:5432/keycloak?user=keycloak&password=${dbpw}&sslmode=require
    KC_HOSTNAME:                 sso.${c.domain()}
    KEYCLOAK_ADMIN:              admin
    KEYCLOAK_ADMIN_PASSWORD:     ${c.pw()}`;
    },
  },
  {
    src: 'keycloak',
    t: 'ldap-test-connection',
    make: (c) => {
      const body = { action: 'testAuthentication', connectionUrl: 'ldaps://dc01.corp.internal:636', bindDn: 'CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=internal', bindCredential: c.pw(), useTruststoreSpi: 'always', connectionTimeout: '5000', startTls: 'false' };
      return `2026-02-03 10:11:12,417 ERROR [org.keycloak.services] (executor-thread-5) KC-SERVICES0055: Error when authenticating to LDAP: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v4563]: javax.naming.AuthenticationException
2026-02-03 10:11:12,418 DEBUG [org.keycloak.services.resources.admin.TestLdapConnectionResource] (executor-thread-5) POST /admin/realms/employees/testLDAPConnection payload=${j64(body)}`;
    },
  },
  {
    src: 'keycloak',
    t: 'token-endpoint-client',
    make: (c) => {
      const code = `${GUID(c)}.${GUID(c)}.${GUID(c)}`;
      c.cred('keycloak_code', code);
      const iss = `https://sso.${c.domain()}/realms/employees`;
      const resp = { access_token: c.jwt({ exp: c.epoch(), iat: c.epoch(), jti: GUID(c), iss, aud: 'account', sub: GUID(c), typ: 'Bearer', azp: 'payroll-web', scope: 'openid email profile' }), expires_in: 300, refresh_expires_in: 1800, refresh_token: c.jwt({ exp: c.epoch(), iat: c.epoch(), jti: GUID(c), iss, aud: iss, sub: GUID(c), typ: 'Refresh', azp: 'payroll-web' }, 'HS256'), token_type: 'Bearer', 'not-before-policy': 0, session_state: GUID(c), scope: 'openid email profile' };
      return `2026-02-03T10:11:12.417+01:00 DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.c.e.DefaultAuthorizationCodeTokenResponseClient : token request: POST ${iss}/protocol/openid-connect/token body=grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2Fpayroll.internal%2Flogin%2Foauth2%2Fcode%2Fkeycloak&client_id=payroll-web&client_secret=${c.kcSecret()}
2026-02-03T10:11:12.611+01:00 DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.c.e.DefaultAuthorizationCodeTokenResponseClient : token response: ${j64(resp)}`;
    },
  },
  {
    src: 'keycloak',
    t: 'users-attributes',
    make: (c) => {
      const n = c.nameRaw();
      const u = { id: GUID(c), username: fold(n.given) + '.' + fold(n.family), firstName: n.given, lastName: n.family, email: c.emailOf(n), emailVerified: true, attributes: { phone_number: [c.phone('intl')], birthdate: [c.dob()], payout_iban: [c.iban()], expense_card: [c.card('-')], locale: ['de'] }, enabled: true };
      return `GET /admin/realms/employees/users?briefRepresentation=false&q=department:finance -> 200 (43 ms)\nAuthorization: Bearer ${c.jwt({ exp: c.epoch(), iss: `https://sso.${c.domain()}/realms/master`, aud: 'master-realm', typ: 'Bearer', azp: 'admin-cli', preferred_username: 'admin' })}\n${jp64([u])}`;
    },
  },
  {
    src: 'keycloak',
    t: 'broker-entra-error',
    make: (c) => {
      const tid = GUID(c);
      return `2026-02-03 10:11:12,417 DEBUG [org.keycloak.broker.provider.util.SimpleHttp] (executor-thread-9) POST https://login.microsoftonline.com/${tid}/oauth2/v2.0/token form={client_id=${GUID(c)}, client_secret=${c.azSecret()}, grant_type=authorization_code, code=0.A${c.r.b64url(60)}}
2026-02-03 10:11:12,690 ERROR [org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider] (executor-thread-9) Failed to make identity provider oauth callback: org.keycloak.broker.provider.IdentityBrokerException: Unexpected response from token endpoint https://login.microsoftonline.com/${tid}/oauth2/v2.0/token. status=401, response={"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app are expired."}
	at org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider$Endpoint.generateTokenRequest(AbstractOAuth2IdentityProvider.java:589)`;
    },
  },
  {
    src: 'cognito',
    t: 'migrate-trigger',
    make: (c) => {
      const ev = { version: '1', triggerSource: 'UserMigration_Authentication', region: 'eu-west-1', userPoolId: `eu-west-1_${c.r.b62(9)}`, userName: c.email(), callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26) }, request: { password: c.pw(), validationData: null, userAttributes: null }, response: { userAttributes: null, forceAliasCreation: null, messageAction: null, desiredDeliveryMediums: null } };
      return `2026-02-03T10:11:12.417Z\t${GUID(c)}\tINFO\tmigrate-user event: ${j64(ev)}
2026-02-03T10:11:12.980Z\t${GUID(c)}\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"Bad password","stack":["Error: Bad password","    at Runtime.handler (file:///var/task/index.mjs:41:11)"]}`;
    },
  },
  {
    src: 'cognito',
    t: 'pre-signup',
    make: (c) => {
      const n = c.nameRaw();
      const ev = { version: '1', region: 'us-east-1', userPoolId: `us-east-1_${c.r.b62(9)}`, userName: GUID(c), triggerSource: 'PreSignUp_SignUp', request: { userAttributes: { name: n.full, email: c.emailOf(n), phone_number: c.quiet(() => c.phone('e164')), birthdate: c.dob(), 'custom:tax_id': c.ssn(), 'custom:payout_iban': c.iban(), 'custom:card_on_file': c.card() }, validationData: null }, response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false } };
      return `START RequestId: ${GUID(c)} Version: $LATEST\n2026-02-03T10:11:12.417Z\t${GUID(c)}\tINFO\t${j64(ev)}\nEND RequestId: ${GUID(c)}`;
    },
  },
  {
    src: 'cognito',
    t: 'boto-admin-create',
    make: (c) => {
      const n = c.name();
      const email = c.emailOf(n);
      const params = { UserPoolId: `us-east-2_${c.r.b62(9)}`, Username: email, TemporaryPassword: c.pw(), UserAttributes: [{ Name: 'email', Value: email }, { Name: 'name', Value: n.full }, { Name: 'phone_number', Value: c.phone('e164') }], MessageAction: 'SUPPRESS' };
      return `2026-02-03 10:11:12,417 botocore.endpoint [DEBUG] Making request for OperationModel(name=AdminCreateUser) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'X-Amz-Target': 'AWSCognitoIdentityProviderService.AdminCreateUser', 'Content-Type': 'application/x-amz-json-1.1', 'User-Agent': 'Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10 lang/python#3.11.8'}, 'body': b'${j64(params)}'}
2026-02-03 10:11:12,418 botocore.auth [DEBUG] Signature: AWS4-HMAC-SHA256 Credential=${c.akid()}/20260203/us-east-2/cognito-idp/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${c.hex(64)}
2026-02-03 10:11:12,702 botocore.parsers [DEBUG] Response body: b'{"__type":"UsernameExistsException","message":"An account with the given email already exists."}'`;
    },
  },
  {
    src: 'cognito',
    t: 'describe-client',
    make: (c) => {
      const out = { UserPoolClient: { UserPoolId: `ap-southeast-2_${c.r.b62(9)}`, ClientName: 'hr-sync-backend', ClientId: c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26), ClientSecret: c.cognitoSecret(), LastModifiedDate: '2026-01-14T09:22:31.417000+00:00', RefreshTokenValidity: 30, ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], AllowedOAuthFlows: ['client_credentials'] } };
      return `+ aws cognito-idp describe-user-pool-client --user-pool-id "$POOL" --client-id "$CLIENT" --output json\n${jp64(out)}\n+ jq -r .UserPoolClient.ClientSecret\nscript error: HR_SYNC_CLIENT_SECRET already set in SSM; refusing to overwrite`;
    },
  },
  {
    src: 'cognito',
    t: 'initiate-auth',
    make: (c) => {
      const e = c.email();
      return `[2026-02-03T10:11:12.417Z] ERROR auth-service NotAuthorizedException: Incorrect username or password.
    at de_NotAuthorizedExceptionRes (/app/node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js:5720:21)
  input: {"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}","AuthParameters":{"USERNAME":"${e}","PASSWORD":"${c.pw()}","SECRET_HASH":"${c.r.b64(32)}"}}
  $metadata: { httpStatusCode: 400, requestId: '${GUID(c)}', attempts: 1, totalRetryDelay: 0 }`;
    },
  },
  {
    src: 'cognito',
    t: 'lambda-config',
    make: (c) => {
      const cfg = { FunctionName: 'cognito-post-confirmation', Runtime: 'python3.12', Role: `arn:aws:iam::${c.r.digits(12)}:role/cognito-trigger`, Handler: 'app.handler', Environment: { Variables: { BAMBOOHR_SUBDOMAIN: 'northwind', BAMBOOHR_API_KEY: c.hexKey('bamboohr_api_key'), HR_DB_URL: `postgresql://hr_sync:${c.urlPw()}@hr-db.cluster-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}.us-east-1.rds.amazonaws.com:5432/hr`, AWS_ACCESS_KEY_ID: c.akid(), AWS_SECRET_ACCESS_KEY: c.awsSecret() } } };
      return `aws lambda get-function-configuration --function-name cognito-post-confirmation\n${jp64(cfg)}`;
    },
  },
  {
    src: 'cognito',
    t: 'amplify-session',
    make: (c) => {
      const jwe = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${c.r.b64url(256)}.${c.r.b64url(12)}.${c.r.b64url(c.int(600, 900))}.${c.r.b64url(16)}`;
      c.cred('cognito_refresh_token', jwe);
      const iss = `https://cognito-idp.us-east-1.amazonaws.com/us-east-1_${c.r.b62(9)}`;
      return `[DEBUG] 10:11.417 AuthClass - Getting current session
[DEBUG] 10:11.418 CognitoUserSession ${jp64({ idToken: { jwtToken: c.jwt({ sub: GUID(c), 'cognito:groups': ['employees'], email_verified: true, iss, 'cognito:username': GUID(c), aud: c.r.b62(26), token_use: 'id', auth_time: c.epoch(), exp: c.epoch() }, 'RS256', 'id_token') }, refreshToken: { token: jwe }, accessToken: { jwtToken: c.jwt({ sub: GUID(c), iss, client_id: c.r.b62(26), token_use: 'access', scope: 'aws.cognito.signin.user.admin', exp: c.epoch() }) }, clockDrift: 0 })}
[WARN] 10:11.512 AuthClass - Failed to refresh session: NotAuthorizedException: Refresh Token has been revoked`;
    },
  },
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z-]/g, '');
}

