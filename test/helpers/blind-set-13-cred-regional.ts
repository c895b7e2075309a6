import { B62, B64, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { cred, pos, type PosCase13 } from './blind-set-13-types';

const day = (r: Rng9): string => `2026-11-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}`;

/** ERP, HR, logistics, telco and regional payment credentials (EU, APAC, LatAm, Africa). */
export const credRegional: PosCase13[] = [
  (r) => {
    const s = `${r.uuid()}$${r.chars(B64URL, 43)}=`;
    return pos('sap/cf-service-key', `$ cf service-key s4-ext-xsuaa ci-key\nGetting key ci-key for service instance s4-ext-xsuaa as ci@acme.de...\n{\n  "credentials": {\n    "clientid": "sb-s4-ext!t${r.int(10000, 99999)}",\n    "clientsecret": "${s}",\n    "url": "https://acme-prod.authentication.eu10.hana.ondemand.com",\n    "xsappname": "s4-ext!t${r.int(10000, 99999)}"\n  }\n}`, cred('sap-xsuaa-secret', s));
  },
  (r) => {
    const cs = r.hex(64);
    const ts = r.hex(64);
    return pos('netsuite/tba-config', `2026-11-${r.int(10, 28)}T06:00:02Z ERROR netsuite-sync: INVALID_LOGIN_ATTEMPT (Invalid login attempt.) account=${r.digits(7)}_SB1\nloaded config { realm: '${r.digits(7)}_SB1', consumerKey: '${r.hex(64)}', consumerSecret: '${cs}', tokenId: '${r.hex(64)}', tokenSecret: '${ts}' }`, cred('netsuite-consumer-secret', cs), cred('netsuite-token-secret', ts));
  },
  (r) => {
    const k = r.hex(40);
    return pos('odoo/xmlrpc-fault', `Traceback (most recent call last):\n  File "/opt/sync/odoo_push.py", line 61, in push_invoice\n    models.execute_kw(DB, UID, '${k}', 'account.move', 'create', [vals])\n  File "/usr/lib/python3.11/xmlrpc/client.py", line 1122, in __call__\nxmlrpc.client.Fault: <Fault 2: 'Access Denied'>`, cred('odoo-api-key', k));
  },
  (r) => {
    const k = r.hex(40);
    return pos('bamboohr/url-creds', `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.bamboohr.com', port=443): Max retries exceeded with url: /api/gateway.php/acme/v1/employees/directory\nWARNING hr_sync: retrying GET https://${k}:x@api.bamboohr.com/api/gateway.php/acme/v1/employees/directory (attempt 3/5)`, cred('bamboohr-api-key', k));
  },
  (r) => {
    const s = r.b62(40);
    return pos('workday/form-body', `${day(r)} WARN  [workday-connector] OAuth refresh failed (400 invalid_client) for tenant acme_prod\n  POST https://wd3-services1.myworkday.com/ccx/oauth2/acme_prod/token\n  grant_type=refresh_token&refresh_token=${r.b62(24)}&client_id=${r.chars(UPPER + DIGITS, 36)}&client_secret=${s}`, cred('workday-client-secret', s));
  },
  (r) => {
    const k = `EZAK${r.hex(54)}`;
    return pos('easypost/python-error', `easypost.errors.api.unauthorized_error.UnauthorizedError: The API key provided is invalid.\n  http_status=401 code=APIKEY.INVALID\n  shipper: client = easypost.EasyPostClient("${k}", timeout=60)`, cred('easypost-key', k));
  },
  (r) => {
    const k = `shippo_live_${r.hex(40)}`;
    return pos('shippo/php-log', `[${day(r)}] production.ERROR: Shippo_AuthenticationError: Invalid API key {"exception":"[object] (Shippo_AuthenticationError(code: 401): Invalid API key at /var/www/vendor/shippo/shippo-php/lib/Shippo/ApiRequestor.php:124)","shippo_token":"${k}"}`, cred('shippo-token', k));
  },
  (r) => {
    const k = r.b62(32);
    return pos('dhl/java-httpclient', `java.io.IOException: Server returned HTTP response code: 401 for URL: https://api-eu.dhl.com/parcel/de/shipping/v2/orders?validate=true\n\tat com.acme.logistics.DhlClient.createLabel(DhlClient.java:142)\nRequest headers: {Accept=[application/json], dhl-api-key=[${k}], Content-Type=[application/json]}`, cred('dhl-api-key', k));
  },
  (r) => {
    const s = r.chars(B62, 16);
    return pos('vonage/query-string', `${day(r)} sms-gateway WARN vonage send failed status=4 error-text="Bad Credentials" url=https://rest.nexmo.com/sms/json?api_key=${r.hex(8)}&api_secret=${s}&from=ACME&to=4915${r.digits(9)}&text=Ihr+Code+lautet+${r.digits(6)}`, cred('vonage-api-secret', s));
  },
  (r) => {
    const k = `${r.hex(32)}-${r.uuid()}`;
    return pos('infobip/header', `infobip.ApiException: (401) Reason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json'})\nHTTP request: POST https://${r.chars(LOWER + DIGITS, 6)}.api.infobip.com/sms/2/text/advanced  Authorization: App ${k}`, cred('infobip-api-key', k));
  },
  (r) => {
    const k = `atsk_${r.hex(64)}`;
    return pos('africastalking/node', `Error: Request failed with status code 401\n    at createError (/app/node_modules/africastalking/node_modules/axios/lib/core/createError.js:16:15)\n  config: { url: 'https://api.africastalking.com/version1/messaging', headers: { apiKey: '${k}', Accept: 'application/json' }, data: 'username=acme_ke&to=%2B2547${r.digits(8)}&message=Your+OTP' }`, cred('africastalking-key', k));
  },
  (r) => {
    const pw = r.hex(32).toUpperCase();
    return pos('46elks/curl', `$ curl https://api.46elks.com/a1/sms -u u${r.hex(32)}:${pw} -d from=Acme -d to=+4670${r.digits(7)} -d message="Din kod: ${r.digits(6)}"\n{"status": "failed", "error": "Unauthorized"}`, cred('46elks-api-password', pw));
  },
  (r) => {
    const k = `live_${r.chars(B62, 30)}`;
    return pos('mollie/php-exception', `[${day(r)}] production.ERROR: [${day(r)}] Error executing API call (401: Unauthorized Request): Missing authentication, or failed to authenticate. Documentation: https://docs.mollie.com/overview/authentication {"exception":"[object] (Mollie\\\\Api\\\\Exceptions\\\\ApiException(code: 401))","config":{"mollie.key":"${k}"}}`, cred('mollie-live-key', k));
  },
  (r) => {
    const k = `AQE${r.chars(B64, 61)}=-${r.chars(B64, 43)}=-${r.chars(B62 + '@#', 16)}`;
    return pos('adyen/java-log', `com.adyen.service.exception.ApiException: HTTP Exception\n\tstatusCode: 401, errorCode: 000, message: Unauthorized\n\tat com.adyen.service.resource.Resource.request(Resource.java:109)\n2026-11-${r.int(10, 28)} 09:41:07 DEBUG AdyenClient - config: environment=LIVE, liveEndpointUrlPrefix=${r.hex(16)}-AcmeGmbH, apiKey=${k}`, cred('adyen-api-key', k));
  },
  (r) => {
    const t = `live_${r.chars(B64URL, 40)}`;
    return pos('gocardless/ruby', `GoCardlessPro::AuthenticationError: Authentication failed\n  request_id: ${r.chars(UPPER + DIGITS, 26)}\n  # GOCARDLESS_ACCESS_TOKEN=${t} bundle exec rake mandates:sync`, cred('gocardless-access-token', t));
  },
  (r) => {
    const k = r.hex(128);
    return pos('nordigen/json-body', `{"level":"error","msg":"token/new failed","status":401,"request":{"url":"https://bankaccountdata.gocardless.com/api/v2/token/new/","body":{"secret_id":"${r.uuid()}","secret_key":"${k}"}},"response":{"summary":"Authentication failed","status_code":401}}`, cred('nordigen-secret-key', k));
  },
  (r) => {
    const s = r.hex(30);
    return pos('plaid/python-api-exception', `plaid.exceptions.ApiException: (400)\nReason: Bad Request\nHTTP response body: {"error_code": "INVALID_API_KEYS", "error_type": "INVALID_INPUT", "request_id": "${r.b62(15)}"}\nrequest body: {"client_id": "${r.hex(24)}", "secret": "${s}", "access_token": "access-production-${r.uuid()}"}`, cred('plaid-secret', s));
  },
  (r) => {
    const k = `xnd_production_${r.b62(50)}`;
    return pos('xendit/curl-basic', `+ curl https://api.xendit.co/v2/invoices -X POST -u ${k}: -H 'Content-Type: application/json' --data-raw '{"external_id":"inv-${r.digits(8)}","amount":1500000}'\n{"error_code":"INVALID_API_KEY","message":"API key is not authorized for this API service"}`, cred('xendit-secret-key', k));
  },
  (r) => {
    const k = `Mid-server-${r.chars(B64URL, 24)}`;
    return pos('midtrans/node', `MidtransError: Midtrans API is returning API error. HTTP status code: 401. API response: {"status_code":"401","status_message":"Unknown Merchant server_key/id"}\n    at /srv/checkout/node_modules/midtrans-client/lib/httpClient.js:84:27\n  snap = new midtransClient.Snap({ isProduction: true, serverKey: '${k}', clientKey: 'Mid-client-${r.chars(B64URL, 16)}' })`, cred('midtrans-server-key', k));
  },
  (r) => {
    const k = `FLWSECK-${r.hex(32)}-X`;
    return pos('flutterwave/laravel-env', `[${day(r)}] local.ERROR: Flutterwave charge failed: Invalid authorization key {"userId":${r.int(100, 9999)}} \nSnapshot of .env: APP_ENV=production\nFLW_PUBLIC_KEY=FLWPUBK-${r.hex(32)}-X\nFLW_SECRET_KEY=${k}\nFLW_ENCRYPTION_KEY=${r.hex(12)}`, cred('flutterwave-secret-key', k));
  },
  (r) => {
    const k = `key_${r.b62(27)}`;
    return pos('conekta/ruby', `Conekta::AuthenticationError: Please include your private api key in Authorization header.\n  Conekta.api_key = "${k}" # config/initializers/conekta.rb:3\n  Conekta.api_version = "2.1.0"`, cred('conekta-private-key', k));
  },
  (r) => {
    const k = `prv_prod_${r.b62(32)}`;
    return pos('wompi/json-log', `{"ts":"${day(r)}","svc":"pagos-co","lvl":"error","msg":"wompi transaction create failed","status":401,"error":{"type":"INVALID_ACCESS_TOKEN","reason":"Se esperaba una llave privada"},"headers":{"authorization":"Bearer ${k}"}}`, cred('wompi-private-key', k));
  },
  (r) => {
    const t = r.chars(B64, 171) + '=';
    return pos('line/messaging-api', `LineBotApiError [Status Code: 401, Error Response: {"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}]\n  POST https://api.line.me/v2/bot/message/push\n  Authorization: Bearer ${t}\n  X-Line-Retry-Key: ${r.uuid()}`, cred('line-channel-token', t));
  },
  (r) => {
    const t = r.hex(64);
    return pos('dingtalk/webhook-java', `2026-11-${r.int(10, 28)} 11:02:45.337 ERROR [alert-notify] c.a.n.DingTalkNotifier : robot send failed errcode=310000 errmsg=sign not match\n  url=https://oapi.dingtalk.com/robot/send?access_token=${t}&timestamp=${r.int(1700000000, 1790000000)}${r.digits(3)}&sign=${encodeURIComponent(r.b64(32))}`, cred('dingtalk-robot-token', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('kakao/header', `KakaoApiException(statusCode=401, code=-401, msg=wrong appKey(${r.digits(6)}) format)\nrequest: GET https://dapi.kakao.com/v2/local/search/address.json?query=%EC%84%9C%EC%9A%B8\nAuthorization: KakaoAK ${k}`, cred('kakao-rest-key', k));
  },
  (r) => {
    const t = r.b62(64);
    return pos('hetzner/terraform', `╷\n│ Error: unable to authenticate your API token (unauthorized)\n│\n│   with provider["registry.terraform.io/hetznercloud/hcloud"],\n│   on main.tf line 9, in provider "hcloud":\n│    9:   token = "${t}"\n╵`, cred('hetzner-token', t));
  },
  (r) => {
    const k = `xkeysib-${r.hex(64)}-${r.chars(LOWER + DIGITS + UPPER, 16)}`;
    return pos('brevo/symfony-log', `[${day(r)}] app.CRITICAL: Uncaught PHP Exception Brevo\\Client\\ApiException: "[401] Client error: POST https://api.brevo.com/v3/smtp/email resulted in a 401 Unauthorized response: {"message":"Key not found","code":"unauthorized"}" {"api-key":"${k}","template":${r.int(1, 99)}}`, cred('brevo-api-key', k));
  },
  (r) => {
    const s = r.chars(LOWER + DIGITS, 32);
    return pos('ovh/conf-file', `ovh.exceptions.InvalidCredential: Invalid credentials\n$ cat ~/.ovh.conf\n[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=${r.b62(16)}\napplication_secret=${s}\nconsumer_key=${r.chars(LOWER + DIGITS, 32)}`, cred('ovh-application-secret', s));
  },
];
