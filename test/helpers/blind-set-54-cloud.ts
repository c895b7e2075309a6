import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { awsKeyId, awsSecret, b64u, crcToken, jwt, pem, person, type Tpl54 } from './blind-set-54-gen';

const region = (r: { pick<T>(xs: readonly T[]): T }) => r.pick(['us-east-1', 'eu-west-1', 'eu-central-1', 'us-west-2', 'ap-southeast-2']);

/** Cloud and identity: AWS SDK v3, GCP / Google Workspace, Microsoft Graph / Entra ID, Okta, Auth0, Azure. */
export const CLOUD54: Record<string, Tpl54> = {
  'aws-sts-creds': (k) => {
    const id = k.c('aws_access_key_id', awsKeyId(k.r, 'ASIA'));
    const sec = k.c('aws_secret_access_key', awsSecret(k.r));
    const st = k.c('aws_session_token', `IQoJb3JpZ2luX2VjE${k.r.b64(300).replace(/=+$/, '')}`);
    return `AssumeRole ok but s3 upload failed; credentials: { AccessKeyId: '${id}', SecretAccessKey: '${sec}', SessionToken: '${st}', Expiration: 2026-04-02T11:52:10.000Z }`;
  },
  'aws-env-dump': (k) => {
    const id = k.c('aws_access_key_id', awsKeyId(k.r, 'AKIA'));
    const sec = k.c('aws_secret_access_key', awsSecret(k.r));
    return `process.env at crash:\n  NODE_ENV=production\n  AWS_REGION=${region(k.r)}\n  AWS_ACCESS_KEY_ID=${id}\n  AWS_SECRET_ACCESS_KEY=${sec}\n  LOG_LEVEL=info`;
  },
  'aws-presigned-url': (k) => {
    const id = awsKeyId(k.r, 'ASIA');
    const enc = k.c('aws_session_token', encodeURIComponent(`IQoJb3JpZ2luX2VjE${k.r.b64(240).replace(/=+$/, '')}`));
    const sig = k.c('aws_presigned_signature', k.r.hex(64));
    return `GET https://acme-invoices.s3.${region(k.r)}.amazonaws.com/2026/03/INV-${k.r.digits(6)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20260311%2F${region(k.r)}%2Fs3%2Faws4_request&X-Amz-Date=20260311T101500Z&X-Amz-Expires=604800&X-Amz-Security-Token=${enc}&X-Amz-Signature=${sig}&X-Amz-SignedHeaders=host -> 403 SignatureDoesNotMatch`;
  },
  'aws-secrets-manager': (k) => {
    const pw = k.c('password', k.r.password(k.r.int(18, 28)));
    const inner = JSON.stringify({ username: 'billing_svc', password: pw, engine: 'postgres', host: `billing.cluster-${k.r.b62(12).toLowerCase()}.${region(k.r)}.rds.amazonaws.com`, port: 5432 });
    return `DEBUG secrets: GetSecretValue ARN=arn:aws:secretsmanager:${region(k.r)}:${k.r.digits(12)}:secret:prod/billing/db-${k.r.b62(6)} SecretString=${JSON.stringify(inner)}`;
  },
  'aws-credentials-file': (k) => `[profile deploy]\naws_access_key_id = ${k.c('aws_access_key_id', awsKeyId(k.r, 'AKIA'))}\naws_secret_access_key = ${k.c('aws_secret_access_key', awsSecret(k.r))}\nregion = ${region(k.r)}`,
  'gcp-service-account': (k) => {
    const key = k.c('private_key', pem(k.r, 'PRIVATE KEY', '\\n'));
    const kid = k.c('gcp_private_key_id', k.r.hex(40));
    return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {...})\nloaded credentials from GOOGLE_APPLICATION_CREDENTIALS_JSON={"type":"service_account","project_id":"acme-prod-${k.r.digits(4)}","private_key_id":"${kid}","private_key":"${key}\\n","client_email":"etl-runner@acme-prod.iam.gserviceaccount.com"}`;
  },
  'google-oauth-exchange': (k) => {
    const cs = k.c('google_client_secret', `GOCSPX-${b64u(k.r, 28)}`);
    const rt = k.c('google_refresh_token', `1//0${k.r.pick(['3', '4', '9'])}${b64u(k.r, 99)}`);
    return `POST https://oauth2.googleapis.com/token 400 {"error":"invalid_grant","error_description":"Token has been expired or revoked."}\n  form: client_id=${k.r.digits(12)}-${k.r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com&client_secret=${cs}&refresh_token=${rt}&grant_type=refresh_token`;
  },
  'google-access-token': (k) => {
    const at = k.c('google_access_token', `ya29.a0${b64u(k.r, 160)}`);
    const p = person(k.r);
    return `googleapiclient.errors.HttpError: <HttpError 403 when requesting https://admin.googleapis.com/admin/directory/v1/users/${k.p('email', p.email)}?alt=json returned "Not Authorized to access this resource/api">\n  credentials.token='${at}'`;
  },
  'google-api-key': (k) => {
    const key = k.c('google_api_key', `AIza${k.r.chars(B62 + '-_', 35)}`);
    return `geocoder failed for shipment ${k.r.digits(9)}: https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(`${k.r.int(2, 400)} Market St`)}&key=${key} -> REQUEST_DENIED`;
  },
  'entra-client-secret': (k) => {
    const s = k.c('azure_client_secret', `${k.r.chars(B62, 3)}${k.r.int(0, 9)}Q~${k.r.chars(B62 + '_.~-', 34)}`);
    return `msal.ConfidentialClientApplication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\n  client_id=${k.r.uuid()} tenant=${k.r.uuid()} client_credential="${s}"`;
  },
  'graph-bearer': (k) => {
    const t = k.c('jwt', jwt(k.r, `https://sts.windows.net/${k.r.uuid()}/`, { appid: k.r.uuid(), scp: 'Mail.Send User.Read' }, 'RS256'));
    const p = person(k.r);
    return `GraphError: ErrorAccessDenied Access is denied. Check credentials and try again.\n  POST https://graph.microsoft.com/v1.0/users/${k.p('email', p.email)}/sendMail\n  Authorization: Bearer ${t}`;
  },
  'azure-storage-conn': (k) => {
    const key = k.c('azure_storage_key', k.r.b64(64));
    return `Azure.RequestFailedException: Server failed to authenticate the request. Status: 403\n  ConnectionString: DefaultEndpointsProtocol=https;AccountName=acmeexports;AccountKey=${key};EndpointSuffix=core.windows.net`;
  },
  'azure-sas': (k) => {
    const sig = k.c('azure_sas_signature', encodeURIComponent(k.r.b64(32)));
    return `BlobClient upload failed 403 AuthenticationFailed url=https://acmeexports.blob.core.windows.net/reports/q1.csv?sv=2022-11-02&ss=b&srt=o&sp=rw&se=2026-12-31T00:00:00Z&spr=https&sig=${sig}`;
  },
  'okta-ssws': (k) => {
    const t = k.c('okta_api_token', `00${k.r.chars(B62 + '-_', 40)}`);
    return `OktaApiError: Okta HTTP 401 E0000011 Invalid token provided. Headers: {"Authorization":"SSWS ${t}","Accept":"application/json"} url=https://acme.okta.com/api/v1/users?search=profile.department+eq+"Finance"`;
  },
  'okta-client-creds': (k) => {
    const s = k.c('okta_client_secret', b64u(k.r, 64));
    return `okta:\n  oauth2:\n    issuer: https://acme.okta.com/oauth2/default\n    client-id: 0oa${k.r.b62(17)}\n    client-secret: ${s}\n    scopes: openid,profile`;
  },
  'auth0-mgmt': (k) => {
    const s = k.c('auth0_client_secret', b64u(k.r, 64));
    const t = k.c('jwt', jwt(k.r, 'https://acme.eu.auth0.com/', { gty: 'client-credentials', scope: 'read:users update:users' }, 'RS256'));
    return `ManagementApiError: Unauthorized (401) { statusCode: 401, error: 'Unauthorized', message: 'Expired token received for JSON Web Token validation' }\n  AUTH0_CLIENT_SECRET=${s}\n  last token: ${t}`;
  },
  'auth0-user-export': (k) => {
    const p = person(k.r);
    return `auth0 user import job failed (row 12): {"email":"${k.p('email', p.email)}","given_name":"${p.first}","family_name":"${p.last}","name":"${k.p('person_name', p.full)}","custom_password_hash":{"algorithm":"bcrypt","hash":{"value":"${k.c('password_hash', `$2b$10$${k.r.chars(B62 + './', 53)}`)}"}}}`;
  },
  'gcp-cookie-session': (k) => `Set-Cookie: __Secure-session=${k.c('session_cookie', b64u(k.r, 86))}; Path=/; HttpOnly; Secure; SameSite=Lax  (logged by debug middleware on /admin/users)`,
  'aws-sdk-v3-middleware': (k) => {
    const id = awsKeyId(k.r, 'AKIA');
    const sig = k.c('aws_sigv4_signature', k.r.hex(64));
    const sec = k.c('aws_secret_access_key', awsSecret(k.r));
    return `InvalidSignatureException: The request signature we calculated does not match the signature you provided.\n  $metadata: { httpStatusCode: 400, requestId: '${k.r.uuid()}', attempts: 3 }\n  authorization: 'AWS4-HMAC-SHA256 Credential=${id}/20260311/${region(k.r)}/secretsmanager/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}'\n  credentials: { accessKeyId: '${id}', secretAccessKey: '${sec}' }`;
  },
  'github-pat': (k) => {
    const t = k.c('github_token', crcToken(k.r, k.r.pick(['ghp_', 'gho_', 'ghu_', 'ghs_'])));
    return `HttpError: Bad credentials - https://docs.github.com/rest\n    at /app/node_modules/@octokit/request/dist-node/index.js:124:21\n  request: { method: 'GET', url: 'https://api.github.com/repos/acme/infra/actions/runs', headers: { authorization: 'token ${t}' } }`;
  },
  'github-fine-grained': (k) => `git clone https://x-access-token:${k.c('github_fine_grained_pat', `github_pat_11${k.r.chars(UPPER + DIGITS, 20)}_${k.r.b62(59)}`)}@github.com/acme/payments-config.git\nfatal: Authentication failed for 'https://github.com/acme/payments-config.git/'`,
  'github-app-key': (k) => `GITHUB_APP_ID=${k.r.int(100000, 999999)}\nGITHUB_APP_PRIVATE_KEY="${k.c('private_key', pem(k.r, 'RSA PRIVATE KEY', '\\n'))}"\nGITHUB_WEBHOOK_SECRET=${k.c('webhook_secret', k.r.hex(40))}`,
  'gitlab-token': (k) => {
    const t = k.c('gitlab_token', `${k.r.pick(['glpat-', 'glpat-', 'gldt-', 'glrt-'])}${b64u(k.r, 20)}`);
    return `remote: HTTP Basic: Access denied. The provided password or token is incorrect or it has expired.\nfatal: Authentication failed for 'https://oauth2:${t}@gitlab.acme.io/platform/billing.git/'`;
  },
  'npm-token': (k) => `//registry.npmjs.org/:_authToken=${k.c('npm_token', crcToken(k.r, 'npm_'))}\nnpm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm="GitHub Package Registry"`,
  'openai-key': (k) => {
    const key = k.c('openai_api_key', `sk-${k.r.pick(['proj-', 'svcacct-', 'admin-'])}${b64u(k.r, 74)}T3BlbkFJ${b64u(k.r, 74)}`);
    return `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`;
  },
  'anthropic-key': (k) => {
    const key = k.c('anthropic_api_key', `sk-ant-api03-${b64u(k.r, 93)}AA`);
    const p = person(k.r);
    return `anthropic.AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n  headers={'x-api-key': '${key}', 'anthropic-version': '2023-06-01'}\n  prompt[0:120]='Summarise the complaint from ${k.p('person_name', p.full)} (${k.p('email', p.email)})...'`;
  },
  'datadog-keys': (k) => `DD_API_KEY=${k.c('datadog_api_key', k.r.hex(32))}\nDD_APP_KEY=${k.c('datadog_app_key', k.r.hex(40))}\nDD_SITE=datadoghq.eu`,
  'atlassian-token': (k) => {
    const t = k.c('atlassian_api_token', `ATATT3xFfGF0${b64u(k.r, 170)}=${k.r.hex(8).toUpperCase()}`);
    const p = person(k.r);
    return `jira.exceptions.JIRAError: JiraError HTTP 401 url: https://acme.atlassian.net/rest/api/3/issue\n  basic_auth=('${k.p('email', p.email)}', '${t}')`;
  },
  'cloudflare-token': (k) => `cloudflare.APIError: Invalid request headers (code 6003) -- Authorization: Bearer ${k.c('cloudflare_api_token', k.r.chars(B62 + '-_', 40))}`,
  'vault-token': (k) => `Error making API request.\nURL: GET https://vault.acme.internal:8200/v1/secret/data/payments\nCode: 403. Errors: * permission denied\n(VAULT_TOKEN=${k.c('vault_token', `hvs.${b64u(k.r, 24)}`)})`,
};
