import { ctx61 as X, dob61, ip61, ip6of61, mail61, name61, phone61, street61, city61 } from './blind-set-61-person';
import type { Tpl61 } from './blind-set-61-values';

/** Rollbar, Bugsnag, Honeybadger, Airbrake and Raygun payloads as alert excerpts. */
export const TRACKERS61: Tpl61[] = [
  { id: 'rollbar/py-request', make: (c) => {
    const k = c.cred('stripe_secret'); const em = mail61(c); const ip = ip61(c);
    return `{"data":{"environment":"production","level":"error","body":{"trace":{"exception":{"class":"AuthenticationError","message":"Invalid API Key provided: ${k}"}}},"request":{"url":"https://api.herald-shop.io/checkout","user_ip":"${ip}","POST":{"email":"${em}"}},"person":{"id":"${X.userId(c)}","email":"${em}"}}}`;
  } },
  { id: 'rollbar/node-custom', make: (c) => {
    const t = c.cred('twilio_auth_token'); const ph = phone61(c); const n = name61(c);
    return `[Rollbar] item #${c.r.int(1000, 99999)} (error) TwilioRestException: The 'To' number ${ph} is not a valid phone number.\ncustom: { twilio: { accountSid: 'AC${c.r.hex(32)}', authToken: '${t}' }, recipient: { name: "${n}", phone: '${ph}' } }`;
  } },
  { id: 'rollbar/ruby-locals', make: (c) => {
    const pw = c.pw(); const em = mail61(c); const sf = c.cred('salesforce_token');
    return `Restforce::AuthenticationError: INVALID_LOGIN: Invalid username, password, security token; or user locked out.\nframes[0].locals: {"username"=>"${em}", "password"=>"${pw}", "oauth_token"=>"${sf}", "instance_url"=>"https://herald.my.salesforce.com"}`;
  } },
  { id: 'rollbar/php-server', make: (c) => {
    const k = c.cred('mailchimp_key'); const em = mail61(c); const n = name61(c);
    return `Rollbar: MailchimpMarketing\\ApiException 401 API Key Invalid\nrequest.body: email_address=${em}&status=subscribed\nrequest.headers: {"Authorization":"apikey ${k}"}\nperson.username: ${n}`;
  } },
  { id: 'bugsnag/node-metadata', make: (c) => {
    const k = c.cred('shopify_token'); const n = name61(c); const em = mail61(c, n); const a = street61(c); const ph = phone61(c);
    return JSON.stringify({ exceptions: [{ errorClass: 'HttpError', message: '[API] Invalid API key or access token (unrecognized login or wrong password)' }], metaData: { shopify: { shop: 'herald-goods.myshopify.com', accessToken: k }, order: { customer: { first_last: n, email: em, default_address: { address1: a, city: city61(c), phone: ph } } } } });
  } },
  { id: 'bugsnag/android-user', make: (c) => {
    const n = name61(c); const em = mail61(c); const jwt = c.cred('jwt'); const dob = dob61(c, 'mdy');
    return `Bugsnag: java.lang.IllegalStateException: Biometric enrollment failed\n  user: { id: "${X.userId(c)}", name: "${n}", email: "${em}" }\n  metaData.session: { idToken: "${jwt}" }\n  metaData.profile: { birthDate: "${dob}" }`;
  } },
  { id: 'bugsnag/ruby-tabs', make: (c) => {
    const card = c.card(); const iban = c.iban(); const n = name61(c); const k = c.cred('braintree_token');
    return `Bugsnag notification: Braintree::AuthenticationError\nTab "payment": {"gateway_access_token":"${k}","card_number":"${card}","cardholder_name":"${n}"}\nTab "refund": {"destination_iban":"${iban}"}`;
  } },
  { id: 'bugsnag/go-metadata', make: (c) => {
    const d = c.cred('datadog_api_key'); const ap = c.cred('datadog_app_key'); const ip = ip61(c);
    return `bugsnag.Notify: datadog.(*Client).SubmitMetrics: 403 Forbidden\nmetadata:\n  request: {"headers":{"DD-API-KEY":"${d}","DD-APPLICATION-KEY":"${ap}"}}\n  client: {"remoteAddr":"${ip}:${c.r.int(20000, 65000)}"}`;
  } },
  { id: 'honeybadger/rails-params', make: (c) => {
    const pw = c.pw(); const n = name61(c); const em = mail61(c, n); const ssn = c.natid('us_ssn'); const ip = ip61(c);
    return `Honeybadger: ActiveRecord::RecordInvalid: Validation failed: Ssn has already been taken\nparams: {"applicant"=>{"legal_name"=>"${n}", "email"=>"${em}", "ssn"=>"${ssn}", "password"=>"${pw}"}, "controller"=>"applications", "action"=>"create"}\ncgi_data: {"REMOTE_ADDR"=>"${ip}", "HTTP_USER_AGENT"=>"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "REQUEST_METHOD"=>"POST"}`;
  } },
  { id: 'honeybadger/session-cgi', make: (c) => {
    const ck = c.cred('session_cookie'); const b = c.basic('admin'); const ip = ip61(c);
    return `Honeybadger notice ${c.r.uuid()}\n  session: {"session_id":"${ck}","warden.user.user.key":[[${c.r.int(100, 99999)}],"$2a$12$${c.r.b62(22)}"]}\n  cgi_data:\n    HTTP_AUTHORIZATION: Basic ${b}\n    HTTP_X_REAL_IP: ${ip}\n    SERVER_NAME: admin.herald-shop.io`;
  } },
  { id: 'honeybadger/py-context', make: (c) => {
    const k = c.cred('sendgrid_key'); const em = mail61(c); const ph = phone61(c); const n = name61(c);
    return `honeybadger.notify(exception=python_http_client.exceptions.UnauthorizedError('HTTP Error 401: Unauthorized'))\ncontext={'sendgrid_api_key': '${k}', 'to': '${em}', 'sms_fallback': '${ph}', 'display_name': "${n}"}`;
  } },
  { id: 'honeybadger/elixir', make: (c) => {
    const pw = c.pw('url'); const k = c.cred('stripe_webhook_secret'); const em = mail61(c);
    return `** (Stripe.Error) No signatures found matching the expected signature for payload\n    (herald 2.4.1) lib/herald/webhooks/stripe.ex:${X.line(c)}: Herald.Webhooks.Stripe.verify/2\ncontext: %{endpoint_secret: "${k}", repo_url: "ecto://herald:${pw}@db.internal/herald_prod", customer_email: "${em}"}`;
  } },
  { id: 'airbrake/node-notice', make: (c) => {
    const k = c.cred('npm_token'); const g = c.cred('github_pat');
    return JSON.stringify({ errors: [{ type: 'HTTPError', message: 'Response code 401 (Unauthorized) for https://registry.npmjs.org/@herald%2fsdk', backtrace: [{ file: '/builds/publish.js', line: X.line(c), function: 'publish' }] }], environment: { NPM_TOKEN: k, GITHUB_TOKEN: g, CI: 'true', NODE_ENV: 'production' } }, null, 1);
  } },
  { id: 'airbrake/ruby-params', make: (c) => {
    const card = c.card(' '); const n = name61(c); const ph = phone61(c); const a = street61(c);
    return `Airbrake notice: ActiveMerchant::ConnectionError\n  params: {"payment"=>{"cc_number"=>"${card}", "name_on_card"=>"${n}"}, "shipping"=>{"street"=>"${a}", "phone"=>"${ph}"}}`;
  } },
  { id: 'airbrake/go-context', make: (c) => {
    const t = c.cred('telegram_bot_token'); const ph = phone61(c);
    return `airbrake: notice: error="Post \\"https://api.telegram.org/bot${t}/sendMessage\\": dial tcp 149.154.167.220:443: i/o timeout" context.component=alerts params.chat_phone="${ph}"`;
  } },
  { id: 'raygun/dotnet-request', make: (c) => {
    const k = c.cred('okta_token'); const n = name61(c); const em = mail61(c, n); const ip = ip61(c);
    return JSON.stringify({ Details: { Error: { ClassName: 'Okta.Sdk.Abstractions.OktaApiException', Message: 'Invalid token provided (401, E0000011)' }, Request: { HostName: 'idp-sync.herald.io', Url: '/api/users/import', IPAddress: ip, Headers: { Authorization: `SSWS ${k}` }, RawData: `{"profile":{"displayName":"${n}","email":"${em}","login":"${em}"}}` } } }, null, 2);
  } },
  { id: 'raygun/js-user', make: (c) => {
    const n = name61(c); const em = mail61(c, n); const card = c.card(); const ip6 = ip6of61(c);
    return `Raygun4JS error: TypeError: Cannot read properties of undefined (reading 'brand')\n  User: { Identifier: "${em}", FullName: "${n}", IsAnonymous: false }\n  CustomData: { formState: { cardNumber: "${card}", exp: "0${c.r.int(1, 9)}/2${c.r.int(7, 9)}" }, clientIp: "${ip6}" }`;
  } },
  { id: 'raygun/py-env', make: (c) => {
    const k = c.cred('huggingface_token'); const o = c.cred('openai_key');
    return `raygun4py: RuntimeError: model download failed (401)\nenvironment:\n  HF_TOKEN: ${k}\n  OPENAI_API_KEY: ${o}\n  PYTHONPATH: /srv/app`;
  } },
  { id: 'raygun/java-breadcrumbs', make: (c) => {
    const pw = c.pw(); const iban = c.iban(); const n = name61(c);
    return `Raygun: javax.mail.AuthenticationFailedException: 535 5.7.8 Username and Password not accepted\n  Breadcrumbs:\n    [SMTP] connect smtp.gmail.com:587 user=payouts.herald@gmail.com\n    [SEPA] building pain.001 for creditor ${n} IBAN ${iban}\n  CustomData: {"smtp.password": "${pw}"}`;
  } },
  { id: 'rollbar/java-telemetry', make: (c) => {
    const k = c.cred('linear_key'); const em = mail61(c);
    return `rollbar telemetry:\n  network  POST https://api.linear.app/graphql 401\n  log      creating issue for customer ${em}\n  manual   Authorization: ${k}\nitem: com.apollographql.apollo.exception.ApolloHttpException: HTTP 401 Unauthorized`;
  } },
  { id: 'bugsnag/php-metadata', make: (c) => {
    const k = c.cred('algolia_admin_key'); const n = name61(c); const em = mail61(c, n); const nid = c.natid('br_cpf');
    return `Bugsnag: Algolia\\AlgoliaSearch\\Exceptions\\BadRequestException: Invalid Application-ID or API key\nmetaData.algolia: ["app_id" => "H7${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}", "admin_api_key" => "${k}"]\nmetaData.record: ["nome" => "${n}", "email" => "${em}", "cpf" => "${nid}"]`;
  } },
  { id: 'honeybadger/node-breadcrumbs', make: (c) => {
    const k = c.cred('discord_bot_token'); const em = mail61(c);
    return `Honeybadger breadcrumbs:\n  { category: 'request', message: 'PATCH https://discord.com/api/v10/guilds/.../members', metadata: { headers: { authorization: 'Bot ${k}' } } }\n  { category: 'log', message: 'linking account for ${em}' }\nerror: DiscordAPIError[50013]: Missing Permissions`;
  } },
];
