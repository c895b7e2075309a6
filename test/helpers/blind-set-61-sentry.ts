import { ctx61 as X, dob61, ip61, mail61, name61, phone61, street61, city61 } from './blind-set-61-person';
import type { Ctx61, Tpl61 } from './blind-set-61-values';

const J = (o: unknown): string => JSON.stringify(o, null, 2);

/** Sentry events (Python, Node, Ruby, Java, Go, .NET, PHP SDKs) with locals, requests, breadcrumbs and contexts. */
export const SENTRY61: Tpl61[] = [
  { id: 'sentry/py-stripe-locals', make: (c: Ctx61) => {
    const key = c.cred('stripe_secret'); const card = c.card(); const em = mail61(c);
    return `Sentry Issue: stripe.error.CardError: Request req_${c.r.b62(14)}: Your card was declined.\n  File "billing/charges.py", line ${X.line(c)}, in create_charge\n    charge = stripe.Charge.create(amount=amount, currency="usd", source=token, api_key=api_key)\nLocals:\n  api_key = '${key}'\n  amount = ${c.r.int(500, 90000)}\n  card_number = '${card}'\n  customer_email = '${em}'`;
  } },
  { id: 'sentry/py-event-request', make: (c) => {
    const ck = c.cred('session_cookie'); const jwt = c.cred('jwt'); const ip = ip61(c); const em = mail61(c); const pw = c.pw();
    return J({ event_id: X.eventId(c), level: 'error', platform: 'python', exception: { values: [{ type: 'ValidationError', value: `Signup failed for ${em}`, module: 'rest_framework.exceptions' }] },
      request: { url: 'https://api.herald-shop.io/v2/accounts/signup', method: 'POST', headers: { Authorization: `Bearer ${jwt}`, 'User-Agent': 'okhttp/4.12.0', 'X-Forwarded-For': ip }, cookies: `django_language=en; sessionid=${ck}`, data: { email: em, password: pw, newsletter: true } } });
  } },
  { id: 'sentry/py-breadcrumb-sql', make: (c) => {
    const n = name61(c); const ssn = c.natid('us_ssn'); const dob = dob61(c); const ph = phone61(c);
    return `breadcrumbs:\n  [${X.ts(c)}] query  INSERT INTO patients (full_name, ssn, birth_date, phone) VALUES (%s, %s, %s, %s) params=["${n}", "${ssn}", "${dob}", "${ph}"]\n  [${X.ts(c)}] http   POST https://api.eligibility-check.com/v1/verify [502]\nexception: psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_ssn_key"\nDETAIL:  Key (ssn)=(${ssn}) already exists.`;
  } },
  { id: 'sentry/py-env-dump', make: (c) => {
    const a = c.cred('aws_access_key_id'); const s = c.cred('aws_secret_key'); const db = c.pw('url'); const tw = c.cred('twilio_auth_token');
    return `contexts.runtime: CPython 3.12.3\nextra.environ:\n  AWS_ACCESS_KEY_ID=${a}\n  AWS_SECRET_ACCESS_KEY=${s}\n  DATABASE_URL=postgres://billing_app:${db}@prod-db.internal:5432/billing\n  TWILIO_ACCOUNT_SID=AC${c.r.hex(32)}\n  TWILIO_AUTH_TOKEN=${tw}\n  DJANGO_SETTINGS_MODULE=herald.settings.prod`;
  } },
  { id: 'sentry/node-axios-error', make: (c) => {
    const k = c.cred('sendgrid_key'); const em = mail61(c); const n = name61(c);
    return `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:599:11)\nextra.config: {"method":"post","url":"https://api.sendgrid.com/v3/mail/send","headers":{"Accept":"application/json, text/plain, */*","Content-Type":"application/json","Authorization":"Bearer ${k}"},"data":"{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"${em}\\",\\"name\\":\\"${n}\\"}]}],\\"from\\":{\\"email\\":\\"receipts@herald-shop.io\\"}}"}`;
  } },
  { id: 'sentry/node-frame-vars', make: (c) => {
    const k = c.cred('openai_key'); const em = mail61(c); const ph = phone61(c);
    return J({ exception: { values: [{ type: 'RateLimitError', value: '429 You exceeded your current quota, please check your plan and billing details.', stacktrace: { frames: [{ filename: 'src/ai/summarize.ts', function: 'summarizeTicket', lineno: X.line(c), vars: { apiKey: k, ticket: `{"requester":"${em}","phone":"${ph}","body":"refund please"}`, model: 'gpt-4o-mini' } }] } }] } });
  } },
  { id: 'sentry/ruby-rails-params', make: (c) => {
    const n = name61(c); const em = mail61(c, n); const card = c.card(' '); const addr = street61(c);
    return `Stripe::InvalidRequestError (No such customer: 'cus_${c.r.b62(14)}')\napp/services/checkout_service.rb:${X.line(c)}:in \`charge!'\nrequest.data: {"order"=>{"name"=>"${n}", "email"=>"${em}", "card_number"=>"${card}", "billing_address"=>"${addr}", "city"=>"${city61(c)}"}, "commit"=>"Pay now"}`;
  } },
  { id: 'sentry/ruby-user-context', make: (c) => {
    const n = name61(c); const em = mail61(c, n); const ip = ip61(c); const gh = c.cred('github_pat');
    return `user: {"id":"${X.userId(c)}","email":"${em}","username":"${n}","ip_address":"${ip}"}\nexception: Octokit::Unauthorized: GET https://api.github.com/repos/herald/infra/contents/: 401 - Bad credentials\ntags: {"handler":"RepoSyncJob","queue":"default"}\nextra: {"octokit_access_token":"${gh}"}`;
  } },
  { id: 'sentry/java-spring-frames', make: (c) => {
    const pw = c.pw('plain'); const u = c.r.pick(['svc_ledger', 'app_rw', 'payments']);
    const iban = c.iban(); const n = name61(c);
    return `org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n\tat com.herald.ledger.PayoutService.execute(PayoutService.java:${X.line(c)})\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "${u}"\nframe vars (PayoutService.execute): this.dataSource.password="${pw}", payout.beneficiaryIban="${iban}", payout.beneficiaryName="${n}"`;
  } },
  { id: 'sentry/go-http-request', make: (c) => {
    const tok = c.cred('slack_token'); const em = mail61(c);
    return `*url.Error: Post "https://slack.com/api/chat.postMessage": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n  main.(*Notifier).Send\n    /src/notify/slack.go:${X.line(c)}\nrequest.headers:\n  Authorization: Bearer ${tok}\n  Content-Type: application/json; charset=utf-8\nrequest.data: {"channel":"C0${c.r.b62(8).toUpperCase()}","text":"New signup: ${em}"}`;
  } },
  { id: 'sentry/dotnet-exception', make: (c) => {
    const cs = c.pw('plain'); const acct = c.cred('azure_storage_key'); const em = mail61(c);
    return `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'crm_sync'.\n   at Herald.Crm.ContactRepository.UpsertAsync(Contact contact) in /src/Crm/ContactRepository.cs:line ${X.line(c)}\nextra.ConnectionStrings: {"Default":"Server=tcp:herald-crm.database.windows.net,1433;Initial Catalog=crm;User ID=crm_sync;Password=${cs};Encrypt=True;","Blobs":"DefaultEndpointsProtocol=https;AccountName=heraldcrm;AccountKey=${acct};EndpointSuffix=core.windows.net"}\ncontact.Email: ${em}`;
  } },
  { id: 'sentry/php-laravel', make: (c) => {
    const k = c.cred('mailgun_key'); const n = name61(c); const ph = phone61(c); const em = mail61(c, n);
    return `GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.mailgun.net/v3/mg.herald-shop.io/messages\` resulted in a \`401 UNAUTHORIZED\` response\n#0 /var/www/vendor/guzzlehttp/guzzle/src/Middleware.php(69): GuzzleHttp\\Exception\\RequestException::create()\n#1 /var/www/app/Mail/OrderShipped.php(${X.line(c)}): Mailgun\\Mailgun->sendMessage('mg.herald-shop.io', Array)\nrequest.data: {"api_key":"${k}","customer":{"name":"${n}","phone":"${ph}","email":"${em}"}}`;
  } },
  { id: 'sentry/py-celery-args', make: (c) => {
    const iban = c.iban(true); const n = name61(c); const pk = c.cred('plaid_access_token'); const ps = c.cred('plaid_secret');
    return `celery.exceptions.Retry: Retry in 60s: plaid.ApiException(400, INVALID_ACCESS_TOKEN)\ncontexts.celery: {"task_name":"payouts.tasks.sync_balance","retries":3}\nextra.celery-job: {"args":["${pk}"],"kwargs":{"beneficiary":"${n}","iban":"${iban}"}}\nframe locals: client_id='${c.r.hex(24)}', secret='${ps}'`;
  } },
  { id: 'sentry/node-query-string', make: (c) => {
    const k = c.cred('gemini_key'); const em = mail61(c); const ph = phone61(c);
    return `Error: 403 PERMISSION_DENIED: Method doesn't allow unregistered callers\nrequest: {"method":"GET","url":"https://api.herald-shop.io/lookup","query_string":"email=${em}&key=${k}&src=crm"}\nuser: {"phone":"${ph}"}`;
  } },
  { id: 'sentry/py-fastapi-body', make: (c) => {
    const card = c.card(); const n = name61(c); const aba = c.aba(); const acct = c.acct();
    return `pydantic_core._pydantic_core.ValidationError: 1 validation error for PayoutRequest\n  expiry  Input should be a valid string [type=string_type, input_value=None]\nrequest.data: {"holder_name": "${n}", "card_number": "${card}", "ach": {"routing_number": "${aba}", "account_number": "${acct}", "type": "checking"}}`;
  } },
  { id: 'sentry/js-browser-breadcrumbs', make: (c) => {
    const em = mail61(c); const tok = c.cred('bearer_opaque'); const ph = phone61(c);
    return `breadcrumbs (last 4):\n  ui.input   input[name="email"] -> ${em}\n  fetch      POST /api/otp/send {"phone":"${ph}"} [200]\n  fetch      GET /api/me?access_token=${tok} [401]\n  console    [error] Session expired, redirecting to /login`;
  } },
  { id: 'sentry/py-anthropic-frames', make: (c) => {
    const k = c.cred('anthropic_key'); const n = name61(c); const dob = dob61(c, 'dmy');
    return `anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\n  File "intake/triage.py", line ${X.line(c)}, in classify\n    vars: {'self': <Triage>, 'client': Anthropic(api_key='${k}'), 'prompt': 'Patient ${n}, born ${dob}, reports chest pain'}`;
  } },
  { id: 'sentry/ruby-sidekiq-job', make: (c) => {
    const k = c.cred('hubspot_token'); const n = name61(c); const em = mail61(c, n); const ph = phone61(c);
    return `Hubspot::RequestError: Response body: {"status":"error","message":"Authentication credentials not found."}\ncontexts.sidekiq: {"class":"Crm::PushContactJob","jid":"${c.r.hex(24)}","args":[{"fullname":"${n}","email":"${em}","phone":"${ph}"},"${k}"]}`;
  } },
  { id: 'sentry/go-db-dsn', make: (c) => {
    const pw = c.pw('url'); const rd = c.pw('url');
    return `panic: dial tcp 10.20.4.11:3306: connect: connection refused\n\ngoroutine 1 [running]:\nmain.mustOpen({0xc0001a2000, 0x5c})\n\t/app/cmd/worker/main.go:${X.line(c)} +0x1c5\nextra.config: MYSQL_DSN="orders:${pw}@tcp(10.20.4.11:3306)/orders?parseTime=true" REDIS_URL="rediss://default:${rd}@cache-prod.herald.internal:6380/0"`;
  } },
  { id: 'sentry/java-okhttp-headers', make: (c) => {
    const k = c.cred('square_token'); const card = c.card('-'); const em = mail61(c);
    return `com.squareup.square.exceptions.ApiException: Unauthorized\n\tat com.herald.pos.SquareGateway.charge(SquareGateway.java:${X.line(c)})\nrequest.headers: {Square-Version=2025-01-23, Authorization=Bearer ${k}, Idempotency-Key=${c.r.uuid()}}\nlocal variables: cardNumber = "${card}", buyerEmail = "${em}"`;
  } },
  { id: 'sentry/py-boto-locals', make: (c) => {
    const a = c.cred('aws_access_key_id'); const s = c.cred('aws_secret_key'); const em = mail61(c); const n = name61(c);
    return `botocore.exceptions.ClientError: An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified.\n  File "notify/ses.py", line ${X.line(c)}, in send_receipt\nLocals:\n  session = boto3.Session(aws_access_key_id='${a}', aws_secret_access_key='${s}', region_name='eu-west-1')\n  recipient = {'name': "${n}", 'address': '${em}'}`;
  } },
  { id: 'sentry/php-symfony-post', make: (c) => {
    const pw = c.pw(); const em = mail61(c); const nid = c.natid('es_dni'); const iban = c.iban();
    return `Symfony\\Component\\HttpKernel\\Exception\\BadRequestHttpException: Invalid SEPA mandate\nrequest.data: {"email":"${em}","plainPassword":{"first":"${pw}","second":"${pw}"},"dni":"${nid}","mandate":{"iban":"${iban}"}}`;
  } },
  { id: 'sentry/node-prisma', make: (c) => {
    const pw = c.pw('url'); const em = mail61(c); const n = name61(c);
    return `PrismaClientKnownRequestError: \nInvalid \`prisma.customer.create()\` invocation in\n/app/src/crm/customers.ts:${X.line(c)}:25\nUnique constraint failed on the fields: (\`email\`)\nextra.args: {"data":{"email":"${em}","fullName":"${n}"}}\ncontexts.env: {"DATABASE_URL":"postgresql://crm_owner:${pw}@ep-rough-field-123456.eu-central-1.aws.neon.tech/crm?sslmode=require"}`;
  } },
  { id: 'sentry/dotnet-httpclient', make: (c) => {
    const k = c.cred('paypal_access_token'); const n = name61(c); const em = mail61(c, n);
    return `System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n   at Herald.Payments.PayPalClient.CaptureAsync(String orderId) in C:\\src\\Payments\\PayPalClient.cs:line ${X.line(c)}\nextra: { "RequestHeaders": "Authorization: Bearer ${k}\\r\\nPayPal-Request-Id: ${c.r.uuid()}", "Payer": { "Name": "${n}", "Email": "${em}" } }`;
  } },
  { id: 'sentry/py-requests-basic', make: (c) => {
    const b = c.basic(c.r.pick(['api', 'herald-prod', 'sk_live_user'])); const em = mail61(c); const ph = phone61(c);
    return `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.twilio.com/2010-04-01/Accounts/AC${c.r.hex(32)}/Messages.json\nbreadcrumbs:\n  httplib POST https://api.twilio.com/... headers={'Authorization': 'Basic ${b}'}\n  body: To=${encodeURIComponent(ph)}&From=%2B14155550123&Body=Your+order+has+shipped\nuser: {"email": "${em}", "phone": "${ph}"}`;
  } },
];
