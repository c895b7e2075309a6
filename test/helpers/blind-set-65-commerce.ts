import * as V from './blind-set-65-values';
import type { Ctx65, Person65, Tpl65 } from './blind-set-65-values';

/** Blind set 65: commerce platforms (Shopify, BigCommerce, WooCommerce, Magento, SFCC, commercetools, Amazon SP-API, eBay, Etsy). */

/** A Shopify-style address object, planting the name, street and phone it prints. */
function shopAddr(x: Ctx65, p: Person65, withPhone = false): Record<string, unknown> {
  return {
    first_name: p.first,
    address1: x.p('street_address', p.street),
    phone: withPhone ? x.p('phone', x.r.next() < 0.5 ? p.phone : p.e164) : null,
    city: p.city,
    zip: p.zip,
    province: p.province || null,
    country: p.country,
    last_name: p.last,
    address2: null,
    company: null,
    latitude: null,
    longitude: null,
    name: x.p('name', p.name),
    country_code: p.country,
    province_code: p.province || null,
  };
}

export const COMMERCE65: Tpl65[] = [
  // ------------------------------------------------------------ Shopify
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const shop = V.shopDomain(r);
      const body = {
        id: Number(`5${r.digits(12)}`),
        admin_graphql_api_id: `gid://shopify/Order/5${r.digits(12)}`,
        browser_ip: x.p('ipv4', V.publicIp(r, false)),
        contact_email: x.p('email', p.email),
        currency: 'USD',
        financial_status: 'paid',
        name: `#${V.orderNo(r)}`,
        total_price: V.money(r),
        billing_address: shopAddr(x, p),
      };
      const secret = x.c('shopify_shared_secret', V.shopifyToken(r, 'shpss'));
      return `${V.ts(r)} ERROR [webhooks] orders/create from ${shop}: HMAC mismatch (computed with secret=${secret})
  X-Shopify-Topic: orders/create
  X-Shopify-Hmac-Sha256: ${r.b64(32)}
  X-Shopify-Shop-Domain: ${shop}
  X-Shopify-Webhook-Id: ${r.uuid()}
  X-Shopify-API-Version: 2025-10
  body=${JSON.stringify(body)}`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const shop = V.shopDomain(r);
      const tok = x.c('shopify_token', V.shopifyToken(r, r.pick(['shpat', 'shpca'] as const)));
      const vars = JSON.stringify({ input: { email: x.p('email', p.email), phone: x.p('phone', p.e164), firstName: p.first, lastName: p.last, note: `DOB ${x.p('dob', V.dob(r, 'us'))}` } });
      return `[shopify-sync] GraphQL customerCreate failed (THROTTLED, cost 10/1000); replay:
curl -X POST \\
  https://${shop}/admin/api/2025-07/graphql.json \\
  -H 'Content-Type: application/json' \\
  -H 'X-Shopify-Access-Token: ${tok}' \\
  -d '{"query":"mutation customerCreate($input: CustomerInput!) { customerCreate(input: $input) { customer { id } userErrors { field message } } }","variables":${vars}}'
response: {"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}]}`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const shop = V.shopDomain(r);
      const tok = x.c('shopify_token', V.shopifyToken(r, 'shppa'));
      return `E, [${V.ts(r).replace('Z', '')} #${r.int(1000, 40000)}] ERROR -- : ShopifyAPI::Errors::HttpResponseError: Received 422 Unprocessable Entity
  request: PUT https://${shop}/admin/api/2025-04/customers/${r.digits(13)}.json
  headers: {"User-Agent"=>"Shopify API Library v14.8.0 | Ruby 3.3.6", "Accept"=>"application/json", "X-Shopify-Access-Token"=>"${tok}", "Content-Type"=>"application/json"}
  body: {"customer":{"email":"${x.p('email', p.email)}","phone":"${x.p('phone', p.e164)}","addresses":[{"address1":"${x.p('street_address', p.street)}","city":"${p.city}","zip":"${p.zip}","country":"${p.country}"}]}}
  response: {"errors":{"phone":["has already been taken"]}}
    /usr/local/bundle/gems/shopify_api-14.8.0/lib/shopify_api/clients/http_client.rb:91:in 'request'
    /app/app/jobs/customer_push_job.rb:27:in 'perform'`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r);
      const refund = {
        id: Number(`9${r.digits(11)}`),
        order_id: Number(`5${r.digits(12)}`),
        note: `Customer asked for refund to bank instead: IBAN ${x.f('iban', V.iban(r))}`,
        transactions: [
          {
            kind: 'refund',
            gateway: 'legacy-payments-plus',
            status: 'failure',
            amount: V.money(r),
            receipt: { card_holder: x.p('name', p.name), card_number: x.f('card', c), exp: `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`, error: 'card_declined' },
          },
        ],
      };
      return `${V.ts(r)} WARN refunds/create webhook ${V.shopDomain(r)} gateway receipt not masked, forwarding to #payments-alerts\n${JSON.stringify(refund, null, 2)}`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ids = [r.int(100000, 999999), r.int(100000, 999999)];
      const key = x.c('shopify_shared_secret', V.shopifyToken(r, 'shpss'));
      return `Shopify GDPR webhook customers/data_request could not be queued
SHOPIFY_API_KEY=${r.hex(32)}
SHOPIFY_API_SECRET=${key}
SCOPES=read_orders,read_customers,write_fulfillments
payload: {"shop_id":${r.int(10000000, 99999999)},"shop_domain":"${V.shopDomain(r)}","orders_requested":[${ids.join(',')}],"customer":{"id":${r.digits(13)},"email":"${x.p('email', p.email)}","phone":"${x.p('phone', p.e164)}"},"data_request":{"id":${r.int(1000, 9999)}}}
Error: connect ECONNREFUSED 10.12.4.7:6379`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const shop = V.shopDomain(r);
      const email = x.p('email', encodeURIComponent(p.email));
      return `${V.ts(r)} app-proxy POST /apps/loyalty/signup?shop=${shop}&logged_in_customer_id=${r.digits(13)}&path_prefix=%2Fapps%2Floyalty&timestamp=${r.int(1760000000, 1790000000)}&signature=${r.hex(64)}
form: contact%5Bfirst_name%5D=${encodeURIComponent(p.first)}&contact%5Bemail%5D=${email}&contact%5Bphone%5D=${x.p('phone', `%2B${p.e164.slice(1)}`)}&contact%5Bbirthday%5D=${x.p('dob', V.dob(r))}&accepts_marketing=1
500 Internal Server Error: loyalty backend replied 401 (api key rejected: ${x.c('password', V.urlPassword(r))})`;
    },
  },
  // ------------------------------------------------------------ BigCommerce
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const hash = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10);
      const tok = x.c('bigcommerce_token', V.bigcommerceToken(r));
      return `[${V.ts(r)}] bc-client ERROR GET https://api.bigcommerce.com/stores/${hash}/v2/orders/${V.orderNo(r)}/shipping_addresses -> 429 Too Many Requests
> X-Auth-Token: ${tok}
> X-Auth-Client: ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)}
> Accept: application/json
< X-Rate-Limit-Time-Reset-Ms: ${r.int(1000, 30000)}
cached response: [{"id":${r.int(10, 9999)},"order_id":${V.orderNo(r)},"first_name":"${p.first}","last_name":"${p.last}","street_1":"${x.p('street_address', p.street)}","city":"${p.city}","zip":"${p.zip}","country_iso2":"${p.country}","email":"${x.p('email', p.email)}"}]`;
    },
  },
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const secret = x.c('bigcommerce_client_secret', V.bigcommerceSecret(r));
      return `Error: store/customer/created callback rejected: signature invalid
    at verifyPayload (/srv/app/node_modules/@bigcommerce/...dist/index.js:88:11)
    at processTicksAndRejections (node:internal/process/task_queues:105:5)
  config: { clientId: '${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)}', secret: '${secret}', callback: 'https://apps.example-partner.io/bc/auth', responseType: 'json' }
  customer: { id: ${r.int(1, 99999)}, email: '${x.p('email', p.email)}', first_name: '${p.first}', last_name: '${p.last}', date_of_birth: '${x.p('dob', V.dob(r))}' }`;
    },
  },
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r);
      const tok = x.c('bigcommerce_token', V.bigcommerceToken(r));
      return `POST /stores/${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}/v3/payments 422 (${r.int(120, 900)} ms)
request.headers: {"accept":"application/vnd.bc.v1+json","authorization":"PAT ${tok}"}
request.body: {"payment":{"instrument":{"type":"card","number":"${x.f('card', c)}","cardholder_name":"${x.p('name', p.name)}","expiry_month":${r.int(1, 12)},"expiry_year":${r.int(2027, 2032)}},"payment_method_id":"stripev3.card"}}
response: {"status":422,"title":"Payment could not be processed","type":"https://developer.bigcommerce.com/api-docs/payments/payments-api-overview"}`;
    },
  },
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const row = (k: string, v: string) => `| ${k.padEnd(18)} | ${v.padEnd(46)} |`;
      return `B2B Edition company sync failed (HTTP 400 Bad Request)
+--------------------+------------------------------------------------+
| field              | value                                          |
+--------------------+------------------------------------------------+
${row('company', `${p.last} Trading GmbH`)}
${row('admin_name', x.p('name', p.name))}
${row('admin_email', x.p('email', p.email))}
${row('payout_iban', x.f('iban', V.iban(r, 'DE', false)))}
${row('x-auth-token', x.c('bigcommerce_token', V.bigcommerceToken(r)))}
+--------------------+------------------------------------------------+`;
    },
  },
  // ------------------------------------------------------------ WooCommerce
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ck = x.c('woocommerce_key', V.wooKey(r, 'ck'));
      const cs = x.c('woocommerce_key', V.wooKey(r, 'cs'));
      return `${V.ts(r)} [erp-bridge] GET https://shop.${V.fold65(p.last)}-outdoor.de/wp-json/wc/v3/orders?status=processing&consumer_key=${ck}&consumer_secret=${cs} -> 401 woocommerce_rest_cannot_view
{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}`;
    },
  },
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r);
      return `[${V.ts(r)}] PHP Warning:  Undefined array key "token" in /var/www/html/wp-content/plugins/wc-quickpay-legacy/includes/class-gateway.php on line 412
[${V.ts(r)}] wc-quickpay-legacy DEBUG process_payment order #${V.orderNo(r)} $_POST = Array
(
    [billing_first_name] => ${p.first}
    [billing_last_name] => ${p.last}
    [billing_address_1] => ${x.p('street_address', p.street)}
    [billing_email] => ${x.p('email', p.email)}
    [billing_phone] => ${x.p('phone', p.phone)}
    [wc-quickpay-card-number] => ${x.f('card', V.spacedCard(c))}
    [wc-quickpay-card-expiry] => ${String(r.int(1, 12)).padStart(2, '0')} / ${r.int(27, 32)}
    [payment_method] => quickpay_legacy
)
[${V.ts(r)}] wc-quickpay-legacy DEBUG gateway settings: {"merchant_id":"${r.int(10000, 99999)}","agreement_id":"${r.int(100000, 999999)}","api_key":"${x.c('client_secret', r.b62(32))}","private_key":"${x.c('client_secret', r.hex(64))}"}`;
    },
  },
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const secret = x.c('webhook_secret', V.genericSecret(r, r.int(32, 50)));
      const body = { id: r.int(100, 99999), status: 'processing', billing: { first_name: p.first, last_name: p.last, address_1: x.p('street_address', p.street), city: p.city, postcode: p.zip, country: p.country, email: x.p('email', p.email) }, customer_ip_address: x.p('ipv4', V.publicIp(r, false)), payment_method: 'bacs' };
      return `wc_webhook ${r.int(1, 40)} "Order created -> fulfilment" delivery failed (HTTP 500)
WC_Webhook Object ( [id] => ${r.int(1, 40)} [secret] => ${secret} [topic] => order.created [delivery_url] => https://fulfil.internal.example.net/hooks/wc )
X-WC-Webhook-Signature: ${r.b64(32)}
Body: ${JSON.stringify(body)}`;
    },
  },
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const pw = x.c('password', V.password(r));
      const user = `wp_${r.chars('abcdefghijklmnopqrstuvwxyz', 5)}`;
      const salt = x.c('wp_salt', V.genericSecret(r, 64));
      return `WordPress database error Access denied for user '${user}'@'172.18.0.5' (using password: YES) for query SELECT option_value FROM wp_options WHERE option_name = 'woocommerce_db_version'
wp-config.php (debug dump by site-health-export):
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '${user}' );
define( 'DB_PASSWORD', '${pw}' );
define( 'DB_HOST', 'mysql-primary.internal:3306' );
define( 'AUTH_KEY', '${salt}' );`;
    },
  },
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const ck = V.wooKey(r, 'ck');
      const cs = V.wooKey(r, 'cs');
      const basic = x.c('basic_auth', Buffer.from(`${ck}:${cs}`).toString('base64'));
      return `Traceback (most recent call last):
  File "/app/sync/woo.py", line 58, in push_refund
    resp.raise_for_status()
requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://store.example-shop.co.uk/wp-json/wc/v3/orders/${V.orderNo(r)}/refunds
DEBUG send: b'POST /wp-json/wc/v3/orders/${V.orderNo(r)}/refunds HTTP/1.1\\r\\nHost: store.example-shop.co.uk\\r\\nAuthorization: Basic ${basic}\\r\\nContent-Type: application/json\\r\\n\\r\\n'
DEBUG body: {"amount":"${V.money(r)}","reason":"Refund to ${x.p('name', p.name)} acct ${x.f('sort_code', V.sortCode(r))} / ${x.f('uk_account', V.ukAccount(r))}","api_refund":false}`;
    },
  },
  // ------------------------------------------------------------ Magento / Adobe Commerce
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const key = x.c('magento_crypt_key', r.hex(32));
      const pw = x.c('password', V.password(r));
      return `[${V.ts(r)}] main.CRITICAL: Exception: Unable to decrypt value: bad key in /var/www/magento/vendor/magento/framework/Encryption/Encryptor.php:${r.int(300, 700)}
app/etc/env.php (support dump):
    'crypt' => [
        'key' => '${key}'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'db.internal',
                'dbname' => 'magento2',
                'username' => 'magento',
                'password' => '${pw}',
                'active' => '1',
            ]
        ]
    ],`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const tok = x.c('magento_token', V.magentoToken(r));
      return `[${V.ts(r)}] report.ERROR: REST request failed {"exception":"[object] (Magento\\\\Framework\\\\Webapi\\\\Exception(code: 0): The consumer isn't authorized to access %resources.)","request":"POST /rest/V1/customers","headers":{"Authorization":"Bearer ${tok}","Content-Type":"application/json"},"payload":"{\\"customer\\":{\\"email\\":\\"${x.p('email', p.email)}\\",\\"firstname\\":\\"${p.first}\\",\\"lastname\\":\\"${p.last}\\",\\"taxvat\\":\\"${x.p('dni', V.dni(r))}\\"}}"} []`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r);
      const info = { method_title: 'Credit Card (Legacy Authorize)', cc_number: x.f('card', c), cc_owner: x.p('name', p.name), cc_exp_month: String(r.int(1, 12)), cc_exp_year: String(r.int(2027, 2032)) };
      return `SELECT entity_id, parent_id, additional_information FROM sales_order_payment WHERE parent_id = ${r.int(10000, 999999)};
+-----------+-----------+------------------------------------------------------------------------------------------------+
| entity_id | parent_id | additional_information                                                                         |
+-----------+-----------+------------------------------------------------------------------------------------------------+
| ${String(r.int(10000, 99999)).padEnd(9)} | ${String(r.int(10000, 99999)).padEnd(9)} | ${JSON.stringify(info)} |
+-----------+-----------+------------------------------------------------------------------------------------------------+
1 row in set (0.00 sec)`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const addr = { firstname: p.first, lastname: p.last, street: [x.p('street_address', p.street)], city: p.city, postcode: p.zip, country_id: p.country, email: x.p('email', p.email), vat_id: x.p('cpf', V.cpf(r)) };
      return `[${V.ts(r)}] main.ERROR: Magento\\Framework\\Exception\\InputException: "street" is required. Enter and try again. in /var/www/html/vendor/magento/module-quote/Model/ShippingAddressManagement.php:${r.int(80, 200)}
Stack trace:
#0 /var/www/html/vendor/magento/module-checkout/Model/ShippingInformationManagement.php(${r.int(100, 300)}): Magento\\Quote\\Model\\ShippingAddressManagement->assign(${r.int(1000, 99999)}, Object(Magento\\Quote\\Model\\Quote\\Address))
#1 [internal function]: Magento\\Checkout\\Model\\ShippingInformationManagement->saveAddressInformation()
Authorization: Bearer ${x.c('magento_token', V.magentoToken(r))}
request body: {"addressInformation":{"shipping_address":${JSON.stringify(addr)},"shipping_method_code":"flatrate"}} [] []`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const amqp = x.c('password', V.urlPassword(r));
      const redis = x.c('password', V.urlPassword(r));
      return `bin/magento queue:consumers:start async.operations.all
In AmqpConnection.php line ${r.int(40, 200)}:
  ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.
  (amqp://magento_mq:${amqp}@rabbitmq.prod.internal:5672/%2Fmagento)
session save handler: redis://:${redis}@redis-sessions.prod.internal:6379/2?timeout=2.5`;
    },
  },
  // ------------------------------------------------------------ Salesforce Commerce Cloud
  {
    src: 'sfcc',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const now = r.int(1760000000, 1790000000);
      const tok = x.c('jwt', V.jwt(r, { aut: 'GUID', scp: 'sfcc.shopper-myaccount.baskets sfcc.shopper-customers.login', sub: `cc-slas::zzrf_001::scid:${r.uuid()}::usid:${r.uuid()}`, ctx: 'slas', iss: `slas/prod/zzrf_001`, ist: 1, dnt: '0', aud: 'commercecloud/prod/zzrf_001', nbf: now, sty: 'User', isb: `uido:ecom::upn:${p.email}::uidn:${p.name}::gcid:${r.hex(26)}::rcid:${r.hex(26)}::chid:RefArch`, exp: now + 1800, iat: now, jti: `C2C${r.digits(19)}` }, 'ES256', r.hex(16)));
      return `${V.ts(r)} [pwa-kit] ShopperCustomers.getCustomer 403 Forbidden
  GET https://kv7kzm78.api.commercecloud.salesforce.com/customer/shopper-customers/v1/organizations/f_ecom_zzrf_001/customers/${r.b62(24)}?siteId=RefArch
  authorization: Bearer ${tok}
  response: {"title":"Forbidden","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/forbidden","detail":"Customer does not match the authenticated user"}`;
    },
  },
  {
    src: 'sfcc',
    t: (x) => {
      const r = x.r;
      const user = `${r.pick(['ci-deploy', 'bm-integration', 'webdav-sync'])}@${r.pick(['agency-north', 'brandco', 'retail-digital'])}.com`;
      const pw = x.c('password', V.urlPassword(r));
      return `sfcc-ci code:deploy failed
  PUT https://${user.replace('@', '%40')}:${pw}@production-eu01-brandco.demandware.net/on/demandware.servlet/webdav/Sites/Cartridges/version${r.int(10, 99)}.zip
  -> 401 Unauthorized (WebDAV access key invalid or expired)
  dw.json: {"hostname":"production-eu01-brandco.demandware.net","code-version":"version${r.int(10, 99)}"}`;
    },
  },
  {
    src: 'sfcc',
    t: (x) => {
      const r = x.r;
      const cid = r.uuid();
      const secret = V.password(r);
      const basic = x.c('basic_auth', Buffer.from(`${cid}:${secret}`).toString('base64'));
      return `[${V.ts(r)}] ERROR OCAPI token request failed
POST https://account.demandware.com/dwsso/oauth2/access_token
Authorization: Basic ${basic}
Content-Type: application/x-www-form-urlencoded
grant_type=client_credentials
<- 401 {"error_description":"Client authentication failed","error":"invalid_client"}`;
    },
  },
  {
    src: 'sfcc',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r);
      return `ERROR PipelineCallServlet|${r.int(100000000, 999999999)}|Sites-RefArch-Site|CheckoutServices-PlaceOrder|PipelineCall|${r.b62(26)} custom.PaymentHook ERROR  Adyen authorise failed, request dump:
{"paymentMethod":{"type":"scheme","number":"${x.f('card', c)}","holderName":"${x.p('name', p.name)}"},"shopperEmail":"${x.p('email', p.email)}","shopperIP":"${x.p('ipv4', V.publicIp(r, false))}","dateOfBirth":"${x.p('dob', V.dob(r))}"}`;
    },
  },
  // ------------------------------------------------------------ commercetools
  {
    src: 'commercetools',
    t: (x) => {
      const r = x.r;
      const secret = x.c('commercetools_secret', V.ctSecret(r));
      const pk = `${r.pick(['shop', 'eu-prod', 'b2b'])}-${r.int(1, 99)}`;
      return `CTP_PROJECT_KEY=${pk}
CTP_CLIENT_SECRET=${secret}
CTP_CLIENT_ID=${r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 24)}
CTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com
CTP_API_URL=https://api.europe-west1.gcp.commercetools.com
CTP_SCOPES=manage_orders:${pk} view_customers:${pk}
[${V.ts(r)}] sync-worker exited: invalid_client (Please provide valid client credentials using HTTP Basic Authentication.)`;
    },
  },
  {
    src: 'commercetools',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const tok = x.c('commercetools_secret', V.ctSecret(r));
      const body = { version: r.int(1, 30), actions: [{ action: 'setShippingAddress', address: { firstName: p.first, lastName: p.last, streetName: x.p('street_address', p.street), postalCode: p.zip, city: p.city, country: p.country, email: x.p('email', p.email) } }] };
      return `ConcurrentModification: Object ${r.uuid()} has a different version than expected. Expected: ${r.int(1, 9)} - Actual: ${r.int(10, 20)}.
  at createHttpMiddleware (/app/node_modules/@commercetools/ts-client/dist/commercetools-ts-client.cjs.js:${r.int(300, 900)}:19)
  request: { method: 'POST', uri: '/${r.pick(['shop', 'eu-prod'])}/carts/${r.uuid()}', headers: { Authorization: 'Bearer ${tok}', 'Content-Type': 'application/json' },
    body: '${JSON.stringify(body)}' }`;
    },
  },
  {
    src: 'commercetools',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const msg = { notificationType: 'Message', projectKey: 'shop-7', id: r.uuid(), version: 1, sequenceNumber: r.int(1, 90), resource: { typeId: 'customer', id: r.uuid() }, type: 'CustomerCreated', customer: { email: x.p('email', p.email), firstName: p.first, lastName: p.last, dateOfBirth: x.p('dob', V.dob(r)), addresses: [{ streetName: x.p('street_address', p.street), city: p.city }] } };
      return `Subscription delivery to GoogleCloudPubSub failed, dead-lettered message:
data: ${JSON.stringify(JSON.stringify(msg))}
attributes: {"contentType":"application/json"}`;
    },
  },
  // ------------------------------------------------------------ Amazon SP-API
  {
    src: 'amazon',
    t: (x) => {
      const r = x.r;
      const rt = x.c('lwa_refresh_token', V.lwaRefresh(r));
      const cs = x.c('lwa_client_secret', V.lwaSecret(r));
      return `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(10, 28))} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)},${r.int(100, 999)} ERROR sp_api.base.client LWA token exchange failed: {"error_description":"The request has an invalid grant parameter : refresh_token","error":"invalid_grant"}
POST https://api.amazon.com/auth/o2/token
data=grant_type=refresh_token&refresh_token=${rt}&client_id=amzn1.application-oa2-client.${r.hex(32)}&client_secret=${cs}`;
    },
  },
  {
    src: 'amazon',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const at = x.c('lwa_access_token', V.lwaAccess(r));
      const addr = { Name: x.p('name', p.name), AddressLine1: x.p('street_address', p.street), City: p.city, StateOrRegion: p.province, PostalCode: p.zip, CountryCode: p.country };
      return `[SellingPartnerAPI] GET /orders/v0/orders/${r.digits(3)}-${r.digits(7)}-${r.digits(7)}/address (RDT) 403
x-amz-access-token: ${at}
x-amz-date: 20261104T${r.digits(6)}Z
x-amzn-RequestId: ${r.uuid()}
cached payload: {"payload":{"AmazonOrderId":"${r.digits(3)}-${r.digits(7)}-${r.digits(7)}","ShippingAddress":${JSON.stringify(addr)},"BuyerInfo":{"BuyerEmail":"${x.p('email', `${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)}@marketplace.amazon.com`)}"}}}`;
    },
  },
  {
    src: 'amazon',
    t: (x) => {
      const r = x.r;
      const kid = x.c('aws_access_key_id', V.awsKeyId(r));
      const sk = x.c('aws_secret_key', V.awsSecret(r));
      return `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${r.digits(12)}:user/sp-api-app is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${r.digits(12)}:role/SellingPartnerAPIRole
env at failure:
  AWS_ACCESS_KEY_ID=${kid}
  AWS_SECRET_ACCESS_KEY=${sk}
  SP_API_ROLE_ARN=arn:aws:iam::${r.digits(12)}:role/SellingPartnerAPIRole
  SP_API_REGION=eu-west-1`;
    },
  },
  {
    src: 'amazon',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `Seller Central disbursement settings sync failed (INVALID_INPUT: bank account could not be verified)
  seller_id: A${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)}
  account_holder: ${x.p('name', p.name)}
  iban: ${x.f('iban', V.iban(r))}
  routing (US marketplace): ${x.f('aba_routing', V.aba(r))} / account ${x.f('bank_account', V.bankAccount(r))}
  tax identity: SSN ${x.p('ssn', V.ssn(r))}`;
    },
  },
  // ------------------------------------------------------------ eBay
  {
    src: 'ebay',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const tok = x.c('ebay_user_token', V.ebayUserToken(r));
      return `com.ebay.api.client.ApiException: 401 Unauthorized {"errors":[{"errorId":1001,"domain":"OAuth","category":"REQUEST","message":"Invalid access token","longMessage":"Invalid access token. Check the value of the Authorization HTTP request header."}]}
	at com.acme.marketplace.ebay.FulfillmentClient.getOrder(FulfillmentClient.java:${r.int(40, 300)})
	request: GET https://api.ebay.com/sell/fulfillment/v1/order/${r.digits(2)}-${r.digits(5)}-${r.digits(5)}
	Authorization: Bearer ${tok}
	buyer: {"username":"${V.fold65(p.first)}_${r.int(10, 999)}","buyerRegistrationAddress":{"fullName":"${x.p('name', p.name)}","email":"${x.p('email', p.email)}","primaryPhone":{"phoneNumber":"${x.p('phone', p.phone)}"}}}`;
    },
  },
  {
    src: 'ebay',
    t: (x) => {
      const r = x.r;
      const tok = x.c('ebay_auth_n_auth', V.ebayAuthNAuth(r));
      const cert = x.c('ebay_cert_id', V.ebayCertId(r));
      return `<?xml version="1.0" encoding="utf-8"?>
<GetOrdersRequest xmlns="urn:ebay:apis:eBLBaseComponents">
  <RequesterCredentials>
    <eBayAuthToken>${tok}</eBayAuthToken>
  </RequesterCredentials>
  <CreateTimeFrom>${V.ts(r)}</CreateTimeFrom>
</GetOrdersRequest>
<!-- X-EBAY-API-APP-NAME: ${r.pick(['AcmeSync', 'ListerPro', 'ShipBridge'])}-${r.pick(['sync', 'lister'])}-PRD-${r.hex(9)}-${r.hex(8)}  X-EBAY-API-CERT-NAME: ${cert} -->
<Ack>Failure</Ack><Errors><ShortMessage>Auth token is hard expired.</ShortMessage><ErrorCode>932</ErrorCode></Errors>`;
    },
  },
  {
    src: 'ebay',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `ebay-notifications: MARKETPLACE_ACCOUNT_DELETION received, purge job failed
{"metadata":{"topic":"MARKETPLACE_ACCOUNT_DELETION","schemaVersion":"1.0","deprecated":false},"notification":{"notificationId":"${r.uuid()}_${r.uuid()}","eventDate":"${V.ts(r)}","publishDate":"${V.ts(r)}","publishAttemptCount":1,"data":{"username":"${V.fold65(p.last)}${r.int(1, 999)}","userId":"${r.b62(10)}","eiasToken":"${r.b64(40)}"}}}
purge endpoint verification_token=${x.c('webhook_secret', V.genericSecret(r, 64).replace(/[^A-Za-z0-9_-]/g, 'x'))}
local record still present: name=${x.p('name', p.name)} ship_to=${x.p('street_address', p.street)}, ${p.city} ${p.zip}`;
    },
  },
  // ------------------------------------------------------------ Etsy
  {
    src: 'etsy',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const tok = x.c('etsy_oauth_token', V.etsyToken(r));
      return `[etsy-v3] ${V.ts(r)} GET https://openapi.etsy.com/v3/application/shops/${r.int(10000000, 99999999)}/receipts?was_paid=true 401
  x-api-key: ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}
  authorization: Bearer ${tok}
  last receipt cached: {"receipt_id":${r.int(1000000000, 3999999999)},"name":"${x.p('name', p.name)}","first_line":"${x.p('street_address', p.street)}","city":"${p.city}","zip":"${p.zip}","buyer_email":"${x.p('email', p.email)}"}`;
    },
  },
  {
    src: 'etsy',
    t: (x) => {
      const r = x.r;
      const rt = x.c('etsy_oauth_token', V.etsyToken(r));
      return `POST https://api.etsy.com/v3/public/oauth/token
grant_type=refresh_token&client_id=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}&refresh_token=${rt}
<- 400 {"error":"invalid_grant","error_description":"refresh_token is invalid or expired"}
etsy-connector: shop ${r.int(10000000, 99999999)} disconnected, notifying seller`;
    },
  },
  {
    src: 'etsy',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `payout-reconcile WARN etsy payments ledger mismatch for shop owner ${x.p('name', p.name)} <${x.p('email', p.email)}>
  deposit account: ${x.f('iban', V.iban(r, r.pick(['GB', 'IE', 'FR', 'NL']), true))} (was ${x.f('iban', V.iban(r, r.pick(['GB', 'IE', 'FR', 'NL']), false))})
  ledger_entry_id=${r.int(10000000, 99999999)} amount=${V.money(r)} currency=EUR status=failed
  seller tax id (VAT/NINO on file): ${x.p('nino', V.nino(r))}`;
    },
  },
];
