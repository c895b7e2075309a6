import { createHash } from 'node:crypto';
import { formBody } from './blind-set-86-enc';
import { iso, isoMs, ORGS } from './blind-set-86-kit';
import type { Rng86 } from './blind-set-86-rng';
import type { NegSource86 } from './blind-set-86-types';

/** Blind set 86 negatives: protocol material that is public or opaque: Vault HMACs, XML signatures, JWKS, WebAuthn, discovery, PKCE, SCIM metadata. */

const org = (r: Rng86) => r.pick(ORGS);
const ts = (r: Rng86): number => 1714521600 + r.int(0, 90 * 86400);
const hm = (r: Rng86): string => `hmac-sha256:${r.hex(64)}`;
const docIp = (r: Rng86): string => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
const privIp = (r: Rng86): string => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);

const vaultAudit = (r: Rng86): string => {
  const o = org(r);
  const ev = { time: isoMs(ts(r), r), type: r.pick(['request', 'response']), auth: { client_token: hm(r), accessor: hm(r), display_name: `approle-${o.slug}-scim`, policies: ['default', 'scim-bridge'], metadata: { role_name: 'scim-bridge' }, entity_id: r.uuid(), token_type: 'service', token_ttl: 3600, token_issue_time: iso(ts(r), false) }, request: { id: r.uuid(), operation: 'read', mount_type: 'kv', mount_accessor: `kv_${r.hex(8)}`, client_token: hm(r), client_token_accessor: hm(r), namespace: { id: 'root' }, path: `secret/data/${o.slug}/idp/okta`, remote_address: privIp(r), remote_port: r.int(30000, 60000) }, response: { mount_type: 'kv', data: { data: { api_token: hm(r), client_secret: hm(r), password: hm(r) }, metadata: { created_time: iso(ts(r)), version: r.int(1, 20), destroyed: false } } } };
  return JSON.stringify(ev, null, r.pick([0, 0, 2]));
};

const xmlSig = (r: Rng86): string => {
  const o = org(r);
  const cert = Array.from({ length: 12 }, () => r.b64(64)).join('\n');
  return `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk${r.alnum(17)}"><md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>MIIDqDCCApCgAwIBAgIG${r.b64(40)}\n${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://${o.slug}.okta.com/app/${o.slug}_portal_1/exk${r.alnum(17)}/sso/saml"/></md:IDPSSODescriptor></md:EntityDescriptor>\n<ds:SignedInfo><ds:Reference URI="#id${r.digits(20)}"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>${r.b64(43)}=</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>${r.b64(342)}==</ds:SignatureValue>\nruby-saml: Fingerprint mismatch (expected SHA256 ${Array.from({ length: 32 }, () => r.hex(2).toUpperCase()).join(':')})`;
};

const jwks = (r: Rng86): string => {
  const o = org(r);
  const keys = [0, 1].map(() => ({ kty: 'RSA', alg: 'RS256', kid: r.b64url(43), use: 'sig', e: 'AQAB', n: r.b64url(342), x5c: [r.b64(r.int(900, 1100))], x5t: r.b64url(27), 'x5t#S256': r.b64url(43) }));
  return `GET https://${r.pick([`${o.slug}.okta.com/oauth2/default/v1/keys`, `${o.slug}.eu.auth0.com/.well-known/jwks.json`, `sso.${o.domain}/realms/${o.slug}/protocol/openid-connect/certs`])} 200\n${JSON.stringify({ keys })}\njose: JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set (kid ${r.b64url(43)})`;
};

const webauthnNeg = (r: Rng86): string => {
  const o = org(r);
  return JSON.stringify({ level: 'warn', msg: 'authenticator metadata not found, falling back to none attestation', rpId: o.domain, credential: { id: r.b64url(43), type: 'public-key', aaguid: r.pick(['adce0002-35bc-c60a-648b-0b25f1f05503', 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd']), credentialPublicKey: `pQECAyYgASFYI${r.b64url(84)}`, counter: r.int(0, 500), transports: ['usb', 'nfc'], backedUp: false, deviceType: 'singleDevice' }, attestationObject: `o2NmbXRmcGFja2VkZ2F0dFN0bXSjY2FsZyZjc2ln${r.b64url(300)}`, clientDataJSON: Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: r.b64url(43), origin: `https://${o.domain}`, crossOrigin: false })).toString('base64url') });
};

const discovery = (r: Rng86): string => {
  const o = org(r);
  const iss = r.pick([`https://${o.slug}.okta.com/oauth2/default`, `https://sso.${o.domain}/realms/${o.slug}`, `https://login.microsoftonline.com/${r.uuid()}/v2.0`]);
  return JSON.stringify({ issuer: iss, authorization_endpoint: `${iss}/v1/authorize`, token_endpoint: `${iss}/v1/token`, userinfo_endpoint: `${iss}/v1/userinfo`, jwks_uri: `${iss}/v1/keys`, registration_endpoint: `${iss}/v1/clients`, response_types_supported: ['code', 'id_token', 'code id_token'], grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials', 'urn:ietf:params:oauth:grant-type:device_code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'], claims_supported: ['iss', 'sub', 'aud', 'iat', 'exp', 'email', 'email_verified', 'name', 'family_name', 'given_name', 'phone_number', 'address'], code_challenge_methods_supported: ['S256'], scopes_supported: ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] }, null, r.pick([0, 2]));
};

const pkce = (r: Rng86): string => {
  const o = org(r);
  const cid = r.pick([`0oa${r.alnum(17)}`, `${r.digits(12)}-${r.lowerAlnum(32)}.apps.googleusercontent.com`, r.uuid()]);
  const verifierHash = createHash('sha256').update(r.hex(40)).digest('base64url');
  const q = formBody([['client_id', cid], ['response_type', 'code'], ['scope', 'openid profile email'], ['redirect_uri', `https://app.${o.domain}/callback`], ['state', r.b64url(22)], ['nonce', r.hex(32)], ['code_challenge', verifierHash], ['code_challenge_method', 'S256']]);
  return `${iso(ts(r))} INFO auth redirect -> https://${o.slug}.okta.com/oauth2/default/v1/authorize?${q}\n${iso(ts(r))} WARN callback state mismatch (expected ${r.b64url(22)}), restarting login; request_id=${r.uuid()} client_ip=${docIp(r)}`;
};

const scimMeta = (r: Rng86): string =>
  JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'], documentationUri: 'https://developer.okta.com/docs/reference/scim/', patch: { supported: true }, bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 }, filter: { supported: true, maxResults: 200 }, changePassword: { supported: r.chance(0.5) }, sort: { supported: false }, etag: { supported: false }, authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authentication scheme using the OAuth Bearer Token Standard', specUri: 'http://www.rfc-editor.org/info/rfc6750', primary: true }], meta: { location: `https://api.${org(r).domain}/scim/v2/ServiceProviderConfig`, resourceType: 'ServiceProviderConfig', created: iso(ts(r)), lastModified: iso(ts(r)), version: `W/"${r.hex(16)}"` } });

const scimList = (r: Rng86): string => {
  const o = org(r);
  return `${iso(ts(r))} scim-bridge GET /scim/v2/Groups?startIndex=1&count=100 200\n${JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 3, startIndex: 1, itemsPerPage: 3, Resources: ['Engineering', 'Finance-Approvers', 'VPN-Users'].map((n) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: r.uuid(), displayName: n, members: Array.from({ length: r.int(1, 3) }, () => ({ value: r.uuid(), $ref: `https://api.${o.domain}/scim/v2/Users/${r.uuid()}` })), meta: { resourceType: 'Group', version: `W/"${r.int(1, 99)}"` } })) })}`;
};

const kerberosNeg = (r: Rng86): string => {
  const o = org(r);
  const realm = o.domain.toUpperCase();
  return [`Ticket cache: KCM:0:${r.int(10000, 99999)}`, `Default principal: HTTP/sso.${o.domain}@${realm}`, '', 'Valid starting       Expires              Service principal', `05/0${r.int(1, 9)}/2024 08:00:12  05/0${r.int(1, 9)}/2024 18:00:12  krbtgt/${realm}@${realm}`, `\trenew until 05/1${r.int(0, 9)}/2024 08:00:12, Flags: FRIA`, `\tEtype (skey, tkt): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96`, `05/0${r.int(1, 9)}/2024 08:00:14  05/0${r.int(1, 9)}/2024 18:00:12  ldap/dc0${r.int(1, 4)}.${o.domain}@${realm}`, `[${r.int(1000, 9999)}] ${ts(r)}.${r.digits(6)}: Retrieving host/web0${r.int(1, 9)}.${o.domain}@${realm} from FILE:/etc/krb5.keytab (vno 0, enctype 0) with result: 0/Success`, `kvno: KDC reply did not match expectations while getting credentials for MSSQLSvc/sql0${r.int(1, 4)}.${o.domain}:1433@${realm}`].join('\n');
};

const duoInfo = (r: Rng86): string =>
  JSON.stringify({ stat: 'OK', response: { time: ts(r), akey: null, health: 'ok', integrations: [{ integration_key: `DI${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}`, name: 'Cisco ASA VPN', type: 'ciscoasa', secret_key: '****', api_hostname: `api-${r.hex(8)}.duosecurity.com`, greeting: 'Approve the push to continue', frameless_auth_prompt_enabled: true, policy_key: `PO${r.upperAlnum(18)}`, user_access: 'ALL_USERS' }] } });

export const NEG_PROTO: readonly NegSource86[] = [
  { name: 'neg-vault-hmac', formats: [vaultAudit] },
  { name: 'neg-xml-sig', formats: [xmlSig] },
  { name: 'neg-jwks', formats: [jwks] },
  { name: 'neg-webauthn', formats: [webauthnNeg] },
  { name: 'neg-discovery', formats: [discovery] },
  { name: 'neg-pkce', formats: [pkce] },
  { name: 'neg-scim-meta', formats: [scimMeta, scimList] },
  { name: 'neg-kerberos', formats: [kerberosNeg] },
  { name: 'neg-duo-info', formats: [duoInfo] },
];
