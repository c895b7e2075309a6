import { js, type Tpl } from './blind-set-72-core';

/** SDK exceptions and their reprs, as integrations log them. */
export const SDK: Tpl[] = [
  ['stripe-node-auth', (x) => `StripeAuthenticationError: Invalid API Key provided: ${x.t('stripe_sk')}
    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20)
    at res.toJSON.then.Error_js_1.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:54) {
  type: 'StripeAuthenticationError', statusCode: 401, requestId: 'req_${x.alnum(14)}', headers: { 'request-id': 'req_${x.alnum(14)}' } }`],
  ['stripe-node-card-declined', (x) => `[${x.ts()}] ERROR charge failed {"type":"StripeCardError","code":"card_declined","decline_code":"insufficient_funds","param":"","requestId":"req_${x.alnum(14)}","raw":{"request_log_url":"https://dashboard.stripe.com/logs/req_${x.alnum(14)}"},"customer":{"id":"cus_${x.alnum(14)}","name":${js(x.name())},"email":"${x.email()}","phone":"${x.phone()}"},"stripeClient":{"_api":{"auth":"Bearer ${x.t('stripe_rk')}","host":"api.stripe.com"}}}`],
  ['stripe-python-repr', (x) => `stripe.error.InvalidRequestError: Request req_${x.alnum(14)}: No such payment_method: 'pm_${x.alnum(24)}'
  locals: api_key='${x.t('stripe_sk')}' stripe_account='acct_${x.alnum(16)}' idempotency_key='${x.uuid()}'`],
  ['boto3-debug-headers', (x) => {
    const ak = x.raw('aws_akid');
    return `2026-03-02 11:04:17,221 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sqs.us-east-1.amazonaws.com/, headers={'X-Amz-Date': b'20260302T110417Z', 'X-Amz-Security-Token': b'${x.t('aws_session')}', 'Authorization': b'AWS4-HMAC-SHA256 Credential=${ak}/20260302/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=${x.hex(64)}'}>
2026-03-02 11:04:17,219 botocore.credentials [DEBUG] Found credentials in environment variables. aws_secret_access_key=${x.t('aws_secret')}`;
  }],
  ['boto3-client-repr', (x) => `Traceback (most recent call last):
  File "/srv/app/sync/s3_export.py", line 88, in upload
    s3.put_object(Bucket=bucket, Key=key, Body=body)
botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.
    session = boto3.Session(aws_access_key_id='${x.c('aws_akid', x.raw('aws_akid'))}', aws_secret_access_key='${x.t('aws_secret')}', region_name='eu-west-1')`],
  ['google-auth-refresh', (x) => `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})
  credentials_info = {"type": "service_account", "project_id": "acme-billing-prod", "private_key_id": "${x.hex(40)}", "private_key": "${x.t('gcp_pem')}\\n", "client_email": "exporter@acme-billing-prod.iam.gserviceaccount.com", "client_id": "${x.num(21)}"}`],
  ['google-oauth-client', (x) => `oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Unauthorized
  flow.client_config = {'client_id': '${x.num(12)}-${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com', 'client_secret': '${x.t('google_secret')}', 'refresh_token': '${x.t('google_refresh')}'}`],
  ['octokit-request-error', (x) => `RequestError [HttpError]: Bad credentials
    at /app/node_modules/@octokit/request/dist-node/index.js:86:21 {
  status: 401,
  request: { method: 'GET', url: 'https://api.github.com/repos/acme/payments/pulls?state=open', headers: { accept: 'application/vnd.github.v3+json', 'user-agent': 'octokit-rest.js/20.0.2', authorization: 'token ${x.t(x.pick(['ghp', 'ghs', 'gho']))}' } },
  response: { status: 401, headers: { 'x-github-request-id': '${x.upper(4)}:${x.upper(5)}:${x.upper(7)}:${x.upper(7)}:${x.upper(8)}' } } }`],
  ['octokit-app-auth', (x) => `Error: [@octokit/auth-app] installation token request failed; appId=${x.num(6)} installationId=${x.num(8)} privateKey="${x.t('gcp_pem')}" fallbackToken=${x.t('github_pat')}`],
  ['slack-sdk-error', (x) => `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)
The server responded with: {'ok': False, 'error': 'invalid_auth'}
  client = <slack_sdk.web.client.WebClient object at 0x7f3c2a1b9d60> token='${x.t('xoxb')}' base_url='https://slack.com/api/'`],
  ['slack-bolt-socket', (x) => `[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve WSS URL: An API error occurred: invalid_auth { appToken: '${x.t('xapp')}', botToken: '${x.t('xoxb')}', signingSecret: '${x.t('slack_signing')}' }`],
  ['openai-python-auth', (x) => `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************${x.alnum(4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}
  self = OpenAI(api_key='${x.t('openai')}', organization='org-${x.alnum(24)}', base_url=URL('https://api.openai.com/v1/'))`],
  ['openai-node-retry', (x) => `{"level":"warn","msg":"Retrying request to /chat/completions in 0.8s","attempt":2,"options":{"method":"post","path":"/chat/completions","headers":{"Authorization":"Bearer ${x.t(x.pick(['openai', 'openai_legacy']))}","OpenAI-Organization":"org-${x.alnum(24)}"}}}`],
  ['anthropic-sdk', (x) => `anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}
  client=Anthropic(api_key=${js(x.t('anthropic'))}, max_retries=2) request_id=req_${x.alnum(24)}`],
  ['twilio-python-rest', (x) => `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${x.phone()} is not a valid phone number.
  Locals: account_sid='AC${x.hex(32)}' auth_token='${x.t('twilio_token')}' from_='${x.phone()}' body='Your verification code is ${x.num(6)}'`],
  ['twilio-node-keyauth', (x) => `RestException [Error]: Authenticate
    at success (/app/node_modules/twilio/lib/base/Version.js:79:23) { status: 401, code: 20003, moreInfo: 'https://www.twilio.com/docs/errors/20003' }
  twilioClient = { username: 'SK${x.hex(32)}', password: '${x.t('twilio_sk_secret')}', accountSid: 'AC${x.hex(32)}' }`],
  ['simple-salesforce', (x) => `simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Lead/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]
  sf = Salesforce(instance='acme.my.salesforce.com', session_id='${x.t('sf_session')}')
  record = {'Company': 'Northwind Traders', 'Name': ${js(x.name())}, 'Email': '${x.email()}', 'Phone': '${x.phone()}'}`],
  ['jsforce-login', (x) => `Error: INVALID_LOGIN: Invalid username, password, security token; or user locked out.
    at HttpApi.getError (/app/node_modules/jsforce/lib/http-api.js:250:13)
  conn.login('integration@acme-corp.com', '${x.pw()}${x.c('sf-security-token', x.alnum(25))}')`],
  ['simple-salesforce-pw', (x) => `simple_salesforce.exceptions.SalesforceAuthenticationFailed: INVALID_LOGIN: Invalid username, password, security token; or user locked out.
  kwargs = {'username': 'sync-bot@acme.com', 'password': ${js(x.pw(true))}, 'security_token': '${x.c('sf-security-token', x.alnum(24))}', 'domain': 'login'}`],
  ['sendgrid-python', (x) => `python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  sg = SendGridAPIClient(api_key='${x.t('sendgrid')}'); message.to = [To(email='${x.email()}', name=${js(x.name())})]`],
  ['mailgun-requests', (x) => `requests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/mg.acme-mail.com/messages
  auth=('api', '${x.t(x.pick(['mailgun', 'mailgun_new']))}') data={'from': 'Acme <noreply@acme-mail.com>', 'to': '${x.email()}', 'subject': 'Receipt'}`],
  ['hf-hub-error', (x) => `huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/acme/ranker-v3 (Request ID: Root=1-${x.hex(8)}-${x.hex(24)})
  HF_TOKEN=${x.t('hf')}`],
  ['replicate-groq-mistral', (x) => `Exception in thread "llm-router" ${x.pick(['replicate.exceptions.ReplicateError', 'groq.AuthenticationError', 'mistralai.models.SDKError'])}: 401 Unauthorized
  providers = {"replicate": "${x.t('replicate')}", "groq": "${x.t('groq')}", "mistral": "${x.t('mistral')}", "cohere": "${x.t('cohere')}"}`],
  ['databricks-sdk', (x) => `databricks.sdk.errors.platform.Unauthenticated: Invalid access token. Config: host=https://adb-${x.num(16)}.${x.r.int(1, 19)}.azuredatabricks.net, token=${x.t('databricks')}, auth_type=pat. Env: DATABRICKS_HOST, DATABRICKS_TOKEN`],
  ['hvac-vault', (x) => `hvac.exceptions.Forbidden: permission denied, on post https://vault.internal:8200/v1/database/creds/billing-ro
  client = hvac.Client(url='https://vault.internal:8200', token='${x.t('vault')}', namespace='admin/payments')`],
];
