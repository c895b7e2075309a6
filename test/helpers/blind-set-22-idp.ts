import { person22 } from './blind-set-22-people';
import { azureSecret22, clientSecret22, epoch22, jwt22, oktaToken22, opaque22, pass22, upass22 } from './blind-set-22-values';
import { accessJwt22, idJwt22 } from './blind-set-22-oidc';
import { cred, iso22, pers, pos, type PosCase22 } from './blind-set-22-types';

const ip = (r: { int: (a: number, b: number) => number }) => `${r.int(23, 212)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

export const idpCases: Record<string, PosCase22> = {
  'okta-syslog-sms': (r, id) => {
    const p = person22(r);
    const ev = {
      uuid: r.uuid(),
      published: iso22(r),
      eventType: 'system.sms.send_factor_verify_message',
      severity: 'INFO',
      displayMessage: 'Send SMS verification message',
      actor: { id: `00u${r.b62(17)}`, type: 'User', alternateId: p.email, displayName: p.name },
      client: { ipAddress: ip(r), userAgent: { rawUserAgent: 'Mozilla/5.0 (Macintosh)' } },
      outcome: { result: 'FAILURE', reason: 'Provider error' },
      debugContext: { debugData: { phoneNumber: p.phone, smsProvider: 'TWILIO', requestId: r.b62(24) } },
    };
    return pos(id, `[Okta System Log → Datadog] ${JSON.stringify(ev)}`, pers('email', p.email), pers('phone', p.phone));
  },
  'okta-ssws-curl': (r, id) => {
    const t = oktaToken22(r);
    const org = r.pick(['acme', 'brightlake', 'northwind', 'kestrel']);
    return pos(
      id,
      r.next() < 0.5
        ? `+ curl -s -H 'Accept: application/json' -H 'Authorization: SSWS ${t}' 'https://${org}.okta.com/api/v1/users?filter=status+eq+%22LOCKED_OUT%22'\n{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorId":"oae${r.b62(19)}"}`
        : `okta-terraform: Error: failed to list apps: the API returned an error: Invalid token provided (org_name="${org}", base_url="okta.com", api_token="${t}")`,
      cred('okta-api-token', t),
    );
  },
  'okta-hook-profile': (r, id) => {
    const p = person22(r);
    const body = {
      eventType: 'com.okta.user.pre-registration',
      data: { userProfile: { firstName: p.first, lastName: p.last, email: p.email, mobilePhone: p.phone, employeeNumber: p.employeeId, birthDate: p.birth } },
    };
    return pos(id, `${iso22(r)} ERROR hook-svc: registration inline hook timed out after 3000ms; payload=${JSON.stringify(body)}`, pers('email', p.email), pers('phone', p.phone));
  },
  'auth0-action-secrets': (r, id) => {
    const s = clientSecret22(r, 48);
    const sk = `sk_live_${r.b62(24)}`;
    return pos(
      id,
      `Auth0 Action "post-login-enrich" (v${r.int(2, 40)}) console output:\n{ M2M_CLIENT_ID: '${r.b62(32)}', M2M_CLIENT_SECRET: '${s}', STRIPE_KEY: '${sk}' }\nError: Request failed with status code 429`,
      cred('oauth-client-secret', s),
      cred('stripe-secret-key', sk),
    );
  },
  'auth0-log-fp': (r, id) => {
    const p = person22(r);
    const ev = {
      log_id: `900${r.digits(50)}`,
      data: {
        date: iso22(r),
        type: 'fp',
        description: 'Wrong email or password.',
        connection: 'Username-Password-Authentication',
        client_id: r.b62(32),
        client_name: 'Portal',
        ip: ip(r),
        user_agent: 'Chrome 131.0.0 / Windows 10.0.0',
        details: { error: { message: 'Wrong email or password.' } },
        user_id: `auth0|${r.hex(24)}`,
        user_name: p.email,
      },
    };
    return pos(id, JSON.stringify(ev), pers('email', p.email));
  },
  'auth0-terraform-plan': (r, id) => {
    const s = clientSecret22(r, 48);
    return pos(
      id,
      `  # auth0_client.backend will be updated in-place\n  ~ resource "auth0_client" "backend" {\n        id                  = "${r.b62(32)}"\n        name                = "backend-m2m"\n      ~ client_secret       = "${s}" -> (known after apply)\n        app_type            = "non_interactive"\n    }`,
      cred('oauth-client-secret', s),
    );
  },
  'entra-signin': (r, id) => {
    const p = person22(r);
    const ev = {
      id: r.uuid(),
      createdDateTime: iso22(r),
      userDisplayName: p.name,
      userPrincipalName: p.email,
      userId: r.uuid(),
      appId: r.uuid(),
      appDisplayName: 'Azure Portal',
      ipAddress: ip(r),
      clientAppUsed: 'Browser',
      correlationId: r.uuid(),
      conditionalAccessStatus: 'failure',
      status: { errorCode: 53003, failureReason: 'Access has been blocked by Conditional Access policies.' },
      location: { city: p.city, countryOrRegion: p.country },
    };
    return pos(id, `category=SignInLogs tenantId=${r.uuid()} properties=${JSON.stringify(ev)}`, pers('email', p.email));
  },
  'entra-app-secret': (r, id) => {
    const s = azureSecret22(r);
    return pos(
      id,
      r.next() < 0.5
        ? `$ az ad app credential reset --id ${r.uuid()} --append\n{\n  "appId": "${r.uuid()}",\n  "password": "${s}",\n  "tenant": "${r.uuid()}"\n}\nERROR: pipeline step 'rotate-sso-secret' failed to write to Key Vault`
        : `MsalServiceException: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\n  ConfidentialClientApplicationBuilder.Create("${r.uuid()}").WithClientSecret("${s}").WithTenantId("${r.uuid()}")`,
      cred('azure-client-secret', s),
    );
  },
  'entra-graph-user': (r, id) => {
    const p = person22(r);
    const u = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: r.uuid(),
      displayName: p.name,
      mail: p.email,
      mobilePhone: p.phone,
      employeeId: p.employeeId,
      streetAddress: p.street,
      city: p.city,
      postalCode: p.postal,
      jobTitle: 'Analyst',
    };
    return pos(
      id,
      `${iso22(r)} ERROR graph-sync: PATCH /users/${u.id} 400 Request_BadRequest (Invalid value specified for property 'employeeHireDate')\n GET result: ${JSON.stringify(u)}`,
      pers('email', p.email),
      pers('phone', p.phone),
      pers('street-address', p.street),
    );
  },
  'keycloak-admin-event': (r, id) => {
    const p = person22(r);
    const pw = pass22(r);
    const rep = JSON.stringify({ username: p.login, email: p.email, enabled: true, credentials: [{ type: 'password', value: pw, temporary: r.next() < 0.5 }] });
    return pos(
      id,
      `${iso22(r)} DEBUG [org.keycloak.events] operationType=CREATE, realmId=${r.uuid()}, clientId=${r.uuid()}, userId=${r.uuid()}, ipAddress=${ip(r)}, resourceType=USER, resourcePath=users/${r.uuid()}, representation=${rep}`,
      pers('email', p.email),
      cred('password', pw),
    );
  },
  'keycloak-admin-cli': (r, id) => {
    const pw = upass22(r);
    const at = jwt22(r, { exp: epoch22(r), iat: epoch22(r), jti: r.uuid(), iss: 'https://sso.internal/realms/master', typ: 'Bearer', azp: 'admin-cli', preferred_username: 'admin' });
    return pos(
      id,
      `+ TOKEN=$(curl -s -d client_id=admin-cli -d username=admin -d password=${pw} -d grant_type=password https://sso.internal/realms/master/protocol/openid-connect/token | jq -r .access_token)\n+ echo ${at}\n+ curl -s -H "Authorization: Bearer ${at}" https://sso.internal/admin/realms/corp/users/count\n{"error":"HTTP 403 Forbidden"}`,
      cred('password', pw),
      cred('jwt-access-token', at),
    );
  },
  'keycloak-client-secret': (r, id) => {
    const s = r.pick([r.b62(32), clientSecret22(r, 24)]);
    return pos(
      id,
      `$ kcadm.sh get clients/${r.uuid()}/client-secret -r corp\n{\n  "type" : "secret",\n  "value" : "${s}"\n}\n$ kubectl create secret generic oidc --from-literal=secret=... # failed: AlreadyExists`,
      cred('oauth-client-secret', s),
    );
  },
  'ping-attribute-contract': (r, id) => {
    const p = person22(r);
    return pos(
      id,
      `${iso22(r)} DEBUG [org.sourceid.saml20.adapter.idp.authn] Attribute contract fulfilled: {mail=${p.email}, telephoneNumber=${p.phone}, employeeNumber=${p.employeeId}, subject=${p.login}} for SP https://sp.partner.com (tracking id: ${r.b62(24)})`,
      pers('email', p.email),
    );
  },
  'ping-worker-secret': (r, id) => {
    const s = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 64);
    return pos(
      id,
      `GET /v1/environments/${r.uuid()}/applications/${r.uuid()}/secret -> 200 {"_links":{"self":{"href":"..."}},"secret":"${s}"}  (logged by pingone-provisioner because LOG_LEVEL=trace)`,
      cred('oauth-client-secret', s),
    );
  },
  'onelogin-token': (r, id) => {
    const cid = r.hex(64);
    const s = r.hex(64);
    return pos(
      id,
      `POST https://api.us.onelogin.com/auth/oauth2/v2/token\nAuthorization: client_id:${cid}, client_secret:${s}\n{"status":{"error":true,"code":401,"type":"Unauthorized","message":"Authentication Failure"}}`,
      cred('oauth-client-secret', s),
    );
  },
  'cognito-admin-create': (r, id) => {
    const p = person22(r);
    const pw = pass22(r).replace(/[!#%^*~]/g, '_');
    return pos(
      id,
      `aws cognito-idp admin-create-user --user-pool-id eu-west-1_${r.b62(9)} --username ${p.login} --temporary-password '${pw}' --user-attributes Name=email,Value=${p.email} Name=phone_number,Value=${p.phone} Name=birthdate,Value=${p.birth}\nAn error occurred (InvalidPasswordException) when calling the AdminCreateUser operation: Password did not conform with policy`,
      cred('password', pw),
      pers('email', p.email),
      pers('phone', p.phone),
    );
  },
  'cognito-auth-result': (r, id) => {
    const p = person22(r);
    const it = idJwt22(r, p);
    const jwe = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${r.b64url(256)}.${r.b64url(12)}.${r.b64url(600)}.${r.b64url(16)}`;
    const res = { ChallengeParameters: {}, AuthenticationResult: { AccessToken: accessJwt22(r, p), ExpiresIn: 3600, TokenType: 'Bearer', RefreshToken: jwe, IdToken: it } };
    return pos(id, `${iso22(r)}\t${r.uuid()}\tERROR\tInitiateAuth succeeded but session write failed ${JSON.stringify(res)}`, cred('jwt-id-token', it), cred('cognito-refresh-token', jwe));
  },
  'firebase-signin': (r, id) => {
    const p = person22(r);
    const it = idJwt22(r, p);
    const rt = `AMf-vB${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 180)}`;
    return pos(
      id,
      `FirebaseError: [firestore/permission-denied] after signInWithPassword\n  response: {"kind":"identitytoolkit#VerifyPasswordResponse","localId":"${r.b62(28)}","email":"${p.email}","displayName":"","idToken":"${it}","registered":true,"refreshToken":"${rt}","expiresIn":"3600"}`,
      cred('jwt-id-token', it),
      cred('firebase-refresh-token', rt),
    );
  },
  'auth0-mgmt-token': (r, id) => {
    const s = clientSecret22(r, 48);
    const t = jwt22(r, {
      iss: 'https://tenant.eu.auth0.com/',
      sub: `${r.b62(32)}@clients`,
      aud: 'https://tenant.eu.auth0.com/api/v2/',
      iat: epoch22(r),
      exp: epoch22(r),
      gty: 'client-credentials',
      scope: 'read:users update:users',
    });
    return pos(
      id,
      `ManagementClient init failed: {"grant_type":"client_credentials","client_id":"${r.b62(32)}","client_secret":"${s}","audience":"https://tenant.eu.auth0.com/api/v2/"} cached_token=${t}`,
      cred('oauth-client-secret', s),
      cred('jwt-access-token', t),
    );
  },
  'opaque-session-okta': (r, id) => {
    const st = `${r.b62(20)}${opaque22(r, 12)}`;
    return pos(id, `${iso22(r)} WARN okta-auth-js: sessionToken ${st} could not be exchanged (E0000004 Authentication failed); retrying with redirect`, cred('okta-session-token', st));
  },
};
