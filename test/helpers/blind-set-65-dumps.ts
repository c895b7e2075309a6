import * as V from './blind-set-65-values';
import type { Tpl65 } from './blind-set-65-values';

/** Blind set 65: config and env dumps of commerce/messaging integrations, and payout / card tables leaked by plugins. */

const pad = (s: string, n: number): string => s.padEnd(n);

export const DUMPS65: Tpl65[] = [
  // ------------------------------------------------------------ credential-dense dumps
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `Whoops\\Exception\\ErrorException: Undefined index: shop in /var/www/app/Http/Controllers/ShopifyWebhookController.php:${r.int(20, 140)}
Environment Variables
APP_KEY            base64:${x.c('laravel_app_key', r.b64(32))}
DB_PASSWORD        ${x.c('password', V.password(r))}
MAIL_MAILER        smtp
MAIL_HOST          smtp.postmarkapp.com
MAIL_USERNAME      ${x.c('postmark_server_token', V.postmarkToken(r))}
MAIL_PASSWORD      ${x.c('postmark_server_token', V.postmarkToken(r))}
SHOPIFY_API_SECRET ${x.c('shopify_shared_secret', V.shopifyToken(r, 'shpss'))}
PUSHER_APP_SECRET  ${x.c('pusher_secret', V.pusherSecret(r))}
TWILIO_TOKEN       ${x.c('twilio_auth_token', V.twilioAuthToken(r))}`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const row = (k: string, v: string) => `| ${pad(k, 20)} | ${pad(v, 34)} |`;
      return `System > Integrations > "ERP Connector" (activated ${V.ts(r, false)}), exported by admin support ticket #${r.int(10000, 99999)}
+----------------------+------------------------------------+
${row('Consumer Key', x.c('magento_token', V.magentoToken(r)))}
${row('Consumer Secret', x.c('magento_token', V.magentoToken(r)))}
${row('Access Token', x.c('magento_token', V.magentoToken(r)))}
${row('Access Token Secret', x.c('magento_token', V.magentoToken(r)))}
+----------------------+------------------------------------+
ERP log: oauth_problem=signature_invalid`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      const props = {
        'twilio.auth-token': { value: x.c('twilio_auth_token', V.twilioAuthToken(r)), origin: 'System Environment Property "TWILIO_AUTH_TOKEN"' },
        'sendgrid.api-key': { value: x.c('sendgrid_api_key', V.sendgridKey(r)), origin: 'System Environment Property "SENDGRID_API_KEY"' },
        'spring.mail.password': { value: x.c('password', V.password(r)) },
        'spring.datasource.password': { value: x.c('password', V.password(r)) },
        'commercetools.client-secret': { value: x.c('commercetools_secret', V.ctSecret(r)) },
      };
      return `GET /actuator/env 200 (management.endpoint.env.show-values=ALWAYS) from 10.0.${r.int(0, 255)}.${r.int(1, 254)}
{"activeProfiles":["prod"],"propertySources":[{"name":"systemEnvironment","properties":${JSON.stringify(props)}}]}`;
    },
  },
  {
    src: 'amazon',
    t: (x) => {
      const r = x.r;
      return `sellingpartner-api credentials.yml loaded from /app/config (mode 0644, world-readable):
version: '1.0'
default:
  refresh_token: '${x.c('lwa_refresh_token', V.lwaRefresh(r))}'
  lwa_app_id: 'amzn1.application-oa2-client.${r.hex(32)}'
  lwa_client_secret: '${x.c('lwa_client_secret', V.lwaSecret(r))}'
  aws_access_key: '${x.c('aws_access_key_id', V.awsKeyId(r))}'
  aws_secret_key: '${x.c('aws_secret_key', V.awsSecret(r))}'
  role_arn: 'arn:aws:iam::${r.digits(12)}:role/sp-api'`;
    },
  },
  {
    src: 'ebay',
    t: (x) => {
      const r = x.r;
      return `ebay-oauth-python-client: ebay-config.yaml
name: ebay-config
api.ebay.com:
    appid: ${r.pick(['ShipBrid', 'AcmeSync', 'ListerPr'])}-${r.pick(['orders', 'sync'])}-PRD-${r.hex(9)}-${r.hex(8)}
    certid: ${x.c('ebay_cert_id', V.ebayCertId(r))}
    devid: ${r.uuid()}
    redirecturi: ${r.pick(['Acme_Sync', 'Ship_Bridge'])}-${r.pick(['Acme', 'Ship'])}Sy-${r.pick(['orders', 'sync'])}-${r.chars('abcdefghijklmnopqrstuvwxyz', 5)}
user_token: ${x.c('ebay_user_token', V.ebayUserToken(r))}
ERROR refresh failed: invalid_client`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `$ terraform plan
  # module.notify.aws_ssm_parameter.messaging["prod"] will be updated in-place
  ~ resource "aws_ssm_parameter" "messaging" {
      ~ value = jsonencode(
          ~ {
              ~ mailgun_api_key    = "${x.c('mailgun_api_key', V.mailgunKey(r))}" -> "${x.c('mailgun_api_key', V.mailgunKey(r))}"
              ~ onesignal_api_key  = "${x.c('onesignal_rest_key', V.oneSignalV2(r))}"
                messagebird_key    = "${x.c('messagebird_access_key', V.messagebirdKey(r))}"
            }
        )
    }
Plan: 0 to add, 1 to change, 0 to destroy.`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `$ docker compose config
services:
  storefront:
    environment:
      SHOPIFY_ADMIN_TOKEN: ${x.c('shopify_token', V.shopifyToken(r))}
      BIGCOMMERCE_TOKEN: ${x.c('bigcommerce_token', V.bigcommerceToken(r))}
  mailer:
    environment:
      SMTP_URL: smtps://postmaster%40mg.example-shop.eu:${x.c('password', V.urlPassword(r))}@smtp.eu.mailgun.org:465
      MAILCHIMP_KEY: ${x.c('mailchimp_api_key', V.mailchimpKey(r))}
  realtime:
    environment:
      ABLY_API_KEY: ${x.c('ably_api_key', V.ablyKey(r))}`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `$ bin/rails credentials:show  # pasted into incident doc
secret_key_base: ${x.c('rails_secret_key_base', r.hex(128))}
shopify:
  api_secret: ${x.c('shopify_shared_secret', V.shopifyToken(r, 'shpss'))}
stripe:
  secret_key: ${x.c('stripe_secret_key', V.stripeSecret(r))}
  webhook_secret: ${x.c('stripe_webhook_secret', V.stripeWhsec(r))}
sendgrid:
  api_key: ${x.c('sendgrid_api_key', V.sendgridKey(r))}`;
    },
  },
  {
    src: 'sfcc',
    t: (x) => {
      const r = x.r;
      return `sfcc-ci client:auth failed: invalid_client
dw.json:
{
  "hostname": "production-eu01-brandco.demandware.net",
  "username": "ci-deploy@brandco.com",
  "password": "${x.c('password', V.password(r))}",
  "client-id": "${r.uuid()}",
  "client-secret": "${x.c('password', V.password(r))}",
  "code-version": "version${r.int(10, 99)}",
  "slas-private-client-secret": "${x.c('client_secret', V.genericSecret(r, 40))}"
}`;
    },
  },
  {
    src: 'fcm',
    t: (x) => {
      const r = x.r;
      return `push-gateway.service: Main process exited, code=exited, status=1/FAILURE
/etc/systemd/system/push-gateway.service.d/override.conf:
[Service]
Environment="FCM_SERVER_KEY=${x.c('fcm_server_key', V.fcmServerKey(r))}"
Environment="APNS_KEY_ID=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}"
Environment="ONESIGNAL_REST_API_KEY=${x.c('onesignal_rest_key', V.oneSignalLegacy(r))}"
Environment="PUSHER_SECRET=${x.c('pusher_secret', V.pusherSecret(r))}"`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const shop = V.shopDomain(r);
      return `nginx: [${V.ts(r, false)}] upstream 401 for /apps/subscriptions/ from ${shop}
  location /admin-proxy/ {
      proxy_pass https://${shop}/admin/api/2025-07/;
      proxy_set_header X-Shopify-Access-Token "${x.c('shopify_token', V.shopifyToken(r, 'shpca'))}";
      proxy_set_header Authorization "Basic ${x.c('basic_auth', Buffer.from(`subs-app:${V.password(r)}`).toString('base64'))}";
  }`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      const creds = [
        { name: 'Klaviyo account', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Klaviyo-API-Key ${x.c('klaviyo_private_key', V.klaviyoKey(r))}` } },
        { name: 'WooCommerce store', type: 'wooCommerceApi', data: { consumerKey: x.c('woocommerce_key', V.wooKey(r, 'ck')), consumerSecret: x.c('woocommerce_key', V.wooKey(r, 'cs')), url: 'https://store.example-shop.co.uk' } },
        { name: 'Brevo', type: 'sendInBlueApi', data: { apiKey: x.c('brevo_api_key', V.brevoKey(r)) } },
      ];
      return `n8n export:credentials --all --decrypted > /tmp/creds.json  (uploaded as build artifact)
${JSON.stringify(creds, null, 2)}`;
    },
  },
  {
    src: 'etsy',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `[etsy-connector] token store dump for shop ${r.int(10000000, 99999999)} (owner ${x.p('email', p.email)})
access_token  = ${x.c('etsy_oauth_token', V.etsyToken(r))}
refresh_token = ${x.c('etsy_oauth_token', V.etsyToken(r))}
expires_at    = ${V.ts(r)}
webhook_secret= ${x.c('webhook_secret', V.genericSecret(r, 40))}`;
    },
  },
  {
    src: 'commercetools',
    t: (x) => {
      const r = x.r;
      const id = r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 24);
      const sec = V.ctSecret(r);
      return `POST https://auth.us-central1.gcp.commercetools.com/oauth/token?grant_type=client_credentials&scope=manage_project:shop-${r.int(1, 99)}
Authorization: Basic ${x.c('basic_auth', Buffer.from(`${id}:${sec}`).toString('base64'))}
<- 200 {"access_token":"${x.c('commercetools_secret', V.ctSecret(r))}","token_type":"Bearer","expires_in":172800,"scope":"manage_project:shop-${r.int(1, 99)}","refresh_token":"shop-${r.int(1, 99)}:${x.c('commercetools_secret', V.ctSecret(r))}"}`;
    },
  },
  // ------------------------------------------------------------ payout and card tables
  {
    src: 'payouts',
    t: (x) => {
      const r = x.r;
      const rows = [0, 1, 2].map(() => {
        const p = V.person(r);
        return `"${x.p('name', p.name)}","${x.f('iban', V.iban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE']), false))}","${V.money(r)}","EUR","failed","AC04 closed account"`;
      });
      return `marketplace payout batch ${r.uuid()} partially rejected by SEPA provider; failed rows:
"beneficiary","iban","amount","currency","status","reason"
${rows.join('\n')}`;
    },
  },
  {
    src: 'payouts',
    t: (x) => {
      const r = x.r;
      const rows = [0, 1, 2].map(() => `| ${pad(`V-${r.int(10000, 99999)}`, 8)} | ${x.f('aba_routing', V.aba(r))} | ${pad(x.f('bank_account', V.bankAccount(r)), 12)} | ${pad(r.pick(['checking', 'savings']), 8)} | R0${r.int(1, 4)}     |`);
      return `ACH return file processed: ${rows.length} vendor payouts returned (Etsy/eBay seller disbursements)
| vendor   | routing   | account      | type     | return  |
|----------|-----------|--------------|----------|---------|
${rows.join('\n')}`;
    },
  },
  {
    src: 'woocommerce',
    t: (x) => {
      const r = x.r;
      const rows = [0, 1, 2].map(() => `| ${pad(String(r.int(1000, 99999)), 7)} | _legacy_card_number | ${pad(x.f('card', V.card(r)), 16)} |`);
      return `Security scan: plugin "wc-saved-cards-lite" stores card numbers in wp_postmeta
mysql> SELECT post_id, meta_key, meta_value FROM wp_postmeta WHERE meta_key = '_legacy_card_number' LIMIT 3;
+---------+---------------------+------------------+
| post_id | meta_key            | meta_value       |
+---------+---------------------+------------------+
${rows.join('\n')}
+---------+---------------------+------------------+`;
    },
  },
  {
    src: 'payouts',
    t: (x) => {
      const r = x.r;
      const tx = [0, 1].map(() => {
        const p = V.person(r);
        return `      <DrctDbtTxInf>
        <PmtId><EndToEndId>SUB-${r.int(100000, 999999)}</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">${V.money(r)}</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>MD${r.hex(10).toUpperCase()}</MndtId></MndtRltdInf></DrctDbtTx>
        <Dbtr><Nm>${x.p('name', p.name)}</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>${x.f('iban', V.iban(r, r.pick(['DE', 'NL', 'FR', 'BE']), false))}</IBAN></Id></DbtrAcct>
      </DrctDbtTxInf>`;
      });
      return `subscriptions: pain.008 batch rejected by bank (FF01 invalid file format), file kept for retry:
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"><CstmrDrctDbtInitn><PmtInf>
      <CdtrAcct><Id><IBAN>${x.f('iban', V.iban(r, 'DE', false))}</IBAN></Id></CdtrAcct>
${tx.join('\n')}
</PmtInf></CstmrDrctDbtInitn></Document>`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `${V.ts(r)} payouts-bridge ERROR bank_account update rejected for ${V.shopDomain(r)}
  {"bank_account":{"account_holder":"${x.p('name', p.name)}","iban":"${x.f('iban', V.iban(r, r.pick(['GB', 'IE', 'DE']), true))}","previous_iban":"${x.f('iban', V.iban(r, r.pick(['GB', 'IE', 'DE']), true))}","currency":"EUR"},"error":"IBAN/BIC mismatch"}
  US fallback: routing=${x.f('aba_routing', V.aba(r))} account=${x.f('bank_account', V.bankAccount(r))}`;
    },
  },
  {
    src: 'magento',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      const c = V.card(r, r.pick(['visa', 'mc', 'amex'] as const));
      return `[${V.ts(r)}] payment.DEBUG: {"request":{"x_card_num":"${x.f('card', c)}","x_exp_date":"${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 32)}","x_first_name":"${p.first}","x_last_name":"${p.last}","x_login":"${r.b62(10)}","x_tran_key":"${x.c('client_secret', r.b62(16))}"},"response":"3,1,6,The credit card has expired."} {"is_exception":false} []
[${V.ts(r)}] payment.DEBUG: second attempt card ${x.f('card', V.spacedCard(V.card(r, 'visa'), '-'))} (same customer)`;
    },
  },
  {
    src: 'payouts',
    t: (x) => {
      const r = x.r;
      const p = V.person(r);
      return `Vendor onboarding (Dokan/WCFM) form rejected by payout provider:
  store_name=${V.fold65(p.last)}-crafts
  payment[bank][ac_name]=${x.p('name', p.name)}
  payment[bank][ac_number]=${x.f('uk_account', V.ukAccount(r))}
  payment[bank][sort_code]=${x.f('sort_code', V.sortCode(r))}
  payment[bank][iban]=${x.f('iban', V.iban(r, 'GB', false))}
  payment[bank][routing_number]=${x.f('aba_routing', V.aba(r))}
error: "routing_number not allowed for GB accounts"`;
    },
  },
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const cards = [0, 1].map(() => x.f('card', V.card(r)));
      return `Card-testing attack blocked on checkout (store ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}): ${r.int(40, 300)} attempts in 5 min from ${x.p('ipv4', V.publicIp(r, false))}
  sample attempts (raw body logged by custom checkout middleware):
    {"credit_card":{"number":"${cards[0]}","name":"A B","verification_value":"${r.digits(3)}"}}
    {"credit_card":{"number":"${cards[1]}","name":"A B","verification_value":"${r.digits(3)}"}}`;
    },
  },
  {
    src: 'env',
    t: (x) => {
      const r = x.r;
      return `Vercel build log (notify-dashboard, production) — "printenv | sort" left in postbuild script
ABLY_API_KEY=${x.c('ably_api_key', V.ablyKey(r))}
KLAVIYO_PRIVATE_API_KEY=${x.c('klaviyo_private_key', V.klaviyoKey(r))}
NEXT_PUBLIC_PUSHER_KEY=${r.hex(20)}
POSTMARK_SERVER_TOKEN=${x.c('postmark_server_token', V.postmarkToken(r))}
PUSHER_SECRET=${x.c('pusher_secret', V.pusherSecret(r))}
RESEND_WEBHOOK_SECRET=${x.c('svix_webhook_secret', V.svixSecret(r))}
VONAGE_API_SECRET=${x.c('vonage_api_secret', V.vonageSecret(r))}`;
    },
  },
  {
    src: 'twilio',
    t: (x) => {
      const r = x.r;
      return `apiVersion: v1
kind: ConfigMap   # should have been a Secret, flagged by policy ${r.hex(8)}
metadata:
  name: sms-gateway-config
  namespace: notify
data:
  TWILIO_ACCOUNT_SID: "AC${r.hex(32)}"
  TWILIO_AUTH_TOKEN: "${x.c('twilio_auth_token', V.twilioAuthToken(r))}"
  TWILIO_API_KEY_SID: "SK${r.hex(32)}"
  TWILIO_API_KEY_SECRET: "${x.c('twilio_api_key_secret', V.twilioKeySecret(r))}"
  MESSAGEBIRD_ACCESS_KEY: "${x.c('messagebird_access_key', V.messagebirdKey(r))}"
  VONAGE_API_SECRET: "${x.c('vonage_api_secret', V.vonageSecret(r))}"`;
    },
  },
  {
    src: 'ses',
    t: (x) => {
      const r = x.r;
      return `[default]
aws_access_key_id = ${x.c('aws_access_key_id', V.awsKeyId(r))}
aws_secret_access_key = ${x.c('aws_secret_key', V.awsSecret(r))}

[ses-smtp]
smtp_username = ${x.c('aws_access_key_id', V.awsKeyId(r))}
smtp_password = ${x.c('ses_smtp_password', V.sesSmtpPassword(r))}
# ~/.aws/credentials attached to support ticket ${r.int(100000, 999999)} by mistake`;
    },
  },
  {
    src: 'bigcommerce',
    t: (x) => {
      const r = x.r;
      const hash = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10);
      return `{"level":"error","time":"${V.ts(r)}","msg":"app install callback failed","store_hash":"${hash}","oauth":{"client_id":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)}","client_secret":"${x.c('bigcommerce_client_secret', V.bigcommerceSecret(r))}","code":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)}","scope":"store_v2_orders store_v2_customers","grant_type":"authorization_code"},"response":{"access_token":"${x.c('bigcommerce_token', V.bigcommerceToken(r))}","context":"stores/${hash}"},"err":"duplicate key value violates unique constraint \\"stores_hash_key\\""}`;
    },
  },
  {
    src: 'mailgun',
    t: (x) => {
      const r = x.r;
      return `mailgun-domain-rotate.sh: step 3/4 failed (HTTP 400 "Invalid SMTP password")
+ curl -s --user 'api:${x.c('mailgun_api_key', V.mailgunKey(r))}' -X PUT https://api.mailgun.net/v3/domains/mg.example-shop.eu/credentials/postmaster -F password='${x.c('password', V.password(r))}'
+ export MAILGUN_WEBHOOK_SIGNING_KEY=${x.c('mailgun_signing_key', V.mailgunSigningKey(r))}`;
    },
  },
  {
    src: 'shopify',
    t: (x) => {
      const r = x.r;
      const shops = [0, 1, 2].map(() => `${V.shopDomain(r)}|${x.c('shopify_token', V.shopifyToken(r, r.pick(['shpat', 'shpca'] as const)))}|read_orders,write_products|${V.ts(r, false)}`);
      return `psql: COPY (SELECT shop, access_token, scope, installed_at FROM shopify_sessions WHERE is_online = false) TO STDOUT WITH DELIMITER '|';
${shops.join('\n')}
-- exported to /tmp by reindex job, file world-readable`;
    },
  },
  {
    src: 'apns',
    t: (x) => {
      const r = x.r;
      return `fastlane pem failed: Apple ID login required
  FASTLANE_USER=ios-release@example-retail.com
  FASTLANE_PASSWORD=${x.c('password', V.password(r))}
  FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${x.c('app_password', [0, 1, 2, 3].map(() => r.chars('abcdefghijklmnopqrstuvwxyz', 4)).join('-'))}
  MATCH_PASSWORD=${x.c('password', V.password(r))}`;
    },
  },
  {
    src: 'payouts',
    t: (x) => {
      const r = x.r;
      const rows = [0, 1, 2].map(() => `${r.pick(['STR', 'ETS', 'EBY'])}-${r.int(1000, 9999)};${x.f('iban', V.iban(r, r.pick(['FR', 'ES', 'IT', 'PL', 'IE']), true))};${V.money(r)};${r.pick(['sent', 'returned', 'pending'])}`);
      return `payouts-export-${V.ts(r).slice(0, 10)}.csv attached to alert "payout reconciliation drift > 2%":
ref;iban;amount;state
${rows.join('\n')}`;
    },
  },
];
