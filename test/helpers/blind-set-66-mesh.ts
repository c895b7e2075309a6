import type { Tpl66 } from './blind-set-66-values';

/** Service mesh: Envoy access logs, debug header dumps, tap traces, ext_authz, jwt_authn, Istio, Linkerd, Lua/Wasm filters. */
export const MESH66: Tpl66[] = [
  (g) => {
    const key = g.alnum(32, 'api_key');
    const email = g.email();
    const ip = g.ip();
    return `[${g.ts()}] "GET /v1/customers/lookup?email=${email}&api_key=${key} HTTP/1.1" 403 UAEX 0 0 ${g.int(1, 9)} - "${ip}" "okhttp/4.12.0" "${g.uuid()}" "customers.internal:8080" "-"`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['lina', 'omar', 'ivan'])}@acme.internal`);
    const ip = g.ip();
    return `{"authority":"orders.prod.svc.cluster.local:8080","bytes_received":${g.int(100, 900)},"bytes_sent":${g.int(20, 400)},"downstream_local_address":"${g.privIp()}:8080","downstream_remote_address":"${ip}:${g.int(20000, 60000)}","duration":${g.int(1, 80)},"method":"POST","path":"/api/v2/orders","protocol":"HTTP/2","request_id":"${g.uuid()}","requested_server_name":"outbound_.8080_._.orders.prod.svc.cluster.local","response_code":401,"response_flags":"-","route_name":"default","start_time":"${g.ts()}","upstream_cluster":"inbound|8080||","upstream_host":"${g.privIp()}:8080","user_agent":"Dalvik/2.1.0 (Linux; U; Android 14)","x_forwarded_for":"${ip}","request_authorization":"Bearer ${jwt}"}`;
  },
  (g) => {
    const jwt = g.saToken('billing', 'invoice-worker');
    const key = g.hex32('api_key');
    const sess = g.b64urlSecret(32, 'session_token');
    return `[${g.ts().replace('T', ' ').replace('Z', '')}][${g.int(20, 40)}][debug][http] [source/common/http/conn_manager_impl.cc:1149] [Tags: "ConnectionId":"${g.int(10, 999)}","StreamId":"${g.int(1e15, 9e15)}"] request headers complete (end_stream=false):
':authority', 'invoices.billing.svc:8443'
':path', '/v1/invoices/batch'
':method', 'POST'
'content-type', 'application/json'
'authorization', 'Bearer ${jwt}'
'x-partner-key', '${key}'
'cookie', '__Host-sid=${sess}; theme=dark'
'x-request-id', '${g.uuid()}'`;
  },
  (g) => {
    const b = g.basic(g.pick(['reporting', 'backoffice', 'ops-admin']));
    const ip = g.ip();
    return `[${g.ts().replace('T', ' ').replace('Z', '')}][${g.int(20, 40)}][debug][ext_authz] [source/extensions/filters/http/ext_authz/ext_authz.cc:${g.int(300, 500)}] [Tags: "ConnectionId":"${g.int(10, 999)}"] ext_authz filter rejected the request. Response status code: '403'
check request: attributes { source { address { socket_address { address: "${ip}" port_value: ${g.int(20000, 60000)} } } } request { http { id: "${g.int(1e15, 9e15)}" method: "GET" headers { key: ":path" value: "/admin/reports/export" } headers { key: "authorization" value: "Basic ${b}" } headers { key: "x-forwarded-for" value: "${ip}" } host: "backoffice.acme.io" protocol: "HTTP/1.1" } } }`;
  },
  (g) => {
    const hmac = g.hex64('hmac_secret');
    const kid = `partner-${g.int(1, 40)}`;
    return `[${g.ts()}][info][lua] [source/extensions/filters/common/lua/lua.cc:26] script log: hmac verify failed kid=${kid} secret=${hmac} date=${g.ts()} path=/v1/settlements`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['sam', 'ada', 'kai'])}@gmail.com`);
    return `[${g.ts().replace('T', ' ').replace('Z', '')}][${g.int(20, 40)}][debug][jwt] [source/extensions/filters/http/jwt_authn/authenticator.cc:${g.int(100, 300)}] ${g.pick(['checkout', 'accounts'])}-jwt: extract authorizationBearer ${jwt}
[${g.ts().replace('T', ' ').replace('Z', '')}][${g.int(20, 40)}][debug][jwt] [source/extensions/filters/http/jwt_authn/authenticator.cc:${g.int(300, 400)}] ${g.pick(['checkout', 'accounts'])}-jwt: JWT token verification completed with: Jwt is expired`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['noa', 'li', 'eva'])}@outlook.com`);
    const name = g.name();
    const email = g.email();
    const card = g.card();
    return `{"http_buffered_trace":{"request":{"headers":[{"key":":authority","value":"checkout.internal"},{"key":":path","value":"/v1/checkout"},{"key":":method","value":"POST"},{"key":"authorization","value":"Bearer ${jwt}"},{"key":"content-type","value":"application/json"}],"body":{"truncated":false,"as_string":"{\\"customer\\":{\\"name\\":\\"${name}\\",\\"email\\":\\"${email}\\"},\\"card\\":{\\"number\\":\\"${card}\\",\\"cvc_check\\":\\"unavailable\\"}}"},"trailers":[]},"response":{"headers":[{"key":":status","value":"502"},{"key":"server","value":"envoy"}],"body":{"truncated":false,"as_string":"upstream connect error or disconnect/reset before headers. reset reason: connection termination"},"trailers":[]}}}`;
  },
  (g) => {
    const ip = g.ip();
    const phone = g.phoneE164();
    const email = g.email();
    return `[${g.ts()}] "POST /api/v1/otp/send?phone=${phone}&email=${email} HTTP/2" 403 - rbac_access_denied_matched_policy[none] 0 19 0 - "${ip},${g.privIp()}" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" "${g.uuid()}" "otp.auth.svc.cluster.local" "-" inbound|8080|| - ${g.privIp()}:8080 ${ip}:0 outbound_.8080_._.otp.auth.svc.cluster.local default`;
  },
  (g) => {
    const name = g.name();
    const iban = g.iban();
    const dob = g.dob(0);
    return `[${g.ts()}][debug][http] [source/extensions/filters/http/grpc_json_transcoder/json_transcoder_filter.cc:${g.int(400, 800)}] transcoding failed for /v1/accounts:open: INVALID_ARGUMENT: (account.holder) date_of_birth: invalid value "${dob}x" for type TYPE_STRING; body was {"account":{"holder":{"name":"${name}","date_of_birth":"${dob}x"},"iban":"${iban}","currency":"EUR"}}`;
  },
  (g) => {
    const tok = g.alnum(40, 'api_key');
    const ip = g.ip();
    return `${g.ts()} [ ${g.int(1000, 99999)}] WARN inbound:server{port=8080}:rescue{client.addr=${ip}:${g.int(20000, 60000)}}: linkerd_app_inbound::policy::http: Request denied server.group=policy.linkerd.io server.kind=server server.name=payments-http route.group= route.kind=default route.name=default client.tls=None(NoClientHello) client.ip=${ip} headers={"x-api-token": "${tok}", "user-agent": "python-requests/2.32.3"}`;
  },
  (g) => {
    const key = g.apimKey();
    const ip = g.ip();
    return `[${g.ts()}] "DELETE /v3/subscriptions/sub_${g.hex(14)}?subscription-key=${key} HTTP/1.1" 429 RL 0 18 1 - "${ip}" "Go-http-client/2.0" "${g.uuid()}" "billing.internal" "-" ratelimit_descriptor=(generic_key=billing_api)(remote_address=${ip})`;
  },
  (g) => {
    const wasm = g.alnum(48, 'internal_api_key');
    const name = g.name();
    return `${g.ts()}	info	envoy wasm external/envoy/source/extensions/common/wasm/context.cc:1192	wasm log istio-system.header-injector: injected upstream credential x-upstream-key=${wasm} for route partners-eu (requested by "${name}" via self-service)	thread=${g.int(20, 40)}`;
  },
  (g) => {
    const tok = g.vault();
    const pw = g.urlPassword(20);
    return `${g.ts()}	error	sds	failed to fetch secret from vault	{"resourceName": "kubernetes://payments-mtls", "vaultAddr": "https://vault.internal:8200", "X-Vault-Token": "${tok}", "pkcs12Password": "${pw}", "error": "Error making API request. Code: 403. Errors: * permission denied"}`;
  },
];
