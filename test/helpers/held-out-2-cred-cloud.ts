import { ALPHA, type Rng } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';
import { pemBody, tok, uuid } from './held-out-2-values';

const host = (r: Rng) => r.pick(['billing-api', 'checkout', 'notify-worker', 'sync-svc', 'ingest']) + '-' + r.hex(9).slice(0, 9) + '-' + r.str(ALPHA.lower + ALPHA.digits, 5);

/** Credential positives of cloud platforms (AWS, GCP, Azure) and Datadog in SDK, env and config shapes. */
export const CLOUD_CREDENTIALS: readonly PosTemplate[] = [
  [
    'aws-keys-env',
    (r) => {
      const id = tok.awsId(r);
      const s = tok.awsSecret(r);
      return { text: `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${s}\nAWS_DEFAULT_REGION=eu-west-1`, values: [id, s] };
    },
  ],
  [
    'aws-sts-session-json',
    (r) => {
      const id = tok.awsId(r, 'ASIA');
      const s = tok.awsSecret(r);
      const st = tok.awsSession(r);
      return {
        text: `{"Credentials":{"AccessKeyId":"${id}","SecretAccessKey":"${s}","SessionToken":"${st}","Expiration":"2026-12-03T23:59:59Z"},"AssumedRoleUser":{"Arn":"arn:aws:sts::${r.digits(12)}:assumed-role/ci-deploy/gha"}}`,
        values: [id, s, st],
      };
    },
  ],
  [
    'aws-sdk-error-dump',
    (r) => {
      const id = tok.awsId(r, r.pick(['AKIA', 'ASIA']));
      const s = tok.awsSecret(r);
      return {
        text: `CredentialsProviderError: The security token included in the request is invalid.\n    at ... {\n  '$metadata': { httpStatusCode: 403, requestId: '${uuid(r)}' },\n  credentials: { accessKeyId: '${id}', secretAccessKey: '${s}' }\n}`,
        values: [id, s],
      };
    },
  ],
  [
    'aws-ini-profile',
    (r) => {
      const id = tok.awsId(r);
      const s = tok.awsSecret(r);
      return { text: `[profile ci]\naws_access_key_id = ${id}\naws_secret_access_key = ${s}`, values: [id, s] };
    },
  ],
  [
    'aws-session-token-header',
    (r) => {
      const st = tok.awsSession(r);
      return { text: `botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the GetObject operation; request headers X-Amz-Security-Token: ${st}`, values: [st] };
    },
  ],
  [
    'aws-presigned-url',
    (r) => {
      const id = tok.awsId(r, 'ASIA');
      const sig = r.hex(64);
      return {
        text: `download failed 403 for https://exports-prod.s3.eu-west-1.amazonaws.com/q3/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20261203%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261203T221500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`,
        values: [sig],
      };
    },
  ],
  [
    'gcp-service-account-json',
    (r) => {
      const lines = pemBody(r, 'PKCS8');
      const pk = `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
      return {
        text: `google.auth.exceptions.RefreshError: invalid_grant while loading {"type": "service_account", "project_id": "bp-prod-2291", "private_key_id": "${r.hex(40)}", "private_key": "${pk}", "client_email": "exporter@bp-prod-2291.iam.gserviceaccount.com", "client_id": "${r.digits(21)}"}`,
        values: lines,
      };
    },
  ],
  [
    'azure-storage-connection-string',
    (r) => {
      const k = tok.azureKey(r);
      return {
        text: `Azure.RequestFailedException: Server failed to authenticate the request. ConnectionString: DefaultEndpointsProtocol=https;AccountName=bpexports${r.digits(3)};AccountKey=${k};EndpointSuffix=core.windows.net`,
        values: [k],
      };
    },
  ],
  [
    'azure-sas-url',
    (r) => {
      const sig = tok.azureSig(r);
      return {
        text: `PUT https://bpbackups.blob.core.windows.net/db/dump-20261203.gz?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2026-12-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig} -> 403 AuthorizationPermissionMismatch`,
        values: [sig],
      };
    },
  ],
  [
    'datadog-keys-env',
    (r) => {
      const a = tok.ddApi(r);
      const b = tok.ddApp(r);
      return { text: `DD_API_KEY=${a} DD_APP_KEY=${b} DD_SITE=datadoghq.eu`, values: [a, b] };
    },
  ],
  [
    'datadog-keys-headers',
    (r) => {
      const a = tok.ddApi(r);
      const b = tok.ddApp(r);
      return { text: `403 Forbidden from https://api.datadoghq.com/api/v1/monitor: request headers {"DD-API-KEY": "${a}", "DD-APPLICATION-KEY": "${b}"}`, values: [a, b] };
    },
  ],
  [
    'datadog-key-agent-yaml',
    (r) => {
      const a = tok.ddApi(r);
      return { text: `datadog.yaml:\napi_key: ${a}\nsite: datadoghq.com\nlogs_enabled: true`, values: [a] };
    },
  ],
  [
    'datadog-key-camel',
    (r) => {
      const a = tok.ddApi(r);
      return { text: `new DatadogClient({ apiKey: "${a}", site: "us5.datadoghq.com" }) -> 403 "API key is invalid" on host ${host(r)}`, values: [a] };
    },
  ],
];
