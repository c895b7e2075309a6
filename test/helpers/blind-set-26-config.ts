/** Blind set 26 positives: configuration and credential dumps (printenv, Rails credentials, Terraform, Helm, appsettings, Symfony, viper, Celery environ, retry queues, curl, cookies, token responses). */
import { b64, jwt, key, laravelCookie, p8Body, railsCookie, traceId, ts } from './blind-set-26-values';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Credential-dump templates. */
export const CONFIG: PosTemplate26[] = [
  T(
    'config',
    'printenv-crashloop',
    (r, b) =>
      `${ts(r)} payments-worker exited with code 1; entrypoint ran 'printenv | sort' (DEBUG_ENTRYPOINT=1):\nADYEN_API_KEY=${b.c('adyen', key.adyen(r))}\nBREVO_API_KEY=${b.c('brevo', key.brevo(r))}\nCHECKOUT_SECRET_KEY=${b.c('checkout-sk', key.checkout(r))}\nHOSTNAME=payments-worker-${r.hex(10)}\nMAILCHIMP_API_KEY=${b.c('mailchimp', key.mailchimp(r))}\nMOLLIE_API_KEY=${b.c('mollie', key.mollie(r))}\nPAYSTACK_SECRET_KEY=${b.c('paystack', key.paystack(r))}\nSHOPIFY_API_SECRET=${b.c('shopify', key.shopify(r, 'shpss'))}\nTZ=UTC`,
  ),
  T(
    'config',
    'rails-credentials-show',
    (r, b) =>
      `$ bin/rails credentials:show --environment production   # pasted into incident #${r.int(1000, 9999)}\nsecret_key_base: ${b.c('hex', r.hex(128))}\nklaviyo:\n  private_key: ${b.c('klaviyo', key.klaviyo(r))}\nbraze:\n  rest_api_key: ${b.c('uuid', r.uuid())}\nbrevo:\n  smtp_key: ${b.c('brevo', key.brevo(r, 'xsmtpsib'))}\neasypost:\n  api_key: ${b.c('easypost', key.easypost(r))}\ntaxjar:\n  token: ${b.c('hex', key.hex32(r))}\ndatabase:\n  password: ${b.c('password', r.password(20))}`,
  ),
  T(
    'config',
    'terraform-plan-unmarked',
    (r, b) =>
      `Terraform will perform the following actions:\n\n  # kubernetes_secret.notify will be updated in-place\n  ~ resource "kubernetes_secret" "notify" {\n      ~ data = {\n          ~ "VONAGE_API_SECRET"  = "${b.c('b62', r.b62(16))}"\n          ~ "INFOBIP_API_KEY"    = "${b.c('infobip', key.infobip(r))}"\n          ~ "FCM_SERVER_KEY"     = "${b.c('fcm', key.fcm(r))}"\n          ~ "GOOGLE_MAPS_SERVER_KEY" = "${b.c('maps', key.maps(r))}"\n          ~ "ALGOLIA_ADMIN_KEY"  = "${b.c('hex', key.hex32(r))}"\n            "ALGOLIA_APP_ID"     = "${key.algoliaApp(r)}"\n        }\n        id   = "notify/notify-secrets"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`,
  ),
  T(
    'config',
    'helm-get-values',
    (r, b) =>
      `$ helm get values storefront -n shop -o yaml\nwoocommerce:\n  consumerKey: ${b.c('woo', key.woo(r, 'ck'))}\n  consumerSecret: ${b.c('woo', key.woo(r, 'cs'))}\nmagento:\n  cryptKey: ${b.c('hex', key.hex32(r))}\nbigcommerce:\n  clientSecret: ${b.c('hex', r.hex(64))}\ncommercetools:\n  clientSecret: ${b.c('ct-secret', key.ctSecret(r))}\nnetsuite:\n  tokenSecret: ${b.c('hex', r.hex(64))}\npostgresql:\n  auth:\n    password: ${b.c('password', r.password(18))}\nreplicaCount: 3`,
  ),
  T(
    'config',
    'dotnet-appsettings-debugview',
    (r, b) =>
      `info: Shop.Fulfilment.Program[0]\n      IConfigurationRoot.GetDebugView() at startup (Environment=Production):\nAvalara:\n  LicenseKey=${b.c('upper-hex', key.avalara(r))} (AzureKeyVaultConfigurationProvider)\nConnectionStrings:\n  Default=Server=tcp:sql-fulfil.database.windows.net,1433;Database=fulfil;User Id=fulfil_app;Password=${b.c('password', r.password(18).replace(/;/g, ''))};TrustServerCertificate=False; (EnvironmentVariablesConfigurationProvider)\nRoyalMail:\n  ClientSecret=${b.c('b62', r.b62(48))} (JsonConfigurationProvider for 'appsettings.Production.json')\nSage:\n  SenderPassword=${b.c('password', r.password(14))} (JsonConfigurationProvider)\nSinch:\n  ApiToken=${b.c('hex', key.hex32(r))} (EnvironmentVariablesConfigurationProvider)\nWorldpay:\n  ServiceKey=${b.c('worldpay', key.worldpay(r))} (AzureKeyVaultConfigurationProvider)`,
  ),
  T(
    'config',
    'symfony-debug-env-vars',
    (r, b) =>
      ` Symfony Container Environment Variables (bin/console debug:container --env-vars, APP_ENV=prod)\n ------------------------------ ----------------------------------------------------\n  Name                           Default value / Real value\n ------------------------------ ----------------------------------------------------\n  IYZICO_SECRET_KEY              n/a  "${b.c('iyzico', key.iyzico(r))}"\n  MAILER_DSN                     n/a  "smtp://orders%40shop.example:${b.c('password', r.urlPassword(16))}@smtp.office365.com:587"\n  MERCADOPAGO_ACCESS_TOKEN       n/a  "${b.c('mercadopago', key.mercadoPago(r))}"\n  MIDTRANS_SERVER_KEY            n/a  "${b.c('midtrans', key.midtrans(r))}"\n  PAGSEGURO_TOKEN                n/a  "${b.c('upper-hex', key.pagseguro(r))}"\n ------------------------------ ----------------------------------------------------`,
  ),
  T(
    'config',
    'viper-all-settings',
    (r, b) =>
      `${ts(r)}\tDEBUG\tconfig/load.go:61\tloaded settings\t{"settings": "map[alipay:map[app_id:2021${r.digits(12)} private_key_path:/secrets/alipay.pem] linepay:map[channel_id:165${r.digits(7)} channel_secret:${b.c('hex', key.hex32(r))}] mpesa:map[consumer_key:${r.b62(48)} consumer_secret:${b.c('b62', key.darajaSecret(r))} passkey:${b.c('hex', key.passkey(r))} shortcode:${r.int(100000, 999999)}] rakuten:map[license_key:${b.c('rakuten', key.rakuten(r, 'SL'))} service_secret:${b.c('rakuten', key.rakuten(r, 'SP'))}] wechat:map[apiv3_key:${b.c('b62', key.wechatV3(r))} mch_id:19${r.digits(8)}] xendit:map[secret_key:${b.c('xendit', key.xendit(r))}]]"}`,
  ),
  T(
    'config',
    'celery-environ-repr',
    (r, b) =>
      `[${ts(r).replace('T', ' ').slice(0, 23)}: ERROR/ForkPoolWorker-${r.int(1, 8)}] Task payments.tasks.settle[${r.uuid()}] raised unexpected: KeyError('PAYU_MERCHANT_SALT')\nos.environ = environ({'PATH': '/usr/local/bin:/usr/bin', 'DJANGO_SECRET_KEY': '${b.c('secret', r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)', 50))}', 'DATABASE_URL': 'postgres://payments:${b.c('password', r.urlPassword(18))}@pg:5432/payments', 'RAZORPAY_KEY_SECRET': '${b.c('razorpay-secret', key.razorpaySecret(r))}', 'PAYTM_MERCHANT_KEY': '${b.c('paytm', key.paytm(r))}', 'EMAIL_HOST_PASSWORD': '${b.c('password', r.password(16))}', 'CELERY_BROKER_URL': 'redis://:${b.c('password', r.urlPassword(24))}@redis:6379/0'})`,
  ),
  T('http', 'retry-queue-dump', (r, b) => {
    const zd = b64(`ops@shop.example/token:${r.b62(40)}`);
    const cio = b64(`${r.hex(20)}:${r.hex(20)}`);
    const mc = b64(`anystring:${key.mailchimp(r)}`);
    const jobs = [
      { id: r.uuid(), url: 'https://shop-global.myshopify.com/admin/api/2024-10/graphql.json', headers: { 'X-Shopify-Access-Token': b.c('shopify', key.shopify(r)) }, attempts: r.int(1, 9) },
      { id: r.uuid(), url: 'https://a.klaviyo.com/api/events/', headers: { Authorization: `Klaviyo-API-Key ${b.c('klaviyo', key.klaviyo(r))}` }, attempts: r.int(1, 9) },
      { id: r.uuid(), url: 'https://shop.zendesk.com/api/v2/tickets.json', headers: { Authorization: `Basic ${b.c('basic~b64', zd)}` }, attempts: r.int(1, 9) },
      { id: r.uuid(), url: 'https://track.customer.io/api/v1/customers/u_1/events', headers: { Authorization: `Basic ${b.c('basic~b64', cio)}` }, attempts: r.int(1, 9) },
      { id: r.uuid(), url: 'https://us21.api.mailchimp.com/3.0/lists/abc/members', headers: { Authorization: `Basic ${b.c('basic~b64', mc)}` }, attempts: r.int(1, 9) },
      { id: r.uuid(), url: 'https://api.brevo.com/v3/smtp/email', headers: { 'api-key': b.c('brevo', key.brevo(r)) }, attempts: r.int(1, 9) },
    ];
    return `${ts(r)} WARN outbox: ${jobs.length} deliveries stuck > 1h, dumping queue\n${JSON.stringify(jobs, null, 2)}`;
  }),
  T('http', 'curl-verbose', (r, b) => {
    const ep = key.easypost(r);
    return `$ curl -v -u ${b.c('easypost', ep)}: https://api.easypost.com/v2/shipments\n> GET /v2/shipments HTTP/2\n> Host: api.easypost.com\n> authorization: Basic ${b.c('basic~b64', b64(`${ep}:x`))}\n> user-agent: curl/8.5.0\n< HTTP/2 401\n$ curl -s https://api.paystack.co/bank/resolve?account_number=0000000000 -H "Authorization: Bearer ${b.c('paystack', key.paystack(r))}"\n{"status":false,"message":"Invalid key"}\n$ curl -s -X POST https://api.checkout.com/tokens -H "Authorization: ${b.c('checkout-sk', key.checkout(r))}"`;
  }),
  T(
    'http',
    'nginx-debug-cookies',
    (r, b) =>
      `${ts(r).replace('T', ' ').slice(0, 19)} [debug] ${r.int(100, 9999)}#0: *${r.int(1000, 999999)} http header: "Cookie: laravel_session=${b.c('cookie', laravelCookie(r))}; PHPSESSID=${b.c('cookie', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}; _shop_session=${b.c('cookie', railsCookie(r))}; JSESSIONID=${b.c('cookie', key.upperHex(r, 32))}; frontend=${b.c('cookie', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}; _ga=GA1.1.${r.digits(10)}.${r.digits(10)}; cookie_consent=all"\n${ts(r).replace('T', ' ').slice(0, 19)} [debug] ${r.int(100, 9999)}#0: *${r.int(1000, 999999)} http header: "X-Request-Id: ${traceId(r)}"`,
  ),
  T(
    'oauth',
    'token-responses-logged',
    (r, b) =>
      `${ts(r)} DEBUG oauth.refresher: refreshed 3 integrations\n  xero: {"id_token":"${b.c('jwt', jwt(r, { sub: r.uuid(), iss: 'https://identity.xero.com' }))}","access_token":"${b.c('jwt', jwt(r, { xero_userid: r.uuid(), scope: ['accounting.transactions'] }))}","refresh_token":"${b.c('hex', r.hex(64))}","expires_in":1800}\n  quickbooks: {"access_token":"${b.c('jwt', jwt(r, { realmid: r.digits(19) }))}","refresh_token":"${b.c('qbo-refresh', key.qboRefresh(r))}","x_refresh_token_expires_in":8726400}\n  correios: {"token":"${b.c('jwt', jwt(r, { sub: r.digits(11), cartaoPostagem: `00${r.digits(8)}` }))}","expiraEm":"2026-12-0${r.int(1, 9)}T23:59:59"}`,
  ),
  T(
    'apns',
    'p8-file-in-ci-log',
    (r, b) =>
      `+ echo "$APNS_AUTH_KEY" > AuthKey_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}.p8\n+ cat AuthKey_*.p8   # debugging signing failure, run ${r.int(1000, 99999)}\n-----BEGIN PRIVATE KEY-----\n${b.c('p8', p8Body(r))}\n-----END PRIVATE KEY-----\n+ fastlane pilot upload --api_key_path fastlane/api_key.json\n[${ts(r).slice(11, 19)}]: Error: invalid_client (ASC API key ${r.uuid()})`,
  ),
];
