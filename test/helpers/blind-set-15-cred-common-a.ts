import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso15, jwt15, pos, type PosCase15 } from './blind-set-15-types';

const A2Z7 = UPPER + '234567';
const awsId = (r: Parameters<PosCase15>[0], p = 'AKIA'): string => p + r.chars(A2Z7, 16);
const awsSecret = (r: Parameters<PosCase15>[0]): string => r.chars(B62 + '+/', 40);

/** Common providers (Stripe, AWS, GCP, Azure, GitHub, Slack) in contexts tests rarely use. */
export const credCommonA: PosCase15[] = [
  (r) => {
    const k = `sk_live_${r.b62(24)}`;
    return pos('stripe/py-locals', `Traceback (most recent call last):
  File "/srv/billing/charges.py", line 88, in capture
    intent = stripe.PaymentIntent.capture(pi_id, api_key=api_key)
    locals:
      pi_id = 'pi_3P${r.b62(22)}'
      api_key = '${k}'
      attempt = 2
stripe._error.AuthenticationError: Request req_${r.b62(14)}: Invalid API Key provided`, cred('stripe-secret', k));
  },
  (r) => {
    const k = `whsec_${r.b62(32)}`;
    return pos('stripe/k8s-secret-yaml', `$ kubectl get secret payments-webhooks -o yaml --show-managed-fields=false
apiVersion: v1
kind: Secret
metadata:
  name: payments-webhooks
  namespace: checkout
stringData:
  STRIPE_ENDPOINT_SECRET: ${k}
  STRIPE_WEBHOOK_TOLERANCE: "300"
type: Opaque`, cred('stripe-webhook-secret', k));
  },
  (r) => {
    const k = `rk_live_${r.b62(99)}`;
    return pos('stripe/go-struct', `level=error msg="stripe backend init failed" cfg="&{Backend:api URL:https://api.stripe.com/v1 Key:${k} MaxNetworkRetries:2 EnableTelemetry:true}" err="context deadline exceeded"`, cred('stripe-restricted', k));
  },
  (r) => {
    const k = `sk_live_${r.b62(24)}`;
    const basic = b64s(`${k}:`);
    return pos('stripe/okhttp-basic', `--> POST https://api.stripe.com/v1/refunds h2
Content-Type: application/x-www-form-urlencoded
Authorization: Basic ${basic}
Idempotency-Key: ${r.uuid()}
charge=ch_3P${r.b62(22)}&amount=1299
--> END POST (31-byte body)
<-- 401 https://api.stripe.com/v1/refunds (212ms)`, cred('stripe-basic-b64', basic));
  },
  (r) => {
    const id = awsId(r);
    const s = awsSecret(r);
    return pos('aws/rust-debug', `[2026-11-21T03:12:44Z ERROR ingest::s3] put_object failed: DispatchFailure(ConnectorError { kind: Timeout })
  creds = Credentials {
      provider_name: "Environment",
      access_key_id: "${id}",
      secret_access_key: "${s}",
      session_token: None,
      expires_after: None,
  }`, cred('aws-access-key-id', id), cred('aws-secret', s));
  },
  (r) => {
    const tok = `IQoJb3JpZ2luX2VjE${r.chars(B62 + '/+', 380)}==`;
    return pos('aws/dotnet-tostring', `Amazon.S3.AmazonS3Exception: The provided token has expired.
 ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.
   at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)
   --- End of inner exception stack trace ---
   Data: SessionAWSCredentials { AccessKey = ASIA${r.chars(A2Z7, 16)}, SessionToken = ${tok} }
   at Reports.Export.UploadAsync() in /src/Reports/Export.cs:line 57`, cred('aws-session-token', tok));
  },
  (r) => {
    const s = awsSecret(r);
    return pos('aws/powershell', `PS /home/runner> Set-AWSCredential -AccessKey ${awsId(r)} -SecretKey ${s} -StoreAs ci-deploy
Set-AWSCredential: Cannot write credential profile ci-deploy: Access to the path '/home/runner/.aws/credentials' is denied.
##[error]Process completed with exit code 1.`, cred('aws-secret', s));
  },
  (r) => {
    const s = awsSecret(r);
    return pos('aws/tfstate', `Error: state snapshot was created by Terraform v1.9.8, which is newer than current v1.6.2
  "resources": [
    {
      "type": "aws_iam_access_key",
      "name": "etl",
      "instances": [{ "attributes": { "id": "${awsId(r)}", "user": "etl-bot", "secret": "${s}", "status": "Active" } }]`, cred('aws-secret', s));
  },
  (r) => {
    const body = r.b64(1190).match(/.{1,64}/g)!.join('\\n');
    // The planted value ends at the END line; the JSON escape of the final newline after it is not secret.
    const key = `-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----`;
    return pos('gcp/pretty-json', `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})
credentials file /var/run/secrets/gcp/sa.json was:
{
  "type": "service_account",
  "project_id": "ml-feature-prod",
  "private_key_id": "${r.hex(40)}",
  "private_key": "${key}\\n",
  "client_email": "feast-materializer@ml-feature-prod.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}`, cred('gcp-sa-private-key', key));
  },
  (r) => {
    const k = `AIza${r.chars(B64URL, 35)}`;
    return pos('gcp/graphql-ext', `{"errors":[{"message":"Upstream geocoding failed","path":["store","address"],"extensions":{"code":"UPSTREAM","upstream":{"url":"https://maps.googleapis.com/maps/api/geocode/json?address=Hauptstr&key=${k}","status":"REQUEST_DENIED","error_message":"This API project is not authorized to use this API."}}}],"data":null}`, cred('gcp-api-key', k));
  },
  (r) => {
    const s = `GOCSPX-${r.chars(B64URL, 28)}`;
    return pos('gcp/elixir-term', `** (Ueberauth.Strategy.Google.OAuth.Error) token exchange failed: 401
    config: %{client_id: "${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com", client_secret: "${s}", redirect_uri: "https://app.corp.io/auth/google/callback"}
    (ueberauth_google 0.12.1) lib/ueberauth/strategy/google/oauth.ex:84: Ueberauth.Strategy.Google.OAuth.get_access_token/2`, cred('gcp-oauth-secret', s));
  },
  (r) => {
    const k = r.b64(64);
    return pos('azure/dotnet-exception', `System.InvalidOperationException: Unable to reach blob endpoint for container 'invoices'.
 ---> Azure.RequestFailedException: Server failed to authenticate the request.
Status: 403 (Server failed to authenticate the request.)
   at Azure.Storage.Blobs.BlobRestClient.UploadAsync(...)
   Connection: DefaultEndpointsProtocol=https;AccountName=stinvoicesprodweu;AccountKey=${k};EndpointSuffix=core.windows.net
   at Billing.Archive.Run() in D:\\a\\billing\\Archive.cs:line 41`, cred('azure-storage-key', k));
  },
  (r) => {
    const s = `${r.chars(B62, 3)}8Q~${r.chars(B62 + '~._-', 34)}`;
    return pos('azure/php-print-r', `[2026-11-19 10:02:11] production.ERROR: AADSTS7000215: Invalid client secret provided. {"exception":"[object] (League\\\\OAuth2\\\\Client\\\\Provider\\\\Exception\\\\IdentityProviderException(code: 401)"}
Array
(
    [tenant] => ${r.uuid()}
    [clientId] => ${r.uuid()}
    [clientSecret] => ${s}
    [redirectUri] => https://hr.corp.eu/login/azure
)`, cred('azure-client-secret', s));
  },
  (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos('azure/powershell-sas', `Invoke-WebRequest : The remote server returned an error: (403) Forbidden.
At C:\\deploy\\sync.ps1:22 char:1
+ Invoke-WebRequest -Uri "https://stbackupsne.blob.core.windows.net/nightly/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${sig}" -Method Put -InFile $bak
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException`, cred('azure-sas-sig', sig));
  },
  (r) => {
    const t = `ghp_${r.b62(36)}`;
    return pos('github/grpc-metadata', `rpc error: code = Unauthenticated desc = bad credentials
grpc metadata (outgoing): map[:authority:[scm-proxy.internal:8443] authorization:[token ${t}] content-type:[application/grpc] grpc-timeout:[9998m] user-agent:[renovate-bridge/2.4 grpc-go/1.64.0]]`, cred('github-pat', t));
  },
  (r) => {
    const t = `ghs_${r.b62(36)}`;
    return pos('github/h2-headers', `[nghttp2] recv HEADERS frame <length=212, flags=0x04, stream_id=13>
[  0.412] send HEADERS frame <length=188, flags=0x25, stream_id=13>
          :method: POST
          :path: /repos/corp/payments/check-runs
          :scheme: https
          :authority: api.github.com
          authorization: token ${t}
          x-github-api-version: 2022-11-28
[  0.631] recv (stream_id=13) :status: 422`, cred('github-app-token', t));
  },
  (r) => {
    const t = `github_pat_${r.b62(22)}_${r.b62(59)}`;
    return pos('github/erlang-term', `=ERROR REPORT==== 21-Nov-2026::04:11:09.412 ===
    supervisor: {local,gh_sync_sup}
    errorContext: child_terminated
    reason: {http_error,401,<<"Bad credentials">>}
    offender: [{pid,<0.812.0>},{id,gh_poller},{mfargs,{gh_poller,start_link,[#{org => <<"corp">>,token => <<"${t}">>,interval => 60000}]}}]`, cred('github-fine-pat', t));
  },
  (r) => {
    const t = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
    return pos('slack/protobuf-text', `E1121 06:40:02.118 notifier.cc:214] delivery failed, request was:
notify_request {
  channel: "C0${r.chars(UPPER + DIGITS, 9)}"
  credentials {
    bot_token: "${t}"
    team_id: "T0${r.chars(UPPER + DIGITS, 9)}"
  }
  retry_count: 3
}`, cred('slack-bot', t));
  },
  (r) => {
    const h = `https://hooks.slack.com/services/T0${r.chars(UPPER + DIGITS, 9)}/B0${r.chars(UPPER + DIGITS, 9)}/${r.b62(24)}`;
    return pos('slack/terraform-plan', `  # datadog_integration_slack_channel.alerts will be updated in-place
  ~ resource "datadog_webhook" "deploys" {
        id        = "deploys"
      ~ url       = "${h}" -> (sensitive value)
        encode_as = "json"
    }
Plan: 0 to add, 1 to change, 0 to destroy.`, cred('slack-webhook', h));
  },
  (r) => {
    const t = `xapp-1-A0${r.chars(UPPER + DIGITS, 9)}-${r.digits(13)}-${r.hex(64)}`;
    return pos('slack/rust-debug', `${iso15(r)} WARN socket_mode: reconnect #4 after close 1006; client = SocketModeClient { app_token: SlackApiToken { token_value: "${t}", cookie: None, team_id: None }, ping_interval: 30s }`, cred('slack-app-token', t));
  },
  (r) => {
    const t = jwt15(r, { iss: `https://corp.eu.auth0.com/`, sub: `${r.b62(32)}@clients`, aud: 'https://corp.eu.auth0.com/api/v2/', iat: 1795900000, exp: 1795986400, scope: 'read:users update:users', gty: 'client-credentials' }, 'RS256');
    return pos('auth0/node-axios', `AxiosError: Request failed with status code 429
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'patch',
    url: 'https://corp.eu.auth0.com/api/v2/users/auth0%7C${r.hex(24)}',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      Authorization: 'Bearer ${t}',
    },
  },
}`, cred('auth0-mgmt-jwt', t));
  },
];
