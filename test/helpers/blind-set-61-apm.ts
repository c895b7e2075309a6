import { ctx61 as X, dob61, ip61, mail61, name61, phone61, street61 } from './blind-set-61-person';
import type { Tpl61 } from './blind-set-61-values';

/** Datadog Error Tracking / APM spans, New Relic error attributes and Elastic APM errors. */
export const APM61: Tpl61[] = [
  { id: 'datadog/span-headers', make: (c) => {
    const jwt = c.cred('jwt'); const ip = ip61(c); const ck = c.cred('session_cookie');
    return `error.type: jwt.exceptions.ExpiredSignatureError\nerror.message: Signature has expired\nhttp.request.headers.authorization: Bearer ${jwt}\nhttp.request.headers.cookie: _ga=GA1.2.${c.r.digits(9)}.${X.epoch(c)}; _herald_session=${ck}\nhttp.client_ip: ${ip}\ntrace_id: ${X.traceId(c)}`;
  } },
  { id: 'datadog/db-statement', make: (c) => {
    const n = name61(c); const em = mail61(c, n); const card = c.card(); const ph = phone61(c);
    return `[Datadog APM] postgres.query error on service checkout-db\ndb.statement: UPDATE customers SET name = '${n.replace(/'/g, '')}', email = '${em}', phone = '${ph}', card_pan = '${card}' WHERE id = ${X.userId(c)}\nerror.message: value too long for type character varying(16)`.replace(`name = '${n.replace(/'/g, '')}'`, `name = $$${n}$$`);
  } },
  { id: 'datadog/error-stack-node', make: (c) => {
    const k = c.cred('anthropic_key'); const em = mail61(c);
    return `error.stack: Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n    at APIError.generate (/app/node_modules/@anthropic-ai/sdk/error.js:45:20)\n    at Anthropic.makeStatusError (/app/node_modules/@anthropic-ai/sdk/core.js:263:33)\nhttp.request.headers.x-api-key: ${k}\nusr.email: ${em}`;
  } },
  { id: 'datadog/log-error-tracking', make: (c) => {
    const u = c.pw('url'); const a = c.pw('url'); const em = mail61(c);
    return `{"status":"error","service":"crm-sync","error":{"kind":"pymongo.errors.OperationFailure","message":"bad auth : authentication failed","stack":"Traceback (most recent call last):\\n  File \\"sync.py\\", line ${X.line(c)}, in main\\n    client = MongoClient(\\"mongodb+srv://crm:${u}@cluster0.ab1cd.mongodb.net/crm?retryWrites=true\\")"},"amqp_url":"amqps://events:${a}@rabbit.herald.internal:5671/","usr":{"email":"${em}"}}`;
  } },
  { id: 'datadog/span-tags-go', make: (c) => {
    const k = c.cred('digitalocean_token'); const v = c.cred('vault_token');
    return `span: http.request resource="POST /v2/droplets" service=provisioner\n  error.msg: "Unable to authenticate you"\n  http.request.headers.authorization: "Bearer ${k}"\n  http.request.headers.x-vault-token: "${v}"\n  span.id: ${X.spanId(c)}`;
  } },
  { id: 'datadog/java-error', make: (c) => {
    const pk = c.cred('private_key_pem'); const em = mail61(c);
    return `error.kind: java.security.spec.InvalidKeySpecException\nerror.message: encoded key spec not recognized: failed to construct sequence from byte[]\nerror.stack: at sun.security.rsa.RSAKeyFactory.engineGeneratePrivate(RSAKeyFactory.java:239)\ncustom.signingKey:\n${pk}\nusr.email: ${em}`;
  } },
  { id: 'datadog/gcp-sa-json', make: (c) => {
    const pk = c.cred('private_key_pem').replace(/\n/g, '\\n'); c.values[c.values.length - 1]!.value = pk;
    const em = mail61(c);
    return `error.message: google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})\nextra.GOOGLE_CREDENTIALS: {"type":"service_account","project_id":"herald-prod","private_key_id":"${c.r.hex(40)}","private_key":"${pk}","client_email":"alerts@herald-prod.iam.gserviceaccount.com"}\nusr.email: ${em}`;
  } },
  { id: 'datadog/dotnet-span', make: (c) => {
    const cs = c.pw('plain'); const k = c.cred('auth0_client_secret'); const n = name61(c);
    return `error.type: System.Security.Authentication.AuthenticationException\ndb.statement: SELECT * FROM Members WHERE FullName = N'${n.replace(/'/g, "''")}'\ncustom.Auth0__ClientSecret: ${k}\ncustom.ConnectionStrings__Members: Data Source=sql-members;User Id=members_rw;Password=${cs};TrustServerCertificate=True`.replace(`N'${n.replace(/'/g, "''")}'`, `@p0 /* "${n}" */`);
  } },
  { id: 'newrelic/error-attrs', make: (c) => {
    const k = c.cred('stripe_secret'); const em = mail61(c); const ip = ip61(c);
    return `New Relic TransactionError: WebTransaction/Controller/checkout/create\n  error.class: Stripe::AuthenticationError\n  error.message: Invalid API Key provided: ${k}\n  request.headers.x-forwarded-for: ${ip}\n  enduser.id: ${em}`;
  } },
  { id: 'newrelic/custom-attrs', make: (c) => {
    const n = name61(c); const dob = dob61(c); const nid = c.natid('uk_nino'); const ph = phone61(c);
    return `newrelic.noticeError(err, { customerName: "${n}", dateOfBirth: "${dob}", nationalInsuranceNumber: "${nid}", mobile: "${ph}" })\nerror: KycProviderError: Onfido applicant creation failed (422)`;
  } },
  { id: 'newrelic/php-params', make: (c) => {
    const pw = c.pw(); const iban = c.iban(true); const em = mail61(c);
    return `NR error: PDOException: SQLSTATE[HY000] [1045] Access denied for user 'wallet'@'10.0.3.4' (using password: YES)\n  request.parameters.iban: ${iban}\n  request.parameters.email: ${em}\n  attributes.db_password: "${pw}"`;
  } },
  { id: 'elastic/error-doc', make: (c) => {
    const k = c.cred('cloudflare_token'); const ip = ip61(c); const em = mail61(c);
    return JSON.stringify({ '@timestamp': X.ts(c), 'error': { exception: [{ type: 'CloudFlare.Exceptions.CloudFlareAPIError', message: '10000: Authentication error' }], culprit: 'dns.update_record' }, 'http': { request: { headers: { Authorization: [`Bearer ${k}`] } } }, 'client': { ip }, 'user': { email: em } });
  } },
  { id: 'elastic/context-body', make: (c) => {
    const card = c.card(); const n = name61(c); const aba = c.aba(); const acct = c.acct(); const a = street61(c);
    return `elastic-apm error ${c.r.hex(32)}:\n  context.request.body: {"payee":"${n}","address":"${a}","bank":{"routingNumber":"${aba}","accountNumber":"${acct}"},"backupCard":"${card}"}\n  exception: DwollaApiError: ValidationError: Routing number is invalid.`;
  } },
  { id: 'elastic/java-labels', make: (c) => {
    const k = c.cred('gitlab_pat'); const z = c.cred('zendesk_token'); const em = mail61(c);
    return `labels.gitlab_token: ${k}\nlabels.zendesk_api_token: ${z}\nlabels.agent_email: ${em}\nerror.exception.message: org.zendesk.client.v2.ZendeskResponseException: HTTP/401: Unauthorized - {"error":"Couldn't authenticate you"}`;
  } },
  { id: 'datadog/ruby-error', make: (c) => {
    const k = c.cred('airtable_pat'); const n = name61(c); const em = mail61(c, n);
    return `error.stack: Faraday::UnauthorizedError: the server responded with status 401\n  /app/lib/crm/airtable_client.rb:${X.line(c)}:in \`create_record'\nhttp.request.headers.authorization: Bearer ${k}\nhttp.request.body: {"fields":{"Name":"${n}","Email":"${em}"}}`;
  } },
  { id: 'newrelic/node-log', make: (c) => {
    const k = c.cred('notion_token'); const s = c.cred('slack_webhook');
    return `{"level":"error","message":"APIResponseError: API token is invalid.","notionToken":"${k}","fallbackWebhook":"${s}","entity.name":"notion-sync","trace.id":"${X.traceId(c)}"}`;
  } },
  { id: 'datadog/python-locals', make: (c) => {
    const k = c.cred('github_fine_pat'); const em = mail61(c);
    return `error.stack: github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials"}\n  File "/app/sync/repos.py", line ${X.line(c)}, in sync\n    locals: token='${k}', owner_email='${em}'`;
  } },
  { id: 'elastic/node-custom', make: (c) => {
    const pw = c.pw(); const n = name61(c); const ssn = c.natid('us_ssn'); const card = c.card('-');
    return `apm.captureError(err, { custom: { applicant: { name: '${n.replace(/'/g, '')}', fullName: "${n}", ssn: '${ssn}' }, payment: { card: '${card}' }, smtpPassword: "${pw}" } })`.replace(`name: '${n.replace(/'/g, '')}', `, '');
  } },
  { id: 'datadog/phone-sms', make: (c) => {
    const ph = phone61(c); const k = c.cred('api_key_hex'); const n = name61(c);
    return `error.message: Vonage\\Client\\Exception\\Request: Invalid Credentials\ncustom.vonage.api_secret: ${k}\ncustom.sms.to: ${ph}\ncustom.sms.text: Hi ${n}, your appointment is confirmed.`;
  } },
];
