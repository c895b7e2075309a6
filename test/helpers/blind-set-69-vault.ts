import { B64URL } from './blind-set-9-rng';
import { tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { host, reqId } from './blind-set-69-kit';
import { T, docusignToken, pemKey } from './blind-set-69-tokens';

/** A few provider secrets of a KYC/e-sign service, each planted, in a stable order. */
function keys(c: Ctx69, n: number): [string, string][] {
  const all: (() => [string, string])[] = [
    () => ['ONFIDO_API_TOKEN', c.c('onfido-api-token', T.onfidoToken(c.r))],
    () => ['ONFIDO_WEBHOOK_TOKEN', c.c('onfido-webhook-token', c.r.chars(B64URL, 32))],
    () => ['PERSONA_API_KEY', c.c('persona-api-key', T.personaKey(c.r))],
    () => ['PERSONA_WEBHOOK_SECRET', c.c('persona-webhook-secret', T.personaWebhook(c.r))],
    () => ['VERIFF_SHARED_SECRET', c.c('veriff-shared-secret', c.r.uuid())],
    () => ['SUMSUB_APP_TOKEN', c.c('sumsub-app-token', T.sumsubAppToken(c.r))],
    () => ['SUMSUB_SECRET_KEY', c.c('sumsub-secret-key', T.sumsubSecret(c.r))],
    () => ['SOCURE_API_KEY', c.c('socure-api-key', c.r.uuid())],
    () => ['JUMIO_CLIENT_SECRET', c.c('jumio-client-secret', T.alnum(c.r, 32))],
    () => ['MIDDESK_API_KEY', c.c('middesk-api-key', T.middeskKey(c.r))],
    () => ['COMPLYADVANTAGE_API_KEY', c.c('complyadvantage-api-key', T.alnum(c.r, 32))],
    () => ['TRULIOO_API_KEY', c.c('trulioo-api-key', T.hex(c.r, 32))],
    () => ['STRIPE_SECRET_KEY', c.c('stripe-secret-key', T.stripeSecret(c.r))],
    () => ['STRIPE_WEBHOOK_SECRET', c.c('stripe-webhook-secret', T.stripeWebhook(c.r))],
    () => ['DOCUSIGN_SECRET_KEY', c.c('docusign-secret-key', c.r.uuid())],
    () => ['DOCUSIGN_CONNECT_HMAC_KEY', c.c('docusign-connect-hmac-key', T.hmacKey(c.r))],
    () => ['ADOBE_SIGN_CLIENT_SECRET', c.c('adobe-sign-client-secret', c.r.chars(B64URL, 32))],
    () => ['DROPBOX_SIGN_API_KEY', c.c('dropbox-sign-api-key', T.hex(c.r, 64))],
    () => ['PANDADOC_API_KEY', c.c('pandadoc-api-key', T.hex(c.r, 40))],
    () => ['ALLOY_WORKFLOW_SECRET', c.c('alloy-workflow-secret', T.alnum(c.r, 32))],
  ];
  const start = c.r.int(0, all.length - 1);
  return Array.from({ length: n }, (_, i) => all[(start + i * 7) % all.length]!());
}
const camel = (k: string): string => k.toLowerCase().replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

/** Configuration and secret-store dumps that reach alerts with several provider secrets at once. */
export const VAULT: Tpl69[] = [
  tpl('ops', 'vault-kv-get', (c) => {
    const ks = keys(c, 4);
    return `$ vault kv get -mount=kv kyc/providers
====== Secret Path ======
kv/data/kyc/providers
======= Metadata =======
Key                Value
---                -----
created_time       ${c.ts()}
version            ${c.r.int(2, 40)}
====== Data ======
Key                        Value
---                        -----
${ks.map(([k, v]) => `${k.toLowerCase().padEnd(27)}${v}`).join('\n')}
health check still failing after rotation (${host(c)})`;
  }),
  tpl('ops', 'actuator-env', (c) => {
    const ks = keys(c, 3);
    return `GET /actuator/env returned unmasked values (management.endpoint.env.show-values=ALWAYS):
{"activeProfiles":["prod"],"propertySources":[{"name":"systemEnvironment","properties":{${ks.map(([k, v]) => `"${k}":{"value":"${v}","origin":"System Environment Property \\"${k}\\""}`).join(',')}}}]}`;
  }),
  tpl('ops', 'secretsmanager-json', (c) => {
    const ks = keys(c, 3);
    const inner = JSON.stringify(Object.fromEntries(ks.map(([k, v]) => [camel(k), v]))).replace(/"/g, '\\"');
    return `aws secretsmanager get-secret-value --secret-id prod/kyc/providers
{
    "ARN": "arn:aws:secretsmanager:eu-west-1:${c.r.digits(12)}:secret:prod/kyc/providers-${c.r.b62(6)}",
    "Name": "prod/kyc/providers",
    "VersionId": "${c.r.uuid()}",
    "SecretString": "${inner}",
    "CreatedDate": "${c.ts()}"
}
(pasted into #kyc-incident by on-call)`;
  }),
  tpl('ops', 'heroku-config', (c) => {
    const ks = keys(c, 4);
    return `=== kyc-gateway-prod Config Vars
${ks.map(([k, v]) => `${(k + ':').padEnd(27)}${v}`).join('\n')}
 ›   Error: release v${c.r.int(100, 900)} failed: Missing required config var ESIGN_BASE_URL`;
  }),
  tpl('ops', 'dotenv-committed', (c) => {
    const ks = keys(c, 3);
    return `gitleaks pre-receive hook disabled; CI diff check found a committed .env (commit ${c.r.hex(40)}):
+++ b/services/kyc/.env.production
${ks.map(([k, v]) => `+${k}=${c.pick([v, `"${v}"`, `'${v}'`])}`).join('\n')}
+LOG_LEVEL=debug`;
  }),
  tpl('ops', 'rails-credentials', (c) => {
    const ks = keys(c, 3);
    return `$ bin/rails credentials:show --environment production
kyc:
${ks.map(([k, v]) => `  ${k.toLowerCase()}: ${v}`).join('\n')}
ActiveSupport::EncryptedConfiguration::InvalidKeyLengthError after re-encrypting (${reqId(c)})`;
  }),
  tpl('ops', 'python-settings-repr', (c) => {
    const ks = keys(c, 3);
    return `pydantic_core._pydantic_core.ValidationError: 1 validation error for ProviderSettings
esign_callback_url
  Input should be a valid URL, relative URL without a base [type=url_parsing, input_value='/hooks/esign', input_type=str]
settings so far: ProviderSettings(${ks.map(([k, v]) => `${k.toLowerCase()}=SecretStr('${v}')`).join(', ')})`;
  }),
  tpl('ops', 'cloudrun-yaml', (c) => {
    const ks = keys(c, 2);
    return `ERROR: (gcloud.run.services.replace) Revision 'kyc-api-00${c.r.int(10, 99)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz', 3)}' is not ready and cannot serve traffic.
spec:
  template:
    spec:
      containers:
      - image: europe-docker.pkg.dev/ledgerly/kyc/api@sha256:${c.r.hex(64)}
        env:
${ks.map(([k, v]) => `        - name: ${k}\n          value: ${v}`).join('\n')}`;
  }),
  tpl('ops', 'postman-env', (c) => {
    const at = c.c('docusign-access-token', docusignToken(c.r));
    const ks = keys(c, 2);
    return `newman run kyc-smoke.postman_collection.json failed: 3 assertions
environment export: {"name":"prod","values":[{"key":"docusignAccessToken","value":"${at}","enabled":true},${ks.map(([k, v]) => `{"key":"${camel(k)}","value":"${v}","enabled":true}`).join(',')}]}`;
  }),
  tpl('ops', 'k8s-describe-pem', (c) => {
    const pk = c.c('rsa-private-key', pemKey(c.r, c.pick(['rsa', 'pkcs8', 'ec'])));
    return `$ kubectl exec deploy/esign-gateway -- cat /var/run/secrets/docusign/key.pem
${pk}
$ kubectl logs deploy/esign-gateway | tail -1
Error: error:1E08010C:DECODER routines::unsupported (key mounted with CRLF line endings?)`;
  }),
];
