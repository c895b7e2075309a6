import { B62, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso15, pos, type PosCase15 } from './blind-set-15-types';

/** Long-tail providers (regional PSPs, banking, telco, logistics, HR/ERP, MLOps, auth) in integration failures. */
export const credTailB: PosCase15[] = [
  (r) => {
    const t = `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
    return pos('braintree/java-config', `com.braintreegateway.exceptions.AuthenticationException
	at com.braintreegateway.util.Http.throwExceptionIfErrorStatusCode(Http.java:218)
Gateway configuration: Configuration{environment=PRODUCTION, accessToken=${t}, timeout=60000}`, cred('braintree-token', t));
  },
  (r) => {
    const s = `E${r.chars(B64URL, 79)}`;
    return pos('paypal/dotnet', `PayPalHttp.HttpException: {"error":"invalid_client","error_description":"Client Authentication failed"}
   at PayPalHttp.HttpClient.Execute[T](HttpRequest request)
   PayPalEnvironment { BaseUrl = https://api-m.paypal.com, ClientId = A${r.chars(B64URL, 79)}, ClientSecret = ${s} }`, cred('paypal-secret', s));
  },
  (r) => {
    const s = r.hex(30);
    return pos('plaid/json-body', `{"level":"error","svc":"bank-link","msg":"plaid /item/public_token/exchange failed","request_body":"{\\"client_id\\":\\"${r.hex(24)}\\",\\"secret\\":\\"${s}\\",\\"public_token\\":\\"public-production-${r.uuid()}\\"}","error_code":"INVALID_API_KEYS"}`, cred('plaid-secret', s));
  },
  (r) => {
    const k = `AQE${r.chars(B62, 3)}hmfxL${r.chars(B62 + '+/', 120)}=-${r.chars(B62 + '+/', 43)}=-${r.chars(B62 + '[]<>{}', 16)}`;
    return pos('adyen/yaml', `o.s.boot.SpringApplication : Application run failed: Adyen 401 (010 Not allowed)
adyen:
  environment: LIVE
  live-endpoint-url-prefix: ${r.hex(16)}-CorpEU
  api-key: ${k}
  merchant-account: CorpEU_ECOM`, cred('adyen-api-key', k));
  },
  (r) => {
    const k = `live_${r.chars(B62, 30)}`;
    return pos('mollie/php', `Mollie\\Api\\Exceptions\\ApiException: [2026-11-21T07:11:42+0000] Error executing API call (401: Unauthorized Request): Missing authentication, or failed to authenticate.
#0 /var/www/shop/vendor/mollie/mollie-api-php/src/HttpAdapter/CurlMollieHttpAdapter.php(61)
#1 /var/www/shop/app/Payments/MollieGateway.php(33): Mollie\\Api\\MollieApiClient->setApiKey('${k}')`, cred('mollie', k));
  },
  (r) => {
    const t = `APP_USR-${r.digits(16)}-${r.digits(6)}-${r.hex(32)}-${r.digits(9)}`;
    return pos('mercadopago/json-log', `{"ts":"${iso15(r)}","level":"ERROR","logger":"checkout.mp","msg":"preference create failed","status":401,"mp_request":{"url":"https://api.mercadopago.com/checkout/preferences","headers":{"Authorization":"Bearer ${t}","X-Idempotency-Key":"${r.uuid()}"}}}`, cred('mercadopago', t));
  },
  (r) => {
    const k = `xnd_production_${r.chars(B62, 60)}`;
    const basic = b64s(`${k}:`);
    return pos('xendit/node-basic', `XenditError: API_KEY_INVALID
  at /app/node_modules/xendit-node/runtime.js:144:23
  request: { method: 'POST', url: 'https://api.xendit.co/v2/invoices', headers: { Authorization: 'Basic ${basic}' } }
  XENDIT_SECRET_KEY=${k}`, cred('xendit', k), cred('xendit-basic-b64', basic));
  },
  (r) => {
    const k = `xkeysib-${r.hex(64)}-${r.b62(16)}`;
    return pos('brevo/php-curl', `* Connected to api.brevo.com (172.64.150.2) port 443
> POST /v3/smtp/email HTTP/2
> Host: api.brevo.com
> accept: application/json
> api-key: ${k}
< HTTP/2 401`, cred('brevo', k));
  },
  (r) => {
    const s = r.chars(B62, 16);
    return pos('vonage/query-string', `${iso15(r)} WARN sms-gateway: fallback provider failed url=https://rest.nexmo.com/sms/json?api_key=${r.hex(8)}&api_secret=${s}&from=CORP&to=4917${r.digits(8)}&text=Your+code status=401`, cred('vonage-secret', s));
  },
  (r) => {
    const t = r.chars(B62, 40);
    return pos('plivo/py-exc', `plivo.exceptions.AuthenticationError: Failed to authenticate while accessing resource
  auth_id = 'MA${r.chars(UPPER + DIGITS, 18)}'
  auth_token = '${t}'`, cred('plivo-token', t));
  },
  (r) => {
    const k = `KEY0${r.chars(HEX.toUpperCase(), 31)}_${r.chars(B62, 22)}`;
    return pos('telnyx/go', `2026/11/21 05:12:40 telnyx: POST /v2/messages -> 401 {"errors":[{"code":"10009","title":"Authentication failed"}]} client=&{BaseURL:https://api.telnyx.com APIKey:${k} Timeout:10s}`, cred('telnyx', k));
  },
  (r) => {
    const k = `shippo_live_${r.hex(40)}`;
    return pos('shippo/py', `shippo.error.AuthenticationError: Invalid token
  headers = {'Authorization': 'ShippoToken ${k}', 'Shippo-API-Version': '2018-02-08'}`, cred('shippo', k));
  },
  (r) => {
    const k = `EZAK${r.hex(32)}${r.chars(B62, 22)}`;
    return pos('easypost/ruby', `EasyPost::Errors::UnauthorizedError: The API key provided is invalid.
  client: #<EasyPost::Client api_base="https://api.easypost.com", api_key="${k}", read_timeout=60>`, cred('easypost', k));
  },
  (r) => {
    const cs = `${r.chars(B62, 20)}$${r.chars(B62 + '-_=', 24)}`;
    return pos('sap-btp/vcap', `ERR ERROR [destination-service] token fetch failed: 401 Bad credentials
VCAP_SERVICES={"xsuaa":[{"name":"erp-uaa","credentials":{"clientid":"sb-erp-bridge!t${r.digits(5)}","clientsecret":"${cs}","url":"https://corp.authentication.eu10.hana.ondemand.com","xsappname":"erp-bridge!t${r.digits(5)}"}}]}`, cred('sap-xsuaa-secret', cs));
  },
  (r) => {
    const k = r.hex(40);
    return pos('bamboohr/basic-curl', `payroll-export: curl -u "${k}:x" "https://api.bamboohr.com/api/gateway.php/corp/v1/reports/custom?format=JSON" -> HTTP 401`, cred('bamboohr', k));
  },
  (r) => {
    const t = `hf_${r.chars(UPPER + LOWER, 34)}`;
    return pos('huggingface/trace', `huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/corp/churn-v4/preupload/main
  HF_TOKEN=${t}
  File "/opt/mlops/push_model.py", line 52, in push`, cred('huggingface', t));
  },
  (r) => {
    const k = r.hex(40);
    return pos('wandb/pod-describe', `Events:
  Warning  BackOff  2m (x14 over 9m)  kubelet  Back-off restarting failed container trainer
    Environment:
      WANDB_PROJECT:   churn
      WANDB_API_KEY:   ${k}
      WANDB_BASE_URL:  https://api.wandb.ai`, cred('wandb', k));
  },
  (r) => {
    const k = `pcsk_${r.chars(B62, 6)}_${r.chars(B62, 63)}`;
    return pos('pinecone/fastapi', `ERROR:    Exception in ASGI application
pinecone.exceptions.UnauthorizedException: (401) Reason: Unauthorized
HTTP response headers: HTTPHeaderDict({'x-pinecone-api-version': '2024-07'})
  settings = Settings(pinecone_api_key='${k}', index='faq-embeddings')`, cred('pinecone', k));
  },
  (r) => {
    const k = `gsk_${r.chars(B62, 52)}`;
    return pos('groq/env-dump', `[llm-router] provider groq unhealthy, env snapshot: GROQ_API_KEY=${k} GROQ_BASE_URL=https://api.groq.com/openai/v1 TIMEOUT_MS=8000`, cred('groq', k));
  },
  (r) => {
    const k = `sk_live_${r.chars(B62, 40)}`;
    return pos('clerk/next-log', ` ⨯ Error: Clerk: Handshake token verification failed: invalid secret key
    at authenticateRequest (/app/.next/server/chunks/612.js:1:88311)
  clerkOptions: { secretKey: '${k}', publishableKey: 'pk_live_${b64s('clerk.corp.io$')}' }`, cred('clerk-secret', k));
  },
  (r) => {
    const s = `secret-live-${r.chars(B64URL, 36)}=`;
    return pos('stytch/go', `stytch: 401 unauthorized_credentials: client=&stytchapi.Client{ProjectID:"project-live-${r.uuid()}", Secret:"${s}", Env:"live"}`, cred('stytch', s));
  },
  (r) => {
    const t = r.uuid();
    return pos('wise/java', `com.corp.payouts.WiseClientException: 401 {"error":"invalid_token","error_description":"Invalid token"}
	at com.corp.payouts.WiseClient.transfer(WiseClient.java:88)
	request: POST https://api.transferwise.com/v1/transfers, headers=[Authorization:"Bearer ${t}", Content-Type:"application/json"]`, cred('wise-token', t));
  },
  (r) => {
    const t = `${r.digits(10)}:AA${r.chars(B64URL, 33)}`;
    return pos('telegram/url', `${iso15(r)} ERROR notifier: POST https://api.telegram.org/bot${t}/sendMessage failed: 401 Unauthorized`, cred('telegram-bot', t));
  },
];
