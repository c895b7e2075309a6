import { b64, formBody, pyDict, xml } from './blind-set-86-enc';
import { iso, isoMs, kit, payroll } from './blind-set-86-kit';
import { publicIp } from './blind-set-86-people';
import { jwt, password, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: Google Workspace (Reports, Directory API, OAuth, service-account keys), AWS STS, IAM Identity Center, Secrets Manager and SSM. */

const gwsReport = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const item = { kind: 'admin#reports#activity', id: { time: isoMs(t, r), uniqueQualifier: String(r.int(1e17, 9e17)) + r.digits(2), applicationName: 'login', customerId: `C0${r.alnum(7)}` }, etag: `"${r.b64url(27)}/${r.b64url(27)}"`, actor: { email: c.pii(p.email, 'email'), profileId: r.digits(21) }, ipAddress: c.pii(publicIp(r), 'ip'), events: [{ type: 'login', name: r.pick(['login_failure', 'login_challenge', 'suspicious_login']), parameters: [{ name: 'login_type', value: 'google_password' }, { name: 'login_failure_type', value: 'login_failure_invalid_password' }, { name: 'login_challenge_method', multiValue: ['password'] }, { name: 'is_suspicious', boolValue: true }] }] };
  return JSON.stringify({ kind: 'admin#reports#activities', etag: item.etag, items: [item], nextPageToken: r.b64url(40) }, null, r.pick([0, 2])) + `\n# alert: ${org.name} suspicious login burst (GET https://admin.googleapis.com/admin/reports/v1/activity/users/all/applications/login, Authorization: Bearer ${c.cred(T.googleAccess(r), 'google-access-token')})`;
};

const gwsDirectory = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const at = c.cred(T.googleAccess(r), 'google-access-token');
  const body: Record<string, unknown> = { primaryEmail: c.pii(p.email, 'email'), name: { givenName: c.piiPart(p.given, 'person-name'), familyName: c.piiPart(p.family, 'person-name') }, password: c.cred(password(r), 'password'), changePasswordAtNextLogin: true, recoveryEmail: c.pii(p.personalEmail, 'email'), recoveryPhone: c.pii(p.phoneE164, 'phone'), addresses: [{ type: 'home', formatted: c.pii(p.address, 'address') }], externalIds: [{ type: 'organization', value: `E${r.digits(6)}` }], customSchemas: { Payroll: Object.fromEntries(payroll(c, p, 5)) } };
  return [`googleapiclient.http DEBUG POST https://admin.googleapis.com/admin/directory/v1/users?alt=json`, `headers: ${pyDict({ 'accept': 'application/json', 'authorization': `Bearer ${at}`, 'content-type': 'application/json', 'user-agent': '(gzip)', 'x-goog-api-client': 'gdcl/2.127.0 gl-python/3.12.3' })}`, `body: ${JSON.stringify(body)}`, `HttpError 409 when requesting https://admin.googleapis.com/admin/directory/v1/users?alt=json returned "Entity already exists.". Details: "[{'message': 'Entity already exists.', 'domain': 'global', 'reason': 'duplicate'}]" (customer ${org.domain})`].join('\n');
};

const googleOauth = (c: Case86): string => {
  const { r, org, t } = kit(c);
  const cid = `${r.digits(12)}-${r.lowerAlnum(32)}.apps.googleusercontent.com`;
  const body = formBody([['client_id', cid], ['client_secret', c.cred(T.googleSecret(r), 'google-client-secret')], ['refresh_token', c.cred(T.googleRefresh(r), 'google-refresh-token')], ['grant_type', 'refresh_token']]);
  return [`${iso(t)} level=error component=gws-sync tenant=${org.domain} msg="oauth2: cannot fetch token: 400 Bad Request"`, `Response: {`, `  "error": "invalid_grant",`, `  "error_description": "Token has been expired or revoked."`, `}`, `request_body="${body}"`].join('\n');
};

const gcpKey = (c: Case86): string => {
  const { r, org } = kit(c);
  const pem = `-----BEGIN PRIVATE KEY-----\nMIIEv${r.b64(59)}\n${Array.from({ length: 24 }, () => r.b64(64)).join('\n')}\n${r.b64(40)}=\n-----END PRIVATE KEY-----\n`;
  const key = { type: 'service_account', project_id: `${org.slug}-identity`, private_key_id: r.hex(40), private_key: c.cred(pem, 'private-key'), client_email: `gws-sync@${org.slug}-identity.iam.gserviceaccount.com`, client_id: r.digits(21), auth_uri: 'https://accounts.google.com/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.com/token', auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs', universe_domain: 'googleapis.com' };
  return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})\nGOOGLE_APPLICATION_CREDENTIALS_JSON=${JSON.stringify(key)}`;
};

const samlAssertion = (r: Case86['rng'], who: string): string => b64(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${r.hex(32)}" Version="2.0"><saml:Assertion><saml:Subject><saml:NameID>${xml(who)}</saml:NameID></saml:Subject><ds:SignatureValue>${r.b64(344)}</ds:SignatureValue></saml:Assertion></samlp:Response>`);

const stsSaml = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const acct = r.num(12);
  const saml = c.cred(samlAssertion(r, p.email), 'saml-response');
  const ak = c.cred(T.awsKey(r, true), 'aws-access-key');
  const sk = c.cred(T.awsSecret(r), 'aws-secret-key');
  const st = c.cred(T.awsSession(r), 'aws-session-token');
  const form1 = formBody([['Action', 'AssumeRoleWithSAML'], ['Version', '2011-06-15'], ['RoleArn', `arn:aws:iam::${acct}:role/${org.slug}-engineer`], ['PrincipalArn', `arn:aws:iam::${acct}:saml-provider/${org.slug}-okta`], ['SAMLAssertion', saml], ['DurationSeconds', '3600']]);
  const resp = `<AssumeRoleWithSAMLResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithSAMLResult><Audience>https://signin.aws.amazon.com/saml</Audience><AssumedRoleUser><AssumedRoleId>AROA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:${c.pii(p.email, 'email')}</AssumedRoleId><Arn>arn:aws:sts::${acct}:assumed-role/${org.slug}-engineer/${p.email}</Arn></AssumedRoleUser><Credentials><AccessKeyId>${ak}</AccessKeyId><SecretAccessKey>${sk}</SecretAccessKey><SessionToken>${st}</SessionToken><Expiration>${iso(t + 3600, false)}</Expiration></Credentials><NameQualifier>${r.b64(28)}</NameQualifier><SubjectType>persistent</SubjectType></AssumeRoleWithSAMLResult></AssumeRoleWithSAMLResponse>`;
  return [`2024-06-0${r.int(1, 9)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)},${r.digits(3)} - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=AssumeRoleWithSAML) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'}, 'body': {...}}`, `botocore.awsrequest DEBUG body=${form1}`, `botocore.parsers DEBUG Response body:\nb'${resp}'`, `saml2aws ERROR failed to write credentials to ~/.aws/credentials: permission denied`].join('\n');
};

const stsWebIdentity = (c: Case86): string => {
  const { r, org, t } = kit(c);
  const acct = r.num(12);
  const wit = c.cred(jwt(r, { aud: ['sts.amazonaws.com'], exp: t + 86400, iat: t, iss: `https://oidc.eks.eu-west-1.amazonaws.com/id/${r.hex(32).toUpperCase()}`, 'kubernetes.io': { namespace: 'identity', pod: { name: `scim-bridge-${r.lowerAlnum(10)}-${r.lowerAlnum(5)}`, uid: r.uuid() }, serviceaccount: { name: 'scim-bridge', uid: r.uuid() } }, nbf: t, sub: 'system:serviceaccount:identity:scim-bridge' }, 'RS256', r.hex(40)), 'jwt');
  const out = { Credentials: { AccessKeyId: c.cred(T.awsKey(r, true), 'aws-access-key'), SecretAccessKey: c.cred(T.awsSecret(r), 'aws-secret-key'), SessionToken: c.cred(T.awsSession(r), 'aws-session-token'), Expiration: iso(t + 3600, false) }, SubjectFromWebIdentityToken: 'system:serviceaccount:identity:scim-bridge', AssumedRoleUser: { AssumedRoleId: `AROA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:botocore-session-${t}`, Arn: `arn:aws:sts::${acct}:assumed-role/${org.slug}-scim/botocore-session-${t}` }, Provider: 'arn:aws:iam::' + acct + ':oidc-provider/oidc.eks.eu-west-1.amazonaws.com', Audience: 'sts.amazonaws.com' };
  return [`$ AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token aws sts assume-role-with-web-identity --role-arn arn:aws:iam::${acct}:role/${org.slug}-scim --role-session-name debug --web-identity-token "${wit}"`, JSON.stringify(out, null, 4)].join('\n');
};

const ssoCli = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const rc = { roleCredentials: { accessKeyId: c.cred(T.awsKey(r, true), 'aws-access-key'), secretAccessKey: c.cred(T.awsSecret(r), 'aws-secret-key'), sessionToken: c.cred(T.awsSession(r), 'aws-session-token'), expiration: (t + 3600) * 1000 } };
  const cache = { startUrl: `https://d-${r.hex(10)}.awsapps.com/start`, region: 'eu-west-1', accessToken: c.cred(`aoa${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}:${r.b64(r.int(200, 280))}`, 'sso-access-token'), expiresAt: iso(t + 28800, false), clientId: r.b64url(22), clientSecret: c.cred(`eyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0.${r.b64url(300)}.${r.b64url(64)}`, 'sso-client-secret') };
  return [`$ aws sso get-role-credentials --role-name AdministratorAccess --account-id ${r.num(12)} --access-token "$(jq -r .accessToken ~/.aws/sso/cache/${r.hex(40)}.json)"`, JSON.stringify(rc, null, 4), `$ cat ~/.aws/sso/cache/*.json   # ${c.pii(p.email, 'email')} laptop, attached to ticket`, JSON.stringify(cache)].join('\n');
};

const identityCenter = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const ev = { eventVersion: '1.09', userIdentity: { type: 'Unknown', principalId: `${r.num(12)}`, accountId: r.num(12), userName: c.pii(`${r.pick(['r.iyer', 'k.okafor', 'l.fontaine'])}@${org.domain}`, 'email') }, eventTime: iso(t, false), eventSource: 'identitystore.amazonaws.com', eventName: 'CreateUser', awsRegion: 'eu-west-1', sourceIPAddress: c.pii(publicIp(r), 'ip'), userAgent: 'aws-sdk-go-v2/1.26.1', requestParameters: { identityStoreId: `d-${r.hex(10)}`, userName: c.pii(p.email, 'email'), displayName: c.pii(p.full, 'person-name'), emails: [{ value: p.email, type: 'work', primary: true }], phoneNumbers: [{ value: c.pii(p.phoneE164, 'phone'), type: 'mobile' }], addresses: [{ streetAddress: c.pii(p.street, 'address'), locality: p.city, postalCode: p.postal, country: p.country }] }, responseElements: null, errorCode: 'ConflictException', requestID: r.uuid(), eventID: r.uuid(), readOnly: false, eventType: 'AwsApiCall', recipientAccountId: r.num(12) };
  const scimTok = c.cred(`${r.uuid()}:${r.uuid()}:${r.b64(r.int(250, 320))}`, 'scim-token');
  return `${JSON.stringify(ev)}\nscim-sync: PUT https://scim.eu-west-1.amazonaws.com/${r.lowerAlnum(11)}-${r.hex(4)}-${r.hex(4)}/scim/v2/Users -> 409 (Authorization: Bearer ${scimTok})`;
};

const secretsManager = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const inner = { username: `svc_${org.slug.replace(/-/g, '_')}_ldap`, [r.pick(['password', 'bindPassword', 'ldap_password'])]: c.cred(password(r), 'password'), host: `ldaps://dc01.${org.domain}:636`, okta_api_token: c.cred(T.oktaApi(r), 'okta-token') };
  const resp = { ARN: `arn:aws:secretsmanager:eu-west-1:${r.num(12)}:secret:prod/identity/ldap-bind-${r.alnum(6)}`, CreatedDate: t - r.int(1e5, 1e7) + r.next(), Name: 'prod/identity/ldap-bind', SecretString: JSON.stringify(inner), VersionId: r.uuid(), VersionStages: ['AWSCURRENT'] };
  if (r.chance(0.5)) return `${iso(t)} DEBUG botocore.parsers Response body:\nb'${JSON.stringify(resp)}'\n${iso(t)} ERROR ldap3 bind failed for ${inner.username} (invalidCredentials) requested by ${c.pii(p.email, 'email')}`;
  const param = { Parameter: { Name: `/prod/${org.slug}/idp/duo-skey`, Type: 'SecureString', Value: c.cred(T.duoSkey(r), 'duo-skey'), Version: r.int(1, 9), LastModifiedDate: t - r.int(1e5, 1e7), ARN: `arn:aws:ssm:eu-west-1:${r.num(12)}:parameter/prod/${org.slug}/idp/duo-skey`, DataType: 'text' } };
  return `$ aws ssm get-parameter --name /prod/${org.slug}/idp/duo-skey --with-decryption\n${JSON.stringify(param, null, 4)}\n$ aws secretsmanager get-secret-value --secret-id prod/identity/ldap-bind --query SecretString --output text\n${JSON.stringify(inner)}`;
};

export const GWS_AWS_SOURCES: readonly Source86[] = [
  { name: 'gws-reports', formats: [gwsReport, gwsDirectory] },
  { name: 'google-oauth', formats: [googleOauth, gcpKey, gwsDirectory] },
  { name: 'aws-sts', formats: [stsSaml, stsWebIdentity, ssoCli] },
  { name: 'aws-identity-center', formats: [identityCenter, ssoCli] },
  { name: 'aws-secrets', formats: [secretsManager, secretsManager] },
];
