import { B62 } from './blind-set-9-rng';
import { cred, type PosTemplate23 } from './blind-set-23-types';

/** Cloud: AWS SDK v3 and CLI, S3 presigned URLs, GCP client libraries, Azure SDK, Cloudflare, Fastly, DigitalOcean. */
export const cloudCases23: PosTemplate23[] = [
  [
    'aws-sdk-v3-expired',
    (g) => {
      const id = g.awsKeyId('ASIA');
      const secret = g.awsSecret();
      const session = `IQoJb3JpZ2luX2VjE${g.chars(B62 + '/+', 300)}==`;
      return {
        text: `ExpiredTokenException: The security token included in the request is expired
    at throwDefaultError (/var/task/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)
    at de_CommandError (/var/task/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1520:14) {
  '$fault': 'client',
  '$metadata': { httpStatusCode: 403, requestId: '${g.uuid()}', attempts: 1, totalRetryDelay: 0 },
  Type: 'Sender',
  Code: 'ExpiredToken'
}
env: AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret} AWS_SESSION_TOKEN=${session}`,
        values: [cred('aws-access-key-id', id), cred('aws-secret-key', secret), cred('aws-session-token', session)],
      };
    },
  ],
  [
    'aws-credentials-file',
    (g) => {
      const id = g.awsKeyId();
      const secret = g.awsSecret();
      return {
        text: `botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.
debug: loaded profile "integrations" from /home/app/.aws/credentials:
[integrations]
aws_access_key_id = ${id}
aws_secret_access_key = ${secret}
region = us-east-2`,
        values: [cred('aws-access-key-id', id), cred('aws-secret-key', secret)],
      };
    },
  ],
  [
    's3-presigned-leak',
    (g) => {
      const id = g.awsKeyId('ASIA');
      const sig = g.hex(64);
      const tokenEnc = encodeURIComponent(`IQoJb3JpZ2luX2VjE${g.chars(B62 + '/+', 220)}=`);
      const p = g.person();
      return {
        text: `WARN export-service: customer download link not delivered (smtp 451), link=https://acme-exports-prod.s3.eu-central-1.amazonaws.com/exports/${g.uuid()}/${p.last.replace(/[^A-Za-z]/g, '')}-statement.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20261201%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T091500Z&X-Amz-Expires=604800&X-Amz-Security-Token=${tokenEnc}&X-Amz-Signature=${sig}&X-Amz-SignedHeaders=host`,
        values: [cred('aws-session-token-urlenc', tokenEnc), cred('presigned-url-signature', sig)],
      };
    },
  ],
  [
    'gcp-service-account',
    (g) => {
      const pem = g.pem('PRIVATE KEY', 14);
      const escaped = pem.join('\\n');
      const kid = g.hex(40);
      return {
        text: `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})
GOOGLE_APPLICATION_CREDENTIALS_JSON={"type": "service_account", "project_id": "acme-data-prod", "private_key_id": "${kid}", "private_key": "${escaped}\\n", "client_email": "bq-loader@acme-data-prod.iam.gserviceaccount.com", "client_id": "${g.digits(21)}", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}`,
        values: [cred('private-key', escaped), cred('gcp-private-key-id', kid)],
      };
    },
  ],
  [
    'gcp-oauth-client',
    (g) => {
      const secret = `GOCSPX-${g.chars(B62 + '-_', 28)}`;
      const refresh = `1//0${g.chars(B62 + '-_', 99)}`;
      return {
        text: `[ERROR] 2026-12-01 08:02:11,902 gmail_sync.py:63 token refresh failed: ('unauthorized_client: Unauthorized', {'error': 'unauthorized_client', 'error_description': 'Unauthorized'})
Credentials(token=None, refresh_token='${refresh}', token_uri='https://oauth2.googleapis.com/token', client_id='${g.digits(12)}-${g.lowerAlnum(32)}.apps.googleusercontent.com', client_secret='${secret}', scopes=['https://www.googleapis.com/auth/gmail.readonly'])`,
        values: [cred('gcp-oauth-client-secret', secret), cred('google-refresh-token', refresh)],
      };
    },
  ],
  [
    'gcp-access-token',
    (g) => {
      const tok = `ya29.${g.chars(B62 + '-_', 180)}`;
      return {
        text: `google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/storage/v1/b/acme-raw-events/o?projection=noAcl&prettyPrint=false: acme-etl@acme-data-prod.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket. Permission 'storage.objects.list' denied on resource (or it may not exist).
request headers: {'Authorization': 'Bearer ${tok}', 'x-goog-api-client': 'gl-python/3.11.9 gccl/2.18.2'}`,
        values: [cred('google-access-token', tok)],
      };
    },
  ],
  [
    'azure-storage-conn',
    (g) => {
      const key = g.b64(64);
      const account = `acme${g.lowerAlnum(8)}`;
      return {
        text: `Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
RequestId:${g.uuid()}
Time:${g.iso()}
Status: 403 (Server failed to authenticate the request.)
ErrorCode: AuthenticationFailed
   at Azure.Storage.Blobs.BlobRestClient.UploadAsync(...)
   at Acme.Archive.BlobArchiver.PutAsync(String name) in /src/Archive/BlobArchiver.cs:line 58
ConnectionString: DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`,
        values: [cred('azure-storage-key', key)],
      };
    },
  ],
  [
    'azure-sas-url',
    (g) => {
      const sig = encodeURIComponent(g.b64(32));
      return {
        text: `Azure.RequestFailedException: This request is not authorized to perform this operation using this permission.
Status: 403 (This request is not authorized to perform this operation using this permission.)
ErrorCode: AuthorizationPermissionMismatch
Uri: https://acmeinvoices.blob.core.windows.net/pdf/2026/12/INV-${g.digits(6)}.pdf?sv=2022-11-02&ss=b&srt=co&sp=r&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig}`,
        values: [cred('azure-sas-signature-urlenc', sig)],
      };
    },
  ],
  [
    'azure-client-secret',
    (g) => {
      const secret = g.azSecret();
      return {
        text: `Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${g.uuid()}'.
Trace ID: ${g.uuid()}
Correlation ID: ${g.uuid()}
Timestamp: 2026-12-01 09:41:07Z
   at Azure.Identity.CredentialDiagnosticScope.FailWrapAndThrow(Exception ex)
options: {"TenantId":"${g.uuid()}","ClientId":"${g.uuid()}","ClientSecret":"${secret}"}`,
        values: [cred('azure-client-secret', secret)],
      };
    },
  ],
  [
    'cloudflare-purge',
    (g) => {
      const tok = g.chars(B62 + '-_', 40);
      return {
        text: `cdn-purge job failed: POST https://api.cloudflare.com/client/v4/zones/${g.hex(32)}/purge_cache
  -H "Authorization: Bearer ${tok}"
  {"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`,
        values: [cred('cloudflare-api-token', tok)],
      };
    },
  ],
  [
    'fastly-purge',
    (g) => {
      const tok = g.chars(B62 + '-_', 32);
      return {
        text: `Faraday::UnauthorizedError: the server responded with status 401
  request: POST https://api.fastly.com/service/${g.b62(22)}/purge/product-${g.digits(6)} headers={"Fastly-Key"=>"${tok}", "Accept"=>"application/json", "User-Agent"=>"Faraday v2.9.0"}
  response: {"msg":"Provided credentials are missing or invalid"}`,
        values: [cred('fastly-api-token', tok)],
      };
    },
  ],
  [
    'digitalocean-doctl',
    (g) => {
      const tok = `dop_v1_${g.hex(64)}`;
      return {
        text: `+ doctl auth init --access-token ${tok} --context ci
Error: Unable to use supplied token to access API: GET https://api.digitalocean.com/v2/account: 401 (request "${g.uuid()}") Unable to authenticate you
##[error]Process completed with exit code 1.`,
        values: [cred('digitalocean-token', tok)],
      };
    },
  ],
];
