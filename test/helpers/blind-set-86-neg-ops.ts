import { iso, isoMs, ORGS } from './blind-set-86-kit';
import type { Rng86 } from './blind-set-86-rng';
import type { NegSource86 } from './blind-set-86-types';

/** Blind set 86 negatives: operations text without secrets or people: system events, SIDs and GUIDs, service DNs, masked dumps, placeholders, references, prose. */

const org = (r: Rng86) => r.pick(ORGS);
const ts = (r: Rng86): number => 1714521600 + r.int(0, 90 * 86400);
const docIp = (r: Rng86): string => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
const privIp = (r: Rng86): string => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);
const sid = (r: Rng86): string => `S-1-5-21-${r.num(10)}-${r.num(10)}-${r.num(10)}-${r.int(500, 9000)}`;

const oktaSystem = (r: Rng86): string => {
  const o = org(r);
  return JSON.stringify({ actor: { id: `0oa${r.alnum(17)}`, type: 'PublicClientApp', alternateId: `${o.slug}-scim-connector`, displayName: 'SCIM Connector' }, client: { ipAddress: docIp(r), userAgent: { rawUserAgent: 'okta-sdk-java/8.2.5 jdk/17.0.10' }, zone: 'null' }, displayMessage: 'OAuth2 client credentials token request', eventType: 'app.oauth2.as.token.grant.access_token', outcome: { result: 'FAILURE', reason: 'invalid_client' }, published: isoMs(ts(r), r), severity: 'WARN', debugContext: { debugData: { requestId: r.alnum(27), requestUri: '/oauth2/default/v1/token', grantType: 'client_credentials', dtHash: r.hex(64), clientAuthType: 'client_secret_basic' } }, transaction: { type: 'WEB', id: r.alnum(27) }, uuid: r.uuid(), version: '0', target: [{ id: `aus${r.alnum(17)}`, type: 'AuthorizationServer', alternateId: 'default', displayName: 'default' }] });
};

const auth0System = (r: Rng86): string =>
  JSON.stringify({ log_id: `900${r.digits(53)}`, data: { date: isoMs(ts(r), r), type: r.pick(['sapi', 'seccft', 'feccft', 'api_limit']), description: r.pick(['Update a client', 'Client Credentials for Access Token', 'Unauthorized']), client_id: r.alnum(32), client_name: 'Terraform provider', ip: docIp(r), user_agent: 'Go-http-client/2.0', details: { request: { method: 'patch', path: `/api/v2/clients/${r.alnum(32)}`, body: { client_secret: '[REDACTED]', callbacks: [`https://app.${org(r).domain}/callback`] } }, response: { statusCode: 200 } }, hostname: `${org(r).slug}.eu.auth0.com`, audience: `https://${org(r).slug}.eu.auth0.com/api/v2/`, scope: 'update:clients', log_id: `900${r.digits(53)}` } });

const winMachine = (r: Rng86): string => {
  const o = org(r);
  const host = `WS-${r.upperAlnum(6)}`;
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4624</EventID><TimeCreated SystemTime='${iso(ts(r))}'/><EventRecordID>${r.int(1e6, 9e8)}</EventRecordID><Computer>${host}.${o.domain}</Computer></System><EventData><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>${host}$</Data><Data Name='SubjectDomainName'>${o.netbios}</Data><Data Name='TargetUserSid'>S-1-5-18</Data><Data Name='TargetUserName'>SYSTEM</Data><Data Name='TargetDomainName'>NT AUTHORITY</Data><Data Name='TargetLogonId'>0x3e7</Data><Data Name='LogonType'>5</Data><Data Name='LogonGuid'>{${r.uuid().toUpperCase()}}</Data><Data Name='ProcessName'>C:\\Windows\\System32\\services.exe</Data><Data Name='IpAddress'>-</Data><Data Name='IpPort'>-</Data><Data Name='ObjectGuid'>{${r.uuid()}}</Data><Data Name='GroupSid'>${sid(r)}</Data></EventData></Event>`;
};

const serviceDns = (r: Rng86): string => {
  const o = org(r);
  return [`dn: cn=svc-okta-agent,ou=services,${o.base}`, 'objectClass: applicationProcess', 'objectClass: simpleSecurityObject', `description: Okta AD agent service account (password in CyberArk safe IAM-ServiceAccounts)`, `memberOf: cn=directory-readers,ou=groups,${o.base}`, `objectGUID:: ${Buffer.from(r.hex(32), 'hex').toString('base64')}`, `objectSid: ${sid(r)}`, `pwdLastSet: ${r.num(18)}`, '', `dn: cn=VPN-Users,ou=groups,${o.base}`, `member: cn=svc-radius,ou=services,${o.base}`, `member: cn=svc-scim,ou=services,${o.base}`, '', '# numEntries: 2'].join('\n');
};

const masked = (r: Rng86): string => {
  const o = org(r);
  return r.pick([
    () => `${iso(ts(r))} WARN okta-client 401 {"authorization":"SSWS ****${r.alnum(4)}","x-okta-request-id":"${r.alnum(27)}"}`,
    () => `config: { clientId: '0oa${r.alnum(17)}', clientSecret: '********', issuer: 'https://${o.slug}.okta.com/oauth2/default' }`,
    () => `vault token: hvs.****************************  accessor: ${r.alnum(24)}`,
    () => `AZURE_CLIENT_SECRET=<redacted> AZURE_TENANT_ID=${r.uuid()} AZURE_CLIENT_ID=${r.uuid()}`,
    () => `grant_type=password&username=[FILTERED]&password=[FILTERED]&client_id=legacy-cli&client_secret=[FILTERED]`,
    () => `User-Password = "xxxxxxxx" (hidden by radiusd: log_auth_badpass = no)`,
    () => `{"userName":"[redacted]","emails":"[redacted]","password":"***","phoneNumbers":"[redacted]"}`,
    () => `duo: ikey=DI${'X'.repeat(18)} skey=${'*'.repeat(40)} host=api-${r.hex(8)}.duosecurity.com`,
  ])();
};

const placeholders = (r: Rng86): string =>
  r.pick([
    () => `# .env.example\nOKTA_ORG_URL=https://{yourOktaDomain}\nOKTA_API_TOKEN=\${OKTA_TOKEN}\nAUTH0_CLIENT_SECRET=your-client-secret\nAZURE_CLIENT_SECRET=<client-secret>\nGOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx\nVAULT_TOKEN=\${VAULT_TOKEN}\nLDAP_BIND_PASSWORD=changeme`,
    () => `helm upgrade keycloak bitnami/keycloak --set auth.adminUser=admin --set auth.existingSecret=keycloak-admin --set auth.passwordSecretKey=admin-password --set postgresql.auth.existingSecret=kc-db`,
    () => `curl -H "Authorization: SSWS \${OKTA_API_TOKEN}" "https://\${OKTA_DOMAIN}/api/v1/users?limit=25"`,
    () => `clientSecret: {{ .Values.oidc.clientSecret | quote }}\nbindPassword: "{{ vault \\"secret/data/ldap\\" \\"password\\" }}"\nscimToken: ""`,
    () => `export DOPPLER_TOKEN="dp.st.prd.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"  # replace with your service token`,
  ])();

const refs = (r: Rng86): string => {
  const o = org(r);
  return [`secretRef: arn:aws:secretsmanager:eu-west-1:${r.num(12)}:secret:prod/identity/okta-api-${r.alnum(6)}`, `ldap.password: vault:secret/data/${o.slug}/ldap#password`, `duo.skey: op://Identity/Duo Admin API/secret key`, `scim.token: \${ssm:/prod/${o.slug}/scim/token}`, `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }\n  data:\n  - secretKey: AUTH0_CLIENT_SECRET\n    remoteRef: { key: ${o.slug}/auth0, property: client_secret }`].join('\n');
};

const fingerprints = (r: Rng86): string => {
  const o = org(r);
  return [`subject=CN=sso.${o.domain}`, `issuer=C=US, O=Let's Encrypt, CN=R11`, `serial=${r.hex(36).toUpperCase()}`, `SHA256 Fingerprint=${Array.from({ length: 32 }, () => r.hex(2).toUpperCase()).join(':')}`, `sha1 thumbprint: ${r.hex(40).toUpperCase()}`, `ssh host key: 256 SHA256:${r.b64(43)} root@bastion (ED25519)`, `gpg: Signature made ${new Date(ts(r) * 1000).toUTCString()} using RSA key ${r.hex(40).toUpperCase()}`, `notAfter=Aug ${r.int(10, 28)} 23:59:59 2025 GMT`].join('\n');
};

const prose = (r: Rng86): string =>
  r.pick([
    'Passwords must be at least 14 characters and may not reuse any of the last 24 passwords. Service account passwords are rotated every 90 days by CyberArk CPM.',
    'Runbook: if the Okta API token expires, create a new token under Security > API > Tokens as the scim-admin service user and store it in Vault at secret/identity/okta. Never paste tokens into Slack.',
    'The refresh token is rotated on every use; a reused refresh token revokes the whole token family (see RFC 6819 section 5.2.2.3).',
    'Reminder: client secrets for Entra app registrations expire after 180 days. Rotate before expiry and update the Key Vault reference; do not extend.',
    'Kennwortrichtlinie: mindestens 12 Zeichen, Groß- und Kleinbuchstaben, Ziffern. Das Passwort niemals per E-Mail versenden.',
    'Rappel : ne communiquez jamais votre mot de passe ni vos codes de récupération, même au support informatique.',
    'パスワードは他人と共有しないでください。初期パスワードは初回ログイン時に変更が必要です。',
    'Никогда не сообщайте свой пароль и одноразовые коды третьим лицам.',
  ]) + `\n— IT Security, ${org(r).name} (security@${org(r).domain})`;

const roleMail = (r: Rng86): string => {
  const o = org(r);
  return `From: ${o.name} IT <no-reply@${o.domain}>\nTo: it-helpdesk@${o.domain}\nCc: security@${o.domain}, iam-team@${o.domain}\nSubject: [Okta] Weekly inactive-account report\n\n${r.int(3, 90)} accounts inactive > 90 days were suspended by policy "Inactive-90". Report: https://${o.slug}.okta.com/reports/${r.alnum(20)}\nQuestions: identity-support@${o.domain} · Status: https://status.okta.com`;
};

const netLogs = (r: Rng86): string =>
  Array.from({ length: r.int(4, 7) }, () => `${iso(ts(r))} ${r.pick(['radiusd', 'slapd', 'nginx', 'keycloak'])}: ${r.pick(['Accounting-Stop', 'ACCEPT', 'connection reset', 'health check'])} from ${r.chance(0.5) ? docIp(r) : privIp(r)}:${r.int(1024, 65000)} nas=${privIp(r)} session=${r.hex(8)} Acct-Session-Time=${r.int(10, 90000)} host/ws-${r.int(100, 999)}.${org(r).domain}`).join('\n');

const versions = (r: Rng86): string =>
  [`keycloak ${r.int(22, 25)}.0.${r.int(0, 9)} (Quarkus ${r.int(3, 3)}.${r.int(2, 9)}.${r.int(0, 9)}) started in ${r.int(3, 30)}.${r.digits(3)}s`, `okta-ldap-agent 05.${r.int(10, 20)}.0${r.int(0, 9)} build ${r.hex(7)}`, `vault v1.${r.int(14, 17)}.${r.int(0, 6)} ('${r.hex(40)}'), built ${iso(ts(r), false)}`, `deps: @okta/okta-sdk-nodejs 7.0.1, auth0 4.3.1, @azure/msal-node 2.9.2, ldapjs 3.0.7, duo_client 5.3.0`, `uptime=${r.int(1, 9000)}s rss=${r.int(80, 400)}MB queue_depth=${r.int(0, 500)} trace_id=${r.hex(32)} span_id=${r.hex(16)}`].join('\n');

const ids = (r: Rng86): string =>
  [`request_id=${r.uuid()} okta_request_id=${r.alnum(27)} correlation_id=${r.uuid()}`, `user_id=00u${r.alnum(17)} group_id=00g${r.alnum(17)} app_id=0oa${r.alnum(17)} factor_id=${r.pick(['sms', 'ost', 'uft'])}${r.alnum(17)}`, `auth0 user_id=auth0|${r.hex(24)} connection_id=con_${r.alnum(16)} log_id=900${r.digits(53)}`, `objectId=${r.uuid()} tenantId=${r.uuid()} appId=${r.uuid()}`, `etag=W/"${r.hex(32)}" session_index=_${r.hex(40)}`].join('\n');

export const NEG_OPS: readonly NegSource86[] = [
  { name: 'neg-okta-system', formats: [oktaSystem] },
  { name: 'neg-auth0-system', formats: [auth0System] },
  { name: 'neg-win-machine', formats: [winMachine] },
  { name: 'neg-service-dn', formats: [serviceDns] },
  { name: 'neg-masked', formats: [masked] },
  { name: 'neg-placeholder', formats: [placeholders] },
  { name: 'neg-secret-ref', formats: [refs] },
  { name: 'neg-fingerprint', formats: [fingerprints] },
  { name: 'neg-prose', formats: [prose, roleMail] },
  { name: 'neg-net', formats: [netLogs] },
  { name: 'neg-version', formats: [versions, ids] },
];
