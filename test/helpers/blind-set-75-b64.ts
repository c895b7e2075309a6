import { b64, b64Folded, pct } from './blind-set-75-encode';
import { pem, type Gen75 } from './blind-set-75-values';

const J = (o: unknown): string => JSON.stringify(o);

/** Templates where real systems carry the value in base64 (k8s Secret data, Basic, JWT, SAML, push bodies, PEM, MIME). */
export const B64_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'k8s-secret-yaml': (g) => `kubectl apply failed: the Secret "payments-api" is invalid\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\n  namespace: prod\ntype: Opaque\ndata:\n  DB_PASSWORD: ${g.c(b64(g.password()), 'k8s-secret-b64')}\n  STRIPE_SECRET_KEY: ${g.c(b64(g.stripe()), 'k8s-secret-b64')}\n  DB_USER: ${b64('payments')}\n  LOG_LEVEL: ${b64('info')}`,
  'k8s-secret-json': (g) => `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"ci-tokens","namespace":"build","uid":"${g.r.uuid()}"},"data":{"github-token":"${g.c(b64(g.ghp()), 'k8s-secret-b64')}","npm-token":"${g.c(b64(g.npm()), 'k8s-secret-b64')}","registry":"${b64('ghcr.io')}"},"type":"Opaque"}`,
  'k8s-dockerconfigjson': (g) => {
    const auth = b64(`deploy-bot:${g.ghp()}`);
    const cfg = b64(J({ auths: { 'ghcr.io': { auth } } }));
    return `Warning  Failed  pod/api-7d9c  Failed to pull image "ghcr.io/northwind/api:1.42.0": 401 Unauthorized\n  imagePullSecrets[0] data: {".dockerconfigjson": "${g.c(cfg, 'dockerconfigjson-b64')}"}`;
  },
  'k8s-secret-decode-loop': (g) => {
    const v = b64(`postgres://app:${g.r.urlPassword()}@db.prod.svc:5432/app`);
    return `+ kubectl get secret app-db -o jsonpath='{.data.DATABASE_URL}'\n${g.c(v, 'k8s-secret-b64')}\n+ base64 -d\nbase64: invalid input`;
  },
  'http-basic-dump': (g) => {
    const pw = g.password();
    return `> POST /api/v2/import HTTP/1.1\n> Host: erp.partner-net.de\n> Authorization: Basic ${g.c(b64(`integration:${pw}`), 'basic-auth-b64')}\n> Content-Type: application/json\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic realm="erp"`;
  },
  'basic-email-user': (g) => {
    const mail = g.email();
    return `jira-sync ERROR 401 from https://northwind.atlassian.net/rest/api/3/search headers={'Authorization': 'Basic ${g.c(b64(`${mail}:ATATT3xFfGF0${g.r.b62(180)}=${g.upperHex(8)}`), 'basic-auth-b64')}', 'Accept': 'application/json'}`;
  },
  'proxy-authorization-basic': (g) => `squid access denied: CONNECT api.openai.com:443 HTTP/1.1 Proxy-Authorization: Basic ${g.c(b64(`${g.first().toLowerCase()}:${g.hostilePassword()}`), 'basic-auth-b64')} -> TCP_DENIED/407`,
  'git-extraheader-basic': (g) => `[command]/usr/bin/git -c http.https://github.com/.extraheader="AUTHORIZATION: basic ${g.c(b64(`x-access-token:${g.ghp('ghs')}`), 'basic-auth-b64')}" fetch --prune --progress --no-recurse-submodules origin\nfatal: unable to access 'https://github.com/northwind/infra/': The requested URL returned error: 403`,
  'jwt-bearer-email': (g) => {
    const n = g.name();
    return `WARN  [gateway] token audience mismatch aud=api://billing got=api://portal Authorization: Bearer ${g.c(g.jwt({ sub: g.r.uuid(), email: g.email(n), name: n, roles: ['admin'] }), 'jwt')} path=/v1/invoices`;
  },
  'jwt-id-token-cookie': (g) => `Set-Cookie: id_token=${g.c(g.jwt({ sub: `auth0|${g.hex(24)}`, email: g.email(), email_verified: true }, 'RS256'), 'jwt')}; Path=/; Secure; HttpOnly; SameSite=Lax\nSet-Cookie: theme=dark; Path=/`,
  'jwt-in-json-log': (g) => J({ level: 'warn', msg: 'expired token presented', token: g.c(g.jwt({ sub: String(g.r.int(10000, 99999)), phone_number: g.e164(), given_name: g.first() }), 'jwt'), path: '/graphql' }),
  'saml-form-post': (g) => {
    const mail = g.email();
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${g.hex(32)}"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${mail}</saml:NameID></saml:Subject><ds:SignatureValue>${g.r.b64(128)}</ds:SignatureValue></saml:Assertion></samlp:Response>`;
    return `POST /saml/acs HTTP/1.1 -> 500 "signature validation failed"\nbody: SAMLResponse=${g.c(pct(b64(xml)), 'saml-response')}&RelayState=%2Fdashboard`;
  },
  'saml-html-input': (g) => {
    const xml = `<saml2p:Response><saml2:Assertion><saml2:Subject><saml2:NameID>${g.email()}</saml2:NameID></saml2:Subject><saml2:AttributeStatement><saml2:Attribute Name="displayName"><saml2:AttributeValue>${g.name()}</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion></saml2p:Response>`;
    return `synthetic check captured page:\n<form method="post" action="https://app.tenant-io.net/saml/acs">\n  <input type="hidden" name="SAMLResponse" value="${g.c(b64(xml), 'saml-response')}"/>\n  <input type="hidden" name="RelayState" value="ss:mem:${g.hex(40)}"/>\n</form>`;
  },
  'pubsub-push-data': (g) => {
    const data = b64(J({ customerEmail: g.email(), cardNumber: g.card(), amount: g.r.int(100, 9999) }));
    return `{"message":{"attributes":{"eventType":"payment.failed"},"data":"${g.f(data, 'b64-json-card')}","messageId":"${g.r.digits(16)}","publishTime":"2026-12-07T04:10:00.123Z"},"subscription":"projects/pay-prod/subscriptions/dd-relay"}`;
  },
  'pubsub-push-profile': (g) => {
    const data = b64(J({ user: { name: g.name(), phone: g.phone() }, action: 'address_change' }));
    return `cloud run: 400 on push delivery, body={"message":{"data":"${g.p(data, 'b64-json-personal')}","message_id":"${g.r.digits(16)}"},"subscription":"projects/crm/subscriptions/events-push"} attempt=5`;
  },
  'kinesis-record': (g) => {
    const data = b64(J({ ssn: g.ssn(), dob: g.dob(), applicant: g.last() }));
    return `{"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"app-${g.r.int(1, 99)}","sequenceNumber":"${g.r.digits(56)}","data":"${g.p(data, 'b64-json-personal')}","approximateArrivalTimestamp":1796000000.123},"eventSource":"aws:kinesis","eventID":"shardId-000000000003:${g.r.digits(40)}"}]}`;
  },
  'apigw-isbase64-form': (g) => {
    const body = b64(`username=${pct(g.email())}&password=${pct(g.hostilePassword())}&grant_type=password`);
    return `{"resource":"/token","httpMethod":"POST","headers":{"content-type":"application/x-www-form-urlencoded"},"body":"${g.c(body, 'b64-form-credentials')}","isBase64Encoded":true,"requestContext":{"requestId":"${g.r.uuid()}"}}`;
  },
  'lambda-url-isbase64-json': (g) => {
    const body = b64(J({ iban: g.iban(), holder: g.name() }));
    return `ERROR Invoke Error {"errorType":"ValidationError","event":{"rawPath":"/mandates","body":"${g.f(body, 'b64-json-iban')}","isBase64Encoded":true}}`;
  },
  'celery-kombu-body': (g) => {
    const body = b64(J([[g.email(), g.r.int(1, 999)], { reset_token: g.sessionId() }, { callbacks: null }]));
    return `[2026-12-07 04:11:09,113: ERROR/MainProcess] Received unregistered task of type 'accounts.tasks.send_reset'.\nThe full contents of the message body was:\nb'{"body": "${g.c(body, 'b64-json-token')}", "content-encoding": "utf-8", "content-type": "application/json", "headers": {"lang": "py", "task": "accounts.tasks.send_reset"}}'`;
  },
  'data-uri-config': (g) => `webhook template error: cannot load config from data:application/json;base64,${g.c(b64(J({ endpoint: 'https://api.sendgrid.com/v3/mail/send', apiKey: g.sendgrid() })), 'b64-json-token')} (unexpected token)`,
  'pem-rsa-key-log': (g) => `Traceback (most recent call last):\n  File "/app/sign.py", line 22, in <module>\n    key = serialization.load_pem_private_key(KEY, password=None)\nValueError: Could not deserialize key data. KEY was:\n${g.c(pem(g.keyBody(), 'RSA PRIVATE KEY'), 'private-key-pem')}`,
  'mime-attachment-76': (g) => {
    const csv = `name,email,card\n${g.name()},${g.email()},${g.card()}\n`;
    return `From: reports@northwind-shop.com\nSubject: failed export\nContent-Type: text/csv; name="export.csv"\nContent-Transfer-Encoding: base64\n\n${g.f(b64Folded(csv, 76), 'b64-csv-card')}\n--b1_${g.hex(16)}--`;
  },
  'azure-storage-conn': (g) => `Azure.RequestFailedException: Server failed to authenticate the request.\n  ConnectionString=DefaultEndpointsProtocol=https;AccountName=prodexports${g.r.digits(3)};AccountKey=${g.c(g.azureKey(), 'azure-storage-key')};EndpointSuffix=core.windows.net`,
  'smtp-auth-plain': (g) => {
    const mail = g.email();
    return `smtp transcript (debug=1):\nC: EHLO relay-2\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ${g.c(b64(`\u0000${mail}\u0000${g.password()}`), 'smtp-auth-plain-b64')}\nS: 535 5.7.8 Username and Password not accepted`;
  },
  'smtp-auth-login': (g) => `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ${g.p(b64(g.email()), 'b64-email')}\nS: 334 UGFzc3dvcmQ6\nC: ${g.c(b64(g.password()), 'b64-password')}\nS: 535 Authentication failed`,
  'k8s-tls-key-b64': (g) => {
    const key = pem(g.keyBody(g.r.int(120, 160)), 'EC PRIVATE KEY') + '\n';
    return `helm upgrade --install edge ./chart failed; rendered secret:\n  tls.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB' + g.r.b64(60) + '\n-----END CERTIFICATE-----\n')}\n  tls.key: ${g.c(b64(key), 'k8s-secret-b64')}`;
  },
  'docker-config-auth': (g) => `$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"${g.r.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com": {\n\t\t\t"auth": "${g.c(b64(`AWS:eyJwYXlsb2FkIjoi${g.r.b64(90)}`), 'basic-auth-b64')}"\n\t\t}\n\t}\n}\nError response from daemon: pull access denied`,
  'grpc-metadata-bin': (g) => `grpc: Unauthenticated: invalid credentials; metadata: [authorization-bin: ${g.c(b64(`Bearer ${g.anthropic()}`), 'b64-bearer')}] [x-request-id: ${g.r.uuid()}]`,
};
