import { createHash } from 'node:crypto';
import { certBody22, epoch22 } from './blind-set-22-values';
import { samlId22 } from './blind-set-22-saml';
import { iso22, neg, type NegCase22, type Rng22 } from './blind-set-22-types';

const dom = (r: Rng22) => r.pick(['brightlake.io', 'northwind-health.com', 'kestrel-logistics.de', 'halcyonretail.com']);
const b64u = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Federation look-alikes: public certificates and keys, ids, URLs, state and nonce, masked or documented tokens. */
export const negFedCases: Record<string, NegCase22> = {
  'idp-metadata': (r, id) => {
    const d = dom(r);
    return neg(
      id,
      `GET https://idp.${d}/saml/metadata -> 200 (cached for SP refresh)\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.${d}/saml" ID="${samlId22(r)}">\n  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certBody22(r).replace(/\n/g, '')}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.${d}/saml/sso"/>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>`,
    );
  },
  'authnrequest-redirect': (r, id) => {
    const d = dom(r);
    const xml = `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="${samlId22(r)}" Version="2.0" IssueInstant="${iso22(r)}" AssertionConsumerServiceURL="https://app.${d}/saml/acs"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://app.${d}/saml/metadata</saml:Issuer></samlp:AuthnRequest>`;
    const b = encodeURIComponent(Buffer.from(xml).toString('base64'));
    return neg(id, `${iso22(r)} INFO sp: redirecting to IdP https://idp.${d}/saml/sso?SAMLRequest=${b}&RelayState=${r.hex(16)}&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256`);
  },
  'inresponseto-mismatch': (r, id) =>
    neg(
      id,
      `${iso22(r)} ERROR passport-saml: InResponseTo is not valid (got ${samlId22(r)}, cached requests: ${samlId22(r)}, ${samlId22(r)}) issuer=http://www.okta.com/exk${r.b62(17)} destination=https://app.${dom(r)}/saml/acs`,
    ),
  'signing-cert-expiry': (r, id) => {
    const cert = certBody22(r);
    const thumb = createHash('sha1').update(cert).digest('hex').toUpperCase();
    return neg(
      id,
      `[Datadog Monitor] SAML signing certificate for "Salesforce SSO" expires in ${r.int(3, 29)} days\nThumbprint: ${thumb}\n-----BEGIN CERTIFICATE-----\n${cert}\n-----END CERTIFICATE-----`,
    );
  },
  'jwks-public': (r, id) => {
    const keys = [0, 1].map(() => ({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: r.b64url(32), n: r.b64url(256), e: 'AQAB', x5c: [certBody22(r).replace(/\n/g, '')], x5t: r.b64url(20) }));
    return neg(id, `${iso22(r)} WARN jwks-rsa: signing key ${r.b64url(32)} not found in https://login.${dom(r)}/.well-known/jwks.json; refreshed set: ${JSON.stringify({ keys })}`);
  },
  'ec-jwk-public': (r, id) =>
    neg(id, `kid=${r.uuid()} jwk=${JSON.stringify({ kty: 'EC', crv: 'P-256', x: r.b64url(32), y: r.b64url(32), use: 'sig' })} (public key published for webhook signature verification)`),
  'discovery-document': (r, id) => {
    const iss = `https://login.microsoftonline.com/${r.uuid()}/v2.0`;
    return neg(
      id,
      `openid-configuration fetch took ${r.int(900, 4000)}ms: ${JSON.stringify({ issuer: iss, authorization_endpoint: `${iss.replace('/v2.0', '')}/oauth2/v2.0/authorize`, token_endpoint: `${iss.replace('/v2.0', '')}/oauth2/v2.0/token`, jwks_uri: `https://login.microsoftonline.com/${r.uuid()}/discovery/v2.0/keys`, response_types_supported: ['code', 'id_token', 'code id_token'], code_challenge_methods_supported: ['S256'] })}`,
    );
  },
  'authorize-url': (r, id) => {
    const d = dom(r);
    const ch = createHash('sha256').update(r.hex(40)).digest('base64url');
    return neg(
      id,
      `${iso22(r)} INFO redirecting browser to https://login.${d}/oauth2/v1/authorize?client_id=0oa${r.b62(17)}&response_type=code&scope=openid%20profile%20email&redirect_uri=https%3A%2F%2Fapp.${d}%2Fcallback&state=${r.b64url(24)}&nonce=${r.b64url(16)}&code_challenge=${ch}&code_challenge_method=S256`,
    );
  },
  'error-redirect': (r, id) =>
    neg(id, `GET /callback?error=access_denied&error_description=User%20is%20not%20assigned%20to%20the%20client%20application.&state=${r.b64url(24)} 302 (request_id=${r.uuid()})`),
  'state-mismatch': (r, id) => neg(id, `${iso22(r)} ERROR oauth2-proxy: invalid state; expected "${r.b64url(32)}" got "${r.b64url(32)}" (nonce ${r.hex(32)}, csrf cookie _oauth2_proxy_csrf present)`),
  'masked-token-response': (r, id) => {
    const m = r.pick(['[REDACTED]', '********', `eyJhbGciOi…(${r.int(800, 1400)} chars, masked)`, '<redacted:jwt>']);
    return neg(
      id,
      `${iso22(r)} DEBUG token endpoint response: {"access_token":"${m}","refresh_token":"${r.pick(['[REDACTED]', '****'])}","id_token":"${m}","token_type":"Bearer","expires_in":3600,"scope":"openid profile"}`,
    );
  },
  'doc-example-jwt': (r, id) =>
    neg(
      id,
      `${r.pick(['docs/auth.md', 'README.md', 'wiki: Using the API'])} (linted by docs CI, line ${r.int(10, 300)}):\n  Example request:\n    curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" https://api.example.com/v1/me`,
    ),
  'unsigned-header-only': (r, id) =>
    neg(id, `jwt header (decoded for debugging, payload omitted): ${b64u({ alg: 'RS256', kid: r.b64url(16), typ: 'JWT' })} -> {"alg":"RS256","typ":"JWT"} verify: kid not in JWKS (exp ${epoch22(r)})`),
  'client-config-public': (r, id) =>
    neg(
      id,
      `auth config loaded: {"issuer":"https://${r.pick(['dev-', 'corp-'])}${r.int(100000, 9999999)}.okta.com/oauth2/default","clientId":"0oa${r.b62(17)}","audience":"api://default","tenantId":"${r.uuid()}","redirectUri":"https://app.${dom(r)}/login/callback","scopes":["openid","profile","email"],"pkce":true}`,
    ),
  'placeholder-secrets': (r, id) =>
    neg(
      id,
      r.pick([
        `OIDC_CLIENT_SECRET=\${OIDC_CLIENT_SECRET}\nOIDC_CLIENT_ID=${r.uuid()}`,
        `client_secret: "<your-client-secret>"\nclient_id: "${r.b62(32)}"`,
        `ARM_CLIENT_SECRET=REPLACE_ME ARM_TENANT_ID=${r.uuid()}`,
        `"clientSecret": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "clientId": "${r.uuid()}"`,
      ]) + `\n(config template rendered without secrets; deploy ${r.hex(7)})`,
    ),
  'device-user-code': (r, id) =>
    neg(
      id,
      `To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ${r.chars('BCDFGHJKLMNPQRSTVWXZ', 9)} to authenticate. (az login --use-device-code, attempt ${r.int(1, 3)}, correlation ${r.uuid()})`,
    ),
};
