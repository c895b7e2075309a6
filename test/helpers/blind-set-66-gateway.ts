import type { Tpl66 } from './blind-set-66-values';

/** API gateways: Kong, Apigee, Tyk, AWS API Gateway, Azure APIM, Traefik, NGINX Plus. */
export const GATEWAY66: Tpl66[] = [
  (g) => {
    const key = g.kongKey();
    const b = g.basic(g.pick(['acme-partner', 'reseller-eu', 'finops']));
    const ip = g.ip();
    const email = g.email();
    return `{"request":{"querystring":{},"size":${g.int(300, 900)},"uri":"/v1/customers","url":"https://api.acme.io:443/v1/customers","headers":{"host":"api.acme.io","apikey":"${key}","authorization":"Basic ${b}","content-type":"application/json","x-forwarded-for":"${ip}"},"method":"POST","body":"{\\"email\\":\\"${email}\\"}"},"client_ip":"${ip}","upstream_uri":"/customers","response":{"status":409,"size":${g.int(100, 300)}},"latencies":{"request":${g.int(5, 90)},"kong":${g.int(1, 5)},"proxy":${g.int(4, 80)}},"service":{"name":"customers-svc","host":"customers.internal","port":8080},"route":{"paths":["/v1/customers"]},"started_at":${1780000000000 + g.int(0, 99999999)}}`;
  },
  (g) => {
    const key = g.kongKey();
    const ip = g.ip();
    return `${g.ts().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [warn] ${g.int(1000, 9999)}#0: *${g.int(10000, 999999)} [kong] handler.lua:${g.int(80, 200)} [rate-limiting] API rate limit exceeded for identifier credential:${key}, client: ${ip}, server: kong, request: "GET /v1/accounts?apikey=${key} HTTP/1.1", host: "api.acme.io"`;
  },
  (g) => {
    const secret = g.alnum(32, 'hmac_credential_secret');
    const jwtSecret = g.alnum(32, 'client_secret');
    return `$ http :8001/consumers/partner-${g.int(1, 90)}/hmac-auth
{"data":[{"id":"${g.uuid()}","created_at":${1770000000 + g.int(0, 9999999)},"consumer":{"id":"${g.uuid()}"},"username":"partner-hmac","secret":"${secret}","tags":null}],"next":null}
$ http :8001/consumers/partner-${g.int(1, 90)}/jwt
{"data":[{"id":"${g.uuid()}","algorithm":"HS256","key":"${g.hex(32)}","secret":"${jwtSecret}","rsa_public_key":null,"consumer":{"id":"${g.uuid()}"}}],"next":null}`;
  },
  (g) => {
    const b = g.basic(g.pick(['crm-sync', 'svc-payroll', 'apigee-target']));
    const name = g.name();
    const email = g.email();
    const phone = g.phone();
    return `<Point id="StateChange"><DebugInfo><Timestamp>${g.int(10, 28)}-03-26 10:${g.int(10, 59)}:${g.int(10, 59)}:${g.int(100, 999)}</Timestamp><Properties><Property name="To">TARGET_REQ_FLOW</Property></Properties></DebugInfo></Point>
<Point id="Execution"><DebugInfo><Properties><Property name="request.header.Authorization">Basic ${b}</Property><Property name="target.url">https://crm.internal/api/contacts</Property></Properties></DebugInfo></Point>
<RequestMessage><Content>{"contact":{"name":"${name}","email":"${email}","mobile":"${phone}"}}</Content><Verb>POST</Verb></RequestMessage>
<ResponseMessage><Content>{"fault":{"faultstring":"Gateway Timeout","detail":{"errorcode":"messaging.adaptors.http.flow.GatewayTimeout"}}}</Content><StatusCode>504</StatusCode></ResponseMessage>`;
  },
  (g) => {
    const key = g.alnum(32, 'apigee_consumer_key');
    const ip = g.ip();
    const email = g.email();
    return `<14>1 ${g.ts()} apigee-mp-${g.int(1, 9)} - - - [proxy=customer-v2 env=prod rev=${g.int(3, 40)}] client_ip=${ip} status=401 fault=oauth.v2.InvalidApiKey path=/v2/customers?apikey=${key}&email=${email} ua="PostmanRuntime/7.37.0"`;
  },
  (g) => {
    const secret = g.alnum(16, 'client_secret');
    const key = g.alnum(32, 'apigee_consumer_key');
    return `$ curl -s -X POST "https://api.acme.io/oauth/client_credential/accesstoken?grant_type=client_credentials" -u '${key}:${secret}'
{"ErrorCode" : "invalid_client", "Error" :"ClientId is Invalid"}`;
  },
  (g) => {
    const key = g.tykKey();
    const ip = g.ip();
    return `time="${g.ts()}" level=warning msg="Attempted access with non-existent key." api_id=${g.hex(32)} api_name="Payments v3" key=${key} mw=AuthKey org_id=${g.hex(24)} origin=${ip} path=/v3/payments`;
  },
  (g) => {
    const auth = g.hex32('api_key');
    const card = g.card();
    const name = g.name();
    return `time="${g.ts()}" level=error msg="Upstream request failed" api_name="Card Vault" prefix=proxy server_name="vault.internal:8443" user_id="-" user_ip=${g.privIp()} path=/tokenize error="read tcp: connection reset by peer" upstream_headers="map[Authorization:[Token ${auth}] Content-Type:[application/json]]" body="{\\"pan\\":\\"${card}\\",\\"holder\\":\\"${name}\\"}"`;
  },
  (g) => {
    const reqId = g.uuid();
    const name = g.name();
    const email = g.email();
    const dob = g.dob(0);
    const ssn = g.ssn();
    const key = g.alnum(40, 'api_key');
    return `(${reqId}) Extended Request Id: ${g.chars8()}Hw=
(${reqId}) Verifying Usage Plan for request: ${reqId}. API Key: ****************************${g.hex(4)} API Stage: ${g.hex(10)}/prod
(${reqId}) Method request body before transformations: {"applicant":{"name":"${name}","email":"${email}","dob":"${dob}","ssn":"${ssn}"}}
(${reqId}) Endpoint request URI: https://kyc-vendor.example-partner.com/v2/verify?key=${key}
(${reqId}) Endpoint response body before transformations: {"status":"error","message":"SSN does not match DOB"}
(${reqId}) Method completed with status: 422`;
  },
  (g) => {
    const reqId = g.uuid();
    const tok = g.twilioToken();
    const phone = g.phoneE164();
    return `(${reqId}) Endpoint request body after transformations: {"to":"${phone}","from":"+1${g.int(200, 989)}${g.int(2, 9)}${g.digits7()}","body":"Your code is ${g.int(100000, 999999)}","twilio":{"auth_token":"${tok}"}}
(${reqId}) Sending request to https://sms-relay.internal/v1/messages
(${reqId}) Received response. Status: 401, Integration latency: ${g.int(40, 300)} ms`;
  },
  (g) => {
    const reqId = g.uuid();
    const jwt = g.userJwt(`${g.pick(['ola', 'ben', 'sui'])}@icloud.com`);
    return `START RequestId: ${reqId} Version: $LATEST
${g.ts()}	${reqId}	ERROR	authorizer: token verification failed {"type":"TOKEN","methodArn":"arn:aws:execute-api:eu-west-1:${g.digits12()}:${g.hex(10)}/prod/GET/accounts","authorizationToken":"Bearer ${jwt}"} TokenExpiredError: jwt expired
END RequestId: ${reqId}`;
  },
  (g) => {
    const key = g.apimKey();
    const jwt = g.userJwt(`${g.pick(['hana', 'yuki', 'ravi'])}@acme.internal`);
    const fk = g.b64secret(40, 'api_key');
    return `{"traceEntries":{"inbound":[{"source":"api-inspector","timestamp":"${g.ts()}","elapsed":"00:00:00.0008","data":{"request":{"method":"GET","url":"https://acme-apim.azure-api.net/hr/employees/${g.int(1000, 9999)}","headers":[{"name":"Ocp-Apim-Subscription-Key","value":"${key}"},{"name":"Authorization","value":"Bearer ${jwt}"}]}}}],"backend":[{"source":"forward-request","timestamp":"${g.ts()}","elapsed":"00:00:00.1412","data":{"message":"Request is being forwarded to the backend service.","request":{"method":"GET","url":"https://acme-hr.azurewebsites.net/api/employees/${g.int(1000, 9999)}","headers":[{"name":"x-functions-key","value":"${fk}"}]}}}]}}`;
  },
  (g) => {
    const key = g.apimKey();
    const ip = g.ip();
    const email = g.email();
    return `ApiManagementGatewayLogs | TimeGenerated=${g.ts()} | ApiId=customers | OperationId=lookup | ResponseCode=401 | CallerIpAddress=${ip} | Url=https://acme-apim.azure-api.net/customers/lookup?email=${email}&subscription-key=${key} | LastErrorReason=SubscriptionKeyInvalid`;
  },
  (g) => {
    const b = g.basic(g.pick(['grafana', 'prometheus', 'admin']));
    const key = g.alnum(40, 'api_key');
    const ip = g.ip();
    return `{"ClientAddr":"${ip}:${g.int(20000, 60000)}","ClientHost":"${ip}","DownstreamStatus":401,"Duration":${g.int(100000, 9000000)},"RequestHost":"metrics.acme.io","RequestMethod":"GET","RequestPath":"/api/v1/query?token=${key}","RequestProtocol":"HTTP/2.0","RouterName":"metrics@kubernetescrd","ServiceName":"monitoring-prometheus-9090@kubernetes","StartUTC":"${g.ts()}","entryPointName":"websecure","level":"info","msg":"","request_Authorization":"Basic ${b}","request_User-Agent":"curl/8.5.0","time":"${g.ts()}"}`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['eli', 'rin', 'ana'])}@acme.internal`);
    const ip = g.ip();
    return `time="${g.ts()}" level=debug msg="Remote error http://forward-auth.auth.svc:4181/verify. StatusCode: 401" middlewareName=auth-forward@kubernetescrd middlewareType=ForwardAuth forwarded_headers="map[Authorization:[Bearer ${jwt}] X-Forwarded-For:[${ip}] X-Forwarded-Host:[app.acme.io] X-Forwarded-Uri:[/settings/billing]]"`;
  },
  (g) => {
    const ip = g.ip();
    const b = g.basic(g.pick(['ops', 'support-bot']));
    const email = g.email();
    return `${ip} - ops [${g.int(10, 28)}/Mar/2026:10:${g.int(10, 59)}:${g.int(10, 59)} +0000] "POST /api/support/tickets?requester=${email} HTTP/1.1" 401 179 "-" "axios/1.7.2" rt=0.00${g.int(1, 9)} ua="-" us="-" auth="Basic ${b}"`;
  },
  (g) => {
    const k1 = g.alnum(40, 'api_key');
    const k2 = g.alnum(40, 'api_key');
    return `$ curl -s http://127.0.0.1:8080/api/9/http/keyvals/api_clients
{"${k1}":"partner-logistics","${k2}":"partner-insurance"}`;
  },
  (g) => {
    const secret = g.gocspx();
    return `$ curl -s -X PATCH http://kong-admin:8001/plugins/${g.uuid()} -d config.client_secret=${secret}
{"message":"schema violation (config.issuer: required field missing)","name":"schema violation","fields":{"config":{"issuer":"required field missing"}},"code":2}`;
  },
  (g) => {
    const reqId = g.uuid();
    const iban = g.iban();
    const name = g.name();
    const sk = g.stripeSk();
    return `(${reqId}) Endpoint request body after transformations: {"type":"sepa_debit","sepa_debit":{"iban":"${iban}"},"billing_details":{"name":"${name}"},"api_key":"${sk}"}
(${reqId}) Endpoint response body before transformations: {"error":{"code":"invalid_bank_account_iban","message":"The IBAN you provided is not supported"}}`;
  },
];
