import type { Tpl43 } from './blind-set-43-gen';

const CAMPUS = ['westbrook.edu', 'stmarys.edu', 'ucvalley.edu', 'norwood.edu', 'tristate.edu'];

/** Campus and citizen identity: Shibboleth/SAML, Login.gov, ID.me, Okta, Entra ID, LDAP. */
export const IDENT43: Tpl43[] = [
  {
    id: 'identity/shibboleth-ldap-properties',
    make: (c) => `# /opt/shibboleth-idp/credentials/secrets.properties
idp.sealer.storePassword = ${c.pw()}
idp.sealer.keyPassword = ${c.pw()}
idp.authn.LDAP.bindDNCredential = ${c.oddPw()}
idp.persistentId.salt = ${c.cred('shibboleth_persistentid_salt', c.r.b64(32))}
idp.attribute.resolver.LDAP.bindDN = uid=shib-idp,ou=services,dc=${c.pick(CAMPUS).split('.')[0]},dc=edu`,
  },
  {
    id: 'identity/shibboleth-signing-key',
    make: (c) => `$ cat /opt/shibboleth-idp/credentials/idp-signing.key
${c.pem(c.pick(['rsa', 'pkcs8'] as const))}
$ openssl x509 -in idp-signing.crt -noout -subject
subject=CN = idp.${c.pick(CAMPUS)}`,
  },
  {
    id: 'identity/saml-assertion-attrs',
    make: (c) => {
      const n = c.fullName();
      return `<saml2:AttributeStatement>
  <saml2:Attribute FriendlyName="displayName" Name="urn:oid:2.16.840.1.113730.3.1.241"><saml2:AttributeValue>${c.pii('person_name', n)}</saml2:AttributeValue></saml2:Attribute>
  <saml2:Attribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3"><saml2:AttributeValue>${c.email(n)}</saml2:AttributeValue></saml2:Attribute>
  <saml2:Attribute FriendlyName="telephoneNumber" Name="urn:oid:2.5.4.20"><saml2:AttributeValue>${c.phone(0)}</saml2:AttributeValue></saml2:Attribute>
  <saml2:Attribute FriendlyName="homePostalAddress" Name="urn:oid:0.9.2342.19200300.100.1.39"><saml2:AttributeValue>${c.address()}</saml2:AttributeValue></saml2:Attribute>
</saml2:AttributeStatement>`;
    },
  },
  {
    id: 'identity/shibboleth-sp-session-cookie',
    make: (c) => `GET /portal/home HTTP/1.1
Host: my.${c.pick(CAMPUS)}
Cookie: _shibsession_64656661756c7468747470733a2f2f6d792e=${c.cred('session_cookie', '_' + c.r.hex(32))}; JSESSIONID=${c.cred('session_cookie', c.r.hex(32).toUpperCase())}; _ga=GA1.2.${c.r.digits(9)}.${c.r.digits(10)}
X-Forwarded-For: ${c.ip()}`,
  },
  {
    id: 'identity/login-gov-oidc-config',
    make: (c) => `# config/logingov.yml (agency benefits portal)
login_gov:
  issuer: "urn:gov:gsa:openidconnect.profiles:sp:sso:${c.pick(['hhs', 'dol', 'state_wa', 'va', 'sba'])}:benefits"
  idp_url: https://secure.login.gov
  acr_values: "urn:acr.login.gov:verified"
  private_key: "${c.pem('pkcs8', true)}"
  redirect_uri: https://benefits.${c.pick(['hhs', 'dol', 'va'])}.gov/auth/result`,
  },
  {
    id: 'identity/login-gov-token-exchange',
    make: (c) => `POST https://secure.login.gov/api/openid_connect/token
client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${c.jwt({ iss: 'urn:gov:gsa:openidconnect.profiles:sp:sso:agency:app', sub: 'urn:gov:gsa:openidconnect.profiles:sp:sso:agency:app', aud: 'https://secure.login.gov/api/openid_connect/token' }, 'RS256', 'login_gov_client_assertion')}&code=${c.cred('oauth_authorization_code', c.r.uuid())}&grant_type=authorization_code`,
  },
  {
    id: 'identity/login-gov-userinfo',
    make: (c) => `userinfo => {"sub":"${c.r.uuid()}","iss":"https://secure.login.gov/","email":"${c.email()}","email_verified":true,"given_name":"${c.pii('person_name', c.first())}","family_name":"${c.pii('person_name', c.last())}","birthdate":"${c.dob(0)}","social_security_number":"${c.ssn()}","address":{"formatted":"${c.address()}"},"phone":"${c.phone(4)}","verified_at":${c.r.int(1790000000, 1799999999)}}`,
  },
  {
    id: 'identity/idme-rails-credentials',
    make: (c) => `# rails credentials:show (unemployment-claims app)
idme:
  client_id: ${c.r.hex(32)}
  client_secret: ${c.hex('idme_client_secret', 32)}
  redirect_uri: https://claims.${c.pick(['ides.illinois.gov', 'esd.wa.gov', 'dew.sc.gov'])}/auth/idme/callback
secret_key_base: ${c.hex('rails_secret_key_base', 128)}`,
  },
  {
    id: 'identity/idme-attributes-log',
    make: (c) => `I, [2027-03-0${c.r.int(1, 9)}T10:11:${c.r.int(10, 59)}.55 #${c.r.int(1000, 9999)}]  INFO -- : IDme::Attributes received uuid=${c.r.hex(32)} fname=${c.pii('person_name', c.first())} lname=${c.pii('person_name', c.last())} birth_date=${c.dob(0)} social=${c.ssn(false)} zip=${c.city()[2]} access_token=${c.hex('idme_access_token', 32)}`,
  },
  {
    id: 'identity/okta-api-token',
    make: (c) => `okta:
  client:
    orgUrl: "https://${c.pick(CAMPUS).split('.')[0]}.okta.com"
    token: "${c.cred('okta_api_token', '00' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40))}"
    connectionTimeout: 30`,
  },
  {
    id: 'identity/entra-app-secret-ps1',
    make: (c) => `$tenantId = "${c.r.uuid()}"
$appId = "${c.r.uuid()}"
$secret = ConvertTo-SecureString "${c.msSecret()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred  # A5 student licences sync`,
  },
  {
    id: 'identity/ldap-bind-stacktrace',
    make: (c) => `javax.naming.AuthenticationException: [LDAP: error code 49 - Invalid Credentials]
	at com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3260)
	at edu.${c.pick(CAMPUS).split('.')[0]}.iam.DirectoryClient.bind(DirectoryClient.java:71)
Caused by: bind failed for dn=uid=${c.r.chars('abcdefghijklmnopqrstuvwxyz', 6)},ou=people,dc=campus,dc=edu password=${c.pw()} host=ldaps://ldap.${c.pick(CAMPUS)}:636`,
  },
  {
    id: 'identity/cas-ticket-url',
    make: (c) => `${c.ip()} - - [11/Sep/2027:08:15:02 -0500] "GET /lms/login?ticket=${c.cred('cas_service_ticket', `ST-${c.r.int(100000, 999999)}-${c.r.b62(20)}-cas.${c.pick(CAMPUS)}`)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"`,
  },
  {
    id: 'identity/duo-ikey-skey-ini',
    make: (c) => `; /etc/duo/login_duo.conf
[duo]
ikey = DI${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}
skey = ${c.cred('duo_secret_key', c.r.b62(40))}
host = api-${c.r.hex(8)}.duosecurity.com
pushinfo = yes`,
  },
  {
    id: 'identity/password-reset-chat',
    make: (c) => `[helpdesk chat] ${c.name()}: hi, locked out of my student email ${c.email()} — my new password is ${c.oddPw()} but Duo keeps pushing to my old phone ${c.phone()}, can you reset it?`,
  },
];
