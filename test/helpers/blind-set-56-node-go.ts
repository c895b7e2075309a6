import type { T56 } from './blind-set-56-rails-django';

/** Express, NestJS, Next.js: morgan, pino-http serializers, axios errors. */
export const NODE: T56[] = [
  (x) => `{"level":30,"time":${1796000000000 + x.int(0, 9e8)},"pid":${x.int(10, 999)},"req":{"id":${x.int(1, 9999)},"method":"POST","url":"/api/stripe/webhook","headers":{"host":"herald.io","stripe-signature":"t=1796000000,v1=${x.id(64)}","authorization":"Bearer ${x.jwt()}"}},"res":{"statusCode":400},"msg":"request errored"}`,
  (x) => `AxiosError: Request failed with status code 401
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
  config: {
    url: 'https://api.twilio.com/2010-04-01/Accounts/AC${x.id(32)}/Messages.json',
    auth: { username: 'AC${x.id(32)}', password: '${x.twilioTok()}' },
    data: { To: '${x.phone()}', From: '+14155550100', Body: 'Your verification code' }
  }`,
  (x) => `${x.ip()} - - [02/May/2026:13:${x.int(10, 59)}:40 +0000] "GET /api/v1/customers/export?email=${x.email()}&api_key=${x.dd()} HTTP/1.1" 200 ${x.int(100, 9999)} "-" "python-requests/2.31.0"`,
  (x) => `[Nest] ${x.int(10, 99)}  - 05/02/2026, 9:14:02 AM   ERROR [ExceptionsHandler] insert or update on table "payouts" violates foreign key constraint
QueryFailedError: ... parameters: [ '${x.name()}', '${x.iban()}', '${x.email()}', '${x.dob()}' ]`,
  (x) => `npm ERR! code E401
npm ERR! 401 Unauthorized - GET https://registry.npmjs.org/@herald%2fscanner - unauthenticated
//registry.npmjs.org/:_authToken=${x.npm()}`,
  (x) => `[next] Error: Shopify Admin API 403 at fetchOrders (webpack-internal:///(rsc)/./lib/shopify.ts:41:11)
  headers: { 'X-Shopify-Access-Token': '${x.shopify()}' }
  order: { email: '${x.email()}', shipping_address: { name: '${x.name()}', address1: '${x.street()}', phone: '${x.phone()}' } }`,
  (x) => `process.env dump (debug=true): NODE_ENV=production AUTH0_CLIENT_SECRET=${x.auth0Secret()} SLACK_BOT_TOKEN=${x.slack()} GITHUB_TOKEN=${x.gh()} SESSION_SECRET=${x.hexSecret(48, 'session_secret')}`,
  (x) => `{"level":"error","msg":"paypal capture failed","err":{"type":"AxiosError","response":{"status":422,"data":{"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"CARD_EXPIRED","field":"/payment_source/card/number","value":"${x.card()}"}]}},"config":{"headers":{"Authorization":"Bearer ${x.paypalToken()}"}}}}`,
  (x) => `POST /graphql 200 184.221 ms - 912
variables: {"input":{"firstName":"${x.first()}","lastName":"${x.last()}","ssn":"${x.ssn()}","routingNumber":"${x.aba()}","accountNumber":"${x.acct()}"}}`,
  (x) => `Error: connect ECONNREFUSED 10.0.4.12:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  connectionString: 'postgresql://herald:${x.urlPw()}@pg.internal:5432/herald?sslmode=require',
  mongo: 'mongodb+srv://svc:${x.urlPw(22)}@cluster0.ab1cd.mongodb.net/herald'
}`,
];

/** Go: net/http, gin, zap fields, grpc metadata. */
export const GO: T56[] = [
  (x) => `{"level":"error","ts":${1796000000 + x.int(0, 9e6)}.${x.r.digits(4)},"caller":"stripe/client.go:88","msg":"charge failed","card_last4":"4242","customer_email":"${x.email()}","card":"${x.card()}","api_key":"${x.stripeSk()}"}`,
  (x) => `[GIN] 2026/05/02 - 13:${x.int(10, 59)}:09 | 401 |     1.2${x.int(10, 99)}ms | ${x.ip()} | POST     "/v1/hooks/okta?token=${x.okta()}"`,
  (x) => `rpc error: code = Unauthenticated desc = invalid credentials
grpc metadata: map[:authority:[payments.internal:443] authorization:[Bearer ${x.jwt()}] x-api-key:[${x.google()}] x-user-email:[${x.email()}]]`,
  (x) => `2026/05/02 13:04:55 http: panic serving ${x.ip()}:${x.int(30000, 60000)}: runtime error: invalid memory address
req: &{Method:POST URL:/adyen/notify Header:map[Authorization:[Basic ${x.basic('ws_' + x.r.digits(6) + '@Company.Herald')}]] Body:{"iban":"${x.iban()}","shopperName":"${x.name()}"}}`,
  (x) => `	zap.String("name", "${x.name()}"), zap.String("phone", "${x.phone()}"), zap.String("address", "${x.addr()}") -> {"level":"warn","msg":"address verification mismatch","name":"...","dob":"${x.dob()}"}`,
  (x) => `AWS_ACCESS_KEY_ID=${x.awsId()} AWS_SECRET_ACCESS_KEY=${x.awsSecret()} go run ./cmd/herald-sync --hubspot-token=${x.hubspot()}`,
  (x) => `level=error msg="sendgrid: unexpected status 403" key=${x.sendgrid()} template=d-${x.id(32)} to="${x.name()} <${x.email()}>"`,
  (x) => `panic: salesforce: INVALID_SESSION_ID
goroutine 42 [running]:
main.(*sfClient).Query(0xc000${x.id(6)}, {0xc0001a2000, 0x${x.int(10, 99)}}, "${x.sfToken()}")
	/src/sf/client.go:132 +0x2c5
query: SELECT Id FROM Contact WHERE Email = '${x.email()}' AND Phone = '${x.phone()}'`,
  (x) => `{"severity":"ERROR","message":"square: payment rejected","httpRequest":{"requestUrl":"https://connect.squareup.com/v2/payments"},"jsonPayload":{"source_id":"cnon:${x.r.b62(24)}","buyer":{"given_name":"${x.first()}","family_name":"${x.last()}","ssn":"${x.ssn()}"},"bearer":"${x.square()}"}}`,
  (x) => `config loaded: &Config{ListenAddr:":8443", SlackWebhook:"${x.slackHook()}", GitHubWebhookSecret:"${x.hexSecret(40, 'webhook_secret')}", PayoutIBAN:"${x.iban()}", PayoutName:"${x.name()}"}`,
];
