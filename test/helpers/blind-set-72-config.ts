import { js, type Tpl } from './blind-set-72-core';

/** Env dumps and config files: .env, YAML, JSON, TOML, properties, k8s Secrets, connection strings. */
export const CONFIG: Tpl[] = [
  ['dotenv-dump', (x) => `# loaded .env.production (12 keys)
STRIPE_SECRET_KEY=${x.t('stripe_sk')}
STRIPE_WEBHOOK_SECRET=${x.t('whsec')}
STRIPE_PUBLISHABLE_KEY=pk_live_${x.alnum(99)}
OPENAI_API_KEY="${x.t('openai')}"
SENDGRID_API_KEY='${x.t('sendgrid')}'
NODE_ENV=production`],
  ['env-printenv', (x) => `$ printenv | sort
AWS_ACCESS_KEY_ID=${x.c('aws_akid', x.raw('aws_akid'))}
AWS_DEFAULT_REGION=us-east-2
AWS_SECRET_ACCESS_KEY=${x.t('aws_secret')}
GITHUB_TOKEN=${x.t('ghs')}
HOME=/home/runner
NPM_TOKEN=${x.t('npm')}`],
  ['k8s-secret-stringdata', (x) => `apiVersion: v1
kind: Secret
metadata:
  name: integrations
  namespace: billing
type: Opaque
stringData:
  SLACK_BOT_TOKEN: ${x.t('xoxb')}
  TWILIO_AUTH_TOKEN: "${x.t('twilio_token')}"
  SHOPIFY_ADMIN_TOKEN: ${x.t('shpat')}
  SHOPIFY_API_SECRET: '${x.t('shpss')}'
  DATABASE_URL: postgres://billing:${x.upw()}@db.internal:5432/billing`],
  ['k8s-secret-data-b64', (x) => {
    const k = x.t('dockerhub');
    return `error: error validating "secret.yaml": unknown field "strngData"\n---\nkind: Secret\ndata:\n  token: ${x.c('base64-token', Buffer.from(k).toString('base64'))}\nstringData:\n  DOCKERHUB_TOKEN: ${k}`;
  }],
  ['yaml-integrations', (x) => `integrations:
  hubspot:
    privateAppToken: ${x.t('hubspot')}
  atlassian:
    email: ${x.email()}
    apiToken: ${x.t('atlassian')}
  gitlab:
    token: "${x.t('glpat')}"`],
  ['json-config-nested', (x) => `config loaded: {"providers":{"square":{"accessToken":"${x.t('square')}","applicationSecret":"${x.t('square_secret')}","environment":"production"},"braintree":{"accessToken":"${x.t('braintree')}"},"paypal":{"clientId":"A${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79)}","clientSecret":"${x.t('paypal_secret')}"}}}`],
  ['toml-settings', (x) => `[llm]\nprovider = "anthropic"\nanthropic_api_key = "${x.t('anthropic')}"\nhf_token = '${x.t('hf')}'\n\n[db]\nurl = "mongodb+srv://app_rw:${x.upw()}@cluster0.${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/prod?retryWrites=true&w=majority"`],
  ['spring-properties', (x) => `2026-01-22 07:45:10.114 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed; effective properties:
spring.datasource.url=jdbc:snowflake://acme-xy12345.snowflakecomputing.com/?db=ANALYTICS&warehouse=LOAD_WH
spring.datasource.username=ETL_SERVICE
spring.datasource.password=${x.pw(false, true)}
confluent.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${x.upper(16)}' password='${x.t('confluent_secret')}';`],
  ['docker-compose-env', (x) => `services:\n  worker:\n    image: acme/sync:4.2.1\n    environment:\n      - REDIS_URL=redis://default:${x.t('redis_pw')}@redis-${x.num(5)}.c${x.r.int(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:${x.num(5)}\n      - PLANETSCALE_PASSWORD=${x.t('pscale')}\n      - NEON_API_KEY=${x.t('neon_api')}`],
  ['neon-conn-string', (x) => `psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user "neondb_owner" (dsn: postgresql://neondb_owner:${x.t('neon_pw')}@ep-${x.pick(['cool', 'misty', 'wild'])}-${x.pick(['darkness', 'river', 'sun'])}-${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)}.us-east-2.aws.neon.tech/neondb?sslmode=require)`],
  ['azure-conn-string', (x) => `Azure.RequestFailedException: Server failed to authenticate the request. Status: 403 (Server failed to authenticate the request.)
ConnectionString: DefaultEndpointsProtocol=https;AccountName=acmeexports${x.r.int(1, 99)};AccountKey=${x.t('azure_key')};EndpointSuffix=core.windows.net`],
  ['azure-sas-url', (x) => `BlobUploadError: 403 AuthenticationFailed uploading https://acmeexports.blob.core.windows.net/invoices/2026/inv-${x.num(6)}.pdf?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=${x.t('azure_sig')}`],
  ['azure-app-settings', (x) => `{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"${x.uuid()}","ClientId":"${x.uuid()}","ClientSecret":"${x.t('azure_client_secret')}"},"ServiceBus":{"ConnectionString":"Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${x.c('azure_sas_key', x.r.b64(32))}"}}`],
  ['terraform-tfvars', (x) => `│ Error: Invalid provider configuration\n│ \n│   on providers.tf line 12:\n│   12:   token = "${x.t('tfc')}"\n│ \n│ datadog: api_key = "${x.t('dd_api')}", app_key = "${x.t('dd_app')}"`],
  ['doppler-op-env', (x) => `[entrypoint] exec with DOPPLER_TOKEN=${x.t(x.pick(['doppler', 'doppler_pt']))} OP_SERVICE_ACCOUNT_TOKEN=${x.t('op_service')} -- node dist/server.js`],
  ['github-actions-log', (x) => `2026-03-14T10:02:11.4412980Z ##[group]Run npm publish --access public\n2026-03-14T10:02:11.4414521Z env:\n2026-03-14T10:02:11.4415002Z   NODE_AUTH_TOKEN: ${x.t('npm')}\n2026-03-14T10:02:11.4415510Z   PYPI_API_TOKEN: ${x.t('pypi')}\n2026-03-14T10:02:11.4416013Z ##[endgroup]`],
  ['npmrc-pypirc', (x) => `cat ~/.npmrc ~/.pypirc\n//registry.npmjs.org/:_authToken=${x.t('npm')}\n[pypi]\nusername = __token__\npassword = ${x.t('pypi')}`],
  ['sentry-config', (x) => `sentry-cli: error: API request failed (401) — .sentryclirc:\n[auth]\ntoken=${x.t(x.pick(['sntrys', 'sntryu']))}\n[defaults]\norg=acme\nproject=billing-api\nurl=https://sentry.io/`],
  ['auth0-config-json', (x) => `Auth0 ManagementClient init failed: access_denied (Unauthorized) ${JSON.stringify({ domain: 'acme.us.auth0.com', clientId: x.alnum(32), clientSecret: 'SECRET', audience: 'https://acme.us.auth0.com/api/v2/' }).replace('"SECRET"', js(x.t('auth0_secret')))}`],
  ['firebase-admin-env', (x) => `FIREBASE_CONFIG={"projectId":"acme-push-prod","storageBucket":"acme-push-prod.appspot.com"}\nFCM_SERVER_KEY=${x.t('fcm_key')}\nGOOGLE_APPLICATION_CREDENTIALS_JSON={"type":"service_account","private_key":"${x.t('gcp_pem')}","client_email":"firebase-adminsdk-${x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}@acme-push-prod.iam.gserviceaccount.com"}`],
  ['plaid-env-yaml', (x) => `plaid:\n  client_id: ${x.hex(24)}\n  secret: ${x.t('plaid_secret')}\n  env: production\n  webhook_verification: true\nadyen:\n  api_key: "${x.t('adyen')}"\n  merchant_account: AcmeCommerceECOM`],
  ['coinbase-cdp-json', (x) => `Error: Invalid CDP API key file cdp_api_key.json: {"name": "organizations/${x.uuid()}/apiKeys/${x.uuid()}", "privateKey": "${x.t('coinbase_pem')}\\n"}`],
  ['supabase-firebase-dotenv', (x) => `NEXT_PUBLIC_SUPABASE_URL=https://${x.r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${x.t('supabase_service')}\nSUPABASE_SECRET_KEY=${x.t('supabase_secret')}`],
  ['laravel-env-mail', (x) => `MAIL_MAILER=postmark\nPOSTMARK_TOKEN=${x.t('postmark')}\nMAILCHIMP_API_KEY=${x.t('mailchimp')}\nMAIL_FROM_ADDRESS=hello@acme-mail.com\nDB_PASSWORD="${x.pw()}"`],
];
