import { b64, formBody, pct, xml } from './blind-set-86-enc';
import { basic, iso, kit, payroll } from './blind-set-86-kit';
import { publicIp, type Person86 } from './blind-set-86-people';
import { jwt, password, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: SAML assertions (XML and base64 POST bodies), OIDC token endpoints, SCIM 2.0 provisioning. */

function attr(name: string, v: string, friendly?: string): string {
  return `<saml2:Attribute Name="${name}"${friendly ? ` FriendlyName="${friendly}"` : ''} NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml2:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">${xml(v)}</saml2:AttributeValue></saml2:Attribute>`;
}

const samlXml = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const id = `id${r.digits(20)}${r.int(100000, 999999)}`;
  const attrs = [attr('urn:oid:0.9.2342.19200300.100.1.3', c.pii(p.email, 'email'), 'mail'), attr('urn:oid:2.5.4.42', c.piiPart(p.given, 'person-name'), 'givenName'), attr('urn:oid:2.5.4.4', c.piiPart(p.family, 'person-name'), 'sn'), attr('urn:oid:2.16.840.1.113730.3.1.241', c.pii(p.full, 'person-name'), 'displayName'), attr('urn:oid:2.5.4.20', c.pii(p.phone, 'phone'), 'telephoneNumber')];
  if (r.chance(0.5)) attrs.push(attr('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/streetaddress', c.pii(p.street, 'address')));
  const nameId = c.pii(p.email, 'email');
  const xmlDoc = `<?xml version="1.0" encoding="UTF-8"?><saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" Destination="https://${org.slug}.zendesk.com/access/saml" ID="${id}" InResponseTo="_${r.hex(40)}" IssueInstant="${iso(t)}" Version="2.0"><saml2:Issuer xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion">http://www.okta.com/exk${r.alnum(17)}</saml2:Issuer><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="#${id}"><ds:DigestValue>${r.b64(43)}=</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>${r.b64(342)}==</ds:SignatureValue></ds:Signature><saml2p:Status><saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></saml2p:Status><saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id${r.digits(22)}" IssueInstant="${iso(t)}" Version="2.0"><saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${xml(nameId)}</saml2:NameID><saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml2:SubjectConfirmationData NotOnOrAfter="${iso(t + 300)}" Recipient="https://${org.slug}.zendesk.com/access/saml"/></saml2:SubjectConfirmation></saml2:Subject><saml2:AuthnStatement AuthnInstant="${iso(t - 2)}" SessionIndex="${id}"><saml2:AuthnContext><saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement><saml2:AttributeStatement>${attrs.join('')}</saml2:AttributeStatement></saml2:Assertion></saml2p:Response>`;
  const head = r.pick([`E, [${iso(t)} #${r.int(100, 9999)}] ERROR -- : ruby-saml: Current time is on or after NotOnOrAfter condition. Response:`, `ERROR:onelogin.saml2.auth:The response was received at https://app.${org.domain}/saml/acs instead of https://app.${org.domain}/sso/acs. SAML Response:`, `[passport-saml] validatePostResponse failed: Invalid signature. xml=`]);
  return `${head}\n${r.chance(0.5) ? xmlDoc : xmlDoc.replace(/></g, '>\n<')}`;
};

const samlPost = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const assertion = b64(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${r.hex(40)}" IssueInstant="${iso(t)}"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID>${xml(p.email)}</saml:NameID></saml:Subject><ds:SignatureValue>${r.b64(344)}</ds:SignatureValue></saml:Assertion></samlp:Response>`);
  const saml = c.cred(assertion, 'saml-response');
  const relay = `https://app.${org.domain}/dashboard`;
  const body = formBody([['SAMLResponse', saml], ['RelayState', relay]]);
  return [`${c.pii(publicIp(r), 'ip')} - - [${new Date(t * 1000).toUTCString()}] "POST /saml/acs HTTP/1.1" 500 ${r.int(100, 900)} "https://${org.slug}.okta.com/" "Mozilla/5.0"`, `express body-parser dump (acs 500): ${body}`, `user hint: ${c.pii(p.email, 'email')}`].join('\n');
};

const oidcTokenReq = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const cid = r.pick([r.uuid(), r.alnum(32), `${org.slug}-portal`]);
  const code = c.cred(r.pick([r.uuid() + '.' + r.uuid() + '.' + r.uuid(), r.b64url(43), `${r.alnum(24)}`]), 'oauth-code');
  const verifier = c.cred(r.b64url(r.int(43, 86)), 'pkce-verifier');
  const sec = c.cred(r.pick([T.kcSecret(r), T.auth0Secret(r), T.pingSecret(r)]), 'client-secret');
  const form1 = formBody([['grant_type', 'authorization_code'], ['code', code], ['redirect_uri', `https://app.${org.domain}/auth/callback`], ['client_id', cid], ['client_secret', sec], ['code_verifier', verifier]]);
  const at = c.cred(jwt(r, { exp: t + 300, iat: t, jti: r.uuid(), iss: `https://sso.${org.domain}/realms/${org.slug}`, aud: 'account', sub: r.uuid(), typ: 'Bearer', azp: cid, session_state: r.uuid(), scope: 'openid email profile', email_verified: true, name: p.full, preferred_username: p.email, given_name: p.given, family_name: p.family, email: p.email }, 'RS256', r.b64url(43)), 'access-token');
  const idt = c.cred(jwt(r, { exp: t + 300, iat: t, auth_time: t - 3, iss: `https://sso.${org.domain}/realms/${org.slug}`, aud: cid, sub: r.uuid(), typ: 'ID', nonce: r.b64url(22), email: p.email, name: p.full, phone_number: p.phoneE164, birthdate: p.dobIso }, 'RS256', r.b64url(43)), 'id-token');
  const rt = c.cred(jwt(r, { exp: t + 1800, iat: t, jti: r.uuid(), iss: `https://sso.${org.domain}/realms/${org.slug}`, aud: `https://sso.${org.domain}/realms/${org.slug}`, sub: r.uuid(), typ: 'Refresh', azp: cid, scope: 'openid email profile' }, 'HS256'), 'refresh-token');
  const resp = { access_token: at, expires_in: 300, refresh_expires_in: 1800, refresh_token: rt, token_type: 'Bearer', id_token: idt, 'not-before-policy': 0, session_state: r.uuid(), scope: 'openid email profile' };
  return [`[${iso(t)}] DEBUG oauth: POST https://sso.${org.domain}/realms/${org.slug}/protocol/openid-connect/token`, `[${iso(t)}] DEBUG oauth: request body ${form1}`, `[${iso(t)}] DEBUG oauth: response ${JSON.stringify(resp)}`, `[${iso(t)}] ERROR session: cannot persist tokens for ${c.pii(p.email, 'email')} (cookie too large: ${r.int(4100, 9000)} bytes)`].join('\n');
};

const oidcBasic = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const cid = r.pick([`0oa${r.alnum(17)}`, r.uuid(), `${org.slug}-api`]);
  const sec = r.pick([T.oktaSecret(r), T.onelogin(r), T.pingSecret(r)]);
  const auth = basic(c, pct(cid), pct(sec));
  const rt = c.cred(T.refreshOpaque(r), 'refresh-token');
  return [`OPError: invalid_grant (Refresh token is invalid or expired)`, `    at processResponse (/app/node_modules/openid-client/lib/helpers/process_response.js:38:13)`, `  response: { statusCode: 400, headers: { 'x-request-id': '${r.uuid()}' } },`, `  request: { url: 'https://${r.pick([`${org.slug}.onelogin.com/oidc/2/token`, `auth.pingone.eu/${r.uuid()}/as/token`, `${org.slug}.okta.com/oauth2/v1/token`])}', method: 'POST', headers: { authorization: 'Basic ${auth}', 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token&refresh_token=${pct(rt)}' }`, `  session: { sub: '${r.uuid()}', email: '${c.pii(p.email, 'email')}', ip: '${c.pii(publicIp(r), 'ip')}', at: ${t} }`].join('\n');
};

function scimUser(c: Case86, p: Person86, withPw: boolean): Record<string, unknown> {
  const r = c.rng;
  const u: Record<string, unknown> = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId: r.uuid(), userName: c.pii(p.email, 'email'), name: { formatted: c.pii(p.full, 'person-name'), familyName: p.family, givenName: p.given }, displayName: p.full, active: true,
    emails: [{ value: p.email, type: 'work', primary: true }, { value: c.pii(p.personalEmail, 'email'), type: 'home' }],
    phoneNumbers: [{ value: c.pii(p.phoneE164, 'phone'), type: 'mobile' }],
    addresses: [{ type: 'home', streetAddress: c.pii(p.street, 'address'), locality: p.city, postalCode: p.postal, country: p.country, primary: true }],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: String(r.int(10000, 999999)), costCenter: `CC-${r.int(100, 999)}`, department: r.pick(['Finance', 'Engineering', 'People Ops']), manager: { value: r.uuid(), displayName: r.pick(['Sabine Krüger', 'Kenji Watanabe', 'Priya Iyer']) } },
    'urn:ietf:params:scim:schemas:extension:hris:1.0:User': { birthDate: c.pii(p.dobIso, 'birth-date'), [p.nid.label]: c.pii(p.nid.value, p.nid.kind), ...Object.fromEntries(payroll(c, p, 2)) },
  };
  if (withPw) u[r.chance(0.7) ? 'password' : pwKey(r)] = c.cred(password(r), 'password');
  return u;
}

const scimPost = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.scimBearer(r), 'scim-token');
  const u = scimUser(c, p, r.chance(0.7));
  const resp = { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness', detail: 'User already exists in the database.' };
  return r.chance(0.5)
    ? `${iso(t)} WARN scim-connector POST https://api.${org.domain}/scim/v2/Users -> 409\nAuthorization: Bearer ${tok}\nrequest: ${JSON.stringify(u)}\nresponse: ${JSON.stringify(resp)}`
    : `{"level":"error","ts":${t}.${r.digits(6)},"msg":"scim create failed","target":"https://api.${org.domain}/scim/v2/Users","headers":{"Authorization":"Bearer ${tok}"},"body":${JSON.stringify(JSON.stringify(u))},"status":409}`;
};

const scimPatch = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.scimBearer(r), 'scim-token');
  const ops = [{ op: 'replace', path: 'name.familyName', value: c.piiPart(p.family, 'person-name') }, { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: c.pii(p.phone, 'phone') }, { op: 'add', path: 'addresses[type eq "work"].streetAddress', value: c.pii(p.street, 'address') }, { op: 'replace', value: { password: c.cred(password(r), 'password'), active: true } }, { op: 'add', path: 'urn:ietf:params:scim:schemas:extension:hris:1.0:User', value: Object.fromEntries(payroll(c, p, 2)) }];
  const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: ops };
  return `${iso(t)} ERROR [scim] PATCH /scim/v2/Users/${r.uuid()} (${c.pii(p.email, 'email')}) failed: 400 invalidPath\n  Authorization: Bearer ${tok}\n  body=${JSON.stringify(body, null, r.pick([0, 2]))}\n  tenant=${org.slug}`;
};

export const FED_SOURCES: readonly Source86[] = [
  { name: 'saml', formats: [samlXml, samlPost] },
  { name: 'oidc-token', formats: [oidcTokenReq, oidcBasic] },
  { name: 'scim', formats: [scimPost, scimPatch, scimPost] },
];
