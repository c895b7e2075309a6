import { js, type Tpl37 } from './blind-set-37-draw';
import { B62, B64URL } from './blind-set-37-rng';

const A = 'config';

/** Configs of store and ordering services that reach alerts whole: compose files, manifests, app settings, CI logs. */
export const CONFIG37: Tpl37[] = [
  { area: A, name: 'compose-pos-middleware', make: (d) => {
    const pg = d.password();
    const sk = d.c('stripe_secret_key', 'sk_live_' + d.b62(d.pick([24, 99])));
    const sq = d.c('square_access_token', 'EAAA' + d.chars(B64URL, 60));
    const jwt = d.c('jwt_signing_secret', d.hex(64));
    return `ERROR: for pos-middleware  Container "pos-mw" is unhealthy. docker compose config:
services:
  pos-mw:
    environment:
      POSTGRES_PASSWORD: "${pg}"
      STRIPE_API_KEY: ${sk}
      SQUARE_TOKEN: ${sq}
      JWT_SECRET: ${jwt}
      SENDGRID_API_KEY: ${d.c('sendgrid_api_key', `SG.${d.chars(B64URL, 22)}.${d.chars(B64URL, 43)}`)}
      LOG_LEVEL: debug`;
  } },
  { area: A, name: 'k8s-secret', make: (d) => {
    const enc = (s: string) => Buffer.from(s).toString('base64');
    const a = d.c('k8s_secret_b64', enc(d.r.password(d.int(14, 22))));
    const b = d.c('k8s_secret_b64', enc('whsec_' + d.b62(32)));
    const c = d.c('k8s_secret_b64', enc(`mysql://orders:${d.r.urlPassword(16)}@orders-db:3306/orders`));
    return `Error from server (Invalid): error when applying patch (kubectl apply -f ordering-secrets.yaml)
apiVersion: v1
kind: Secret
metadata:
  name: ordering-secrets
  namespace: online-ordering
data:
  DB_PASSWORD: ${a}
  STRIPE_WEBHOOK_SECRET: ${b}
  ORDERS_DATABASE_URL: ${c}`;
  } },
  { area: A, name: 'pod-crash-env', make: (d) => {
    const my = d.urlPassword();
    const rd = d.urlPassword();
    const mq = d.urlPassword();
    const dd = d.c('datadog_api_key', d.hex(32));
    return `CrashLoopBackOff: kitchen-sync-7d9f${d.lowerDigits(6)} (exit 1): Error: connect ETIMEDOUT
env:
  MYSQL_URL=mysql://kds:${my}@mysql.stores.svc:3306/kds
  REDIS_URL=rediss://default:${rd}@redis.stores.svc:6380
  AMQP_URL=amqps://kds_worker:${mq}@rabbit.stores.svc:5671/kds
  DD_API_KEY=${dd}`;
  } },
  { area: A, name: 'appsettings-kiosk', make: (d) => {
    const pw = d.password();
    const sak = d.c('azure_sas_key', d.r.b64(32));
    const ak = d.c('adyen_api_key', 'AQE' + d.chars(B62, 6) + d.r.b64(45).replace(/=+$/, '') + '==-' + d.r.b64(32) + '-' + d.chars(B62, 12));
    return `Unhandled exception. System.InvalidOperationException: Kiosk configuration invalid (Payments:MerchantAccount missing)
appsettings.Production.json:
{
  "ConnectionStrings": { "Kiosk": "Server=tcp:kiosk-sql.database.windows.net,1433;Initial Catalog=kiosk;User ID=kiosk_app;Password=${pw};Encrypt=True" },
  "ServiceBus": "Endpoint=sb://kiosk-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sak}",
  "Jwt": { "Issuer": "kiosk", "SigningKey": "${d.c('jwt_signing_secret', d.hex(64))}" },
  "Payments": { "AdyenApiKey": "${ak}" }
}`;
  } },
  { area: A, name: 'spring-ordering-yml', make: (d) => {
    const ds = d.password();
    const sasl = d.password();
    const cs = d.c('client_secret', d.chars(B64URL, 40));
    const tw = d.c('twilio_auth_token', d.hex(32));
    return `APPLICATION FAILED TO START: Failed to bind properties under 'spring.kafka'
spring:
  datasource:
    url: jdbc:postgresql://orders-db:5432/orders
    username: orders
    password: ${ds}
  kafka:
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="orders-svc" password="${sasl}";
  security.oauth2.client.registration.ubereats.client-secret: ${cs}
doordash.signing-secret: ${d.c('doordash_signing_secret', d.r.b64url(32))}
twilio.auth-token: ${tw}`;
  } },
  { area: A, name: 'terraform-store-vpn', make: (d) => {
    const psk = d.c('vpn_psk', d.b62(32));
    const mk = d.c('meraki_api_key', d.hex(40));
    return `Error: creating VPN connection: InvalidParameterValue (store ${d.store()})
  with aws_vpn_connection.store_${d.int(100, 999)},
  on stores.tf line ${d.int(20, 200)}:
  tunnel2_preshared_key = "${d.c('vpn_psk', d.b62(32))}"
  tunnel1_preshared_key = "${psk}"
# provider "meraki" { api_key = "${mk}" }`;
  } },
  { area: A, name: 'ansible-vars', make: (d) => {
    const a = d.password();
    const b = d.password();
    const c = d.password();
    return `fatal: [boh-${d.int(100, 999)}]: FAILED! => {"msg": "Incorrect sudo password"}
TASK [pos-server : debug vars] ok: {"ansible_become_password": "${a}", "pos_db_password": "${b}", "smtp_relay_password": "${c}", "unifi_admin_password": "${d.password()}", "store_id": "${d.int(100, 999)}"}`;
  } },
  { area: A, name: 'ci-publish-log', make: (d) => {
    const npm = d.c('npm_token', 'npm_' + d.b62(36));
    const dh = d.c('docker_pat', 'dckr_pat_' + d.chars(B64URL, 27));
    const gh = d.gh('ghp_');
    return `#14 [publish 3/4] RUN echo "//registry.npmjs.org/:_authToken=${npm}" > ~/.npmrc && npm publish
#14 ERROR: npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@tablesync%2fpos-sdk
+ echo ${dh} | docker login -u tablesyncbot --password-stdin
+ curl -X POST -d '{"text":"release failed"}' ${d.c('slack_webhook_url', `https://hooks.slack.com/services/T${d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${d.b62(24)}`)}
+ git push https://${gh}@github.com/tablesync/pos-sdk HEAD:release`;
  } },
  { area: A, name: 'braintree-mobile', make: (d) => {
    const at = d.c('braintree_access_token', `access_token$production$${d.lowerDigits(16)}$${d.hex(32)}`);
    const pk = d.c('braintree_private_key', d.hex(32));
    return `BraintreeError: AuthenticationError at Braintree::Http#_raise_exception (order-ahead api)
  gateway = Braintree::Gateway.new(access_token: "${at}")
  webhook verification using BT_WEBHOOK_PRIVATE_KEY=${d.c('braintree_private_key', d.hex(32))}
  fallback config merchant_id=${d.lowerDigits(16)} public_key=${d.lowerDigits(16)} private_key=${pk}`;
  } },
  { area: A, name: 'woocommerce-wp-config', make: (d) => {
    const db = d.password();
    const ak = d.c('wordpress_salt', d.chars(B62 + '!@#$%^&*()-_[]{}<>~+=,.;:/?|', 64));
    const ck = d.c('woocommerce_consumer_key', 'ck_' + d.hex(40));
    const cs = d.c('woocommerce_consumer_secret', 'cs_' + d.hex(40));
    return `PHP Fatal error:  Uncaught Automattic\\WooCommerce\\HttpClient\\HttpClientException: Error: Consumer secret is invalid. [woocommerce_rest_authentication_error]
wp-config.php (as included):
define( 'DB_PASSWORD', '${db}' );
define( 'AUTH_KEY', '${ak}' );
POS_SYNC_WC_KEY=${ck}
POS_SYNC_WC_SECRET=${cs}`;
  } },
  { area: A, name: 'paypal-curl', make: (d) => {
    const cs = d.c('paypal_client_secret', 'E' + d.chars(B64URL, 79));
    const at = d.c('paypal_access_token', 'A21AA' + d.chars(B64URL, 92));
    return `* Connected to api-m.paypal.com port 443
> POST /v2/checkout/orders HTTP/2
> authorization: Bearer ${at}
< HTTP/2 401
{"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials or a missing Authorization header."}
retry with client_credentials: client_id=A${d.chars(B64URL, 79)} secret=${cs}`;
  } },
  { area: A, name: 'authnet-xml', make: (d) => {
    const tk = d.c('authorize_net_transaction_key', d.chars(B62, 16));
    const pan = d.cardNumber();
    const note = js(`phone order for table ${d.int(1, 40)}`);
    return `AuthorizeNet createTransactionRequest failed: E00007 User authentication failed due to invalid authentication values.
signatureKey=${d.c('authorize_net_signature_key', d.chars('0123456789ABCDEF', 128))}
<merchantAuthentication><name>${d.chars(B62, 10)}</name><transactionKey>${tk}</transactionKey></merchantAuthentication><transactionRequest><transactionType>authCaptureTransaction</transactionType><payment><creditCard><cardNumber>${pan}</cardNumber><expirationDate>20${d.int(27, 31)}-0${d.int(1, 9)}</expirationDate></creditCard></payment><order><description>${note}</description></order></transactionRequest>`;
  } },
  { area: A, name: 'pos-agent-ini', make: (d) => {
    const pw = d.password();
    const tok = d.c('api_token', d.lowerDigits(40));
    const enc = d.c('encryption_key', d.r.b64(32));
    const smtp = d.password();
    return `[${d.ts()}] PosAgent.exe: sync loop aborted: 0x80004005 Login timeout expired; C:\\ProgramData\\PosAgent\\agent.ini follows
[Database]
Server=${d.privIp()}\\SQLEXPRESS
User=posagent
Password=${pw}
[Cloud]
HubUrl=https://hub.restaurantcloud.example/api
AgentToken=${tok}
LocalCacheKey=${enc}
[Mail]
SmtpPassword=${smtp}`;
  } },
  { area: A, name: 'helm-values-dump', make: (d) => {
    const rp = d.urlPassword();
    const oidc = d.c('client_secret', d.chars(B64URL, 43));
    const sentry = d.c('sentry_auth_token', 'sntryu_' + d.hex(64));
    const gh = d.gh('ghp_');
    return `Error: UPGRADE FAILED: release menu-api failed, and has been rolled back due to atomic being set
USER-SUPPLIED VALUES:
redis:
  auth: { password: ${rp} }
oidc:
  clientSecret: ${oidc}
sentry:
  authToken: ${sentry}
imagePullSecret:
  githubToken: ${gh}`;
  } },
  { area: A, name: 'dotenv-reservations', make: (d) => {
    const a = d.c('sevenrooms_api_key', d.hex(64));
    const b = d.c('resy_api_key', d.b62(32));
    const c = d.urlPassword();
    const sess = d.c('session_secret', d.r.b64url(48));
    return `Error: Cannot find module './dist/server.js' (node:${d.int(100, 99999)}) -- printing .env for support bundle
SEVENROOMS_API_KEY="${a}"
RESY_API_KEY='${b}'
MONGO_URI=mongodb+srv://bookings:${c}@cluster0.${d.lowerDigits(5)}.mongodb.net/bookings?retryWrites=true
SESSION_SECRET=${sess}
PORT=3000`;
  } },
];
