import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'mesh', name, make });

/** Service mesh and RPC: Envoy, Istio, Linkerd, gRPC, GraphQL gateways. */
export const MESH36: Template36[] = [
  t('envoy-access-log-headers', (d) => {
    const tok = d.c('jwt', d.jwtRS({ iss: 'https://auth.internal', sub: d.r.uuid(), aud: 'ledger', exp: d.epoch() }, d.r.hex(8)));
    const ip = d.p('client-ip', d.ip());
    const ck = d.c('session-cookie', d.r.hex(48));
    return `[${d.ts()}] "POST /ledger.v1.Ledger/Post HTTP/2" 503 UF upstream_reset_before_response_started{connection_failure} 0 91 ${d.r.int(1, 40)} - "${ip},10.12.${d.r.int(0, 255)}.${d.r.int(1, 254)}" "grpc-go/1.62.1" "${d.r.uuid()}" "ledger.ledger.svc.cluster.local:9090" "10.4.${d.r.int(0, 255)}.${d.r.int(1, 254)}:9090" authz="Bearer ${tok}" cookie="connect.sid=${ck}"`;
  }),
  t('envoy-config-dump-sds', (d) => {
    const body = d.c('private-key-pem', d.pemBody(d.pick([1190, 1218])).replace(/\n/g, '\\n'));
    const hmac = d.c('hmac-secret', d.key32());
    return `{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump","static_secrets":[{"name":"edge-cert","secret":{"tls_certificate":{"certificate_chain":{"filename":"/etc/envoy/tls/tls.crt"},"private_key":{"inline_string":"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"}}}},{"name":"oauth-hmac","secret":{"generic_secret":{"secret":{"inline_bytes":"${hmac}"}}}}]}`;
  }),
  t('istio-ext-authz-denied', (d) => {
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const key = d.c('api-key', `sk_live_${d.alnum(24)}`);
    const ip = d.p('client-ip', d.ip());
    return `${d.ts()}	debug	envoy ext_authz external/envoy/source/extensions/filters/http/ext_authz/ext_authz.cc:${d.r.int(100, 400)}	ext_authz filter rejected the request. Response status code: '403'	thread=${d.r.int(20, 40)}
  check request headers: ':authority', 'checkout.shop.svc'
  'x-api-key', '${key}'
  'x-user-email', '${email}'
  'x-envoy-external-address', '${ip}'
  'x-request-id', '${d.r.uuid()}'`;
  }),
  t('istio-jwt-verification', (d) => {
    const tok = d.c('jwt', d.jwtRS({ iss: 'https://keycloak.platform.svc/realms/prod', sub: d.r.uuid(), azp: 'web', exp: d.epoch() }, d.alnum(43)));
    return `${d.ts()}	debug	envoy jwt	external/envoy/source/extensions/filters/http/jwt_authn/authenticator.cc:${d.r.int(100, 300)}	${d.r.uuid()}: Verifying JWT token of issuer https://keycloak.platform.svc/realms/prod
  jwt_authn: extract authorizationBearer: ${tok}
  jwt_authn: JWT token verification completed with: Jwks doesn't have key to match kid or alg from Jwt`;
  }),
  t('linkerd-tap', (d) => {
    const ip = d.p('client-ip', d.ip());
    const tok = d.c('access-token', d.r.b64url(32));
    const per = d.person();
    const ph = d.phone();
    return `req id=${d.r.int(1, 9)}:${d.r.int(1, 999)} proxy=in  src=${ip}:${d.r.int(30000, 60000)} dst=10.42.${d.r.int(0, 9)}.${d.r.int(2, 250)}:8080 tls=true :method=POST :authority=notify.messaging:8080 :path=/v1/sms?access_token=${tok}&to=${encodeURIComponent(ph)}
rsp id=${d.r.int(1, 9)}:${d.r.int(1, 999)} proxy=in  src=${ip} :status=500 latency=${d.r.int(2, 900)}ms
# note: recipient ${d.p('name', per.full)} <${d.p('phone', ph)}>`;
  }),
  t('grpc-unauthenticated-metadata', (d) => {
    const tok = d.c('bearer-token', d.pick(['ya29.a0', '']) + d.r.b64url(d.r.int(30, 48)));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `${d.ts()} ERROR payouts/client.go:${d.r.int(40, 300)} create payout: rpc error: code = Unauthenticated desc = invalid token
	metadata: map[:authority:[payouts.internal:443] authorization:[Bearer ${tok}] content-type:[application/grpc] x-customer-email:[${email}] x-request-id:[${d.r.uuid()}]]
	github.com/acme/platform/payouts.(*Client).Create
		/src/payouts/client.go:${d.r.int(40, 300)}`;
  }),
  t('grpcurl-runbook', (d) => {
    const tok = d.c('jwt', d.jwtHS({ sub: 'svc:ops-cli', role: 'admin', exp: d.epoch() }));
    const per = d.person();
    const name = d.p('name', per.full);
    const acct = d.f('bank-account', d.account());
    const aba = d.f('aba-routing', d.aba());
    return `Repro (copied from #payments-oncall):
grpcurl -H 'authorization: Bearer ${tok}' -d '{"beneficiary":{"name":"${name}","account_number":"${acct}","routing_number":"${aba}"},"amount":{"units":${d.r.int(50, 9000)},"currency_code":"USD"}}' payouts.internal:443 payouts.v1.Payouts/Create
ERROR:
  Code: FailedPrecondition
  Message: beneficiary account not verified`;
  }),
  t('apollo-router-variables', (d) => {
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const card = d.f('card-number', d.card());
    const name = d.p('name', per.full);
    const auth = d.c('jwt', d.jwtRS({ sub: d.r.uuid(), exp: d.epoch() }));
    return `{"timestamp":"${d.ts()}","level":"ERROR","message":"Fetch error: HTTP fetch failed from 'payments': 500: Internal Server Error","target":"apollo_router::query_planner","span":{"operation_name":"AddCard","variables":"{\\"input\\":{\\"cardholder\\":\\"${name}\\",\\"number\\":\\"${card}\\",\\"email\\":\\"${email}\\"}}"},"subgraph_request_headers":{"authorization":"Bearer ${auth}"}}`;
  }),
  t('graphql-gateway-signup', (d) => {
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const pw = d.c('password', d.password(d.r.int(12, 20)));
    const dob = d.p('date-of-birth', d.dob());
    const ph = d.p('phone', d.phone());
    return `GraphQLError: Unexpected error value: "duplicate key value violates unique constraint \\"users_email_key\\""
    at /app/node_modules/@apollo/gateway/dist/executor.js:${d.r.int(100, 400)}:${d.r.int(5, 60)}
  path: [ 'signUp' ]
  operationName: 'SignUp'
  variables: { input: { email: '${email}', password: '${pw}', dateOfBirth: '${dob}', phone: '${ph}', marketingOptIn: false } }`;
  }),
];
