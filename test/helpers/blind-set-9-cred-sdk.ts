import { cred, pos, type PosCase9 } from './blind-set-9-types';
import { tok } from './blind-set-9-tokens';

/** Credentials inside SaaS SDK errors and client configuration dumps. */
export const credSdk: PosCase9[] = [
  (r) => {
    const t = tok.stripe(r);
    return pos('sdk/stripe-node-config', `StripeAuthenticationError: Invalid API Key provided: sk_live_****${t.slice(-4)}\n  raw: { type: 'invalid_request_error' }, requestId: 'req_${r.b62(14)}'\nstripe client init: new Stripe('${t}', { apiVersion: '2024-06-20', maxNetworkRetries: 2 })`, cred('stripe-key', t));
  },
  (r) => {
    const t = tok.whsec(r);
    return pos('sdk/stripe-webhook-secret', `StripeSignatureVerificationError: No signatures found matching the expected signature for payload. endpointSecret=${t} header=t=1764843012,v1=${r.hex(64)}`, cred('stripe-webhook-secret', t));
  },
  (r) => {
    const t = tok.stripe(r, 'sk_live_');
    return pos('sdk/stripe-python-repr', `stripe.error.AuthenticationError: Request req_${r.b62(14)}: Expired API Key provided\n  locals: {'stripe.api_key': '${t}', 'customer': 'cus_${r.b62(14)}'}`, cred('stripe-key', t));
  },
  (r) => {
    const t = tok.salesforce(r);
    return pos('sdk/jsforce-session', `[jsforce] INVALID_SESSION_ID: Session expired or invalid\n  at HttpApi.getError (/app/node_modules/jsforce/lib/http-api.js:250:13)\n  conn = Connection { instanceUrl: 'https://northwind.my.salesforce.com', accessToken: '${t}', version: '59.0' }`, cred('salesforce-token', t));
  },
  (r) => {
    const s = r.hex(64).toUpperCase();
    return pos('sdk/simple-salesforce-client-secret', `simple_salesforce.exceptions.SalesforceAuthenticationFailed: invalid_client: invalid client credentials\nauth payload: grant_type=password&client_id=3MVG9${r.b62(80)}&client_secret=${s}&username=integration%40northwind-app.com`, cred('client-secret', s));
  },
  (r) => {
    const t = tok.hubspot(r);
    return pos('sdk/hubspot-python', `hubspot.crm.contacts.exceptions.ApiException: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json'})\nClient(access_token='${t}', retry=Retry(total=3))`, cred('hubspot-token', t));
  },
  (r) => {
    const t = tok.hex32(r);
    return pos('sdk/twilio-node-init', `RestException [Error]: Authenticate\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)\n  status: 401, code: 20003, moreInfo: 'https://www.twilio.com/docs/errors/20003'\nconst client = twilio('AC${r.hex(32)}', '${t}');`, cred('twilio-auth-token', t));
  },
  (r) => {
    const t = tok.hex32(r);
    return pos('sdk/twilio-env', `twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\nTWILIO_ACCOUNT_SID=AC${r.hex(32)}\nTWILIO_AUTH_TOKEN=${t}`, cred('twilio-auth-token', t));
  },
  (r) => {
    const t = tok.sendgrid(r);
    return pos('sdk/sendgrid-ruby-inspect', `SendGrid::API#<SendGrid::API:0x000074c3a1b2 @api_key="${t}", @host="https://api.sendgrid.com", @version="v3"> returned 401 {"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked"}]}`, cred('sendgrid-key', t));
  },
  (r) => {
    const t = tok.shopify(r, 'shpat_');
    return pos('sdk/shopify-api-graphql', `[shopify-api/ERROR] GraphqlQueryError: [API] Invalid API key or access token (unrecognized login or wrong password)\n  session: Session { id: 'offline_northwind-outlet.myshopify.com', shop: 'northwind-outlet.myshopify.com', accessToken: '${t}', scope: 'read_orders,write_fulfillments' }`, cred('shopify-token', t));
  },
  (r) => {
    const t = tok.shopify(r, 'shpss_');
    return pos('sdk/shopify-webhook-hmac', `Shopify webhook HMAC mismatch for topic orders/create; SHOPIFY_API_SECRET=${t} computed=${r.b64(32)}`, cred('shopify-secret', t));
  },
  (r) => {
    const t = tok.zendesk(r);
    return pos('sdk/zendesk-node-config', `ZendeskError: 401 Couldn't authenticate you\n  clientOptions: { username: 'support-bot@northwind-app.com', token: '${t}', subdomain: 'northwind', apiType: 'core' }`, cred('zendesk-token', t));
  },
  (r) => {
    const t = tok.atlassian(r);
    return pos('sdk/jira-python', `jira.exceptions.JIRAError: JiraError HTTP 401 url: https://northwind.atlassian.net/rest/api/3/issue/OPS-4821\n\ttext: Client must be authenticated to access this resource.\n\tJIRA(server='https://northwind.atlassian.net', basic_auth=('ops-bot@northwind-app.com', '${t}'))`, cred('atlassian-token', t));
  },
  (r) => {
    const t = tok.github(r, 'ghs');
    return pos('sdk/octokit-request-error', `HttpError: Bad credentials\n    at /app/node_modules/@octokit/request/dist-node/index.js:124:21\n  request: { method: 'GET', url: 'https://api.github.com/repos/northwind/api/pulls', headers: { accept: 'application/vnd.github.v3+json', 'user-agent': 'octokit-rest.js/20.1.1', authorization: 'token ${t}' } }`, cred('github-token', t));
  },
  (r) => {
    const t = tok.githubPat(r);
    return pos('sdk/pygithub-init', `github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}\n  g = Github(auth=Auth.Token("${t}"))`, cred('github-token', t));
  },
  (r) => {
    const t = tok.gitlab(r);
    return pos('sdk/python-gitlab', `gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized\n  gl = gitlab.Gitlab('https://gitlab.northwind-app.com', private_token='${t}', api_version=4)`, cred('gitlab-token', t));
  },
  (r) => {
    const id = tok.awsKeyId(r);
    const s = tok.awsSecret(r);
    return pos('sdk/aws-v3-credentials', `CredentialsProviderError / InvalidSignatureException: The request signature we calculated does not match the signature you provided.\n  $metadata: { httpStatusCode: 403, requestId: '${r.uuid()}', attempts: 1 }\n  credentials: { accessKeyId: '${id}', secretAccessKey: '${s}' }`, cred('aws-access-key-id', id), cred('aws-secret-key', s));
  },
  (r) => {
    const id = tok.awsKeyId(r, 'ASIA');
    const s = tok.awsSecret(r);
    const st = tok.awsSession(r);
    return pos('sdk/boto3-debug-session', `botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation\nDEBUG botocore.credentials Credentials(access_key='${id}', secret_key='${s}', token='${st}', method='sts-assume-role')`, cred('aws-access-key-id', id), cred('aws-secret-key', s), cred('aws-session-token', st));
  },
  (r) => {
    const k = tok.azureSecret(r);
    return pos('sdk/azure-identity', `azure.identity.ClientSecretCredential.get_token failed: AADSTS7000215: Invalid client secret provided.\n  ClientSecretCredential(tenant_id='${r.uuid()}', client_id='${r.uuid()}', client_secret='${k}')`, cred('azure-client-secret', k));
  },
  (r) => {
    const t = tok.auth0Secret(r);
    return pos('sdk/auth0-management', `Auth0 ManagementClient: access_denied (Unauthorized) at https://northwind.eu.auth0.com/oauth/token\n  new ManagementClient({ domain: 'northwind.eu.auth0.com', clientId: '${r.b62(32)}', clientSecret: '${t}' })`, cred('auth0-client-secret', t));
  },
  (r) => {
    const t = tok.jwt(r, { 'https://northwind-app.com/roles': ['admin'], azp: r.b62(32), gty: 'client-credentials' }, 'RS256');
    return pos('sdk/auth0-mgmt-token-log', `{"level":"warn","msg":"auth0 token near expiry","token":"${t}","expires_in":86400}`, cred('jwt', t));
  },
  (r) => {
    const t = tok.paypalSecret(r);
    const id = 'A' + r.b62(79);
    return pos('sdk/paypal-oauth', `PayPalRESTException: invalid_client Client Authentication failed\n  paypal.configure({'mode': 'live', 'client_id': '${id}', 'client_secret': '${t}'})`, cred('paypal-secret', t));
  },
  (r) => {
    const t = tok.braintree(r);
    return pos('sdk/braintree-gateway', `Braintree::AuthenticationError (Braintree::AuthenticationError)\n  gateway = Braintree::Gateway.new(access_token: "${t}")`, cred('braintree-token', t));
  },
  (r) => {
    const t = tok.adyen(r);
    return pos('sdk/adyen-java', `com.adyen.service.exception.ApiException: HTTP Exception statusCode=401 errorCode=000 message=Unauthorized\nConfig{environment=LIVE, liveEndpointUrlPrefix='1797a841fbb37ca7-NorthwindCOM', apiKey='${t}', merchantAccount='NorthwindECOM'}`, cred('adyen-key', t));
  },
  (r) => {
    const t = tok.squareSecret(r);
    return pos('sdk/square-oauth', `square.exceptions.ApiException: 401 UNAUTHORIZED obtain_token body={"client_id": "sq0idp-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22)}", "client_secret": "${t}", "grant_type": "refresh_token"}`, cred('square-secret', t));
  },
  (r) => {
    const t = tok.mailchimp(r);
    return pos('sdk/mailchimp-marketing', `MailchimpMarketing ApiClient error 401 API Key Invalid\n  client.setConfig({ apiKey: "${t}", server: "us${t.split('-us')[1]}" })`, cred('mailchimp-key', t));
  },
  (r) => {
    const t = 'sgp_' + r.b62(64);
    return pos('sdk/segment-public-api', `[segment-public-api] 401 Unauthorized PATCH https://api.segmentapis.com/sources/${r.b62(22)}\n  headers: {"Authorization":"Bearer ${t}","Content-Type":"application/vnd.segment.v1+json"}`, cred('segment-token', t));
  },
  (r) => {
    const t = tok.openai(r);
    return pos('sdk/openai-python', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************${t.slice(-4)}.', 'type': 'invalid_request_error'}}\n  OPENAI_API_KEY=${t}`, cred('openai-key', t));
  },
  (r) => {
    const t = tok.anthropic(r);
    return pos('sdk/anthropic-ts', `AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n  new Anthropic({ apiKey: "${t}", maxRetries: 2 })`, cred('anthropic-key', t));
  },
  (r) => {
    const t = tok.sentry(r);
    return pos('sdk/sentry-cli', `error: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n  SENTRY_AUTH_TOKEN=${t} sentry-cli releases new 4.12.0`, cred('sentry-token', t));
  },
  (r) => {
    const t = tok.npm(r);
    return pos('sdk/npm-publish', `npm ERR! code E401\nnpm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@northwind%2fsdk\n//registry.npmjs.org/:_authToken=${t}`, cred('npm-token', t));
  },
  (r) => {
    const t = tok.vault(r);
    return pos('sdk/vault-client', `Error making API request.\n\nURL: GET https://vault.internal.acme-corp.io:8200/v1/kv/data/payments\nCode: 403. Errors:\n\n* permission denied\nVAULT_TOKEN=${t}`, cred('vault-token', t));
  },
];
