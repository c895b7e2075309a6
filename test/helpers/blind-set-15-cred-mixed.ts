import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso15, jwt15, pos, type PosCase15 } from './blind-set-15-types';

/** A mix of common and long-tail providers in CI, container and client-library output. */
export const credMixed: PosCase15[] = [
  (r) => {
    const t = `ya29.${r.chars(B64URL, 150)}`;
    return pos('gcp/grpc-go-metadata', `W1121 07:44:12.091 bigquery_writer.go:118] AppendRows failed: rpc error: code = Unauthenticated desc = Request had invalid authentication credentials.
  outgoing md: metadata.MD{"authorization":[]string{"Bearer ${t}"}, "x-goog-request-params":[]string{"write_stream=projects/corp-dw/datasets/events/tables/clicks/streams/_default"}}`, cred('gcp-access-token', t));
  },
  (r) => {
    const k = r.b64(32);
    return pos('azure/servicebus-yaml', `Unhandled exception. Azure.Messaging.ServiceBus.ServiceBusException: Put token failed. status-code: 401 (Unauthorized)
# appsettings.Production.yaml as loaded
ServiceBus:
  ConnectionString: "Endpoint=sb://sb-orders-prod.servicebus.windows.net/;SharedAccessKeyName=sender;SharedAccessKey=${k}"
  Queue: order-events`, cred('azure-sb-key', k));
  },
  (r) => {
    const k = `sk_live_${r.b62(24)}`;
    return pos('stripe/faraday-ruby', `D, [2026-11-21T12:00:03.551 #7] DEBUG -- request: POST https://api.stripe.com/v1/payouts
D, [2026-11-21T12:00:03.551 #7] DEBUG -- request: Authorization: "Bearer ${k}"
Stripe-Version: "2024-06-20"
E, [2026-11-21T12:00:03.902 #7] ERROR -- : Stripe::InvalidRequestError (Insufficient funds in Stripe account)`, cred('stripe-secret', k));
  },
  (r) => {
    const t = r.hex(32);
    return pos('twilio/powershell', `PS C:\\ops> $cred = New-Object System.Management.Automation.PSCredential("AC${r.hex(32)}", (ConvertTo-SecureString "${t}" -AsPlainText -Force))
PS C:\\ops> Invoke-RestMethod -Uri $smsUri -Credential $cred -Method Post -Body $body
Invoke-RestMethod : {"code":20003,"message":"Authenticate","status":401}`, cred('twilio-auth-token', t));
  },
  (r) => {
    const t = `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
    return pos('slack/php-var-export', `[2026-11-21 03:00:01] cron.ERROR: Slack users.list failed: invalid_auth
array (
  'token' => '${t}',
  'limit' => 200,
  'cursor' => 'dXNlcjpVMEc5V0ZYTlo=',
)`, cred('slack-user', t));
  },
  (r) => {
    const t = `pat-eu1-${r.uuid()}`;
    return pos('hubspot/php-guzzle', `GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.hubapi.com/crm/v3/objects/deals\` resulted in a \`401 Unauthorized\` response
Request headers: {"Authorization":["Bearer ${t}"],"Content-Type":["application/json"]}`, cred('hubspot-pat', t));
  },
  (r) => {
    const k = `sk-svcacct-${r.chars(B64URL, 156)}`;
    return pos('openai/k8s-describe', `Name:         rag-indexer-7f9c5d8b6-x2kq4
Containers:
  indexer:
    State:          Waiting
      Reason:       CrashLoopBackOff
    Environment:
      OPENAI_API_KEY:  ${k}
      INDEX_NAME:      support-articles`, cred('openai', k));
  },
  (r) => {
    const t = `npm_${r.b62(36)}`;
    return pos('npm/ci-npmrc', `$ echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc && npm publish --access restricted
npm error code E403
npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@corp%2fui-kit - You cannot publish over the previously published versions: 4.2.0.`, cred('npm', t));
  },
  (r) => {
    const t = `dckr_pat_${r.chars(B64URL, 27)}`;
    return pos('docker/gha-log', `Run docker/login-action@v3
  with:
    registry: docker.io
    username: corpbuild
    password: ${t}
Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, cred('docker-pat', t));
  },
  (r) => {
    const t = `sntryu_${r.hex(64)}`;
    return pos('sentry/cli', `error: API request failed
  caused by: sentry reported an error: Invalid token (http status: 401)
  Add --log-level=[info|debug] or export SENTRY_LOG_LEVEL=info to see more output.
  SENTRY_AUTH_TOKEN=${t} SENTRY_ORG=corp sentry-cli releases new 2026.11.21-${r.hex(7)}`, cred('sentry-user-token', t));
  },
  (r) => {
    const t = `dp.st.prd.${r.chars(B62, 43)}`;
    return pos('doppler/dockerfile', `Step 7/12 : RUN DOPPLER_TOKEN=${t} doppler run -- npm run build
 ---> Running in ${r.hex(12)}
Doppler Error: Invalid Service token`, cred('doppler', t));
  },
  (r) => {
    const t = `CFPAT-${r.chars(B64URL, 43)}`;
    return pos('contentful/migration', `🚨  Migration unsuccessful
Error: The access token you sent could not be found or is invalid.
  contentful-migration --space-id ${r.chars(LOWER + DIGITS, 12)} --environment-id master --management-token ${t} migrations/0042-add-sku.js`, cred('contentful', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('algolia/admin-key', `AlgoliaSearch\\Exceptions\\BadRequestException: Method not allowed with this API key
  client config: ['appId' => '${r.chars(UPPER + DIGITS, 10)}', 'apiKey' => '${k}', 'key_kind' => 'admin', 'writeTimeout' => 30]`, cred('algolia-admin', k));
  },
  (r) => {
    const t = `sk.${jwt15(r, { u: 'corp-maps', a: r.chars(LOWER + DIGITS, 25) }).split('.')[1]}.${r.chars(B64URL, 22)}`;
    return pos('mapbox/upload', `Error: upload failed 401 {"message":"Not Authorized - Invalid Token"}
    at Uploads.createUpload (mapbox-sdk) with MAPBOX_ACCESS_TOKEN=${t}`, cred('mapbox-secret', t));
  },
  (r) => {
    const k = `${r.chars(B62, 20)}`;
    const basic = b64s(`${r.hex(32)}:${k}`);
    return pos('amplitude/export', `${iso15(r)} ERROR amplitude-export: GET https://analytics.eu.amplitude.com/api/2/export?start=20261120T00 -> 401; auth header "Basic ${basic}"`, cred('amplitude-basic-b64', basic));
  },
  (r) => {
    const t = `ops_${b64s(JSON.stringify({ signInAddress: 'corp.1password.eu', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(16) }, email: `${r.chars(LOWER, 8)}@1passwordserviceaccounts.eu`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.chars(UPPER + DIGITS, 6)}-${r.chars(UPPER + DIGITS, 6)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}`, throttleSecret: { seed: r.hex(64), deviceUuid: r.b62(26) }, deviceUuid: r.b62(26) })).replace(/=+$/, '')}`;
    return pos('1password/gha', `Error: (401) Unauthorized: You aren't authorized to perform this action.
  OP_SERVICE_ACCOUNT_TOKEN: ${t}
  op read "op://ci/registry/password"`, cred('1password-sa', t));
  },
  (r) => {
    const p = r.password(16);
    return pos('mssql/dotnet-connstr', `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'erp_sync'.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)
ClientConnectionId:${r.uuid()}
Connection string: Server=tcp:sql-erp-prod.database.windows.net,1433;Initial Catalog=erp;User ID=erp_sync;Password=${p};Encrypt=True;`, cred('mssql-password', p));
  },
  (r) => {
    const p = r.password(14);
    return pos('mysql/php-pdo', `PDOException: SQLSTATE[HY000] [1045] Access denied for user 'wp_shop'@'10.2.4.17' (using password: YES)
#0 /var/www/html/wp-includes/class-wpdb.php(1989): PDO->__construct('mysql:host=db-shop...', 'wp_shop', '${p}', Array)`, cred('mysql-password', p));
  },
];
