import type { T56 } from './blind-set-56-rails-django';

/** ASP.NET Core: ILogger structured state, HttpClient logging, EF Core parameters. */
export const ASPNET: T56[] = [
  (x) => `info: System.Net.Http.HttpClient.StripeClient.LogicalHandler[100]
      Start processing HTTP request POST https://api.stripe.com/v1/payment_intents
trce: System.Net.Http.HttpClient.StripeClient.ClientHandler[102]
      Request Headers:
      Authorization: Bearer ${x.stripeSk()}
      Idempotency-Key: ${x.uuid()}`,
  (x) => `fail: Microsoft.EntityFrameworkCore.Database.Command[20102]
      Failed executing DbCommand (${x.int(2, 90)}ms) [Parameters=[@p0='${x.name()}' (Size = 4000), @p1='${x.email()}' (Size = 256), @p2='${x.card()}' (Size = 19), @p3='${x.addr()}' (Size = 4000)], CommandType='Text', CommandTimeout='30']
      INSERT INTO [Orders] ([CustomerName], [Email], [CardNumber], [ShippingAddress]) VALUES (@p0, @p1, @p2, @p3);`,
  (x) => `{"@t":"${x.ts()}","@mt":"Auth0 token exchange failed for {ClientId} with {ClientSecret}","ClientId":"${x.r.b62(32)}","ClientSecret":"${x.auth0Secret()}","SourceContext":"Herald.Identity.Auth0Service","RequestPath":"/signin-oidc"}`,
  (x) => `  "ConnectionStrings": {
    "Sql": "Server=tcp:herald-sql.database.windows.net,1433;Initial Catalog=herald;User ID=herald_app;Password=${x.pw()};Encrypt=True;",
    "Blob": "DefaultEndpointsProtocol=https;AccountName=heraldblobs;AccountKey=${x.azureKey()};EndpointSuffix=core.windows.net"
  },`,
  (x) => `warn: Herald.Webhooks.SendGridInbound[0]
      => SpanId:${x.id(16)}, TraceId:${x.id(32)} => ConnectionId:0HN${x.r.chars('ABCDEFGHIJKLMNOPQRSTUV0123456789', 10)}
      Inbound parse from "${x.name()}" <${x.email()}>, SendGrid key in use: ${x.sendgrid()}`,
  (x) => `System.Net.Http.HttpRequestException: Response status code does not indicate success: 400 (Bad Request).
   Payload: {"amount":{"currency":"EUR","value":4500},"bankAccount":{"iban":"${x.iban()}","ownerName":"${x.name()}"},"shopperEmail":"${x.email()}","reference":"ord-${x.int(10000, 99999)}"}
   x-API-key: ${x.adyen()}`,
  (x) => `dbug: Herald.Payroll.AchExporter[0]
      Exporting NACHA entry {"Routing":"${x.aba()}","Account":"${x.acct()}","Name":"${x.name()}","Ssn":"${x.ssn()}"}`,
  (x) => `Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '1/3/2026 4:11:09 PM'.
   Token: '${x.jwt()}'`,
  (x) => `info: Herald.Crm.ShopifyAdapter[7]
      Customer upserted {"Id":${x.int(6e12, 7e12)},"FirstName":"${x.first()}","Email":"${x.email()}","Phone":"${x.phone()}","Dni":"${x.dni()}"} token=${x.shopify()}`,
  (x) => `dotnet user-secrets list
Twilio:AuthToken = ${x.twilioTok()}
PayPal:ClientSecret = ${x.paypalSecret()}
Slack:WebhookUrl = ${x.slackHook()}`,
];

/** Laravel and Symfony: Monolog context arrays, Guzzle exceptions, .env dumps. */
export const PHP: T56[] = [
  (x) => `[2026-04-0${x.int(1, 9)} 10:${x.int(10, 59)}:21] production.ERROR: GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.sendgrid.com/v3/mail/send\` resulted in a \`401 Unauthorized\` response {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401))","headers":{"Authorization":["Bearer ${x.sendgrid()}"]},"to":"${x.email()}"}`,
  (x) => `[2026-02-14 08:03:11] local.INFO: checkout.submitted {"user":{"name":"${x.name()}","email":"${x.email()}"},"card":"${x.card()}","billing":"${x.addr()}"}`,
  (x) => `APP_KEY=base64:${x.b64Secret(32, 'laravel_app_key')}
DB_PASSWORD=${x.pw()}
STRIPE_SECRET=${x.stripeSk()}
MAIL_PASSWORD=${x.pw(12)}`,
  (x) => `app.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\ClientException: "HTTP/2 401 returned for "https://api-m.paypal.com/v2/checkout/orders"." at /var/www/vendor/symfony/http-client/Response/CommonResponseTrait.php line 178 {"request_headers":["authorization: Bearer ${x.paypalToken()}"],"payer":{"email_address":"${x.email()}","name":{"given_name":"${x.first()}"}}}`,
  (x) => `Illuminate\\Database\\QueryException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${x.email()}' for key 'users_email_unique' (SQL: insert into \`users\` (\`name\`, \`email\`, \`phone\`, \`password\`) values (${x.name()}, ${x.email()}, ${x.phone()}, $2y$10$${x.c('bcrypt_hash', x.r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))}))`,
  (x) => `request.INFO: Matched route "api_webhook_github". {"route":"api_webhook_github","request_uri":"https://hooks.herald.io/github?secret=${x.hexSecret(40, 'webhook_secret')}","method":"POST"} []
http_client.DEBUG: Request: "GET https://api.github.com/app/installations" {"headers":{"authorization":"Bearer ${x.jwt()}"}}`,
  (x) => `Cookie: XSRF-TOKEN=eyJpdiI6Ik${x.r.b62(40)}; laravel_session=${x.c('session_cookie', 'eyJpdiI6I' + x.r.b62(180))}
[payload] {"iban":"${x.iban()}","account_holder":"${x.name()}","mandate":"SEPA-${x.int(100000, 999999)}"}`,
  (x) => `monolog.WARNING: Square refund failed {"location_id":"L${x.r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12)}","oauth":{"client_secret":"${x.squareSecret()}","access_token":"${x.square()}"},"buyer":"${x.email()}"} []`,
  (x) => `php artisan tinker
>>> config('services.mailgun')
=> [
     "domain" => "mg.herald.io",
     "secret" => "${x.mailgun()}",
   ]
>>> User::find(${x.int(10, 9999)})->only('name','phone','dob')
=> ["name" => "${x.name()}", "phone" => "${x.phone()}", "dob" => "${x.dob()}"]`,
  (x) => `[2026-06-01 00:00:04] production.ALERT: Salesforce bulk job failed {"instance":"https://herald.my.salesforce.com","session_id":"${x.sfToken()}","row":"${x.name()},${x.email()},${x.phone()},${x.nino()}"}`,
];
