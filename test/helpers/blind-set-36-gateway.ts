import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'gateway', name, make });

/** API gateways: Kong, Apigee, Tyk, AWS API Gateway, Azure API Management, Traefik, NGINX Plus. */
export const GATEWAY36: Template36[] = [
  t('kong-key-auth-error', (d) => {
    const key = d.c('kong-key-auth', d.alnum(32));
    const ip = d.p('client-ip', d.ip());
    const pid = d.r.int(1000, 9999);
    return `${d.ts().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [error] ${pid}#0: *${d.r.int(10000, 999999)} [kong] handler.lua:${d.r.int(80, 190)} [key-auth] invalid credentials, consumer not found for key, client: ${ip}, server: kong, request: "GET /v1/orders?limit=50&apikey=${key} HTTP/1.1", host: "api.${d.pick(['northwind', 'acmepay', 'globex'])}.io", request_id: "${d.r.hex(32)}"`;
  }),
  t('kong-admin-consumer-dump', (d) => {
    const admin = d.c('kong-admin-token', d.alnum(d.r.int(24, 40)));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const key = d.c('kong-key-auth', d.r.b62(32));
    return `$ curl -s -H 'Kong-Admin-Token: ${admin}' http://kong-admin.gw.svc:8001/consumers/${d.r.uuid()}/key-auth
{"data":[{"id":"${d.r.uuid()}","created_at":${d.epoch()},"key":"${key}","ttl":null,"tags":["partner-portal"],"consumer":{"id":"${d.r.uuid()}"}}],"next":null}
# consumer username=${JSON.stringify(email)} custom_id="cus_${d.r.b62(14)}"
# ALERT kong-sync-drift: deck diff found 1 changed entity`;
  }),
  t('kong-deck-plugins', (d) => {
    const cs = d.c('oidc-client-secret', d.r.b64url(32));
    const rp = d.c('redis-password', d.password(22));
    return `deck gateway sync failed: 1 error(s) occurred:
	while processing event: {Create} plugin openid-connect for service payments-api failed: HTTP status 400 (message: "schema violation (config.issuer: required field missing)")
--- kong.yaml (rendered)
_format_version: "3.0"
plugins:
- name: openid-connect
  service: payments-api
  config:
    client_id: [ "payments-gw" ]
    client_secret: [ "${cs}" ]
    auth_methods: [ "bearer" ]
- name: rate-limiting
  config:
    policy: redis
    redis_host: redis-rl.gw.svc
    redis_password: '${rp}'
    minute: 600`;
  }),
  t('apigee-debug-session', (d) => {
    const key = d.c('apigee-consumer-key', d.alnum(48));
    const sec = d.c('apigee-consumer-secret', d.alnum(64));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `{"point":[{"id":"StateChange","results":[{"ActionResult":"RequestMessage","headers":[{"name":"Authorization","value":"Basic ${Buffer.from(`${key}:${sec}`).toString('base64')}"}],"queryParams":[{"name":"client_id","value":"${key}"},{"name":"client_secret","value":"${sec}"}],"verb":"POST","uRI":"/oauth/client_credential/accesstoken?grant_type=client_credentials"}]},{"id":"Execution","results":[{"properties":{"property":[{"name":"developer.email","value":"${email}"},{"name":"fault.name","value":"InvalidClientIdentifier"}]}}]}],"fault":{"faultstring":"Invalid client identifier {0}","detail":{"errorcode":"oauth.v2.InvalidClientIdentifier"}}}`;
  }),
  t('tyk-gateway-log', (d) => {
    const org = d.r.hex(24);
    const id = d.r.hex(32);
    const tok = d.c('tyk-api-key', Buffer.from(JSON.stringify({ org, id, h: 'murmur64' })).toString('base64'));
    const ip = d.p('client-ip', d.ip());
    const sec = d.c('tyk-gateway-secret', d.r.hex(32));
    return `time="${d.ts()}" level=warning msg="Attempted access with invalid key." api_id=${d.r.hex(24)} api_name="Ledger API" key=${tok} mw=AuthKey org_id=${org} origin=${ip} path=/ledger/v2/entries
time="${d.ts()}" level=error msg="Dashboard registration failed" error="403 Forbidden" prefix=main
tyk.conf: {"listen_port":8080,"secret":"${sec}","use_db_app_configs":true,"hash_keys":false}`;
  }),
  t('aws-apigw-access-log', (d) => {
    const key = d.c('aws-apigw-api-key', d.alnum(40));
    const ip = d.p('client-ip', d.ip());
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `{"requestId":"${d.r.uuid()}","ip":"${ip}","caller":"-","user":"-","requestTime":"${new Date(d.epoch() * 1000).toUTCString()}","httpMethod":"POST","resourcePath":"/v1/refunds","status":"502","protocol":"HTTP/1.1","responseLength":"36","apiKey":"${key}","authorizer.claims.email":"${email}","integrationError":"Lambda.Unknown","errorMessage":"Internal server error"}`;
  }),
  t('aws-apigw-authorizer', (d) => {
    const per = d.person();
    const email = d.email(per.first, per.last);
    const tok = d.c('jwt', d.jwtRS({ sub: d.r.uuid(), email, iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_' + d.alnum(9), exp: d.epoch() }, d.r.hex(16)));
    return `START RequestId: ${d.r.uuid()} Version: $LATEST
${d.ts()}	${d.r.uuid()}	ERROR	Invoke Error 	{"errorType":"TokenExpiredError","errorMessage":"jwt expired","event":{"type":"TOKEN","methodArn":"arn:aws:execute-api:eu-west-1:${d.r.digits(12)}:${d.alnum(10).toLowerCase()}/prod/POST/payouts","authorizationToken":"Bearer ${tok}"}}
END RequestId`;
  }),
  t('azure-apim-trace', (d) => {
    const sub = d.c('apim-subscription-key', d.r.hex(32));
    const pw = d.c('password', d.password(20));
    const ip = d.p('client-ip', d.ip());
    return `APIM trace ${d.r.hex(32)} (inbound)
  request: POST https://contoso-prod.azure-api.net/billing/v1/invoices
  headers: { "Ocp-Apim-Subscription-Key": "${sub}", "X-Forwarded-For": "${ip}" }
  policy error at authentication-basic: backend returned 401 Unauthorized
  <authentication-basic username="svc-billing" password="${pw}" />
  elapsed: 00:00:01.${d.r.digits(7)}`;
  }),
  t('traefik-basic-auth', (d) => {
    const user = d.pick(['ops', 'grafana', 'deploy', 'metrics']);
    const pw = d.urlPassword(16);
    const blob = d.c('basic-auth-b64', Buffer.from(`${user}:${pw}`).toString('base64'));
    const hash = d.c('htpasswd-hash', `$apr1$${d.alnum(8)}$${d.r.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`);
    const ip = d.p('client-ip', d.ip());
    return `{"ClientHost":"${ip}","DownstreamStatus":401,"Duration":${d.r.int(100000, 9000000)},"RequestHost":"traefik.internal.example-corp.net","RequestMethod":"GET","RequestPath":"/dashboard/","RouterName":"dashboard@file","request_Authorization":"Basic ${blob}","level":"info","msg":"","time":"${d.ts()}"}
# dynamic.yml
http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "${user}:${hash}"`;
  }),
  t('nginx-plus-auth-jwt', (d) => {
    const per = d.person();
    const tok = d.c('jwt', d.jwtHS({ sub: per.full, scope: 'orders:write', exp: d.epoch() }));
    const ip = d.p('client-ip', d.ip());
    const sid = d.c('session-cookie', d.r.b64url(24));
    return `${d.ts()} [info] ${d.r.int(100, 999)}#${d.r.int(100, 999)}: *${d.r.int(1000, 99999)} JWT validation failed: signature mismatch while sending to client, client: ${ip}, server: api.internal, request: "POST /orders HTTP/2.0", host: "api.internal"
log_format debug '$remote_addr "$http_authorization" "$http_cookie"':
${ip} "Bearer ${tok}" "__Host-sid=${sid}; theme=dark"`;
  }),
  t('apim-named-values', (d) => {
    const a = d.c('storage-account-key', d.r.b64(64));
    const b = d.c('apim-subscription-key', d.r.hex(32));
    return `$ az apim nv show-secret -g rg-gateway-prod -n apim-contoso-prod --named-value-id blob-audit-key
{
  "value": "${a}"
}
$ az rest --method post --uri ".../subscriptions/partner-acme/listSecrets?api-version=2022-08-01"
{"primaryKey": "${b}", "secondaryKey": "[REDACTED]"}
WARNING: policy-fragment 'audit-to-blob' failed: 403 AuthenticationFailed (Server failed to authenticate the request.)`;
  }),
];
