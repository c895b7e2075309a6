import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** E-commerce and logistics: Shopify, BigCommerce, commercetools, WooCommerce, Shippo, EasyPost, FedEx, DHL, UPS. */
export const commerceCases23: PosTemplate23[] = [
  [
    'shopify-admin-token',
    (g) => {
      const tok = `shpat_${g.hex(32)}`;
      return {
        text: `ShopifyAPI::Errors::HttpResponseError: {"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}
  /app/vendor/bundle/ruby/3.3.0/gems/shopify_api-14.3.0/lib/shopify_api/clients/http_client.rb:71:in \`request'
  session: #<ShopifyAPI::Auth::Session shop="acme-outdoor.myshopify.com" access_token="${tok}" scope="read_orders,write_fulfillments">`,
        values: [cred('shopify-access-token', tok)],
      };
    },
  ],
  [
    'shopify-order-webhook',
    (g, k) => {
      const secret = `shpss_${g.hex(32)}`;
      const p = g.person();
      const email = g.email(p);
      const a = g.address(k === 1 ? 'CA' : k === 2 ? 'AU' : 'US');
      const phone = g.phone(a.country === 'CA' ? 'CA' : a.country === 'AU' ? 'AU' : 'US');
      const ip = g.userIp();
      return {
        text: `webhook orders/create rejected: HMAC mismatch (computed with SHOPIFY_API_SECRET=${secret})
X-Shopify-Topic: orders/create
X-Shopify-Shop-Domain: acme-outdoor.myshopify.com
{"id":${g.digits(13)},"admin_graphql_api_id":"gid://shopify/Order/${g.digits(13)}","browser_ip":"${ip}","contact_email":"${email}","currency":"${a.country === 'CA' ? 'CAD' : a.country === 'AU' ? 'AUD' : 'USD'}","shipping_address":{"first_name":"${p.first}","address1":"${a.line1}","phone":"${phone}","city":"${a.city}","zip":"${a.postal}","province":"${a.region}","country":"${a.country}","last_name":"${p.last}","name":"${p.full}"},"order_number":${g.int(1000, 99999)}}`,
        values: [cred('shopify-shared-secret', secret), pers('user-ip', ip), pers('email', email), pers('street-address', a.line1)],
      };
    },
  ],
  [
    'bigcommerce-auth',
    (g) => {
      const tok = g.lowerAlnum(31);
      return {
        text: `GuzzleHttp\\Exception\\ClientException: Client error: \`GET https://api.bigcommerce.com/stores/${g.lowerAlnum(10)}/v3/catalog/products?limit=250\` resulted in a \`401 Unauthorized\` response:
{"status":401,"title":"No valid credentials found for this request.","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"}
 in /var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113
request options: ["headers" => ["X-Auth-Token" => "${tok}", "Accept" => "application/json"]]`,
        values: [cred('bigcommerce-access-token', tok)],
      };
    },
  ],
  [
    'commercetools-client',
    (g) => {
      const secret = g.chars(B62 + '-_', 32);
      const clientId = g.chars(B62 + '-_', 24);
      const basic = Buffer.from(`${clientId}:${secret}`).toString('base64');
      return {
        text: `Error: invalid_client
    at /app/node_modules/@commercetools/sdk-client-v2/dist/commercetools-sdk-client-v2.cjs.js:644:20
  statusCode: 401, body: { statusCode: 401, message: 'Please provide valid client credentials using HTTP Basic Authentication.', errors: [ { code: 'invalid_client', message: 'Please provide valid client credentials using HTTP Basic Authentication.' } ], error: 'invalid_client' },
  originalRequest: { uri: 'https://auth.europe-west1.gcp.commercetools.com/oauth/token', method: 'POST', headers: { Authorization: 'Basic ${basic}', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&scope=manage_project:acme-shop' }`,
        values: [cred('basic-auth-base64', basic)],
      };
    },
  ],
  [
    'woocommerce-keys',
    (g) => {
      const ck = `ck_${g.hex(40)}`;
      const cs = `cs_${g.hex(40)}`;
      const email = g.email();
      return {
        text: `[2026-12-01 09:55:13] production.ERROR: WooCommerce REST: 401 woocommerce_rest_cannot_view "Sorry, you cannot list resources." {"url":"https://shop.carrowayfoods.co.uk/wp-json/wc/v3/orders?consumer_key=${ck}&consumer_secret=${cs}&search=${encodeURIComponent(email)}"}`,
        values: [cred('woocommerce-consumer-secret', cs), cred('woocommerce-consumer-key', ck), pers('email-urlenc', encodeURIComponent(email))],
      };
    },
  ],
  [
    'shippo-label',
    (g) => {
      const key = `shippo_live_${g.hex(40)}`;
      const p = g.person();
      const a = g.address('US');
      const phone = g.phone('US');
      return {
        text: `shippo.error.AddressError: {"address_to": ["Failed to validate address"]}
shippo.config.api_key = "${key}"
address_to = {"name": "${p.full}", "street1": "${a.line1}", "city": "${a.city}", "state": "${a.region}", "zip": "${a.postal}", "country": "US", "phone": "${phone}"}`,
        values: [cred('shippo-api-key', key), pers('street-address', a.line1)],
      };
    },
  ],
  [
    'easypost-shipment',
    (g) => {
      const key = `EZAK${g.hex(54)}`;
      const p = g.person();
      const email = g.email(p);
      return {
        text: `EasyPost::Errors::UnauthorizedError (The API key provided is invalid or missing.)
  code: APIKEY.INACTIVE
  request: POST https://api.easypost.com/v2/shipments
  Authorization: Basic ${Buffer.from(`${key}:`).toString('base64')}
  to_address: {"name"=>"${p.full}", "email"=>"${email}", "street1"=>"${g.int(1, 999)} Cedar Lane", "city"=>"Raleigh", "state"=>"NC", "zip"=>"27601"}`,
        values: [cred('basic-auth-base64', Buffer.from(`${key}:`).toString('base64')), pers('email', email), pers('person-name', p.full)],
      };
    },
  ],
  [
    'fedex-oauth',
    (g) => {
      const secret = g.hex(32);
      const tok = g.jwt(
        {
          scope: ['CXS-TP'],
          Payload: { clientIdentity: { clientKey: `l7${g.hex(30)}` }, authenticationRealm: 'CMAC', additionalIdentity: { timeStamp: '01-Dec-2026 04:12:55 EST', gracePeriod: '0' } },
          exp: g.epoch() + 3600,
          jti: g.uuid(),
        },
        'RS256',
      );
      return {
        text: `FedEx API error {"transactionId":"${g.uuid()}","errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"Access token expired. Please modify your request and try again."}]}
cached token=${tok}
refresh: POST https://apis.fedex.com/oauth/token grant_type=client_credentials&client_id=l7${g.hex(30)}&client_secret=${secret}`,
        values: [cred('jwt', tok), cred('oauth-client-secret', secret)],
      };
    },
  ],
  [
    'dhl-tracking',
    (g) => {
      const key = g.chars(B62, 32);
      const p = g.person();
      const phone = g.phone('DE');
      const a = g.address('DE');
      return {
        text: `WARN  [dhl-parcel-de] c.a.l.DhlClient - 401 {"title":"Unauthorized","status":401,"detail":"Unauthorized for given resource."} dhl-api-key=${key}
shipment.consignee={"name1":"${p.full}","addressStreet":"${a.line1}","postalCode":"${a.postal}","city":"${a.city}","country":"DEU","phone":"${phone}"}`,
        values: [cred('dhl-api-key', key), pers('street-address', a.line1), pers('phone', phone)],
      };
    },
  ],
  [
    'ups-address-validation',
    (g) => {
      const p = g.person();
      const a = g.address('US');
      const email = g.email(p);
      const secret = g.chars(B62, 64);
      return {
        text: `ups.rating failed: {"response":{"errors":[{"code":"111210","message":"The requested service is unavailable between the selected locations."}]}}
ShipTo: {"Name":"${p.full}","AttentionName":"${p.full}","EMailAddress":"${email}","Address":{"AddressLine":["${a.line1}"],"City":"${a.city}","StateProvinceCode":"${a.region}","PostalCode":"${a.postal}","CountryCode":"US"}}
UPS_CLIENT_SECRET=${secret}`,
        values: [pers('email', email), pers('street-address', a.line1), cred('ups-client-secret', secret)],
      };
    },
  ],
  [
    'amazon-sp-refresh',
    (g) => {
      const refresh = `Atzr|${g.chars(B62 + '-_', 300)}`;
      const secret = `amzn1.oa2-cs.v1.${g.hex(64)}`;
      return {
        text: `sp-api LWA token exchange failed: {"error_description":"The request has an invalid grant parameter : refresh_token","error":"invalid_grant"}
  refresh_token=${refresh}
  client_id=amzn1.application-oa2-client.${g.hex(32)} client_secret=${secret}`,
        values: [cred('amazon-lwa-refresh-token', refresh), cred('amazon-lwa-client-secret', secret)],
      };
    },
  ],
  [
    'order-sql-card',
    (g) => {
      const card = g.card('amex');
      const shown = g.grouped(card, '-');
      const p = g.person();
      return {
        text: `PDOException: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'card_last4' at row 1 in /var/www/html/app/Models/Order.php:212
SQL: insert into \`orders\` (\`customer_name\`, \`card_last4\`, \`total\`) values (${p.full.includes("'") ? `"${p.full}"` : `'${p.full}'`}, '${shown}', ${g.int(10, 999)}.${g.digits(2)})`,
        values: [pers('person-name', p.full), fin('card', shown)],
      };
    },
  ],
];
