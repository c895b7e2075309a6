import { person22 } from './blind-set-22-people';
import { awsKeyId22, awsSecret22, awsSession22, azureSecret22, googleKey22, jwt22, epoch22, pkcs8Body22, upass22 } from './blind-set-22-values';
import { accessJwt22 } from './blind-set-22-oidc';
import { cred, iso22, pos, type PosCase22 } from './blind-set-22-types';

export const accessCases: Record<string, PosCase22> = {
  'kong-bearer': (r, id) => {
    const p = person22(r);
    const at = accessJwt22(r, p);
    const key = r.b62(32);
    const ev = {
      request: { method: 'GET', uri: '/v2/orders', headers: { authorization: `Bearer ${at}`, apikey: key, host: 'api.internal' } },
      response: { status: 401 },
      consumer: null,
      latencies: { kong: r.int(1, 9) },
      started_at: epoch22(r),
    };
    return pos(id, `kong http-log ${JSON.stringify(ev)}`, cred('jwt-access-token', at), cred('api-key', key));
  },
  'apigee-fault': (r, id) => {
    const key = r.b62(32);
    return pos(
      id,
      `{"fault":{"faultstring":"Invalid ApiKey for given resource","detail":{"errorcode":"oauth.v2.InvalidApiKeyForGivenResource"}}} request.uri=/v1/members?apikey=${key}&page=2 proxy=members-v1 env=prod`,
      cred('apigee-consumer-key', key),
    );
  },
  'apigw-authorizer': (r, id) => {
    const p = person22(r);
    const at = accessJwt22(r, p);
    return pos(
      id,
      `${iso22(r)}\t${r.uuid()}\tERROR\tauthorizer denied: JsonWebTokenError: jwt audience invalid\nevent: {"type":"TOKEN","authorizationToken":"Bearer ${at}","methodArn":"arn:aws:execute-api:eu-west-1:${r.digits(12)}:${r.b62(10).toLowerCase()}/prod/GET/profile"}`,
      cred('jwt-access-token', at),
    );
  },
  'basic-auth-header': (r, id) => {
    const pw = upass22(r);
    const b = Buffer.from(`${r.pick(['svc-reporting', 'jenkins', 'grafana'])}:${pw}`).toString('base64');
    return pos(id, `${iso22(r)} [nginx auth_request] 401 upstream=ldap-auth "Authorization: Basic ${b}" "GET /internal/metrics HTTP/1.1"`, cred('basic-auth', b));
  },
  'gcp-key-json': (r, id) => {
    const proj = r.pick(['brightlake-prod', 'kestrel-iam', 'northwind-sso']);
    const key = `-----BEGIN PRIVATE KEY-----\\n${pkcs8Body22(r).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
    const sa = `{"type":"service_account","project_id":"${proj}","private_key_id":"${r.hex(40)}","private_key":"${key}","client_email":"scim-sync@${proj}.iam.gserviceaccount.com","client_id":"${r.digits(21)}","token_uri":"https://oauth2.googleapis.com/token"}`;
    return pos(
      id,
      `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})\nGOOGLE_APPLICATION_CREDENTIALS_JSON=${sa}`,
      cred('gcp-private-key', key),
    );
  },
  'gcp-key-b64': (r, id) => {
    const proj = r.pick(['brightlake-prod', 'kestrel-iam']);
    const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8Body22(r).join('\n')}\n-----END PRIVATE KEY-----\n`;
    const b = Buffer.from(
      JSON.stringify({ type: 'service_account', project_id: proj, private_key_id: r.hex(40), private_key: key, client_email: `gke-auth@${proj}.iam.gserviceaccount.com` }),
    ).toString('base64');
    return pos(
      id,
      `Run google-github-actions/auth@v2\nError: google-github-actions/auth failed with: failed to parse service account key JSON credentials: unexpected token\n  credentials_json: ${b}`,
      cred('gcp-key-b64', b),
    );
  },
  'azure-sp-env': (r, id) => {
    const s = azureSecret22(r);
    return pos(
      id,
      `terraform apply: Error: building AzureRM Client: obtain subscription() from Azure CLI: ... \nenv: ARM_CLIENT_ID=${r.uuid()} ARM_CLIENT_SECRET=${s} ARM_TENANT_ID=${r.uuid()} ARM_SUBSCRIPTION_ID=${r.uuid()}`,
      cred('azure-client-secret', s),
    );
  },
  'aws-assume-role-env': (r, id) => {
    const k = awsKeyId22(r, 'ASIA');
    const s = awsSecret22(r);
    const t = awsSession22(r);
    return pos(
      id,
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::${r.digits(12)}:assumed-role/okta-sso-admin/${person22(r).email} is not authorized to perform: sts:AssumeRole\n+ env | grep AWS_\nAWS_ACCESS_KEY_ID=${k}\nAWS_SECRET_ACCESS_KEY=${s}\nAWS_SESSION_TOKEN=${t}\nAWS_REGION=eu-central-1`,
      cred('aws-access-key-id', k),
      cred('aws-secret-key', s),
      cred('aws-session-token', t),
    );
  },
  'aws-sts-xml': (r, id) => {
    const k = awsKeyId22(r, 'ASIA');
    const s = awsSecret22(r);
    const t = awsSession22(r);
    return pos(
      id,
      `DEBUG botocore.parsers Response body:\nb'<AssumeRoleWithSAMLResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithSAMLResult><Credentials><AccessKeyId>${k}</AccessKeyId><SecretAccessKey>${s}</SecretAccessKey><SessionToken>${t}</SessionToken><Expiration>${iso22(r)}</Expiration></Credentials><Issuer>https://idp.internal/saml</Issuer></AssumeRoleWithSAMLResult></AssumeRoleWithSAMLResponse>'`,
      cred('aws-access-key-id', k),
      cred('aws-secret-key', s),
      cred('aws-session-token', t),
    );
  },
  'aws-credentials-file': (r, id) => {
    const k = awsKeyId22(r);
    const s = awsSecret22(r);
    return pos(
      id,
      `$ cat ~/.aws/credentials   # saml2aws debug\n[default]\naws_access_key_id = ${k}\naws_secret_access_key = ${s}\n[saml]\ncredential_process = saml2aws login --skip-prompt`,
      cred('aws-access-key-id', k),
      cred('aws-secret-key', s),
    );
  },
  'cognito-identity-creds': (r, id) => {
    const k = awsKeyId22(r, 'ASIA');
    const s = awsSecret22(r);
    return pos(
      id,
      `GetCredentialsForIdentity -> {"IdentityId":"eu-west-1:${r.uuid()}","Credentials":{"AccessKeyId":"${k}","SecretKey":"${s}","SessionToken":"${awsSession22(r)}","Expiration":${epoch22(r)}}} (cached by amplify logger)`,
      cred('aws-access-key-id', k),
      cred('aws-secret-key', s),
    );
  },
  'identity-platform-key': (r, id) => {
    const k = googleKey22(r);
    return pos(
      id,
      `${iso22(r)} ERROR backend-admin: identitytoolkit accounts:lookup 403 API_KEY_SERVICE_BLOCKED server-side key GOOGLE_SERVER_API_KEY=${k} (restricted key, not the web key)`,
      cred('google-api-key', k),
    );
  },
  'hs256-signing-secret': (r, id) => {
    const sec = r.b64(48);
    const t = jwt22(r, { sub: r.uuid(), role: 'service', iat: epoch22(r) }, 'HS256');
    return pos(id, `${iso22(r)} ERROR gateway: JWT verification failed (invalid signature) token=${t} JWT_SECRET=${sec}`, cred('hmac-signing-secret', sec), cred('jwt-service-token', t));
  },
};
