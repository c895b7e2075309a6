import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'auth', name, make });

/** Internal auth between services: client credentials, JWTs, mTLS, Keycloak, SPIFFE. */
export const AUTH36: Template36[] = [
  t('client-credentials-curl', (d) => {
    const cs = d.c('client-secret', d.alnum(32));
    const at = d.c('jwt', d.jwtRS({ iss: 'https://auth.platform.internal', sub: 'orders-svc', scope: 'payouts:write', exp: d.epoch() }, d.r.hex(12)));
    return `+ curl -sf -X POST https://auth.platform.internal/oauth2/token -d 'grant_type=client_credentials&client_id=orders-svc&client_secret=${cs}&scope=payouts%3Awrite'
{"access_token":"${at}","token_type":"Bearer","expires_in":300}
+ curl -sf -H 'Authorization: Bearer ${at}' https://payouts.internal/v1/health
curl: (22) The requested URL returned error: 403`;
  }),
  t('keycloak-kcadm', (d) => {
    const pw = d.c('password', d.password(d.r.int(14, 24)));
    const sec = d.c('client-secret', d.alnum(32));
    return `$ kcadm.sh config credentials --server https://sso.platform.internal --realm master --user admin --password '${pw}'
Logging into https://sso.platform.internal as user admin of realm master
$ kcadm.sh get clients -r prod -q clientId=billing-backend --fields clientId,secret
[ {
  "clientId" : "billing-backend",
  "secret" : "${sec}"
} ]
WARN [org.keycloak.events] (executor-thread-${d.r.int(1, 40)}) type=CLIENT_LOGIN_ERROR, realmId=prod, clientId=billing-backend, error=invalid_client_credentials`;
  }),
  t('cert-manager-tls-secret', (d) => {
    const pem = `-----BEGIN EC PRIVATE KEY-----\n${d.r.b64(121).match(/.{1,64}/g)!.join('\n')}\n-----END EC PRIVATE KEY-----\n`;
    const blob = d.c('k8s-secret-tls-key', Buffer.from(pem).toString('base64'));
    return `Error from server (Invalid): error when applying patch: Secret "ledger-mtls" is invalid
$ kubectl get secret ledger-mtls -n ledger -o yaml
apiVersion: v1
kind: Secret
type: kubernetes.io/tls
data:
  tls.key: ${blob}
metadata:
  annotations:
    cert-manager.io/issuer-name: mesh-intermediate`;
  }),
  t('internal-jwt-expired', (d) => {
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const tok = d.c('jwt', d.jwtHS({ sub: d.r.uuid(), email, roles: ['support'], exp: d.epoch() }));
    return `{"level":"error","time":"${d.ts()}","service":"support-api","msg":"token verification failed","err":"TokenExpiredError: jwt expired","token":"${tok}","claims":{"email":"${email}","roles":["support"]}}`;
  }),
  t('spire-jwt-svid', (d) => {
    const tok = d.c('jwt-svid', d.jwtRS({ sub: 'spiffe://prod.acme.internal/ns/payments/sa/ledger', aud: ['vault'], exp: d.epoch() }, d.alnum(32)));
    return `time="${d.ts()}" level=error msg="Failed to authenticate with Vault" subsystem_name=workload_api spiffe_id="spiffe://prod.acme.internal/ns/payments/sa/ledger" error="permission denied" svid=${tok}`;
  }),
  t('webhook-signing-secret-env', (d) => {
    const ws = d.c('webhook-signing-secret', `whsec_${d.r.b64(24)}`);
    const hm = d.c('hmac-secret', d.r.hex(64));
    return `panic: signature verification failed for internal event ledger.entry.posted
goroutine 1 [running]:
main.mustVerify(...)
env:
  INTERNAL_EVENTS_HMAC_KEY="${hm}"
  STRIPE_WEBHOOK_SECRET=${ws}
  LOG_LEVEL=debug`;
  }),
  t('refresh-token-invalid-grant', (d) => {
    const rt = d.c('refresh-token', d.r.b64url(48));
    const cs = d.c('client-secret', d.r.b64url(32));
    return `POST /oauth/token HTTP/1.1 -> 400 {"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}
request body (debug): grant_type=refresh_token&refresh_token=${rt}&client_id=${d.alnum(32)}&client_secret=${cs}`;
  }),
  t('mtls-key-in-log', (d) => {
    const body = d.c('private-key-pem', d.pemBody(1192));
    return `ERROR tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched
input (cert file /etc/mesh/cert.pem):
-----BEGIN RSA PRIVATE KEY-----
${body}
-----END RSA PRIVATE KEY-----`;
  }),
  t('okta-ssws-token', (d) => {
    const tok = d.c('okta-api-token', `00${d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40)}`);
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `scim-bridge ERROR ${d.ts()} deprovision ${email} failed: 401 {"errorCode":"E0000011","errorSummary":"Invalid token provided","errorId":"oae${d.alnum(19)}"}
  > GET /api/v1/users?filter=profile.email+eq+%22${encodeURIComponent(email)}%22
  > Authorization: SSWS ${tok}`;
  }),
  t('keycloak-realm-export', (d) => {
    const a = d.c('client-secret', d.alnum(32));
    const b = d.c('client-secret', d.alnum(32));
    const smtp = d.c('smtp-password', d.password(18));
    return `{"realm":"prod","clients":[{"clientId":"api-gateway","secret":"${a}","serviceAccountsEnabled":true},{"clientId":"kafka-ui","secret":"${b}","redirectUris":["https://kafka-ui.platform.internal/*"]}],"smtpServer":{"host":"smtp.sendgrid.net","port":"587","auth":"true","user":"apikey","password":"${smtp}"}}
keycloak-config-cli: ERROR Import failed: Client 'kafka-ui' not found in realm 'prod'`;
  }),
];
