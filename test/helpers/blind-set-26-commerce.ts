/** Blind set 26 positives: commerce platforms (Shopify, WooCommerce, Magento, BigCommerce, commercetools, SFCC, Algolia, Contentful, Akeneo) and config dumps. */
import { b64, jwt, key, laravelCookie, orderNo, traceId, ts } from './blind-set-26-values';
import { dobIso, person, phoneE164, phoneNational, street, cityLine } from './blind-set-26-people';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Commerce platform templates. */
export const COMMERCE: PosTemplate26[] = [
  T('shopify', 'ruby-http-error', (r, b) => {
    const p = person(r, r.pick(['US', 'GB', 'DE', 'FR']));
    return `E, [${ts(r)} #${r.int(10, 9999)}] ERROR -- : ShopifyAPI::Errors::HttpResponseError (Shop::CustomerSync): {"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}\n  request: PUT https://shop-global.myshopify.com/admin/api/2024-10/customers/${r.digits(13)}.json\n  headers: {"X-Shopify-Access-Token"=>"${b.c('shopify', key.shopify(r, 'shpat'))}", "Content-Type"=>"application/json"}\n  body: {"customer":{"first_name":"${p.first}","last_name":"${p.last}","email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneE164(r, p.cc))}","default_address":{"address1":"${b.p('address', street(r, p.cc))}","city":"${cityLine(r, p.cc)}"}}}\n  ShopifyAPI::Context.setup(api_key: "${r.hex(32)}", api_secret_key: "${b.c('shopify', key.shopify(r, 'shpss'))}", scope: "read_orders,write_customers")`;
  }),
  T('shopify', 'pino-webhook-hmac', (r, b) => {
    const p = person(r);
    const o = {
      level: 40,
      time: 1793000000000 + r.int(0, 9999999),
      msg: 'shopify webhook rejected: HMAC mismatch',
      topic: 'orders/create',
      shop: 'shop-global.myshopify.com',
      secret: b.c('hex', r.hex(64)),
      receivedHmac: r.b64(32),
      body: {
        id: Number(r.digits(13)),
        email: b.p('email', p.email),
        billing_address: { name: b.p('name', p.full), address1: b.p('address', street(r, p.cc)), phone: b.p('phone', phoneNational(r, p.cc)), country_code: p.cc },
        payment_details: { credit_card_number: `•••• •••• •••• ${r.digits(4)}`, credit_card_company: 'Visa' },
      },
    };
    return JSON.stringify(o);
  }),
  T('woocommerce', 'wp-debug-log', (r, b) => {
    const p = person(r, r.pick(['GB', 'DE', 'ZA', 'NG']));
    return `[${ts(r).slice(0, 19).replace('T', ' ')} UTC] PHP Warning:  WC REST sync failed: GET https://shop.example/wp-json/wc/v3/orders?consumer_key=${b.c('woo', key.woo(r, 'ck'))}&consumer_secret=${b.c('woo', key.woo(r, 'cs'))}&per_page=50 returned 401 woocommerce_rest_cannot_view in /var/www/html/wp-content/plugins/shop-sync/sync.php on line 88\n[${ts(r).slice(0, 19).replace('T', ' ')} UTC] PHP Fatal error:  Uncaught mysqli_sql_exception: Access denied for user 'wp_shop'@'localhost' (using password: YES) in wp-includes/class-wpdb.php:1987 — define( 'DB_PASSWORD', '${b.c('password', r.password(16))}' );\n[order ${orderNo(r)}] billing: {"first_name":"${p.first}","last_name":"${p.last}","address_1":"${b.p('address', street(r, p.cc))}","email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneNational(r, p.cc))}"}`;
  }),
  T('magento', 'exception-log-envphp', (r, b) => {
    return `[${ts(r).slice(0, 19)}] main.CRITICAL: SQLSTATE[HY000] [1045] Access denied for user 'magento'@'10.0.${r.int(0, 9)}.${r.int(2, 250)}' (using password: YES) {"exception":"[object] (Zend_Db_Adapter_Exception(code: 1045): SQLSTATE[HY000] [1045] at /var/www/magento/vendor/magento/zend-db/library/Zend/Db/Adapter/Pdo/Abstract.php:128)"} []\n[${ts(r).slice(0, 19)}] main.DEBUG: app/etc/env.php loaded: 'db' => ['connection' => ['default' => ['host' => 'mysql-primary', 'dbname' => 'magento', 'username' => 'magento', 'password' => '${b.c('password', r.password(18))}', 'active' => '1']]], 'crypt' => ['key' => '${b.c('hex', key.hex32(r))}'] [] []\n[${ts(r).slice(0, 19)}] main.ERROR: Integration "ERP Connector" call failed: Authorization: Bearer ${b.c('lower-alnum', key.magento(r))} [] []`;
  }),
  T('magento', 'mysql-general-log-quote', (r, b) => {
    const p = person(r, r.pick(['DE', 'GB', 'FR', 'IT', 'ES', 'NL']));
    return `${ts(r)}\t${r.int(100, 99999)} Query\tUPDATE \`quote_address\` SET \`firstname\` = '${p.first}', \`lastname\` = '${p.last}', \`email\` = '${b.p('email', p.email)}', \`street\` = '${b.p('address', street(r, p.cc))}', \`telephone\` = '${b.p('phone', phoneNational(r, p.cc))}', \`customer_dob\` = '${b.p('dob', dobIso(p))} 00:00:00' WHERE (\`address_id\` = ${r.int(10000, 999999)})\n${ts(r)}\t${r.int(100, 99999)} Query\tROLLBACK`;
  }),
  T('bigcommerce', 'python-http-error', (r, b) => {
    const p = person(r, r.pick(['US', 'GB']));
    return `Traceback (most recent call last):\n  File "/srv/sync/bc.py", line 77, in push_customer\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.bigcommerce.com/stores/${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}/v3/customers\nrequest.headers={'X-Auth-Token': '${b.c('lower-alnum', key.bigcommerce(r))}', 'X-Auth-Client': '${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)}', 'Accept': 'application/json'}\nrequest.body=[{"email": "${b.p('email', p.email)}", "first_name": "${p.first}", "last_name": "${p.last}", "phone": "${b.p('phone', phoneNational(r, p.cc))}"}]\nos.environ['BC_CLIENT_SECRET']='${b.c('hex', r.hex(64))}'`;
  }),
  T('commercetools', 'node-auth-error', (r, b) => {
    const p = person(r, r.pick(['DE', 'NL', 'SE', 'PL']));
    const cid = r.chars('abcdefghijklmnopqrstuvwxyz0123456789_-', 24);
    const sec = key.ctSecret(r);
    return `${ts(r)} error [ct-sync] {"statusCode":401,"message":"Please provide valid client credentials using HTTP Basic Authentication.","errors":[{"code":"invalid_client"}],"originalRequest":{"uri":"/oauth/token","method":"POST","headers":{"Authorization":"Basic ${b.c('basic~b64', b64(`${cid}:${sec}`))}"}},"env":{"CTP_PROJECT_KEY":"shop-global-prod","CTP_CLIENT_ID":"${cid}","CTP_CLIENT_SECRET":"${b.c('ct-secret', sec)}"},"cart":{"shippingAddress":{"firstName":"${p.first}","lastName":"${p.last}","streetName":"${street(r, p.cc).replace(/ \d.*$/, '')}","email":"${b.p('email', p.email)}","mobile":"${b.p('phone', phoneE164(r, p.cc))}"}}}`;
  }),
  T('sfcc', 'custom-log-ocapi', (r, b) => {
    const p = person(r);
    return `[${ts(r).replace('T', ' ').replace('Z', ' GMT')}] ERROR PipelineCallServlet|${r.int(100000, 999999)}|Sites-ShopGlobal-Site|Account-SubmitRegistration|PipelineCall|${r.b62(10)} custom.account.slas  SLAS token exchange failed 401: client_id=${r.uuid()} client_secret=${b.c('password', r.password(24))} dwsid=${b.c('cookie', r.b64url(64))} token=${b.c('jwt', jwt(r, { sub: `cc-slas::zzrf_001::scid:${r.uuid()}::usid:${r.uuid()}`, isb: 'uido:ecom::upn:Guest' }))} profile={"email":"${b.p('email', p.email)}","phone_mobile":"${b.p('phone', phoneE164(r, p.cc))}","birthday":"${b.p('dob', dobIso(p))}"}`;
  }),
  T('algolia', 'php-admin-key', (r, b) => {
    const p = person(r);
    return `[${ts(r).slice(0, 19)}] production.ERROR: Algolia\\AlgoliaSearch\\Exceptions\\BadRequestException: Record at the position 0 objectID=cust_${r.digits(6)} is too big size=${r.int(10001, 20000)}/10000 bytes {"config":{"app_id":"${key.algoliaApp(r)}","admin_key":"${b.c('hex', key.hex32(r))}","index":"prod_customers"},"record":{"objectID":"cust_${r.digits(6)}","name":"${b.p('name', p.full)}","customer_email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneE164(r, p.cc))}","lifetime_value":${r.int(10, 9000)}}}`;
  }),
  T('contentful', 'ruby-cma-unauthorized', (r, b) => {
    return `E, [${ts(r)} #${r.int(10, 9999)}] ERROR -- contentful.management: Contentful::Management::Unauthorized: HTTP status code: 401 Unauthorized\nMessage: The access token you sent could not be found or is invalid.\nRequest ID: ${r.hex(32)}\nclient = Contentful::Management::Client.new('${b.c('contentful', key.contentful(r))}', raise_errors: true)\nwebhook = { url: 'https://hooks.shop.example/contentful', headers: [{ key: 'X-Webhook-Secret', value: '${b.c('password', r.password(28))}' }] }\nspace=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)} environment=master`;
  }),
  T('akeneo', 'python-token-request', (r, b) => {
    const cid = `${r.int(1, 9)}_${r.b62(50).toLowerCase()}`;
    const sec = r.b62(50).toLowerCase();
    const pw = r.password(16);
    return `${ts(r)} ERROR akeneo_sync.client Token request failed: 422 {"code":422,"message":"No user found for the given username and password"}\n  POST https://pim.shop.example/api/oauth/v1/token\n  Authorization: Basic ${b.c('basic~b64', b64(`${cid}:${sec}`))}\n  Content-Type: application/x-www-form-urlencoded\n  body: grant_type=password&username=erp_connector&password=${b.c('password~form', encodeURIComponent(pw))}`;
  }),
  T('config', 'spring-actuator-env', (r, b) => {
    const pw = r.urlPassword(16);
    return `${ts(r)} WARN 1 --- [nio-8081-exec-2] o.s.b.a.e.web.EndpointLinksResolver : /actuator/env exposed without sanitizing (management.endpoint.env.show-values=ALWAYS)\n{"activeProfiles":["prod"],"propertySources":[{"name":"Config resource 'class path resource [application-prod.yml]'","properties":{"spring.datasource.url":{"value":"jdbc:postgresql://orders-db.internal:5432/orders?user=orders&password=${b.c('password', pw)}&sslmode=require"},"adyen.api-key":{"value":"${b.c('adyen', key.adyen(r))}"},"mollie.api-key":{"value":"${b.c('mollie', key.mollie(r))}"},"spring.mail.password":{"value":"${b.c('password', r.password(14))}"},"klarna.password":{"value":"${b.c('klarna', key.klarna(r))}"},"adyen.client-key":{"value":"live_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}"}}}]}`;
  }),
  T('config', 'laravel-ignition-env', (r, b) => {
    return `Illuminate\\Database\\QueryException: SQLSTATE[08006] [7] could not translate host name "pg-main" to address (Connection: pgsql, SQL: select * from "sessions" where "id" = ${r.b62(40)} limit 1)\n\nEnvironment (Ignition "Context" tab):\nAPP_ENV=production\nAPP_KEY=base64:${b.c('b64', r.b64(32))}\nDB_PASSWORD=${b.c('password', r.password(20))}\nMAIL_PASSWORD=${b.c('password', r.password(16))}\nPAYSTACK_SECRET_KEY=${b.c('paystack', key.paystack(r))}\nFLW_SECRET_KEY=${b.c('flutterwave', key.flutterwave(r))}\nPAYSTACK_PUBLIC_KEY=pk_live_${r.hex(40)}\nSESSION_COOKIE=laravel_session=${b.c('cookie', laravelCookie(r))}\ntrace_id=${traceId(r)}`;
  }),
];
