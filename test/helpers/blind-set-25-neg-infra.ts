import type { NegTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';

/** Negatives from deployment, CI and data output: base64 of non-secrets, secret references, digests, certificates, masked and documentation values. */

export const NEG_INFRA_TEMPLATES: NegTemplate25[] = [
  {
    source: 'neg-infra',
    name: 'k8s-secret-nonsecret-data',
    make: (r) => `Error from server (Invalid): error when applying patch:
{"apiVersion":"v1","data":{"LOG_LEVEL":"${V.b64(r.pick(['info', 'debug', 'warn']))}","DB_HOST":"${V.b64('orders-db.payments.svc')}","DB_PASSWORD":"${V.b64('${DB_PASSWORD}')}","REGION":"${V.b64('eu-west-' + r.int(1, 3))}","BUILD_SHA":"${V.b64(V.hex(r, 40))}"},"kind":"Secret","metadata":{"name":"billing-api","uid":"${r.uuid()}"}}`,
  },
  {
    source: 'neg-infra',
    name: 'k8s-env-secret-refs',
    make: (r) => `2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F     Environment:
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       DATABASE_URL:  postgres://orders:$(DB_PASSWORD)@orders-db.payments.svc:5432/orders
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       STRIPE_KEY:    <set to the key 'stripe-key' in secret 'billing-${r.hex(6)}'>  Optional: false
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       Image:         ghcr.io/acme/orders@sha256:${V.hex(r, 64)}`,
  },
  {
    source: 'neg-infra',
    name: 'terraform-sensitive-arns',
    make: (r) => `  # aws_secretsmanager_secret_version.stripe will be updated in-place
  ~ resource "aws_secretsmanager_secret_version" "stripe" {
        arn           = "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/stripe-${r.b62(6)}"
      ~ secret_string = (sensitive value)
        version_id    = "${r.uuid()}"
    }
  role_arn = "arn:aws:iam::${r.digits(12)}:role/herald-deployer"
│ Error: reading Datadog API key: 403 Forbidden (api_key = "\${var.datadog_api_key}")`,
  },
  {
    source: 'neg-infra',
    name: 'helm-existing-secrets',
    make: (r) => `Error: INSTALLATION FAILED: values don't meet the specifications of the schema(s)
USER-SUPPLIED VALUES:
global:
  cluster: prod-eu-${r.int(1, 4)}
  licenseKey: ""
  customSecretName: newrelic-license
  customSecretLicenseKey: license
mongodb:
  auth:
    existingSecret: mongodb-root
    rootPassword: changeme
sentry:
  dsnFrom: op://platform/sentry/dsn`,
  },
  {
    source: 'neg-infra',
    name: 'gha-masked',
    make: (r) => {
      const t = () => `2026-12-05T11:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(7)}Z`;
      return `${t()} ##[group]Run npm publish --access public
${t()} env:
${t()}   NODE_AUTH_TOKEN: ***
${t()}   GH_TOKEN: ***
${t()} ##[endgroup]
${t()} + echo '{"auths":{"https://index.docker.io/v1/":{"auth":"${V.b64('acmebot:${DOCKERHUB_TOKEN}')}"}}}' > ~/.docker/config.json
${t()} \x1b[32m✓\x1b[0m published @acme/herald-sdk@3.4.${r.int(2, 40)} (integrity sha512-${r.b64(64)})`;
    },
  },
  {
    source: 'neg-infra',
    name: 'dotenv-example',
    make: (r) => `# .env.example (committed; copy to .env)  rev ${V.hex(r, 7)}
OPENAI_API_KEY=sk-...your-key-here...
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SLACK_WEBHOOK_ALERTS=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
SNOWFLAKE_PASSWORD=
DATABRICKS_TOKEN=<personal-access-token>
GITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN }}`,
  },
  {
    source: 'neg-infra',
    name: 'aws-config-profiles',
    make: (r) => `botocore.exceptions.NoCredentialsError: Unable to locate credentials
[profile prod]
role_arn = arn:aws:iam::${r.digits(12)}:role/OrganizationAccountAccessRole
source_profile = sso
credential_process = aws-vault export --format=json prod
sso_start_url = https://acme.awsapps.com/start
region = eu-west-1`,
  },
  {
    source: 'neg-infra',
    name: 'spring-placeholders',
    make: (r) => `Description: Failed to bind properties under 'spring.datasource'
spring.datasource.url=jdbc:postgresql://10.0.${r.int(0, 9)}.${r.int(2, 250)}:5432/crm
spring.datasource.password=\${DB_PASSWORD}
spring.mail.password=vault:secret/data/mail#password
azure.keyvault.uri=https://acme-kv-${r.hex(4)}.vault.azure.net/
azure.activedirectory.client-id=${r.uuid()}
azure.activedirectory.tenant-id=${r.uuid()}`,
  },
  {
    source: 'neg-infra',
    name: 'public-cert-ssh-key',
    make: (r) => `x509: certificate signed by unknown authority; presented chain:
-----BEGIN CERTIFICATE-----
MIID${r.b64(48)}
${r.b64(48)}
-----END CERTIFICATE-----
SHA256 Fingerprint=${Array.from({ length: 32 }, () => V.hex(r, 2).toUpperCase()).join(':')}
deploy key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci`,
  },
  {
    source: 'neg-infra',
    name: 'npmrc-env-refs',
    make: (r) => `$ cat .npmrc
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
@acme:registry=https://gitlab.com/api/v4/packages/npm/
$ git clone https://github.com/acme/deploy-config.git && git -C deploy-config rev-parse HEAD
${V.hex(r, 40)}`,
  },
  {
    source: 'neg-data',
    name: 'postgres-order-keys',
    make: (r) => `ERROR:  duplicate key value violates unique constraint "payments_idempotency_key_key"
DETAIL:  Key (idempotency_key)=(${r.uuid()}) already exists.
STATEMENT:  INSERT INTO payments (order_id, amount_cents, currency, card_fingerprint) VALUES ($1, $2, $3, $4)
DETAIL:  parameters: $1 = 'ord_${r.b62(14)}', $2 = '${r.int(100, 99999)}', $3 = 'EUR', $4 = '${r.b62(16)}'`,
  },
  {
    source: 'neg-data',
    name: 'sequelize-doc-examples',
    make: (r) => `SequelizeValidationError: Validation error: iban must be a real account
  parameters: [ 'Sample Payee', 'GB82 WEST 1234 5698 7654 32', '4242424242424242', 'ssn: 078-05-1120', '${r.int(1, 28)}' ]`,
  },
  {
    source: 'neg-data',
    name: 'traceback-masked-locals',
    make: (r) => `Traceback (most recent call last):
  File "/opt/etl/load.py", line ${r.int(20, 90)}, in connect
    Local variables:
      account = 'acme-xy${r.digits(5)}'
      password = '********'
      api_key = None
      token = os.environ['SNOWFLAKE_TOKEN']
snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB.`,
  },
  {
    source: 'neg-data',
    name: 'csv-orders',
    make: (r) =>
      `order_id,sku,placed_on,country,amount,email_sha256\r\n${Array.from({ length: 3 }, () => `ord_${r.b62(14)},SKU-${r.digits(5)},2026-11-${String(r.int(10, 30))},${r.pick(['GB', 'DE', 'US'])},${r.int(5, 900)}.${r.digits(2)},${V.hex(r, 64)}`).join('\r\n')}`,
  },
  {
    source: 'neg-data',
    name: 'qp-marketing-mail',
    make: (r) =>
      `Content-Transfer-Encoding: quoted-printable\r\n\r\n<a href=3D"https://app.example.com/orders/ord_${r.b62(14)}?utm_source=3Demail&utm_campaign=3D=\r\nwinter-${r.int(10, 99)}">View order</a> Questions? Write to support@example.com or call +1 202 555 01${r.int(10, 99)}.=\r\n`,
  },
  {
    source: 'neg-data',
    name: 'soap-password-digest',
    make: (r) =>
      `Outbound Message\nPayload: <soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>acme-payouts</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${r.b64(20)}</wsse:Password><wsse:Nonce>${r.b64(16)}</wsse:Nonce><wsu:Created>2026-12-05T11:${r.int(10, 59)}:00Z</wsu:Created></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><GetPayoutStatus><PayoutId>PO-${r.digits(9)}</PayoutId></GetPayoutStatus></soap:Body>`,
  },
  {
    source: 'neg-data',
    name: 'json-in-json-escaped-ids',
    make: (r) => {
      const inner = JSON.stringify({
        level: 'error',
        msg: `order <ord_${r.b62(10)}> failed`,
        contact: 'support@example.com',
        trace_id: V.hex(r, 32),
        card: { last4: r.digits(4), brand: 'mastercard' },
      });
      // Go's encoder escapes < > & and this service's escapes @ too: \u003c, \u003e, \u0040 inside the inner JSON.
      return JSON.stringify({ ddsource: 'go', service: 'checkout', message: inner.replace(/[<>@]/g, (c) => '\\u00' + c.charCodeAt(0).toString(16)) });
    },
  },
  {
    source: 'neg-data',
    name: 'grpc-trace-metadata',
    make: (r) =>
      `{"level":"error","msg":"rpc error","method":"/acme.payments.v1.Payouts/Create","code":"DeadlineExceeded","metadata":"map[:authority:[payouts.internal:443] authorization:[REDACTED] grpc-timeout:[${r.int(1, 9)}S] traceparent:[00-${V.hex(r, 32)}-${V.hex(r, 16)}-01] x-request-id:[${r.uuid()}]]"}`,
  },
  {
    source: 'neg-data',
    name: 'go-struct-masked',
    make: (r) => `panic: runtime error: index out of range [3] with length 3
	request: &{ID:${r.int(1000, 99999)} Payment:{Card:{Brand:visa Last4:${r.digits(4)} Fingerprint:${r.b62(16)}} Amount:${r.int(100, 9999)}} Auth:{KeyID:key_${r.b62(12)} Secret:<nil>} Trace:{TraceID:${V.hex(r, 32)} SpanID:${V.hex(r, 16)}}}`,
  },
  {
    source: 'neg-data',
    name: 'python-repr-pagination',
    make: (
      r,
    ) => `ERROR payouts.worker: retry exhausted for ListPayouts(limit=100, next_page_token='${V.b64(JSON.stringify({ offset: r.int(100, 900) }))}', idempotency_key='${r.uuid()}', created_after=datetime.date(2026, 11, ${r.int(10, 30)}))
#<ApiCall id: ${r.int(100, 99999)}, endpoint: "/v1/payouts", password_digest: "$2a$12$${r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}", etag: "W/\\"${V.hex(r, 16)}\\"">`,
  },
  {
    source: 'neg-data',
    name: 'java-trace-ids',
    make: (
      r,
    ) => `2026-12-05 11:${r.int(10, 59)}:55.${r.digits(3)} ERROR 1 --- [nio-8080-exec-${r.int(1, 9)}] c.a.k.KycController : verification failed for applicant [${r.uuid()}] document [REDACTED] traceId=${V.hex(r, 32)} spanId=${V.hex(r, 16)}
com.acme.kyc.VendorException: 503 from https://api.example-kyc.io/v2/verify?apiKey=\${KYC_API_KEY}
	at com.acme.kyc.VendorClient.verify(VendorClient.java:${r.int(50, 200)})`,
  },
  {
    source: 'neg-data',
    name: 'ansi-versions',
    make: (r) =>
      `\x1b[2m2026-12-05T11:${r.int(10, 59)}:09Z\x1b[0m \x1b[33mWARN\x1b[0m kyc.sync: vendor SDK ${V.ansi(`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, 36)} commit ${V.ansi(V.hex(r, 40), 35)} token=${V.ansi('***', 31)} applicant=${V.ansi(r.uuid(), 36)}`,
  },
];
