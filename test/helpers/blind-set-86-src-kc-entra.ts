import { formBody, pyDict } from './blind-set-86-enc';
import { iso, kit, payroll } from './blind-set-86-kit';
import { publicIp } from './blind-set-86-people';
import { jwt, password, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: Keycloak (admin events, event listener, server log, kcadm) and Microsoft Entra ID (sign-in logs, MSAL debug, azure-identity). */

const kcAdminEvent = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const pw = c.cred(password(r), 'password');
  const attrs: Record<string, string[]> = { phoneNumber: [c.pii(p.phoneE164, 'phone')], birthdate: [c.pii(p.dobIso, 'birth-date')], [p.nid.label]: [c.pii(p.nid.value, p.nid.kind)] };
  for (const [k, v] of payroll(c, p, r.int(1, 2))) attrs[k] = [v];
  const rep = { username: c.pii(p.email, 'email'), email: p.email, firstName: c.piiPart(p.given, 'person-name'), lastName: c.piiPart(p.family, 'person-name'), enabled: true, emailVerified: false, attributes: attrs, credentials: [{ type: 'password', value: pw, temporary: r.chance(0.5) }], requiredActions: ['UPDATE_PASSWORD'] };
  const ev = { id: r.uuid(), time: t * 1000 + r.int(0, 999), realmId: r.uuid(), authDetails: { realmId: r.uuid(), clientId: r.uuid(), userId: r.uuid(), ipAddress: c.pii(publicIp(r), 'ip') }, operationType: 'CREATE', resourceType: 'USER', resourcePath: `users/${r.uuid()}`, representation: JSON.stringify(rep), error: null };
  return r.chance(0.5) ? `ERROR [io.phasetwo.keycloak.events.HttpSenderEventListenerProvider] (executor-thread-${r.int(1, 40)}) Problem sending admin event ${JSON.stringify(ev)}` : JSON.stringify({ type: 'admin-event', realm: org.slug, payload: ev });
};

const kcLoginError = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const ip = c.pii(publicIp(r), 'ip');
  const user = c.pii(p.email, 'email');
  const line = `${iso(t).replace('T', ' ').slice(0, 23).replace('.', ',')} WARN  [org.keycloak.events] (executor-thread-${r.int(1, 60)}) type="LOGIN_ERROR", realmId="${r.uuid()}", realmName="${org.slug}", clientId="${r.pick(['account-console', 'grafana', 'argocd', 'vpn-portal'])}", userId="null", ipAddress="${ip}", error="user_not_found", auth_method="openid-connect", auth_type="code", redirect_uri="https://grafana.${org.domain}/login/generic_oauth", code_id="${r.uuid()}", username="${user}"`;
  const direct = `${iso(t + 3).replace('T', ' ').slice(0, 23).replace('.', ',')} WARN  [org.keycloak.events] (executor-thread-${r.int(1, 60)}) type="LOGIN_ERROR", realmName="${org.slug}", clientId="legacy-cli", ipAddress="${ip}", error="invalid_user_credentials", grant_type="password", username="${p.email}"`;
  const body = formBody([['grant_type', 'password'], ['client_id', 'legacy-cli'], ['client_secret', c.cred(T.kcSecret(r), 'keycloak-client-secret')], ['username', p.email], [r.pick(['password', 'password']), c.cred(password(r), 'password')], ['scope', 'openid']]);
  return [line, direct, `DEBUG [access-log] POST /realms/${org.slug}/protocol/openid-connect/token 401 body=${body}`].join('\n');
};

const kcadm = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const admin = c.cred(password(r), 'password');
  const pw = c.cred(password(r), 'password');
  const sec = c.cred(T.kcSecret(r), 'keycloak-client-secret');
  return [`+ /opt/keycloak/bin/kcadm.sh config credentials --server https://sso.${org.domain} --realm master --user admin --password '${admin.replace(/'/g, `'\\''`)}'`, `Logging into https://sso.${org.domain} as user admin of realm master`, `+ /opt/keycloak/bin/kcadm.sh create users -r ${org.slug} -s username=${c.pii(p.email, 'email')} -s enabled=true -s 'firstName=${c.piiPart(p.given, 'person-name')}' -s 'lastName=${c.piiPart(p.family, 'person-name')}' -s 'credentials=[{"type":"password","value":"${pw.replace(/["\\]/g, (m) => `\\${m}`).replace(/'/g, `'\\''`)}","temporary":true}]'`, `Created new user with id '${r.uuid()}'`, `+ /opt/keycloak/bin/kcadm.sh get clients/${r.uuid()}/client-secret -r ${org.slug}`, `{\n  "type" : "secret",\n  "value" : "${sec}"\n}`, `+ /opt/keycloak/bin/kcadm.sh update realms/${org.slug} -s 'smtpServer.password=${c.cred(r.alnum(16), 'smtp-password')}'`, `null [409] Conflict: User exists with same username`].join('\n');
};

const ENTRA_ERR: readonly [number, string][] = [[50126, 'Error validating credentials due to invalid username or password.'], [50053, 'Account is locked because user tried to sign in too many times.'], [50074, 'Strong Authentication is required.'], [53003, 'Access has been blocked by Conditional Access policies.']];

const entraSignIn = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const [code, reason] = r.pick(ENTRA_ERR);
  const rec = { id: r.uuid(), createdDateTime: iso(t, false), userDisplayName: c.pii(p.full, 'person-name'), userPrincipalName: c.pii(p.email, 'email'), userId: r.uuid(), appId: r.uuid(), appDisplayName: r.pick(['Office 365 Exchange Online', 'Azure Portal', 'Microsoft Teams', 'Salesforce']), ipAddress: c.pii(publicIp(r), 'ip'), clientAppUsed: r.pick(['Browser', 'Exchange ActiveSync', 'IMAP4', 'Mobile Apps and Desktop clients']), correlationId: r.uuid(), conditionalAccessStatus: 'notApplied', isInteractive: true, riskDetail: 'none', riskLevelAggregated: 'none', status: { errorCode: code, failureReason: reason, additionalDetails: 'The user didn\u2019t enter the right credentials.' }, deviceDetail: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 124.0.0' }, location: { city: p.city, state: '', countryOrRegion: p.country, geoCoordinates: { latitude: r.int(-50, 60) + r.next(), longitude: r.int(-100, 140) + r.next() } } };
  const graph = c.cred(jwt(r, { aud: '00000003-0000-0000-c000-000000000000', iss: `https://sts.windows.net/${r.uuid()}/`, iat: t, nbf: t, exp: t + 3599, app_displayname: 'SIEM Connector', appid: r.uuid(), idtyp: 'app', roles: ['AuditLog.Read.All', 'Directory.Read.All'], tid: r.uuid(), ver: '1.0' }, 'RS256', r.b64url(27)), 'access-token');
  if (r.chance(0.5)) return `GET https://graph.microsoft.com/v1.0/auditLogs/signIns?$filter=status/errorCode ne 0 (Authorization: Bearer ${graph})\n${JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns', value: [rec] })}`;
  return JSON.stringify({ records: [{ time: iso(t), resourceId: `/tenants/${r.uuid()}/providers/Microsoft.aadiam`, operationName: 'Sign-in activity', category: 'SignInLogs', resultType: String(code), resultSignature: 'None', resultDescription: reason, durationMs: 0, callerIpAddress: rec.ipAddress, correlationId: rec.correlationId, identity: rec.userDisplayName, Level: 4, location: p.country, properties: rec }] }, null, 1) + `\neventhub consumer: Endpoint=sb://${r.lowerAlnum(10)}.servicebus.windows.net/;SharedAccessKeyName=siem-listen;SharedAccessKey=${c.cred(r.b64(43) + '=', 'azure-sas-key')};EntityPath=insights-logs-signinlogs`;
};

const msalPy = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const tenant = r.uuid();
  const cid = r.uuid();
  const sec = c.cred(T.azureSecret(r), 'azure-client-secret');
  const rt = c.cred(T.azureRefresh(r), 'refresh-token');
  const body = formBody([['client_id', cid], ['grant_type', 'refresh_token'], ['client_info', '1'], ['refresh_token', rt], ['scope', 'https://graph.microsoft.com/.default offline_access openid profile'], ['client_secret', sec]]);
  return [`DEBUG:urllib3.connectionpool:https://login.microsoftonline.com:443 "POST /${tenant}/oauth2/v2.0/token HTTP/1.1" 400 ${r.int(400, 900)}`, `DEBUG:msal.token_cache:event=${pyDict({ client_id: cid, data: { claims: null, scope: ['https://graph.microsoft.com/.default'] }, environment: 'login.microsoftonline.com', grant_type: 'refresh_token', params: null, response: { error: 'invalid_grant', error_codes: [70000], suberror: 'bad_token' }, scope: ['https://graph.microsoft.com/.default'], token_endpoint: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`, username: c.pii(p.email, 'email') })}`, `DEBUG:msal.oauth2cli.oauth2:Request body: ${body}`, `ERROR:${org.slug}_graph_sync:acquire_token_by_refresh_token failed for ${p.email}: AADSTS70000: The provided grant has expired due to it being revoked. Trace ID: ${r.uuid()}`].join('\n');
};

const msalNode = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const tid = r.uuid();
  const idt = c.cred(jwt(r, { aud: r.uuid(), iss: `https://login.microsoftonline.com/${tid}/v2.0`, iat: t, nbf: t, exp: t + 3600, name: p.full, oid: r.uuid(), preferred_username: p.email, rh: `0.A${r.b64url(40)}.`, sub: r.b64url(43), tid, uti: r.b64url(22), ver: '2.0' }, 'RS256', r.b64url(27)), 'id-token');
  const cfg = { auth: { clientId: r.uuid(), authority: `https://login.microsoftonline.com/${tid}`, clientSecret: c.cred(T.azureSecret(r), 'azure-client-secret') }, system: { loggerOptions: { logLevel: 3, piiLoggingEnabled: true } } };
  return [`[${new Date(t * 1000).toUTCString()}] : [${r.uuid()}] : @azure/msal-node@2.9.2 : Verbose - ConfidentialClientApplication config: ${JSON.stringify(cfg)}`, `[${new Date(t * 1000).toUTCString()}] : [${r.uuid()}] : @azure/msal-common@14.10.0 : Info - CacheManager:getIdToken - Returning id token for ${c.pii(p.email, 'email')}`, `[${new Date(t * 1000).toUTCString()}] : @azure/msal-common@14.10.0 : VerbosePii - idToken: ${idt}`, `ClientAuthError: token_refresh_required`].join('\n');
};

const azIdentity = (c: Case86): string => {
  const { r, org } = kit(c);
  const sec = c.cred(T.azureSecret(r), 'azure-client-secret');
  const k = r.pick(['AZURE_CLIENT_SECRET', 'azure.client-secret', 'AzureAd__ClientSecret', 'spring.cloud.azure.credential.client-secret']);
  return [`azure.identity._internal.get_token_mixin WARNING ClientSecretCredential.get_token failed: Authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${r.uuid()}'.`, `Trace ID: ${r.uuid()} Correlation ID: ${r.uuid()} Timestamp: ${iso(1714521600 + r.int(0, 5e6), false).replace('T', ' ').replace('Z', 'Z')}`, `effective config: AZURE_TENANT_ID=${r.uuid()} AZURE_CLIENT_ID=${r.uuid()} ${k}=${sec}`, `  (loaded from /etc/${org.slug}/identity.env, ${pwKey(r)} for svc_graph=${c.cred(password(r), 'password')})`].join('\n');
};

export const KC_ENTRA_SOURCES: readonly Source86[] = [
  { name: 'keycloak-admin', formats: [kcAdminEvent, kcadm] },
  { name: 'keycloak-server', formats: [kcLoginError, kcadm, kcAdminEvent] },
  { name: 'entra-signin', formats: [entraSignIn, azIdentity] },
  { name: 'msal', formats: [msalPy, msalNode, azIdentity] },
];
