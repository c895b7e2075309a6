import { B62, B64URL, DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { cred, pos, type PosCase13 } from './blind-set-13-types';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ts = (r: Rng9): string => `2026-11-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;

/** A PKCS#8 PEM body of `n` random bytes, lines joined by `sep` (a real newline or an escaped `\n`). */
export function pemKey(r: Rng9, n: number, sep: string): string {
  const body = r.bytes(n).toString('base64').match(/.{1,64}/g)!.join(sep);
  return `-----BEGIN PRIVATE KEY-----${sep}MIIE${body}${sep}-----END PRIVATE KEY-----`;
}

/** Credentials of the most common providers, in contexts earlier sets may not have used. */
export const credCommon: PosCase13[] = [
  (r) => {
    const k = `sk_live_51${r.b62(97)}`;
    return pos('stripe/faraday-debug', `I, [${ts(r)} #${r.int(1000, 9999)}]  INFO -- request: POST https://api.stripe.com/v1/payment_intents\nI, [${ts(r)}]  INFO -- request: Authorization: "Bearer ${k}"\nStripe-Version: "2024-06-20"\nIdempotency-Key: "${r.uuid()}"\nI, [${ts(r)}]  INFO -- response: Status 402`, cred('stripe-secret', k));
  },
  (r) => {
    const w = `whsec_${r.b62(32)}`;
    return pos('stripe/dotnet-webhook', `Stripe.StripeException: No signatures found matching the expected signature for payload\n   at Stripe.EventUtility.ValidateSignature(String json, String stripeSignatureHeader, String secret, Int64 tolerance)\n   at Billing.Api.WebhooksController.Receive() in /src/Billing.Api/Controllers/WebhooksController.cs:line 41\nConfiguration snapshot: Stripe__ApiVersion=2024-06-20; Stripe__WebhookSecret=${w}; Logging__LogLevel__Default=Warning`, cred('stripe-webhook-secret', w));
  },
  (r) => {
    const id = 'AKIA' + r.chars(B32, 16);
    const sec = r.chars(B62 + '+/', 40);
    return pos('aws/sdk-v3-node', `CredentialsProviderError: Could not load credentials from any providers\n    at /app/node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js:134:11 {\n  tryNextLink: false,\n  '$metadata': {},\n  resolvedConfig: { region: 'eu-west-3', credentials: { accessKeyId: '${id}', secretAccessKey: '${sec}', sessionToken: undefined } }\n}`, cred('aws-access-key-id', id), cred('aws-secret-key', sec));
  },
  (r) => {
    const tok = 'IQoJb3JpZ2luX2VjE' + r.b64(300).replace(/=+$/, '');
    return pos('aws/java-wire-log', `DEBUG [main] org.apache.http.wire - http-outgoing-3 >> "PUT /exports/2026/11/part-0007.parquet HTTP/1.1[\\r][\\n]"\nDEBUG [main] org.apache.http.wire - http-outgoing-3 >> "x-amz-security-token: ${tok}[\\r][\\n]"\nDEBUG [main] org.apache.http.wire - http-outgoing-3 << "HTTP/1.1 403 Forbidden[\\r][\\n]"`, cred('aws-session-token', tok));
  },
  (r) => {
    const t = `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`;
    return pos('github/go-clone', `level=error ts=${ts(r)} caller=mirror.go:212 msg="clone failed" repo=acme/ledger-core err="exit status 128: fatal: unable to access 'https://x-access-token:${t}@github.com/acme/ledger-core.git/': The requested URL returned error: 403"`, cred('github-fine-grained-pat', t));
  },
  (r) => {
    const t = `gldt-${r.chars(B62 + '-_', 20)}`;
    return pos('gitlab/deploy-token-ci', `$ echo "Logging in"; docker login -u gitlab+deploy-token-${r.int(100, 999)} -p ${t} registry.gitlab.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry.gitlab.com/v2/": denied: access forbidden\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1`, cred('gitlab-deploy-token', t));
  },
  (r) => {
    const t = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
    return pos('slack/python-sdk-error', `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'}\nDEBUG:slack_sdk.web.base_client:Sending a request - url: https://www.slack.com/api/chat.postMessage, query_params: {}, json_body: {'channel': 'C0${r.chars(UPPER + DIGITS, 8)}'}, headers: {'Content-Type': 'application/json;charset=utf-8', 'Authorization': '(redacted)', 'User-Agent': 'Python/3.11.6 slackclient/3.27.1'}\nretry with token=${t}`, cred('slack-bot-token', t));
  },
  (r) => {
    const k = `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`;
    return pos('openai/axios-config', `AxiosError: Request failed with status code 429\n  config: {\n    url: 'https://api.openai.com/v1/chat/completions',\n    method: 'post',\n    headers: AxiosHeaders {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${k}',\n      'User-Agent': 'axios/1.7.7'\n    },\n    data: '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"summarise ticket"}]}'\n  }`, cred('openai-project-key', k));
  },
  (r) => {
    const k = `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
    return pos('anthropic/kubectl-describe', `Name:         summariser-7d9c${r.hex(6)}-x${r.chars('bcdfghjklmnpqrstvwxz2456789', 4)}\nNamespace:    support-ai\nContainers:\n  worker:\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Environment:\n      LOG_LEVEL:          info\n      ANTHROPIC_API_KEY:  ${k}\n      QUEUE_URL:          amqp://rabbitmq.support-ai.svc:5672`, cred('anthropic-key', k));
  },
  (r) => {
    const sid = 'AC' + r.hex(32);
    const tok = r.hex(32);
    return pos('twilio/curl-form', `+ curl -sS -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json --data-urlencode 'To=+447${r.digits(9)}' --data-urlencode 'Body=Your code is ${r.digits(6)}' -u ${sid}:${tok}\n{"code": 21608, "message": "The number  is unverified.", "status": 400}`, cred('twilio-auth-token', tok));
  },
  (r) => {
    const k = `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
    return pos('sendgrid/node-response-error', `ResponseError: Unauthorized\n    at node_modules/@sendgrid/client/src/classes/client.js:146:29 {\n  code: 401,\n  response: { headers: { server: 'nginx', 'x-message-id': '${r.b64url(16)}' }, body: { errors: [ { message: 'The provided authorization grant is invalid, expired, or revoked' } ] } },\n  request: { headers: { Authorization: 'Bearer ${k}' } }\n}`, cred('sendgrid-key', k));
  },
  (r) => {
    const key = `key-${r.hex(32)}`;
    const basic = Buffer.from(`api:${key}`).toString('base64');
    return pos('mailgun/basic-header', `send.go:88: mailgun: POST https://api.eu.mailgun.net/v3/mg.acme.eu/messages returned 401\n> Authorization: Basic ${basic}\n> Content-Type: multipart/form-data; boundary=${r.hex(30)}\n< Www-Authenticate: Basic realm="MG API"`, cred('mailgun-basic-b64', basic));
  },
  (r) => {
    const t = `00${r.chars(B62 + '-_', 40)}`;
    return pos('okta/okhttp-log', `I/okhttp.OkHttpClient: --> GET https://acme.okta.com/api/v1/users?filter=status%20eq%20%22ACTIVE%22&limit=200\nI/okhttp.OkHttpClient: Accept: application/json\nI/okhttp.OkHttpClient: Authorization: SSWS ${t}\nI/okhttp.OkHttpClient: --> END GET\nI/okhttp.OkHttpClient: <-- 429 Too Many Requests (412ms)`, cred('okta-api-token', t));
  },
  (r) => {
    const s = r.chars(B64URL, 64);
    return pos('auth0/urlencoded-body', `[auth] token request failed: 401 access_denied\nPOST https://acme-prod.eu.auth0.com/oauth/token\nbody=grant_type=client_credentials&client_id=${r.b62(32)}&client_secret=${s}&audience=https%3A%2F%2Fapi.acme.io%2F`, cred('auth0-client-secret', s));
  },
  (r) => {
    const k = r.b64(64);
    return pos('azure/dotnet-storage', `Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nStatus: 403 (Server failed to authenticate the request.)\nErrorCode: AuthenticationFailed\n   at Azure.Storage.Blobs.BlobRestClient.UploadAsync(...)\nConnectionString used: DefaultEndpointsProtocol=https;AccountName=acmeexports${r.digits(2)};AccountKey=${k};EndpointSuffix=core.windows.net`, cred('azure-storage-key', k));
  },
  (r) => {
    const s = `${r.b62(3)}${r.digits(1)}Q~${r.chars(B62 + '~_-.', 34)}`;
    return pos('azure/terraform-env', `│ Error: building account: could not acquire access token to parse claims: clientCredentialsToken: received HTTP status 401 with response: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}\n│\n│   with provider["registry.terraform.io/hashicorp/azurerm"],\n│   on providers.tf line 12\n+ env | grep ARM_\nARM_TENANT_ID=${r.uuid()}\nARM_CLIENT_ID=${r.uuid()}\nARM_CLIENT_SECRET=${s}`, cred('azure-ad-client-secret', s));
  },
  (r) => {
    const key = pemKey(r, 900, '\\\\n');
    return pos('gcp/nested-json-log', `{"severity":"ERROR","time":"${ts(r)}","message":"failed to init bigquery client","payload":"{\\"type\\":\\"service_account\\",\\"project_id\\":\\"acme-analytics-${r.digits(4)}\\",\\"private_key_id\\":\\"${r.hex(40)}\\",\\"private_key\\":\\"${key}\\\\n\\",\\"client_email\\":\\"loader@acme-analytics.iam.gserviceaccount.com\\"}"}`, cred('gcp-private-key', key));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('mongo/pymongo-timeout', `pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-01.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net:27017: timed out, Timeout: 30s, Topology Description: <TopologyDescription id: ${r.hex(24)}, topology_type: ReplicaSetNoPrimary>\n  uri = "mongodb+srv://orders_rw:${pw}@cluster0.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/orders?retryWrites=true&w=majority"`, cred('db-password', pw));
  },
];
