import type { PosTemplate27 } from './blind-set-27-types';
import { basic, ghToken, graphSecret, jwt, oktaToken, pem, slackUser, sshaB64 } from './blind-set-27-tokens';
import { handle, person } from './blind-set-27-values';

/** Blind set 27: identity and directory (Google Admin SDK, Microsoft Graph / Entra, Okta SCIM, JumpCloud, 1Password SCIM bridge, LDAP, vCard, on/offboarding jobs). */
export const IDENTITY27: PosTemplate27[] = [
  {
    source: 'google-workspace',
    name: 'google-directory-sa-json',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'IE'] as const));
      const key = pem(r, 'PRIVATE KEY', '\\n', 10);
      return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})
  during users.insert for primaryEmail=${handle(p)}@acme.example
  credentials_info = {"type": "service_account", "project_id": "acme-directory-sync", "private_key_id": "${r.hex(40)}", "private_key": "${b.c('pem~json', key)}\\n", "client_email": "directory-sync@acme-directory-sync.iam.gserviceaccount.com", "client_id": "1${r.digits(20)}"}
  cached token = ${b.c('google-token', 'ya29.' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 160))}
  body = {"name": {"givenName": "${p.first}", "familyName": "${p.last}"}, "recoveryEmail": "${b.p('email', p.email)}", "recoveryPhone": "${b.p('phone', p.phone.replace(/[ -]/g, ''))}", "password": "${b.c('password', r.password(14))}", "changePasswordAtNextLogin": true}`;
    },
  },
  {
    source: 'entra',
    name: 'graph-powershell-transcript',
    make: (r, b) => {
      const p = person(r, r.pick(['GB', 'DE', 'NL', 'SE'] as const));
      const tmp = r.password(12);
      return `**********************
PowerShell transcript start
Start time: 20261205${r.int(100000, 235959)}
Username: ACME\\svc-joiner
**********************
PS C:\\jobs> $secret = ConvertTo-SecureString '${b.c('graph-secret', graphSecret(r))}' -AsPlainText -Force
PS C:\\jobs> Connect-MgGraph -TenantId ${r.uuid()} -ClientSecretCredential (New-Object PSCredential('${r.uuid()}', $secret))
Welcome to Microsoft Graph!
PS C:\\jobs> New-MgUser -DisplayName '${p.name}' -UserPrincipalName '${handle(p)}@acme.example' -MobilePhone '${b.p('phone', p.phone)}' -OtherMails '${b.p('email', p.email)}' -PasswordProfile @{ Password = '${b.c('password', tmp)}'; ForceChangePasswordNextSignIn = $true } -EmployeeHireDate 2027-01-04
New-MgUser : Another object with the same value for property userPrincipalName already exists.
PS C:\\jobs> $exo = New-Object PSCredential('svc-joiner@acme.example', (ConvertTo-SecureString '${b.c('password', r.password(18))}' -AsPlainText -Force))
PS C:\\jobs> Connect-ExchangeOnline -Credential $exo -ShowBanner:$false
PS C:\\jobs> Set-MgUser -UserId ${r.uuid()} -EmployeeId E${r.int(10000, 99999)}`;
    },
  },
  {
    source: 'entra',
    name: 'teams-bot-app-config',
    make: (r, b) => {
      const tok = jwt(r, { aud: 'https://graph.microsoft.com', tid: r.uuid(), appid: r.uuid(), roles: ['User.ReadWrite.All'] });
      return `Microsoft.Bot.Connector.Authentication: failed to acquire token for MicrosoftAppId=${r.uuid()}
  appsettings.json: {"MicrosoftAppType":"SingleTenant","MicrosoftAppId":"${r.uuid()}","MicrosoftAppPassword":"${b.c('graph-secret', graphSecret(r))}","MicrosoftAppTenantId":"${r.uuid()}","ConnectionStrings":{"Hr":"Server=tcp:acme-hr.database.windows.net,1433;User ID=hrbot;Password=${b.c('password', r.password(18))};Encrypt=True"}}
  last Graph token: Bearer ${b.c('jwt', tok)}`;
    },
  },
  {
    source: 'okta',
    name: 'okta-scim-user-create',
    make: (r, b) => {
      const p = person(r, 'US');
      return `[scim-server] 2026-12-05T09:${r.int(10, 59)}:55Z POST /scim/v2/Users 409 uniqueness
[scim-server] inbound Authorization: Bearer ${b.c('scim-token', r.b62(40))}
[scim-server] outbound to Okta: Authorization: SSWS ${b.c('okta-token', oktaToken(r))}
{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"${handle(p)}@acme.example","name":{"givenName":"${p.first}","familyName":"${p.last}"},"emails":[{"value":"${handle(p)}@acme.example","type":"work","primary":true},{"value":"${b.p('email', p.email)}","type":"home"}],"phoneNumbers":[{"value":"${b.p('phone', p.phone)}","type":"mobile"}],"password":"${b.c('password~json', JSON.stringify(`${r.password(10)}${r.pick(['"', '\\'])}${r.b62(4)}`).slice(1, -1))}","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"${r.int(10000, 99999)}"}}`;
    },
  },
  {
    source: 'jumpcloud',
    name: 'jumpcloud-go-systemuser',
    make: (r, b) => {
      const p = person(r);
      return `2026/12/05 10:${r.int(10, 59)}:41 jumpcloud: PUT https://console.jumpcloud.com/api/systemusers/${r.hex(24)} -> 400 {"message":"Bad Request: invalid phoneNumbers"}
2026/12/05 10:${r.int(10, 59)}:41 jumpcloud: headers=map[Content-Type:[application/json] X-Api-Key:[${b.c('api-key', r.hex(40))}] X-Org-Id:[${r.hex(24)}]]
2026/12/05 10:${r.int(10, 59)}:41 jumpcloud: body={"username":"${handle(p)}","firstname":"${p.first}","lastname":"${p.last}","alternateEmail":"${b.p('email', p.email)}","phoneNumbers":[{"type":"mobile","number":"${b.p('phone', p.phone)}"}],"password":"${b.c('password', r.password(15))}"}
2026/12/05 10:${r.int(10, 59)}:42 jumpcloud: agent connect key ${b.c('api-key', r.hex(40))}`;
    },
  },
  {
    source: '1password',
    name: 'onepassword-scim-bridge',
    make: (r, b) => {
      const tok = jwt(r, { aud: ['com.1password.scimbridge'], sub: r.b62(26), iss: 'com.1password.b5' }, 'HS256');
      return `op-scim-bridge | ${r.int(10, 59)}:02.114 ERR provisioning failed for request from Okta: 401 token verification failed
op-scim-bridge | Authorization header received: Bearer ${b.c('jwt', tok)}
op-scim-bridge | scimsession (base64): ${b.c('scimsession', Buffer.from(JSON.stringify({ verifier: { salt: r.b64url(16), localHash: r.b64url(32) }, encCredentials: { kid: 'localauthv2keyset', enc: 'A256GCM', cty: 'b5+jwk+json', iv: r.b64url(12), data: r.b64url(120) }, version: '2.0' })).toString('base64'))}
op-scim-bridge | redis: redis://:${b.c('password', r.urlPassword(20))}@op-scim-redis:6379`;
    },
  },
  {
    source: 'ldap',
    name: 'ldif-export-ldapmodify',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'DE', 'FR'] as const));
      const bind = r.password(16);
      return `+ ldapmodify -x -H ldaps://ldap.corp.acme.example -D "cn=svc-hr-sync,ou=service,dc=acme,dc=example" -w '${b.c('password', bind)}' -f /tmp/joiners.ldif
ldap_modify: Constraint violation (19) additional info: employeeNumber already in use
# /tmp/joiners.ldif
dn: uid=${handle(p)},ou=people,dc=acme,dc=example
objectClass: inetOrgPerson
cn: ${p.name}
mail: ${handle(p)}@acme.example
homePhone: ${b.p('phone', p.phone)}
homePostalAddress: ${b.p('address', p.address.replace(/, /g, '$'))}
userPassword:: ${b.c('ldap-password~b64', sshaB64(r))}
employeeNumber: ${r.int(10000, 99999)}
# cn=config: olcRootPW: ${b.c('ldap-password', `{SSHA}${r.b64(24)}`)}`;
    },
  },
  {
    source: 'directory',
    name: 'vcard-export-folded',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'CA', 'AU'] as const));
      const addr = `;;${p.street};${p.city};;${p.postcode};${p.cc}`;
      const cut = Math.floor(addr.length / 2);
      const folded = `${addr.slice(0, cut)}\r\n ${addr.slice(cut)}`;
      const pw = r.password(14);
      return `[directory-export] vCard rejected by CardDAV server (412 Precondition Failed) for employee ${r.int(10000, 99999)}:
BEGIN:VCARD\r
VERSION:3.0\r
FN:${p.name}\r
TEL;TYPE=CELL:${b.p('phone', p.phone)}\r
ADR;TYPE=HOME:${b.p('address~fold', folded)}\r
END:VCARD\r
[directory-export] CardDAV creds: https://dav.acme.example user=hr-export password=${b.c('password', pw)}
[directory-export] request Authorization: Basic ${b.c('basic-auth', basic('hr-export', pw))}
[directory-export] X-Acme-Sync-Token: ${b.c('api-token', r.b62(40))}`;
    },
  },
  {
    source: 'onboarding',
    name: 'onboarding-k8s-job',
    make: (r, b) => {
      const p = person(r, r.pick(['IN', 'SG', 'AU', 'JP'] as const));
      return `onboarding-provision-${r.hex(5)}-${r.b62(5).toLowerCase()}  job  Error: provisioning step "laptop-order" failed
{"ts":"2026-12-05T14:${r.int(10, 59)}:01Z","step":"laptop-order","vendor":"cdw","shipTo":{"name":"${p.name}","street":"${b.p('address', p.street)}","postcode":"${p.postcode}","phone":"${b.p('phone', p.phone)}"},"env":{"CDW_API_KEY":"${b.c('api-key', r.b62(32))}","GOOGLE_ADMIN_TOKEN":"${b.c('bearer', `ya29.${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 150)}`)}","DD_API_KEY":"${b.c('datadog-key', r.hex(32))}"}}`;
    },
  },
  {
    source: 'offboarding',
    name: 'offboarding-github-actions',
    make: (r, b) => {
      const p = person(r);
      return `2026-12-05T15:${r.int(10, 59)}:12.0000000Z ##[group]Run ./scripts/offboard.sh --employee ${r.int(10000, 99999)}
2026-12-05T15:${r.int(10, 59)}:12.0000000Z + export OKTA_API_TOKEN=${b.c('okta-token', oktaToken(r))}
2026-12-05T15:${r.int(10, 59)}:12.0000000Z + export GH_ADMIN_TOKEN=${b.c('github-token', ghToken(r))}
2026-12-05T15:${r.int(10, 59)}:13.0000000Z + curl -s -H 'Authorization: SSWS ***' https://acme.okta.com/api/v1/users/00u${r.b62(17)}/lifecycle/deactivate
2026-12-05T15:${r.int(10, 59)}:14.0000000Z forwarding final payslip to personal address ${b.p('email', p.email)} / ${b.p('address', p.address)}
2026-12-05T15:${r.int(10, 59)}:14.0000000Z ##[error]Process completed with exit code 22.
2026-12-05T15:${r.int(10, 59)}:15.0000000Z + export SLACK_ADMIN_TOKEN=${b.c('slack-user', slackUser(r))}`;
    },
  },
];
