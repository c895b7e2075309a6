import { certBody22, pem22, pkcs8Body22 } from './blind-set-22-values';
import { bsn22, dni22, nino22, nir22, person22, personnummer22, ssn22, type Person22 } from './blind-set-22-people';
import { cred, iso22, pers, pos, type PosCase22, type Rng22 } from './blind-set-22-types';

const IDPS = ['https://sts.windows.net/{t}/', 'http://www.okta.com/exk{o}', 'https://idp.{d}/idp/shibboleth', 'https://auth.pingone.eu/{t}', 'https://{d}/adfs/services/trust'];

/** A SAML ID / InResponseTo value (public correlation ids). */
export const samlId22 = (r: Rng22): string => r.pick([`_${r.hex(40)}`, `id${r.digits(20)}${r.digits(4)}`, `ONELOGIN_${r.hex(40)}`, `_${r.uuid()}`]);

/** An IdP entity id. */
export const issuer22 = (r: Rng22, p: Person22): string => r.pick(IDPS).replace('{t}', r.uuid()).replace('{o}', r.b62(17)).replace('{d}', p.email.split('@')[1]!);

/** A signed SAML Response (optionally pretty-printed) carrying the given attributes. */
export function samlXml22(r: Rng22, p: Person22, attrs: [string, string][], pretty: boolean): string {
  const nl = pretty ? '\n' : '';
  const ind = (n: number) => (pretty ? '  '.repeat(n) : '');
  const at = iso22(r);
  const a = attrs
    .map(
      ([k, v]) =>
        `${ind(3)}<saml:Attribute Name="${k}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${nl}${ind(4)}<saml:AttributeValue xsi:type="xs:string">${v}</saml:AttributeValue>${nl}${ind(3)}</saml:Attribute>`,
    )
    .join(nl);
  return [
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${samlId22(r)}" InResponseTo="${samlId22(r)}" Version="2.0" IssueInstant="${at}" Destination="https://app.${p.email.split('@')[1]}/saml/acs">`,
    `${ind(1)}<saml:Issuer>${issuer22(r, p)}</saml:Issuer>`,
    `${ind(1)}<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>`,
    `${ind(1)}<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="${samlId22(r)}" IssueInstant="${at}" Version="2.0">`,
    `${ind(2)}<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:Reference URI="#x"><ds:DigestValue>${r.b64(32)}</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>${r.b64(256)}</ds:SignatureValue><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody22(r).replace(/\n/g, '')}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>`,
    `${ind(2)}<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${p.email}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${at}" Recipient="https://app.${p.email.split('@')[1]}/saml/acs"/></saml:SubjectConfirmation></saml:Subject>`,
    `${ind(2)}<saml:AttributeStatement>`,
    a,
    `${ind(2)}</saml:AttributeStatement>`,
    `${ind(1)}</saml:Assertion>`,
    `</samlp:Response>`,
  ].join(nl);
}

const nationalId = (r: Rng22, p: Person22): [string, string] =>
  p.country === 'GB'
    ? ['nino', nino22(r)]
    : p.country === 'SE'
      ? ['personnummer', personnummer22(r)]
      : p.country === 'NL'
        ? ['bsn', bsn22(r)]
        : p.country === 'FR'
          ? ['nir', nir22(r)]
          : p.country === 'ES'
            ? ['dni', dni22(r)]
            : ['ssn', ssn22(r)];

export const samlCases: Record<string, PosCase22> = {
  'acs-post-b64': (r, id) => {
    const p = person22(r);
    const b = Buffer.from(
      samlXml22(
        r,
        p,
        [
          ['email', p.email],
          ['mobile', p.phone],
        ],
        r.next() < 0.5,
      ),
    ).toString('base64');
    const style = r.int(0, 2);
    const shown = style === 1 ? encodeURIComponent(b) : b;
    const text =
      style === 0
        ? `${iso22(r)} ERROR [saml2.acs] Assertion rejected: Audience restriction not met (expected https://app.${p.email.split('@')[1]}/saml/metadata)\n  SAMLResponse=${shown}\n  RelayState=/dashboard`
        : style === 1
          ? `POST /saml/consume HTTP/1.1 400 body="SAMLResponse=${shown}&RelayState=%2Fhome" ua="Mozilla/5.0" rt=0.041`
          : JSON.stringify({ level: 'error', msg: 'saml: invalid signature', service: 'sso-gateway', form: { SAMLResponse: b, RelayState: r.hex(16) } });
    return pos(id, text, cred('saml-response', shown));
  },
  'decoded-assertion': (r, id) => {
    const p = person22(r);
    const [nk, nv] = nationalId(r, p);
    const xml = samlXml22(
      r,
      p,
      [
        ['urn:oid:0.9.2342.19200300.100.1.3', p.email],
        ['urn:oid:2.5.4.20', p.phone],
        ['dateOfBirth', p.birth],
        [nk, nv],
      ],
      r.next() < 0.6,
    );
    return pos(
      id,
      `[${iso22(r)}] DEBUG onelogin.saml2 Decoded SAML response:\n${xml}\n[${iso22(r)}] ERROR Response.is_valid: The assertion has expired`,
      pers('email', p.email),
      pers('birth-date', p.birth),
      pers(`national-id-${nk}`, nv),
    );
  },
  'ruby-saml-attributes': (r, id) => {
    const p = person22(r);
    const addr = `${p.street}, ${p.postal} ${p.city}`;
    const text = `E, [${iso22(r)} #${r.int(1000, 9999)}] ERROR -- : Devise::SamlSessionsController#create failed: User could not be provisioned\n  attributes: {"email"=>["${p.email}"], "homeAddress"=>["${addr}"], "employeeNumber"=>["${p.employeeId}"], "groups"=>["eng-platform", "vpn-users"]}`;
    return pos(id, text, pers('email', p.email), pers('home-address', addr));
  },
  'sp-signing-key': (r, id) => {
    const p = person22(r);
    const style = r.int(0, 2);
    if (style === 0) {
      const key = pem22(r, 'RSA PRIVATE KEY');
      return pos(
        id,
        `helm upgrade sso ./chart --debug\nUSER-SUPPLIED VALUES:\nsaml:\n  entityId: https://app.${p.email.split('@')[1]}/saml/metadata\n  spPrivateKey: |\n${key
          .split('\n')
          .map((l) => '    ' + l)
          .join('\n')}\nError: UPGRADE FAILED: timed out waiting for the condition`,
        cred('pem-private-key', key.split('\n').slice(1, -1).join('\n    ')),
      );
    }
    if (style === 1) {
      const body = pkcs8Body22(r).join('');
      const text = JSON.stringify(
        {
          realm: 'corp',
          components: {
            'org.keycloak.keys.KeyProvider': [
              { name: 'rsa-generated', providerId: 'rsa-generated', config: { priority: ['100'], privateKey: [body], certificate: [certBody22(r).replace(/\n/g, '')] } },
            ],
          },
        },
        null,
        2,
      );
      return pos(id, `keycloak import failed: duplicate realm "corp"\n${text}`, cred('keycloak-realm-private-key', body));
    }
    const key = pem22(r);
    const esc = key.replace(/\n/g, '\\n');
    return pos(
      id,
      `${iso22(r)} WARN simplesamlphp config dump (metadata/saml20-sp-hosted.php): {"entityid":"https://sp.${p.email.split('@')[1]}","privatekey_pem":"${esc}","certificate":"sp.crt"}`,
      cred('pem-private-key-escaped', esc),
    );
  },
  'adfs-event-411': (r, id) => {
    const p = person22(r);
    const token = Buffer.from(samlXml22(r, p, [['upn', p.email]], false)).toString('base64');
    return pos(
      id,
      `Log Name: AD FS/Admin\nSource: AD FS\nEvent ID: 411\nLevel: Information\nDescription:\nToken validation failed. See inner exception for more details.\nAdditional Data\nActivity ID: ${r.uuid()}\nToken Type: http://schemas.microsoft.com/ws/2006/05/identitymodel/tokens/Saml\nClient IP: 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}\nError message: ${p.email}-The user name or password is incorrect\nToken: ${token}`,
      pers('email', p.email),
      cred('saml-token', token),
    );
  },
  'saml-tracer-export': (r, id) => {
    const p = person22(r);
    const b = Buffer.from(
      samlXml22(
        r,
        p,
        [
          ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', p.email],
          ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mobilephone', p.phone],
        ],
        true,
      ),
    ).toString('base64');
    const text = JSON.stringify({
      requests: [
        {
          method: 'POST',
          url: `https://app.${p.email.split('@')[1]}/sso/saml`,
          post: [
            ['SAMLResponse', b],
            ['RelayState', r.b64url(12)],
          ],
          saml: 'response',
          protocol: 'SAML-P',
        },
      ],
    });
    return pos(id, `attached to ticket SSO-${r.int(100, 999)} (SAML-tracer export):\n${text}`, cred('saml-response', b));
  },
  'hr-claims-xml': (r, id) => {
    const p = person22(r);
    const [nk, nv] = nationalId(r, p);
    const addr = `${p.street}, ${p.city} ${p.postal}`;
    const xml = samlXml22(
      r,
      p,
      [
        ['employeeid', p.employeeId],
        ['streetaddress', addr],
        ['birthdate', p.birth],
        ['nationalidentifier', nv],
      ],
      true,
    );
    return pos(
      id,
      `Entra ID enterprise app "Workday SSO" — Test single sign-on result: AADSTS75011 Authentication method by which the user authenticated with the service doesn't match requested authentication method.\nSAML response (decoded):\n${xml}`,
      pers('home-address', addr),
      pers('birth-date', p.birth),
      pers(`national-id-${nk}`, nv),
    );
  },
};
