import type { Tpl66 } from './blind-set-66-values';

/** Internal service-to-service calls: mTLS, JWT forwarding, HMAC signing, internal API keys, service account tokens, HTTP client debug logs. */
export const INTERNAL66: Tpl66[] = [
  (g) => {
    const user = g.user();
    const pw = g.urlPassword(18);
    const email = g.email();
    return `FetchError: request to https://${user}:${pw}@ledger.internal.acme.io/v1/entries?customer=${email} failed, reason: connect ETIMEDOUT ${g.privIp()}:443
    at ClientRequest.<anonymous> (/srv/node_modules/node-fetch/lib/index.js:1505:11)
    at ClientRequest.emit (node:events:519:28) {
  type: 'system',
  errno: 'ETIMEDOUT',
  code: 'ETIMEDOUT'
}`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['maya', 'femi', 'noor'])}@gmail.com`);
    return `${g.ts()} INFO  [auth-forwarder] forwarding end-user token to orders-svc sub=auth0|${g.hex(24)} headers={Authorization: Bearer ${jwt}, X-Forwarded-Access-Token: <same>, X-Request-Id: ${g.uuid()}}
${g.ts()} ERROR [auth-forwarder] orders-svc replied 401 invalid_token (audience)`;
  },
  (g) => {
    const key = g.hex64('signing_key');
    return `DEBUG signer: canonical request:
POST
/v1/transfers

content-type:application/json
x-acme-date:${g.ts().replace(/[-:]/g, '').slice(0, 15)}Z
x-acme-key-id:ledger-${g.int(1, 9)}

${g.hex(64)}
DEBUG signer: signing with key=${key} alg=HMAC-SHA256
WARN  signer: server rejected signature (401 signature_mismatch), check clock skew and key rotation`;
  },
  (g) => {
    const ik = g.alnum(40, 'internal_api_key');
    const user = g.user();
    const pw = g.urlPassword(20);
    const rpw = g.urlPassword(24);
    return `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.hex(7)}]

goroutine 1 [running]:
main.mustConfig(...)
	/src/cmd/payouts/main.go:${g.int(40, 120)}
main.main()
	/src/cmd/payouts/main.go:${g.int(20, 39)} +0x${g.hex(3)}
env: INTERNAL_API_KEY=${ik} LEDGER_DB_URL=postgres://${user}:${pw}@ledger-db.internal:5432/ledger?sslmode=require REDIS_URL=rediss://:${rpw}@cache.internal:6380/0 LOG_LEVEL=debug`;
  },
  (g) => {
    const ns = g.pick(['payments', 'risk', 'ops']);
    const sa = g.pick(['cronjob-reconcile', 'config-sync', 'backup-agent']);
    const tok = g.saToken(ns, sa);
    return `+ TOKEN=${tok}
+ curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H 'Authorization: Bearer ${tok}' https://kubernetes.default.svc/api/v1/namespaces/${ns}/secrets/reconcile-creds
{
  "kind": "Status",
  "apiVersion": "v1",
  "status": "Failure",
  "message": "secrets \\"reconcile-creds\\" is forbidden: User \\"system:serviceaccount:${ns}:${sa}\\" cannot get resource \\"secrets\\" in API group \\"\\" in the namespace \\"${ns}\\"",
  "reason": "Forbidden",
  "code": 403
}`;
  },
  (g) => {
    const ks = g.password(16);
    const ts = g.password(14);
    return `${g.ts()} INFO  [main] o.s.b.StartupInfoLogger : JVM arguments: [-Xmx1g, -Djavax.net.ssl.keyStore=/etc/mtls/client.p12, -Djavax.net.ssl.keyStorePassword=${ks}, -Djavax.net.ssl.trustStore=/etc/mtls/truststore.jks, -Djavax.net.ssl.trustStorePassword=${ts}, -Dspring.profiles.active=prod]
${g.ts()} ERROR [main] o.s.boot.SpringApplication : Application run failed
java.io.IOException: keystore password was incorrect`;
  },
  (g) => {
    const pem = g.privateKey(g.pick(['RSA', 'EC', 'PKCS8'] as const));
    return `${g.ts()} ERROR mtls-client: failed to build client certificate for payouts-gw: tls: private key does not match public key
MTLS_CLIENT_CERT_FILE=/etc/tls/client.crt
MTLS_CLIENT_KEY (from env, ${pem.length} bytes):
${pem}
hint: the key and certificate must be rotated together (cert serial ${g.hex(32)})`;
  },
  (g) => {
    const nid = g.ssn();
    const name = g.name();
    const dob = g.dob(0);
    const key = g.alnum(40, 'api_key');
    return `${g.ts()} DEBUG 1 --- [   scheduling-1] o.s.web.client.RestTemplate              : HTTP POST https://kyc.internal/v1/checks?api_key=${key}
${g.ts()} DEBUG 1 --- [   scheduling-1] o.s.web.client.RestTemplate              : Writing [{nationalId=${nid}, fullName=${name}, dateOfBirth=${dob}, country=US}] as "application/json"
${g.ts()} DEBUG 1 --- [   scheduling-1] o.s.web.client.RestTemplate              : Response 401 UNAUTHORIZED`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.user()}@acme.internal`);
    const iban = g.iban();
    const name = g.name();
    return `send: b'POST /v1/transfers HTTP/1.1\\r\\nHost: transfers.internal\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer ${jwt}\\r\\nContent-Type: application/json\\r\\nContent-Length: ${g.int(80, 200)}\\r\\n\\r\\n'
send: b'{"creditor_iban": "${iban}", "creditor_name": "${name}", "amount": ${g.int(10, 9000)}, "currency": "EUR"}'
reply: 'HTTP/1.1 409 Conflict\\r\\n'
header: Content-Type: application/json`;
  },
  (g) => {
    const tok = g.hex32('api_key');
    const name = g.name();
    const email = g.email();
    const phone = g.phone();
    return `--> POST https://crm.internal/api/v3/contacts
Content-Type: application/json; charset=utf-8
Content-Length: ${g.int(100, 300)}
Authorization: Token ${tok}

{"name":"${name}","email":"${email}","phone":"${phone}","source":"android"}
--> END POST (${g.int(100, 300)}-byte body)
<-- 500 Internal Server Error https://crm.internal/api/v3/contacts (${g.int(30, 900)}ms)`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['ike', 'lu'])}@yahoo.co.uk`);
    const ik = g.alnum(48, 'internal_api_key');
    const email = g.email();
    const dob = g.dob(0);
    return `AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    method: 'post',
    url: 'http://loyalty.internal:8080/v1/members',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${jwt}',
      'X-Internal-Key': '${ik}'
    },
    data: '{"email":"${email}","birthDate":"${dob}"}'
  }
}`;
  },
  (g) => {
    const b = g.basic(g.pick(['svc-reports', 'svc-export']));
    const key = g.alnum(32, 'api_key');
    return `*   Trying ${g.privIp()}:443...
* Connected to reports.internal (${g.privIp()}) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /v2/exports/latest HTTP/2
> Host: reports.internal
> Authorization: Basic ${b}
> X-Api-Key: ${key}
> User-Agent: curl/8.5.0
>
< HTTP/2 403
< content-type: application/json
<
{"error":"forbidden","detail":"service account lacks exports:read"}`;
  },
  (g) => {
    const tok = g.okta();
    return `I, [${g.ts()} #${g.int(1, 99)}]  INFO -- request: GET https://acme.okta.com/api/v1/users?search=profile.department+eq+%22Finance%22
I, [${g.ts()} #${g.int(1, 99)}]  INFO -- request: Authorization: "SSWS ${tok}"
Accept: "application/json"
User-Agent: "Faraday v2.9.0"
I, [${g.ts()} #${g.int(1, 99)}]  INFO -- response: Status 401`;
  },
  (g) => {
    const jwt = g.saToken('default', g.pick(['billing-api', 'crm-worker']));
    return `info: System.Net.Http.HttpClient.Ledger.LogicalHandler[100]
      Start processing HTTP request POST https://ledger.internal/v1/journal
trce: System.Net.Http.HttpClient.Ledger.ClientHandler[102]
      Request Headers:
      Authorization: Bearer ${jwt}
      traceparent: 00-${g.traceId()}-${g.spanId()}-01
info: System.Net.Http.HttpClient.Ledger.ClientHandler[101]
      Received HTTP response headers after ${g.int(2, 900)}.${g.int(1000, 9999)}ms - 401`;
  },
  (g) => {
    const user = g.user();
    const pw = g.urlPassword(18);
    const apw = g.urlPassword(16);
    return `pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}
  MONGO_URI=mongodb+srv://${user}:${pw}@cluster0.${g.hex(5)}.mongodb.net/orders?retryWrites=true&w=majority
  BROKER_URL=amqps://${user}:${apw}@rabbit.internal:5671/%2Forders`;
  },
  (g) => {
    const k = g.awsKeyId();
    const s = g.awsSecret();
    return `botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the PutObject operation: The security token included in the request is invalid.
[job exports-daily] credentials source=env AWS_ACCESS_KEY_ID=${k} AWS_SECRET_ACCESS_KEY=${s} AWS_REGION=eu-central-1`;
  },
  (g) => {
    const slack = g.slackWebhook();
    const tok = g.slackBot();
    return `${g.ts()} ERROR alert-relay: POST ${slack} -> 404 no_team; falling back to chat.postMessage with token ${tok} -> {"ok":false,"error":"invalid_auth"}`;
  },
  (g) => {
    const gh = g.ghp(g.pick(['ghp', 'ghs'] as const));
    const gl = g.glpat();
    return `${g.ts()} WARN  release-bot: mirror push failed
  remote github: https://x-access-token:${gh}@github.com/acme/payments-api.git -> 403 Write access to repository not granted.
  remote gitlab: https://oauth2:${gl}@gitlab.acme.io/platform/payments-api.git -> 401 HTTP Basic: Access denied`;
  },
];
