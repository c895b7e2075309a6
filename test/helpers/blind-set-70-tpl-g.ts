import { aba70, acct70 } from './blind-set-70-people';
import { jsonEsc70, jwt70, pgp70, S70, type Tpl70 } from './blind-set-70-secrets';

const host = (r: { pick: <T>(x: readonly T[]) => T }) => r.pick(['sftp.adp.com', 'sftp.paychex.com', 'files.paylocity.com', 'edi.benefitfocus.com', 'sftp.empower-retirement.com']);

/** Credential-dense dumps of payroll integration workers: settings files, process lists, token caches. */
export const TPL70_G: Tpl70[] = [
  { src: 'sftp', name: 'filezilla-sitemanager', make: (c) => {
    const r = c.r; const pw = S70.password(r); const pw2 = S70.password(r);
    return `FileZilla: Could not connect to server (Authentication failed); site definitions from sitemanager.xml:
<Server><Host>${host(r)}</Host><Port>22</Port><Protocol>1</Protocol><User>acme_payroll</User><Pass encoding="base64">${c.c(Buffer.from(pw).toString('base64'), 'sftp-password-b64')}</Pass></Server>
<Server><Host>${host(r)}</Host><Port>22</Port><Protocol>1</Protocol><User>acme_census</User><Pass encoding="base64">${c.c(Buffer.from(pw2).toString('base64'), 'sftp-password-b64')}</Pass></Server>`;
  } },
  { src: 'config', name: 'spring-properties', make: (c) => {
    const r = c.r;
    return `APPLICATION FAILED TO START — Description: Failed to bind properties under 'payroll.integrations'
# application-prod.properties (as loaded)
payroll.integrations.gusto.client-secret=${c.c(S70.b64url(r, 32), 'gusto-client-secret')}
payroll.integrations.adp.client-secret=${c.c(r.uuid(), 'adp-client-secret')}
payroll.integrations.taxjar.api-token=${c.c(S70.hex(r, 32), 'taxjar-api-token')}
spring.datasource.password=${c.c(S70.password(r), 'db-password')}`;
  } },
  { src: 'config', name: 'appsettings-json', make: (c) => {
    const r = c.r;
    return `Unhandled exception. System.InvalidOperationException: Section 'Paylocity:CompanyId' not found. appsettings.Production.json:
{"ConnectionStrings":{"Payroll":"Server=tcp:${r.pick(['acme-payroll', 'nw-hr'])}.database.windows.net,1433;Database=payroll;User ID=payroll_app;Password=${c.c(S70.password(r), 'db-password')};Encrypt=True;"},"Paylocity":{"ClientId":"${S70.opaque(r, 32)}","ClientSecret":"${c.c(S70.b64url(r, 66), 'paylocity-client-secret')}"},"Avalara":{"AccountId":${r.int(1100000000, 2099999999)},"LicenseKey":"${c.c(S70.avalaraLicense(r), 'avalara-license-key')}"}}`;
  } },
  { src: 'config', name: 'docker-inspect-env', make: (c) => {
    const r = c.r;
    return `container payroll-worker exited (137) OOMKilled; docker inspect .Config.Env:
[
  "PAYCHEX_CLIENT_ID=${S70.opaque(r, 32)}",
  "PAYCHEX_CLIENT_SECRET=${c.c(S70.opaque(r, 32), 'paychex-client-secret')}",
  "CHECK_API_KEY=${c.c(S70.hex(r, 40), 'check-api-key')}",
  "ZENEFITS_TOKEN=${c.c(S70.opaque(r, 24), 'zenefits-api-token')}",
  "TZ=America/Chicago"
]`;
  } },
  { src: 'config', name: 'ps-aux', make: (c) => {
    const r = c.r;
    return `watchdog: killing stuck exporter (no progress for 900s):
payroll  ${r.int(1000, 60000)}  98.1  4.2 /usr/bin/python3 -m exporters.deel --token ${c.c(S70.opaque(r, 64), 'deel-api-token')} --sftp-pass '${c.c(S70.password(r), 'sftp-password')}' --since 2026-0${r.int(1, 9)}-01
payroll  ${r.int(1000, 60000)}   0.3  1.1 /usr/bin/java -Dadp.keystore.password=${c.c(S70.password(r), 'keystore-password')} -jar adp-connector.jar`;
  } },
  { src: 'config', name: 'django-settings', make: (c) => {
    const r = c.r;
    return `DisallowedHost at /integrations/rippling/callback — settings (partial, DEBUG=True):
RIPPLING_CLIENT_SECRET = '${c.c(S70.opaque(r, 48), 'rippling-client-secret')}'
RIPPLING_APP_TOKEN = '${c.c(S70.opaque(r, 64), 'rippling-api-token')}'
JUSTWORKS_API_KEY = '${c.c(S70.opaque(r, 40), 'justworks-api-key')}'
SECRET_KEY = '${c.c(r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50), 'django-secret-key')}'`;
  } },
  { src: 'config', name: 'jenkins-console', make: (c) => {
    const r = c.r;
    return `[Pipeline] sh
+ ./gradlew publishW2Service -PsonatypePassword=**** -PavataxLicense=${c.c(S70.avalaraLicense(r), 'avalara-license-key')} -PvertexSecret=${c.c(S70.b64url(r, 32), 'vertex-client-secret')}
FAILURE: Build failed with an exception.
* What went wrong: Execution failed for task ':w2-service:integrationTest'. (Vertex token endpoint returned 401)`;
  } },
  { src: 'config', name: 'token-cache', make: (c) => {
    const r = c.r;
    return `TokenCacheCorrupt: could not decode ~/.payhub/tokens.json (unexpected trailing data at byte ${r.int(300, 900)}); contents:
{"gusto":{"access_token":"${c.c(S70.b64url(r, 32), 'gusto-access-token')}","refresh_token":"${c.c(S70.b64url(r, 32), 'gusto-refresh-token')}","expires_at":${r.int(1780000000, 1790000000)}},"justworks":{"access_token":"${c.c(S70.b64url(r, 32), 'justworks-access-token')}","refresh_token":"${c.c(S70.b64url(r, 32), 'justworks-refresh-token')}"}}}`;
  } },
  { src: 'config', name: 'ansible-vvv', make: (c) => {
    const r = c.r;
    return `TASK [payroll_sftp : push credentials] fatal: [hr-batch-0${r.int(1, 9)}]: FAILED! => {"changed": false, "msg": "Destination /etc/payroll not writable", "invocation": {"module_args": {"content": "paychex_sftp_password: ${c.c(S70.password(r), 'sftp-password')}\\nadp_pfx_password: ${c.c(S70.password(r), 'pfx-password')}\\n", "dest": "/etc/payroll/creds.yml", "mode": "0600"}}}`;
  } },
  { src: 'funding', name: 'treasury-funding', make: (c) => {
    const r = c.r;
    return `PayrollFundingError: debit of company funding account failed (Dwolla: InsufficientFunds) for run PR-2026-${r.digits(4)}
  funding source: routing ${c.f(aba70(r), 'aba-routing')} account ${c.f(acct70(r), 'bank-account')} (operating, ${r.pick(['Chase', 'Wells Fargo', 'SVB', 'First Republic'])})
  dwolla key=${S70.opaque(r, 50)} secret=${c.c(S70.dwollaSecret(r), 'dwolla-secret')}
  oauth access_token=${c.c(S70.opaque(r, 50), 'dwolla-access-token')}`;
  } },
  { src: 'config', name: 'netrc', make: (c) => {
    const r = c.r;
    return `curl: (67) Access denied: 530 while uploading census to ${host(r)}; ~/.netrc in effect:
machine ${host(r)} login acme_${r.digits(4)} password ${c.c(S70.password(r), 'sftp-password')}
machine api.taxjar.com login token password ${c.c(S70.hex(r, 32), 'taxjar-api-token')}`;
  } },
  { src: 'sftp', name: 'pgp-json', make: (c) => {
    const r = c.r;
    return `{"severity":"ERROR","message":"openpgp: decrypt failed: incorrect key passphrase","job":"benefits-834-outbound","secret":{"armored_private_key":"${c.c(jsonEsc70(pgp70(r, false)), 'pgp-private-key')}","passphrase":"${c.c(S70.password(r, 24), 'pgp-passphrase')}"}}`;
  } },
  { src: 'config', name: 'grpc-metadata', make: (c) => {
    const r = c.r;
    return `rpc error: code = Unauthenticated desc = invalid token; metadata: map[authorization:[Bearer ${c.c(jwt70(r, { iss: 'https://auth.payhub.internal', sub: 'svc-tax-filing', scope: 'filings:write w2:read' }), 'jwt')}] x-api-key:[${c.c(S70.opaque(r, 40), 'internal-api-key')}] x-tenant:[acme]]`;
  } },
  { src: 'gusto', name: 'token-exchange-log', make: (c) => {
    const r = c.r;
    return `I, [2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:1${r.int(0, 9)}:0${r.int(0, 9)}.${r.digits(6)} #${r.int(1000, 9999)}]  INFO -- : [GustoOAuth] code exchange ok {"access_token"=>"${c.c(S70.b64url(r, 32), 'gusto-access-token')}", "refresh_token"=>"${c.c(S70.b64url(r, 32), 'gusto-refresh-token')}", "expires_in"=>7200, "token_type"=>"Bearer"}
E, [2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:1${r.int(0, 9)}:0${r.int(0, 9)}.${r.digits(6)} #${r.int(1000, 9999)}] ERROR -- : ActiveRecord::RecordInvalid: Validation failed: Company has already been connected (client_secret=${c.c(S70.b64url(r, 32), 'gusto-client-secret')})`;
  } },
  { src: 'config', name: 'heroku-config', make: (c) => {
    const r = c.r;
    return `release phase failed (exit 1); heroku config -a payroll-sync-prod:
=== payroll-sync-prod Config Vars
CHECK_API_KEY:     ${c.c(S70.hex(r, 40), 'check-api-key')}
PLAID_SECRET:      ${c.c(S70.plaidSecret(r), 'plaid-secret')}
REDIS_URL:         rediss://:${c.c(S70.opaque(r, 65), 'redis-password')}@ec2-${r.int(3, 54)}-${r.int(1, 254)}-${r.int(1, 254)}-${r.int(1, 254)}.compute-1.amazonaws.com:${r.int(10000, 30000)}
SENDGRID_API_KEY:  ${c.c(S70.sendgrid(r), 'sendgrid-api-key')}`;
  } },
  { src: 'config', name: 'k8s-secret-b64', make: (c) => {
    const r = c.r; const b = (v: string) => Buffer.from(v).toString('base64');
    return `kubectl apply failed: Secret "payroll-integrations" is invalid: data[ADP_PFX]: Invalid value: too long; current object:
apiVersion: v1
kind: Secret
data:
  ADP_CLIENT_SECRET: ${c.c(b(r.uuid()), 'k8s-secret-b64')}
  PAYCHEX_CLIENT_SECRET: ${c.c(b(S70.opaque(r, 32)), 'k8s-secret-b64')}
  SFTP_PASSWORD: ${c.c(b(S70.password(r)), 'k8s-secret-b64')}
type: Opaque`;
  } },
  { src: 'config', name: 'systemd-env', make: (c) => {
    const r = c.r;
    return `payroll-sync.service: Main process exited, code=exited, status=78/CONFIG
$ systemctl show payroll-sync -p Environment
Environment=RIPPLING_API_KEY=${c.c(S70.opaque(r, 64), 'rippling-api-token')} ZENEFITS_TOKEN=${c.c(S70.opaque(r, 24), 'zenefits-api-token')} PGP_PASSPHRASE=${c.c(S70.urlPassword(r), 'pgp-passphrase')} LOG_LEVEL=debug`;
  } },
  { src: 'config', name: 'whoops-env', make: (c) => {
    const r = c.r;
    return `Whoops! There was an error. Illuminate\\Database\\QueryException SQLSTATE[HY000] [1045] Access denied for user 'payroll'@'10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}'
Environment Variables
DB_PASSWORD	"${c.c(S70.password(r), 'db-password')}"
PAYLOCITY_CLIENT_SECRET	"${c.c(S70.b64url(r, 66), 'paylocity-client-secret')}"
MAIL_PASSWORD	"${c.c(S70.password(r), 'smtp-password')}"
APP_KEY	"base64:${c.c(r.b64(32), 'laravel-app-key')}"`;
  } },
  { src: 'remote', name: 'webhook-node', make: (c) => {
    const r = c.r;
    return `Error: Remote webhook signature verification failed
    at verifyRemoteSignature (/app/dist/webhooks/remote.js:41:15)
    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)
  { signingSecret: '${c.c(S70.b64url(r, 32), 'remote-webhook-secret')}', apiToken: '${c.c(S70.opaque(r, 48), 'remote-api-token')}', eventType: 'employment.onboarding.completed' }`;
  } },
];
