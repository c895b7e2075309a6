import { B62, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso16, pos, type PosCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Payment, CRM, observability and developer-platform keys as integration SDKs and job runners print them. */
export const credSaas: PosCase16[] = [
  (r) => {
    const v = `EAAA${r.chars(B62 + '-_', 60)}`;
    return pos('saas/square-sdk', `square.exceptions.ApiException: UNAUTHORIZED: This request could not be authorized.
Configuration(environment='production', access_token='${v}', square_version='2024-11-20', timeout=60)`, cred('square-token', v));
  },
  (r) => {
    const v = `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
    return pos('saas/braintree-gateway', `Braintree::AuthenticationError (Braintree::AuthenticationError)
  gateway config: #<Braintree::Configuration environment=:production access_token="${v}" logger=#<Logger:0x000071a2>>`, cred('braintree-token', v));
  },
  (r) => {
    const secret = r.hex(30);
    return pos('saas/plaid-request-body', `plaid.exceptions.ApiException: (400) Reason: Bad Request
HTTP request body: {"client_id": "${r.hex(24)}", "secret": "${secret}", "access_token": "access-production-${r.uuid()}"}
HTTP response body: {"error_code":"INVALID_API_KEYS","error_type":"INVALID_INPUT"}`, cred('plaid-secret', secret));
  },
  (r) => {
    const v = `AQE${r.chars(B62, 2)}mfxK${r.chars(B62 + '+/', 40)}=-${r.chars(B62 + '+/', 43)}=-${r.chars(B62 + '<>;:,[]()', 16)}`;
    return pos('saas/adyen-client', `com.adyen.service.exception.ApiException: HTTP Exception
  config: Config{environment=LIVE, liveEndpointUrlPrefix=${r.hex(16)}-Corp, xApiKey=${v}, connectionTimeoutMillis=60000}`, cred('adyen-api-key', v));
  },
  (r) => {
    const id = `rzp_live_${r.b62(14)}`, secret = r.b62(24);
    return pos('saas/razorpay-error', `BadRequestError: Authentication failed
razorpay instance: Razorpay { key_id: '${id}', key_secret: '${secret}', headers: {} }`, cred('razorpay-secret', secret));
  },
  (r) => {
    const v = `FLWSECK-${r.hex(32)}-X`;
    return pos('saas/flutterwave-env', `[${iso16(r)}] local.ERROR: Flutterwave transfer failed {"status":"error","message":"Invalid authorization key","headers":{"Authorization":"Bearer ${v}"}}`, cred('flutterwave-secret', v));
  },
  (r) => {
    const v = `live_${r.b62(30)}`;
    return pos('saas/mollie-client', `Mollie\\Api\\Exceptions\\ApiException: [${iso16(r)}] Error executing API call (401: Unauthorized Request): Missing authentication, or failed to authenticate.
#0 /var/www/shop/vendor/mollie/mollie-api-php/src/MollieApiClient.php(529): Mollie\\Api\\MollieApiClient->setApiKey('${v}')`, cred('mollie-key', v));
  },
  (r) => {
    const v = `00D${r.chars(AN, 12)}!AQ${r.chars(AN, 2)}AR${r.chars(B62 + '._', 90)}`;
    return pos('saas/salesforce-simple', `simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://corp.my.salesforce.com/services/data/v61.0/query/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]
sf = Salesforce(instance_url='https://corp.my.salesforce.com', session_id='${v}')`, cred('salesforce-session', v));
  },
  (r) => {
    const v = `ATATT3xFfGF0${r.chars(B62 + '-_', 170)}=${r.hex(8).toUpperCase()}`;
    return pos('saas/atlassian-statuspage', `jira.exceptions.JIRAError: JiraError HTTP 401 url: https://corp.atlassian.net/rest/api/2/serverInfo
	request headers = {'User-Agent': 'python-requests/2.32.3', 'Accept': 'application/json,*.*;q=0.9', 'Authorization': 'Basic ${b64s(`ops-bot@corp-tools.io:${v}`)}'}
	basic_auth=('ops-bot@corp-tools.io', '${v}')`, cred('atlassian-token', v));
  },
  (r) => {
    const v = `ntn_${r.digits(11)}${r.b62(35)}`;
    return pos('saas/notion-client', `@notionhq/client warn: request fail { code: 'unauthorized', message: 'API token is invalid.' }
new Client({ auth: '${v}', logLevel: LogLevel.DEBUG, timeoutMs: 60000 })`, cred('notion-token', v));
  },
  (r) => {
    const v = `pat${r.b62(14)}.${r.hex(64)}`;
    return pos('saas/airtable-sync', `AirtableError {error: 'AUTHENTICATION_REQUIRED', message: 'Authentication required', statusCode: 401}
  at Airtable base app${r.b62(14)} configured with apiKey='${v}' endpointUrl='https://api.airtable.com'`, cred('airtable-pat', v));
  },
  (r) => {
    const v = `figd_${r.chars(B62 + '-_', 40)}`;
    return pos('saas/figma-export-job', `[export-icons] GET https://api.figma.com/v1/files/${r.b62(22)}/images?ids=1:2&format=svg failed 403
  job.env = {"FIGMA_TOKEN":"${v}","OUT_DIR":"./icons"}`, cred('figma-token', v));
  },
  (r) => {
    const v = `CFPAT-${r.chars(B62 + '-_', 43)}`;
    return pos('saas/contentful-migration', `contentful-migration: Error: The access token you sent could not be found or is invalid.
  argv: { spaceId: '${r.chars(LOWER + DIGITS, 12)}', environmentId: 'master', accessToken: '${v}', filePath: 'migrations/0042-add-seo.js' }`, cred('contentful-pat', v));
  },
  (r) => {
    const v = `dt0c01.${r.chars(AN, 24)}.${r.chars(AN, 64)}`;
    return pos('saas/dynatrace-oneagent', `${iso16(r)} UTC [00012a8c] warning [native] Communication failure with https://${r.chars(LOWER, 3)}${r.digits(5)}.live.dynatrace.com/api/v2/metrics/ingest: 401, Api-Token ${v}`, cred('dynatrace-token', v));
  },
  (r) => {
    const v = `glsa_${r.b62(32)}_${r.hex(8)}`;
    return pos('saas/grafana-provisioner', `logger=provisioning.dashboard t=${iso16(r)} level=error msg="failed to push dashboard" url=https://grafana.corp-tools.io/api/dashboards/db headers="map[Authorization:[Bearer ${v}] Content-Type:[application/json]]" status=401`, cred('grafana-sa-token', v));
  },
  (r) => {
    const v = `NRAK-${r.chars(AN, 27)}`;
    return pos('saas/newrelic-nerdgraph', `NerdGraph request failed: {"errors":[{"message":"Invalid credentials"}]}
curl -X POST https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' -H 'API-Key: ${v}' -d @query.json`, cred('newrelic-user-key', v));
  },
  (r) => {
    const v = `sntryu_${r.hex(64)}`;
    return pos('saas/sentry-cli', `$ SENTRY_AUTH_TOKEN=${v} sentry-cli releases files web@4.12.0 upload-sourcemaps ./dist
error: API request failed
  caused by: sentry reported an error: Invalid token (http status: 401)`, cred('sentry-user-token', v));
  },
  (r) => {
    const v = `dp.st.prd.${r.b62(43)}`;
    return pos('saas/doppler-run', `Doppler Error: Unable to fetch secrets
Doppler Error: Get "https://api.doppler.com/v3/configs/config/secrets/download?format=json": 401 Unauthorized
+ doppler run --token ${v} --project checkout --config prd -- node server.js`, cred('doppler-token', v));
  },
  (r) => {
    const v = r.hex(32);
    return pos('saas/algolia-indexer', `AlgoliaSearchError: Invalid Application-ID or API key
  transporter request: { method: 'POST', url: 'https://${r.chars(AN, 10)}-dsn.algolia.net/1/indexes/products/batch', headers: { 'x-algolia-application-id': '${r.chars(AN, 10)}', 'x-algolia-api-key': '${v}' } }`, cred('algolia-admin-key', v));
  },
  (r) => {
    const v = `r8_${r.chars(B62, 37)}`;
    return pos('saas/replicate-worker', `replicate.exceptions.ReplicateError: ReplicateError Details:
title: Unauthenticated
status: 401
client = replicate.Client(api_token="${v}", timeout=120)`, cred('replicate-token', v));
  },
  (r) => {
    const v = `AGE-SECRET-KEY-1${r.chars(B32.replace(/[IOB]/g, ''), 58)}`;
    return pos('saas/sops-decrypt', `Failed to get the data key required to decrypt the SOPS file.
Group 0: FAILED
  age1${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}: FAILED
    - | failed to parse identity from SOPS_AGE_KEY: ${v}
Recovery failed because no master key was able to decrypt the file.`, cred('age-secret-key', v));
  },
  (r) => {
    const v = `re_${r.b62(8)}_${r.b62(24)}`;
    return pos('saas/resend-next', `Error [ResendError]: API key is invalid
    at Resend.fetchRequest (/var/task/node_modules/resend/dist/index.js:211:13)
  resend: Resend { key: '${v}', baseUrl: 'https://api.resend.com' }`, cred('resend-key', v));
  },
  (r) => {
    const id = `AKID${r.b62(32)}`, secret = r.b62(32);
    return pos('saas/tencent-cos', `[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:The provided credentials could not be validated.
cred = credential.Credential("${id}", "${secret}")`, cred('tencent-secret-id', id), cred('tencent-secret-key', secret));
  },
  (r) => {
    const v = `xapp-1-A0${r.chars(AN, 9)}-${r.digits(13)}-${r.hex(64)}`;
    return pos('saas/bolt-socket-mode', `[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve a new WSS URL (error: An API error occurred: invalid_auth)
App options: { socketMode: true, appToken: '${v}', logLevel: 'debug' }`, cred('slack-app-token', v));
  },
  (r) => {
    const v = `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`;
    return pos('saas/heroku-cli-netrc', `$ heroku pg:credentials:url DATABASE -a checkout-prod
 ▸    Invalid credentials provided.
machine api.heroku.com
  login deploy@corp-tools.io
  password ${v}`, cred('heroku-api-key', v));
  },
  (r) => {
    const v = `${r.chars(LOWER + DIGITS, 30)}`;
    return pos('saas/twitchio-bot', `twitchio.errors.AuthenticationError: Invalid or unauthorized Access Token passed.
bot = commands.Bot(token="oauth:${v}", prefix="!", initial_channels=["corp_live"])`, cred('twitch-oauth', v));
  },
];
