import { j64, jp64, type Ctx64, type Tpl64 } from './blind-set-64-values';

function scimUser(c: Ctx64, withAddr: boolean): Record<string, unknown> {
  const n = c.nameRaw();
  const email = c.emailOf(n);
  const a = withAddr ? c.quiet(() => c.addr()) : null;
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    userName: email,
    name: { givenName: n.given, familyName: n.family, formatted: n.full },
    displayName: n.full,
    emails: [{ primary: true, value: email, type: 'work' }],
    phoneNumbers: [{ value: c.phone(), type: 'mobile' }],
    ...(a ? { addresses: [{ type: 'home', streetAddress: a.street, locality: a.city, region: a.region, postalCode: a.postal, country: a.country, primary: true }] } : {}),
    active: true,
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: c.empNo(), department: 'Operations', costCenter: 'CC-' + c.int(1000, 9999) },
  };
}

/** SCIM 2.0 provisioning requests and responses; SAML assertions and SP/IdP configs. */
export const SCIM_SAML_64: readonly Tpl64[] = [
  {
    src: 'scim',
    t: 'create-409',
    make: (c) => {
      const body = scimUser(c, true);
      return `POST /scim/v2/Users HTTP/1.1
Host: api.${c.domain()}
Authorization: Bearer ${c.opaque('scim_bearer_token', 48)}
User-Agent: Okta SCIM Client 1.0.0
Content-Type: application/scim+json; charset=utf-8

${jp64(body)}

HTTP/1.1 409 Conflict
{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"User already exists in the database.","status":409,"scimType":"uniqueness"}`;
    },
  },
  {
    src: 'scim',
    t: 'patch-password',
    make: (c) => {
      const patch = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { password: c.pw() } }, { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: c.phone('intl') }] };
      return `[scim-gateway] 2026-02-03T10:11:12.417Z ERROR PATCH /scim/v2/Users/${c.uuid()} -> 500 TypeError: Cannot read properties of undefined (reading 'type')
  headers: {"authorization":"Bearer ${c.opaque('scim_bearer_token', 32)}","content-type":"application/scim+json"}
  body: ${j64(patch)}`;
    },
  },
  {
    src: 'scim',
    t: 'github-emu',
    make: (c) => {
      const n = c.name();
      const email = c.emailOf(n);
      const body = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], externalId: c.uuid(), userName: email.split('@')[0] + '_acme', name: { givenName: n.given, familyName: n.family, formatted: n.full }, emails: [{ value: email, type: 'work', primary: true }], roles: [{ value: 'user', primary: false }] };
      return `curl -sS -X POST https://api.github.com/scim/v2/enterprises/${c.tenant()}-emu/Users -H "Authorization: Bearer ${c.ghp()}" -H "Accept: application/scim+json" -d '${j64(body)}'
{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":"invalidValue","detail":"userName must be unique"}`;
    },
  },
  {
    src: 'scim',
    t: 'slack-scim',
    make: (c) => {
      const body = scimUser(c, false);
      return `2026-02-03 10:11:12.417 ERROR [slack-provisioner] SCIM create failed: 400 {"Errors":{"description":"invalid_authentication","code":400}}
> POST https://api.slack.com/scim/v2/Users
> Authorization: Bearer ${c.slack()}
> ${j64(body)}`;
    },
  },
  {
    src: 'scim',
    t: 'list-response',
    make: (c) => {
      const res = { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, itemsPerPage: 1, startIndex: 1, Resources: [scimUser(c, true)].map((u) => ({ id: c.uuid(), ...u, meta: { resourceType: 'User', created: c.ts(), location: `https://scim.${c.domain()}/v2/Users/${c.uuid()}` } })) };
      return `GET /scim/v2/Users?filter=active+eq+true&startIndex=1&count=1 200 (snapshot kept for reconcile diff; auth Bearer ${c.opaque('scim_bearer_token', 40)})\n${j64(res)}`;
    },
  },
  {
    src: 'scim',
    t: 'payroll-extension',
    make: (c) => {
      const body = { ...scimUser(c, false), 'urn:ietf:params:scim:schemas:extension:kestrel:2.0:Payroll': { taxId: c.ssn(), birthDate: c.dob(), bankRoutingNumber: c.routing(), bankAccountNumber: c.acct(), accountType: 'checking' } };
      return `2026-02-03T10:11:12.417Z WARN scim.schema unknown attribute in extension urn:ietf:params:scim:schemas:extension:kestrel:2.0:Payroll, rejecting request
request: ${j64(body)}`;
    },
  },
  {
    src: 'scim',
    t: 'group-patch',
    make: (c) => {
      const members = [0, 1, 2].map(() => ({ value: c.uuid(), display: c.nameRaw().full }));
      return `Entra ID provisioning -> SCIM endpoint https://scim.${c.domain()}/scim/v2 (secret token: ${c.opaque('scim_bearer_token', 40)})
PATCH /scim/v2/Groups/${c.uuid()}  ${j64({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Add', path: 'members', value: members }] })}
<- 404 {"detail":"Resource ${c.uuid()} not found","status":404}`;
    },
  },
  {
    src: 'scim',
    t: 'django-scim-trace',
    make: (c) => {
      const n = c.name();
      const body = j64({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: c.emailOf(n), displayName: n.full, password: c.pw(), active: true });
      return `ERROR 2026-02-03 10:11:12,417 django.request Internal Server Error: /scim/v2/Users
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/django_scim/views.py", line 385, in post
    obj = self.model_cls_getter()(**scim_data)
TypeError: User() got unexpected keyword arguments: 'password'
request.body = b'${body}'`;
    },
  },
  {
    src: 'scim',
    t: 'atlassian-bearer',
    make: (c) => {
      const u = scimUser(c, false);
      return `WARN  atlassian-scim-sync  retrying (3/5) POST https://api.atlassian.com/scim/directory/${c.uuid()}/Users status=429
  curl equivalent: curl -X POST -H 'Authorization: Bearer ${c.b62Key('api_key', 64)}' -H 'Content-Type: application/json' --data '${j64(u)}'`;
    },
  },
  {
    src: 'saml',
    t: 'decoded-response',
    make: (c) => {
      const n = c.name();
      const email = c.emailOf(n);
      return `DEBUG o.s.s.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider - Decoded SAMLResponse:
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${c.hex(32)}" Version="2.0" IssueInstant="2026-02-03T10:11:12Z" Destination="https://benefits.${c.domain()}/saml/acs">
  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">http://www.okta.com/exk${c.r.b62(17)}</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${c.hex(32)}" Version="2.0">
    <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${email}</saml:NameID></saml:Subject>
    <saml:AttributeStatement>
      <saml:Attribute Name="displayName"><saml:AttributeValue>${n.full}</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="mobilePhone"><saml:AttributeValue>${c.quiet(() => c.phone())}</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="employeeNumber"><saml:AttributeValue>${c.empNo()}</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
  </saml:Assertion>
</samlp:Response>
ERROR Invalid assertion [_${c.hex(32)}]: Audience restriction does not match https://benefits.${c.domain()}/saml/metadata`;
    },
  },
  {
    src: 'saml',
    t: 'python3-saml-settings',
    make: (c) => {
      const settings = { strict: true, debug: true, sp: { entityId: `https://app.${c.domain()}/saml/metadata`, assertionConsumerService: { url: `https://app.${c.domain()}/saml/acs`, binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST' }, x509cert: '', privateKey: c.keyB64('pkcs8') }, idp: { entityId: `https://sts.windows.net/${c.uuid()}/`, singleSignOnService: { url: `https://login.microsoftonline.com/${c.uuid()}/saml2` } } };
      return `onelogin.saml2.errors.OneLogin_Saml2_Error: Invalid dict settings: sp_cert_not_found_and_required
settings loaded from SAML_SETTINGS_JSON: ${j64(settings)}`;
    },
  },
  {
    src: 'saml',
    t: 'benefits-attributes',
    make: (c) => {
      const n = c.nameRaw();
      return `2026-02-03 10:11:12,417 ERROR [shibboleth.SSO.SAML2] SAML assertion from https://idp.${c.domain()}/saml2 rejected: NotOnOrAfter 2026-02-03T10:06:12Z has passed (clock skew 300s)
  NameID: ${c.emailOf(n)}
  attributes:
    urn:oid:2.16.840.1.113730.3.1.241 (displayName) = ${n.full}
    urn:mace:benefits:ssn = ${c.ssn(c.r.next() < 0.5)}
    urn:mace:benefits:dateOfBirth = ${c.dob('us')}
    urn:mace:benefits:homeAddress = ${c.quiet(() => c.addr()).street}`;
    },
  },
  {
    src: 'saml',
    t: 'adfs-event',
    make: (c) => {
      const n = c.nameRaw();
      return `Log Name: AD FS/Admin  Source: AD FS  Event ID: 364  Level: Error
Encountered error during federation passive request.
Additional Data
Protocol Name: Saml
Relying Party: https://payroll.${c.domain()}/sso
Exception details: Microsoft.IdentityServer.AuthenticationFailedException: ${c.emailOf(n)}-The user name or password is incorrect
Client IP: ${c.ip()}
Activity ID: ${c.uuid()}`;
    },
  },
  {
    src: 'saml',
    t: 'keycloak-idp-config',
    make: (c) => {
      const cfg = { alias: 'partner-saml', providerId: 'saml', config: { singleSignOnServiceUrl: `https://idp.${c.domain()}/sso`, wantAssertionsSigned: 'true', signingCertificate: 'MIIC' + c.r.b64(60), principalType: 'SUBJECT', wantAssertionsEncrypted: 'true', encryptionPrivateKey: c.keyB64('pkcs1') } };
      return `PUT /admin/realms/partners/identity-provider/instances/partner-saml -> 400 {"errorMessage":"Invalid encryption key"}\npayload: ${j64(cfg)}`;
    },
  },
];
