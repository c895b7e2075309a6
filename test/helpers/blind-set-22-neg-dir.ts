import { createHash } from 'node:crypto';
import { B64 } from './blind-set-9-rng';
import { iso22, neg, type NegCase22, type Rng22 } from './blind-set-22-types';

const base = (r: Rng22) => r.pick(['dc=corp,dc=brightlake,dc=io', 'dc=ad,dc=northwind-health,dc=com', 'o=kestrel,c=de']);
const ssha = (r: Rng22) => `{SSHA}${Buffer.concat([createHash('sha1').update(r.hex(12)).digest(), r.bytes(8)]).toString('base64')}`;
const bcrypt = (r: Rng22) => `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '12'])}$${r.chars(B64.replace('+', '.'), 53)}`;
const testUser = (r: Rng22) => `${r.pick(['qa.user', 'test.admin', 'jdoe', 'alice', 'load-test-' + r.int(1, 99)])}@example.${r.pick(['com', 'org', 'net'])}`;

/** Identity-system look-alikes: IdP events without personal data, salted hashes, directory metadata, masked HR fields. */
export const negDirCases: Record<string, NegCase22> = {
  'okta-event-testuser': (r, id) =>
    neg(
      id,
      `[Okta System Log] ${JSON.stringify({ uuid: r.uuid(), published: iso22(r), eventType: 'user.session.start', actor: { id: `00u${r.b62(17)}`, type: 'User', alternateId: testUser(r) }, outcome: { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' }, transaction: { id: r.b62(27) }, authenticationContext: { externalSessionId: r.b62(25) } })}`,
    ),
  'okta-token-list': (r, id) =>
    neg(
      id,
      `GET /api/v1/api-tokens -> [${JSON.stringify({ id: `00T${r.b62(17)}`, name: 'terraform-ci', userId: `00u${r.b62(17)}`, clientName: 'Okta API', created: iso22(r), lastUpdated: iso22(r), expiresAt: iso22(r), tokenWindow: 'P30D' })}] (token values are never returned)`,
    ),
  'auth0-success-log': (r, id) =>
    neg(
      id,
      JSON.stringify({
        log_id: `900${r.digits(50)}`,
        data: {
          date: iso22(r),
          type: 's',
          description: 'Successful login',
          connection: 'Username-Password-Authentication',
          client_id: r.b62(32),
          client_name: 'Staging Portal',
          user_id: `auth0|${r.hex(24)}`,
          user_name: testUser(r),
          hostname: `tenant-${r.int(1, 9)}.eu.auth0.com`,
        },
      }),
    ),
  'entra-signin-ids': (r, id) =>
    neg(
      id,
      `SigninLogs | where ResultType == 50126 -> ${r.int(2, 90)} rows; sample: {"id":"${r.uuid()}","appId":"${r.uuid()}","resourceId":"${r.uuid()}","userId":"${r.uuid()}","tenantId":"${r.uuid()}","correlationId":"${r.uuid()}","status":{"errorCode":50126,"failureReason":"Invalid username or password or Invalid on-premise username or password."}}`,
    ),
  'entra-password-hint': (r, id) =>
    neg(
      id,
      `GET /applications/${r.uuid()} passwordCredentials=${JSON.stringify([{ customKeyIdentifier: null, displayName: 'ci-rotation', endDateTime: iso22(r), hint: r.b62(3), keyId: r.uuid(), secretText: null, startDateTime: iso22(r) }])}`,
    ),
  'keycloak-login-error': (r, id) =>
    neg(
      id,
      `${iso22(r)} WARN [org.keycloak.events] type=LOGIN_ERROR, realmId=corp, clientId=portal, userId=null, ipAddress=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}, error=user_not_found, auth_method=openid-connect, redirect_uri=https://portal.internal/callback, code_id=${r.uuid()}, username=${testUser(r)}`,
    ),
  'keycloak-hashed-credential': (r, id) =>
    neg(
      id,
      `realm export (users): "credentials":[{"id":"${r.uuid()}","type":"password","createdDate":${r.int(1700000000, 1790000000)}000,"secretData":"{\\"value\\":\\"${r.b64(64)}\\",\\"salt\\":\\"${r.b64(16)}\\",\\"additionalParameters\\":{}}","credentialData":"{\\"hashIterations\\":${r.pick([27500, 210000])},\\"algorithm\\":\\"pbkdf2-sha${r.pick([256, 512])}\\"}"}]`,
    ),
  'ldif-ssha': (r, id) =>
    neg(id, `dn: uid=svc-test,ou=service,${base(r)}\nobjectClass: account\nobjectClass: simpleSecurityObject\nuid: svc-test\nuserPassword: ${ssha(r)}\ndescription: rotated ${iso22(r).slice(0, 10)}`),
  'ldif-ssha-b64': (r, id) =>
    neg(
      id,
      `# exported with slapcat, hashes only\ndn: cn=replicator,${base(r)}\ncn: replicator\nuserPassword:: ${Buffer.from(ssha(r)).toString('base64')}\nentryUUID: ${r.uuid()}\nmodifyTimestamp: ${iso22(r).replace(/[-:T]/g, '').slice(0, 14)}Z`,
    ),
  'bcrypt-row': (r, id) =>
    neg(id, `pg_dump excerpt (staging seed data):\nCOPY public.users (id, email, encrypted_password, created_at) FROM stdin;\n${r.int(1, 999)}\t${testUser(r)}\t${bcrypt(r)}\t${iso22(r)}\n\\.`),
  'ldap-bind-prompted': (r, id) =>
    neg(
      id,
      `$ ldapsearch -x -H ldaps://ldap.internal -D "cn=svc-wiki,ou=service,${base(r)}" ${r.pick(['-W', '-y /run/secrets/ldap_pw'])} -b "${base(r)}" "(memberOf=cn=vpn-users,ou=groups,${base(r)})" dn\nldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)`,
    ),
  'ad-groups-sids': (r, id) =>
    neg(
      id,
      `Get-ADGroupMember "Domain Admins" | ft Name,SID,ObjectGUID\nName              SID                                            ObjectGUID\n----              ---                                            ----------\nsvc-backup        S-1-5-21-${r.digits(10)}-${r.digits(10)}-${r.digits(9)}-${r.int(1100, 9999)}  ${r.uuid()}\nAdministrator     S-1-5-21-${r.digits(10)}-${r.digits(10)}-${r.digits(9)}-500   ${r.uuid()}`,
    ),
  'krb5-trace': (r, id) => {
    const realm = r.pick(['CORP.BRIGHTLAKE.IO', 'AD.NORTHWIND-HEALTH.COM']);
    return neg(
      id,
      `[${r.int(1000, 99999)}] ${r.int(1700000000, 1790000000)}.${r.digits(6)}: Getting initial credentials for svc-etl@${realm}\n[${r.int(1000, 99999)}] Looked up etypes in keytab: aes256-cts, aes128-cts\n[${r.int(1000, 99999)}] AS key obtained from gak_fct: aes256-cts/${r.hex(4).toUpperCase()}\n[${r.int(1000, 99999)}] Decrypted AS reply; session key is: aes256-cts/${r.hex(4).toUpperCase()}\n[${r.int(1000, 99999)}] FAST negotiation: unavailable`,
    );
  },
  'klist-tickets': (r, id) =>
    neg(
      id,
      `$ klist\nTicket cache: KCM:${r.int(1000, 60000)}:${r.int(10000, 99999)}\nDefault principal: svc-etl@HADOOP.KESTREL.DE\n\nValid starting       Expires              Service principal\n${iso22(r).slice(0, 19)}  ${iso22(r).slice(0, 19)}  krbtgt/HADOOP.KESTREL.DE@HADOOP.KESTREL.DE\n\trenew until ${iso22(r).slice(0, 19)}`,
    ),
  'scim-list-testusers': (r, id) =>
    neg(
      id,
      `GET /scim/v2/Users?filter=userName%20sw%20%22qa%22 -> ${JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 2, Resources: [0, 1].map(() => ({ id: r.uuid(), userName: testUser(r), active: false, meta: { resourceType: 'User', created: iso22(r), version: `W/"${r.hex(8)}"` } })) })}`,
    ),
  'scim-schema-password': (r, id) =>
    neg(
      id,
      `GET /scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User (etag ${r.hex(12)}) attributes[11]=${JSON.stringify({ name: 'password', type: 'string', multiValued: false, required: false, caseExact: false, mutability: 'writeOnly', returned: 'never', uniqueness: 'none' })}`,
    ),
  'hr-masked': (r, id) =>
    neg(
      id,
      `${iso22(r)} INFO payroll-sync: employee ${r.uuid()} bank details verified (iban=${r.pick(['DE', 'NL', 'GB'])}** **** **** **** ${r.digits(2)}${r.digits(2)}, routing=*****${r.digits(4)}, account=XXXXXX${r.digits(4)}, ssn=***-**-${r.digits(4)})`,
    ),
  'branding-address': (r, id) =>
    neg(
      id,
      `Okta org branding updated by admin: {"companyName":"${r.pick(['Brightlake Inc.', 'Northwind Health plc', 'Kestrel Logistics GmbH'])}","footer":"Registered office: ${r.pick(['500 Howard Street, San Francisco, CA 94105', '1 Canada Square, London E14 5AB', 'Friedrichstrasse 68, 10117 Berlin'])}","supportUrl":"https://support.${r.pick(['brightlake.io', 'northwind-health.com'])}/sso","theme":"${r.hex(6)}"}`,
    ),
  'group-membership': (r, id) =>
    neg(
      id,
      `${iso22(r)} INFO group-push: synced ${r.int(2, 400)} members of ["eng-platform","vpn-users","okta-admins-${r.pick(['eu', 'us'])}","aws-prod-readonly"] to app 0oa${r.b62(17)} (job ${r.uuid()}, ${r.int(1, 60)}s)`,
    ),
  'employee-directory-stats': (r, id) =>
    neg(
      id,
      `Workday integration "Worker_Sync_to_Okta" finished: ${r.int(100, 9000)} workers read, ${r.int(0, 40)} created, ${r.int(0, 90)} updated, ${r.int(0, 9)} failed (see event ${r.uuid()}); run at ${iso22(r)}; next run in 4h`,
    ),
};
