import type { Tpl66 } from './blind-set-66-values';

/** Near misses: the same tools' output holding ids, hashes, masked values, placeholders and public keys, nothing secret or personal. */
export const NEGATIVES66: Tpl66[] = [
  (g) => `$ grpcurl -v -H 'authorization: Bearer \${TOKEN}' -d '{"order_id":"ord_${g.hex(12)}"}' orders.internal:443 acme.orders.v1.Orders/GetOrder
Response trailers received:
content-type: application/grpc
Sent 1 request and received 0 responses
ERROR:
  Code: NotFound
  Message: order ord_${g.hex(12)} not found`,
  (g) => `rpc error: code = DeadlineExceeded desc = context deadline exceeded method=/ledger.v1.LedgerService/PostEntries md=map[:authority:[ledger.svc:9090] authorization:[REDACTED] content-type:[application/grpc] x-request-id:[${g.uuid()}]] elapsed=${g.int(1000, 5000)}ms`,
  (g) => `io.grpc.StatusRuntimeException: UNAVAILABLE: io exception
	at io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)
	at com.acme.inventory.v1.InventoryGrpc$InventoryBlockingStub.reserve(InventoryGrpc.java:${g.int(200, 600)})
Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: inventory.internal/${g.privIp()}:9090`,
  (g) => `{"code":5,"message":"customer cus_${g.b62x(14)} not found","details":[{"@type":"type.googleapis.com/google.rpc.ResourceInfo","resourceType":"acme.customers.v1.Customer","resourceName":"customers/${g.uuid()}","description":"no such customer"}]}`,
  (g) => `grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:
	status = StatusCode.UNAVAILABLE
	details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:${g.privIp()}:50051: Failed to connect to remote host: Connection refused"
	debug_error_string = "UNKNOWN:Error received from peer  {created_time:"${g.ts()}", grpc_status:14}"
>`,
  (g) => `Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED ${g.privIp()}:50051
  metadata: Metadata { internalRepr: Map(1) { 'x-request-id' => [ '${g.uuid()}' ] }, options: {} }`,
  (g) => `{"errors":[{"message":"Cannot query field \\"emailAddress\\" on type \\"Customer\\". Did you mean \\"email\\"?","locations":[{"line":${g.int(2, 9)},"column":${g.int(3, 40)}}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}`,
  (g) => `{"errors":[{"message":"Not authorised!","path":["customer","paymentMethods"],"extensions":{"code":"FORBIDDEN","requestId":"${g.uuid()}","traceId":"${g.traceId()}"}}],"data":{"customer":{"id":"${g.uuid()}","paymentMethods":null}}}`,
  (g) => `{"type":"http-log","timestamp":"${g.ts()}","level":"error","detail":{"operation":{"request_id":"${g.uuid()}","query":{"operationName":"GetOrders","variables":{"limit":${g.int(10, 100)},"offset":0}},"error":{"path":"$.selectionSet.orders","error":"field 'orders' not found in type: 'query_root'","code":"validation-failed"},"user_vars":{"x-hasura-role":"anonymous"}},"http_info":{"status":200,"method":"POST","url":"/v1/graphql"}}}`,
  (g) => `${g.ts()} ERROR apollo_router: subgraph request failed subgraph=inventory status=503 trace_id=${g.traceId()} span_id=${g.spanId()} error="connection refused (os error 111)"`,
  (g) => `${g.ts()}  WARN 1 --- [nio-8080-exec-${g.int(1, 9)}] n.g.e.SimpleDataFetcherExceptionHandler  : Exception while fetching data (/order/items[${g.int(0, 9)}]/sku) : SKU-${g.int(10000, 99999)} discontinued`,
  (g) => `[PersistedQueryNotFound] hash=${g.hex(64)} client=web-checkout@4.${g.int(0, 30)}.${g.int(0, 9)} falling back to APQ registration`,
  (g) => `[${g.ts()}] "GET /healthz HTTP/1.1" 200 - via_upstream - "-" 0 2 ${g.int(0, 3)} ${g.int(0, 3)} "${g.privIp()}" "kube-probe/1.30" "${g.uuid()}" "orders.prod.svc.cluster.local:8080" "${g.privIp()}:8080"`,
  (g) => `[${g.ts()}][${g.int(20, 40)}][debug][http] [source/common/http/conn_manager_impl.cc:1149] [Tags: "ConnectionId":"${g.int(10, 999)}","StreamId":"${g.int(1e15, 9e15)}"] request headers complete (end_stream=true):
':authority', 'catalog.internal:8080'
':path', '/v1/products?page=${g.int(1, 40)}'
':method', 'GET'
'authorization', '[redacted]'
'x-request-id', '${g.uuid()}'
'x-b3-traceid', '${g.hex(16)}'`,
  (g) => `[${g.ts()}][debug][ext_authz] ext_authz filter rejected the request. Response status code: '403' headers { key: ":path" value: "/admin" } headers { key: "authorization" value: "Bearer <token>" } headers { key: "x-forwarded-for" value: "${g.privIp()}" }`,
  (g) => `[${g.ts()}][debug][jwt] jwt_authn: JWT token verification completed with: Jwt issuer is not configured (iss=https://issuer.example.com/, kid=${g.hex(16)})`,
  (g) => `{"http_buffered_trace":{"request":{"headers":[{"key":":path","value":"/v1/stock/${g.int(1000, 9999)}"},{"key":":method","value":"GET"},{"key":"x-request-id","value":"${g.uuid()}"}],"body":{"truncated":false,"as_string":""}},"response":{"headers":[{"key":":status","value":"200"}],"body":{"truncated":false,"as_string":"{\\"sku\\":\\"SKU-${g.int(10000, 99999)}\\",\\"available\\":${g.int(0, 500)}}"}}}}`,
  (g) => `${g.ts()}	info	xdsproxy	connected to upstream XDS server: istiod.istio-system.svc:15012 id=${g.int(1, 99)} node=sidecar~${g.privIp()}~orders-${g.hex(10)}-${g.hex(5)}.prod~prod.svc.cluster.local`,
  (g) => `${g.ts()}	info	cache	generated new workload certificate	resourceName=default latency=${g.int(20, 300)}ms ttl=23h59m59.${g.int(100000000, 999999999)}s serial=${g.hex(32)}`,
  (g) => `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${g.b64x(40).replace(/[-_]/g, 'A')}
${g.b64x(48).replace(/[-_]/g, 'Q')}==
-----END PUBLIC KEY-----
jwks refresh ok kid=${g.hex(16)} alg=ES256 source=https://auth.internal/.well-known/jwks.json`,
  (g) => `{"request":{"querystring":{"page":"${g.int(1, 9)}"},"uri":"/v1/catalog","headers":{"host":"api.acme.io","apikey":"*****","user-agent":"kong-healthcheck"},"method":"GET"},"client_ip":"${g.privIp()}","response":{"status":200},"latencies":{"request":${g.int(1, 40)},"kong":1,"proxy":${g.int(1, 39)}},"consumer":{"id":"${g.uuid()}","username":"partner-${g.int(1, 90)}"}}`,
  (g) => `${g.ts().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [error] ${g.int(1000, 9999)}#0: *${g.int(1000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${g.privIp()}, server: kong, request: "GET /v1/rates HTTP/1.1", upstream: "http://${g.privIp()}:8080/rates", host: "api.acme.io"`,
  (g) => `<Point id="Error"><DebugInfo><Properties><Property name="error">Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=${g.int(10, 100)}, periodInMicroseconds=1000000}</Property><Property name="error.class">com.apigee.rest.PolicyException</Property><Property name="messageid">rrt-${g.hex(17)}-${g.int(1000, 9999)}</Property></Properties></DebugInfo></Point>`,
  (g) => `{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}} apiproxy=customer-v2 rev=${g.int(3, 40)} messageid=rrt-${g.hex(17)}`,
  (g) => `time="${g.ts()}" level=warning msg="Key not authorized: Key has expired, please renew" api_id=${g.hex(32)} api_name="Payments v3" key=****${g.hex(4)} mw=KeyExpired org_id=${g.hex(24)} origin=${g.privIp()} path=/v3/payments`,
  (g) => {
    const r = g.uuid();
    return `(${r}) Extended Request Id: ${g.chars8()}Hw=
(${r}) Verifying Usage Plan for request: ${r}. API Key: ********************${g.hex(4)} API Stage: ${g.hex(10)}/prod
(${r}) Usage Plan check succeeded for API Key ********************${g.hex(4)} and API Stage ${g.hex(10)}/prod
(${r}) Method request headers: {Authorization=*********************${g.hex(6)}, Content-Type=application/json}
(${r}) Method completed with status: 200`;
  },
  (g) => `{"traceEntries":{"inbound":[{"source":"rate-limit-by-key","timestamp":"${g.ts()}","elapsed":"00:00:00.0004","data":{"message":"Rate limit exceeded","renewal-period":60,"calls":${g.int(100, 900)},"counter-key":"${g.hex(64)}"}}]}}`,
  (g) => `ApiManagementGatewayLogs | TimeGenerated=${g.ts()} | ApiId=orders | OperationId=list | ResponseCode=200 | CallerIpAddress=${g.privIp()} | Url=https://acme-apim.azure-api.net/orders?page=${g.int(1, 9)} | BackendTime=${g.int(5, 200)}`,
  (g) => `{"ClientHost":"${g.privIp()}","DownstreamStatus":200,"Duration":${g.int(100000, 9000000)},"RequestMethod":"GET","RequestPath":"/api/v1/health","RouterName":"api@kubernetescrd","StartUTC":"${g.ts()}","request_Authorization":"REDACTED","request_User-Agent":"Go-http-client/1.1","level":"info"}`,
  (g) => `${g.privIp()} - - [${g.int(10, 28)}/Mar/2026:10:${g.int(10, 59)}:${g.int(10, 59)} +0000] "GET /api/9/http/upstreams HTTP/1.1" 200 ${g.int(1000, 9999)} "-" "nginx-plus-dashboard" rt=0.001 req_id=${g.hex(32)}`,
  (g) => `${g.ts()} warn: openapi request validation failed {"status":400,"path":"/v1/orders","errors":[{"path":"/body/quantity","message":"must be >= 1","errorCode":"minimum.openapi.validation"}],"body":{"sku":"SKU-${g.int(10000, 99999)}","quantity":0},"requestId":"${g.uuid()}"}`,
  (g) => `[{"instancePath":"/items/${g.int(0, 9)}/currency","schemaPath":"#/$defs/currency/enum","keyword":"enum","params":{"allowedValues":["EUR","USD","GBP"]},"message":"must be equal to one of the allowed values","data":"EURO"}]`,
  (g) => `{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":{"username":"<redacted>","password":"********"}}],"request_id":"${g.uuid()}"}`,
  (g) => `${g.ts()} WARN rate-limiter: 429 Too Many Requests limit=600/min key="ratelimit:client:${g.hex(64)}" remote_ip=${g.privIp()} route=/v2/quotes retry_after=${g.int(1, 59)}s`,
  (g) => `{"decision_id":"${g.uuid()}","input":{"attributes":{"request":{"http":{"method":"GET","path":"/v1/products","headers":{":authority":"catalog.internal","authorization":"Bearer [REDACTED]"}}}}},"path":"envoy/authz/allow","result":{"allowed":true},"timestamp":"${g.ts()}"}`,
  (g) => `${g.ts()} info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]
      Failed to validate the token.
      Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '[PII of type 'System.DateTime' is hidden]', Current time (UTC): '[PII of type 'System.DateTime' is hidden]'.`,
  (g) => `DEBUG signer: string to sign:
ACME-HMAC-SHA256
${g.ts().replace(/[-:]/g, '').slice(0, 15)}Z
${g.hex(64)}
DEBUG signer: signature=${g.hex(64)} key_id=ledger-${g.int(1, 9)} (secret loaded from vault path kv/ledger/signing)`,
  (g) => `env: INTERNAL_API_KEY=\${INTERNAL_API_KEY} LEDGER_DB_URL=postgres://ledger:changeme@localhost:5432/ledger REDIS_URL=redis://localhost:6379/0 LOG_LEVEL=debug BUILD_SHA=${g.hex(40)}`,
  (g) => `> GET /v2/exports/${g.uuid()} HTTP/2
> Host: reports.internal
> Authorization: Bearer <redacted>
> User-Agent: curl/8.5.0
>
< HTTP/2 404
< x-request-id: ${g.uuid()}`,
  (g) => `--> GET https://catalog.internal/api/v3/products?cursor=${g.b64x(24)}
Authorization: ██
--> END GET
<-- 200 OK https://catalog.internal/api/v3/products (${g.int(30, 900)}ms, ${g.int(1000, 99999)}-byte body)`,
  (g) => `${g.ts()} ERROR webhook-gateway: stripe event evt_${g.b62x(24)} rejected: timestamp outside tolerance (Stripe-Signature: t=${1780000000 + g.int(0, 999999)},v1=${g.hex(64)}) endpoint secret whsec_****${g.hex(4)}`,
  (g) => `${g.ts()} WARN egress-proxy upstream=api.openai.com status=429 key=sk-proj-****${g.b62x(4)} retry_after=${g.int(1, 60)}s request_id=req_${g.hex(32)}`,
  (g) => `+ curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes.default.svc/api/v1/namespaces/payments/configmaps/gateway-routes
{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"gateway-routes","namespace":"payments","uid":"${g.uuid()}","resourceVersion":"${g.int(100000, 9999999)}"}}`,
  (g) => `span graphql.execute resource="query GetCatalog" service=catalog-graphql env=prod graphql.operation.name=GetCatalog graphql.variables.first=${g.int(10, 100)} graphql.variables.after=${g.b64x(16)} trace_id=${g.int(1e15, 9e15)} span_id=${g.int(1e15, 9e15)}`,
];
