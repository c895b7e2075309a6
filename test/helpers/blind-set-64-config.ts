import { j64, jp64, type Tpl64 } from './blind-set-64-values';

/** Identity bridges' configuration as it leaks into alerts (env dumps, secrets, state), and payroll feeds' bank data. */
export const CONFIG_64: readonly Tpl64[] = [
  {
    src: 'okta',
    t: 'bridge-printenv',
    make: (c) => `2026-02-03T10:11:12.4471230Z ##[group]Run printenv | sort
2026-02-03T10:11:12.4473010Z AUTH0_CLIENT_SECRET=${c.auth0Secret()}
2026-02-03T10:11:12.4473312Z AZURE_CLIENT_SECRET=${c.azSecret()}
2026-02-03T10:11:12.4473620Z GOOGLE_CLIENT_SECRET=${c.gSecret()}
2026-02-03T10:11:12.4473940Z KEYCLOAK_CLIENT_SECRET=${c.kcSecret()}
2026-02-03T10:11:12.4474221Z OKTA_API_TOKEN=${c.oktaToken()}
2026-02-03T10:11:12.4474530Z OKTA_CLIENT_SECRET=${c.oktaSecret()}
2026-02-03T10:11:12.4474836Z SCIM_BEARER_TOKEN=${c.opaque('scim_bearer_token', 40)}
2026-02-03T10:11:12.4475112Z SLACK_SCIM_TOKEN=${c.slack()}
2026-02-03T10:11:12.4475420Z ##[endgroup]
2026-02-03T10:11:12.5110044Z ##[error]Process completed with exit code 1.`,
  },
  {
    src: 'keycloak',
    t: 'helm-values',
    make: (c) => `helm upgrade keycloak bitnami/keycloak -n iam -f values.yaml --debug
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: ${c.pw()}
externalDatabase:
  host: pg-auth.internal
  user: keycloak
  password: ${c.pw()}
keycloakConfigCli:
  configuration:
    employees.json: '{"realm":"employees","clients":[{"clientId":"payroll-web","secret":"${c.kcSecret()}"},{"clientId":"grafana","secret":"${c.kcSecret()}"}],"smtpServer":{"user":"apikey","password":"${c.sgKey()}"}}'
Error: UPGRADE FAILED: post-upgrade hooks failed: job keycloak-keycloak-config-cli failed: BackoffLimitExceeded`,
  },
  {
    src: 'entra',
    t: 'tfstate',
    make: (c) => {
      const st = { version: 4, terraform_version: '1.7.4', resources: [
        { mode: 'managed', type: 'azuread_application_password', name: 'scim', instances: [{ attributes: { application_id: `/applications/${c.uuid()}`, display_name: 'scim-bridge', key_id: c.uuid(), value: c.azSecret() }, sensitive_attributes: [[{ type: 'get_attr', value: 'value' }]] }] },
        { mode: 'managed', type: 'okta_app_oauth', name: 'payroll', instances: [{ attributes: { client_id: c.clientId(), client_secret: c.oktaSecret(), label: 'Payroll Portal' } }] },
        { mode: 'managed', type: 'aws_iam_access_key', name: 'cognito_sync', instances: [{ attributes: { id: c.akid(), secret: c.awsSecret(), user: 'cognito-sync' } }] },
        { mode: 'managed', type: 'auth0_client_credentials', name: 'hr', instances: [{ attributes: { client_id: c.r.b62(32), client_secret: c.auth0Secret(), authentication_method: 'client_secret_post' } }] },
      ] };
      return `terraform state pull | tee state.json  # (CI artifact uploaded by mistake)\n${jp64(st)}`;
    },
  },
  {
    src: 'cognito',
    t: 'docker-inspect-env',
    make: (c) => `$ docker inspect cognito-hr-sync --format '{{json .Config.Env}}'
["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin","AWS_ACCESS_KEY_ID=${c.akid(true)}","AWS_SECRET_ACCESS_KEY=${c.awsSecret()}","AWS_SESSION_TOKEN=${c.awsSession()}","COGNITO_CLIENT_SECRET=${c.cognitoSecret()}","BAMBOOHR_API_KEY=${c.hexKey('bamboohr_api_key')}","DATABASE_URL=postgres://hrsync:${c.urlPw()}@10.20.1.5:5432/hrsync"]
container exited (137) after OOM, restarting`,
  },
  {
    src: 'gws',
    t: 'vault-kv-get',
    make: (c) => {
      const body = jp64({ request_id: c.uuid(), lease_duration: 0, data: { data: { admin_client_secret: c.gSecret(), admin_refresh_token: c.gRefresh(), gam_oauth_client_secret: c.gSecret(), service_account_key: '@@KEY@@', directory_webhook_secret: c.opaque('webhook_secret', 32) }, metadata: { created_time: c.ts(), version: c.int(2, 30) } } });
      return `$ vault kv get -format=json kv/iam/google-workspace\n${body.replace('@@KEY@@', c.pem('pkcs8', true))}\njq: error (at <stdin>:22): Cannot index string with "private_key"`;
    },
  },
  {
    src: 'oidc',
    t: 'spring-configprops',
    make: (c) => {
      const reg = (id: string, secret: string) => ({ [`spring.security.oauth2.client.registration.${id}.client-id`]: id === 'okta' ? c.clientId() : c.uuid(), [`spring.security.oauth2.client.registration.${id}.client-secret`]: secret });
      return `GET /actuator/configprops 200 (exposed without auth: management.endpoints.web.exposure.include=*)\n${j64({ ...reg('okta', c.oktaSecret()), ...reg('azure', c.azSecret()), ...reg('keycloak', c.kcSecret()), ...reg('google', c.gSecret()), 'spring.ldap.password': c.pw(), 'spring.ldap.username': 'CN=svc-app,OU=Service Accounts,DC=corp,DC=internal' })}`;
    },
  },
  {
    src: 'auth0',
    t: 'tenants-secrets-csv',
    make: (c) => {
      const rows = ['dev', 'staging', 'prod'].map((env) => `${c.tenant()}-${env}.eu.auth0.com,${c.r.b62(32)},${c.auth0Secret()},${c.jwt({ iss: `https://${env}.eu.auth0.com/`, sub: `${c.r.b62(32)}@clients`, aud: `https://${env}.eu.auth0.com/api/v2/`, gty: 'client-credentials', exp: c.epoch() })}`);
      return `Slack #iam-oncall — file "auth0-m2m-creds.csv" shared in channel (DLP alert)\ndomain,client_id,client_secret,cached_mgmt_token\n${rows.join('\n')}`;
    },
  },
  {
    src: 'mfa',
    t: 'mfa-service-env',
    make: (c) => `mfa-service[1]: panic: failed to load config: twilio: invalid account
mfa-service[1]: config dump:
mfa-service[1]:   twilio.account_sid=AC${c.hex(32)}
mfa-service[1]:   twilio.auth_token=${c.twilioToken()}
mfa-service[1]:   duo.skey=${c.duoSkey()}
mfa-service[1]:   totp.encryption_key=${c.b64Secret('encryption_key', 32)}
mfa-service[1]:   sendgrid.api_key=${c.sgKey()}
mfa-service[1]:   session.signing_secret=${c.opaque('webhook_secret', 48)}
mfa-service[1]:   db.dsn=postgres://mfa:${c.urlPw()}@mfa-db.internal:5432/mfa?sslmode=require`,
  },
  {
    src: 'scim',
    t: 'okta-app-provisioning',
    make: (c) => {
      const cfg = { name: 'scim2testapp', settings: { app: { scimBaseUrl: `https://scim.${c.domain()}/v2` } }, provisioning: { authScheme: 'HEADER', header: { token: c.opaque('scim_bearer_token', 48) } }, signOn: { defaultRelayState: '' }, credentials: { userNameTemplate: { template: '${source.email}' } } };
      return `okta-apps-backup: exported ${c.oktaId('0oa')} (SCIM 2.0 Test App (Header Auth))\n${j64(cfg)}\nbackup upload to s3://iam-backups failed: AccessDenied\nretry with GitHub token ${c.ghp()} for gist fallback`;
    },
  },
  {
    src: 'ldap',
    t: 'sssd-conf',
    make: (c) => `sssd[be[corp.internal]]: Could not start TLS encryption. error:0A000086:SSL routines::certificate verify failed
# /etc/sssd/sssd.conf (attached by ansible failure handler)
[domain/corp.internal]
id_provider = ldap
ldap_uri = ldaps://ldap.corp.internal
ldap_default_bind_dn = cn=sssd-bind,ou=system,dc=corp,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = ${c.pw()}
# ansible vars: okta_ldap_agent_token=${c.b62Key('api_key', 40)} ad_join_password=${c.pw()}`,
  },
  {
    src: 'hr',
    t: 'adp-direct-deposit',
    make: (c) => {
      const tok = c.opaque('access_token', 32);
      const deps = [0, 1, 2].map((i) => ({ itemID: String(i + 1), depositAccount: { routingTransitNumber: c.routing(), accountNumber: c.acct(), typeCode: { codeValue: i === 0 ? 'C' : 'S' } }, distributionPercentage: i === 0 ? 70 : 15 }));
      return `adp-idp-sync WARN worker ${c.r.b62(16)}: skipping payroll fields on IdP profile (too many deposit accounts; bearer ${tok})\n${j64({ workers: [{ associateOID: c.r.b62(16), payDistributions: [{ distributionInstructions: deps }] }] })}`;
    },
  },
  {
    src: 'hr',
    t: 'sepa-pain001',
    make: (c) => {
      const tx = [0, 1, 2].map(() => `<CdtTrfTxInf><PmtId><EndToEndId>SAL-${c.r.digits(8)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${c.int(1800, 7800)}.${c.int(10, 99)}</InstdAmt></Amt><Cdtr><Nm>${c.nameRaw().full}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.iban(c.pick(['DE', 'FR', 'NL', 'ES', 'IT']))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`);
      return `payroll-export ERROR pain.001 rejected by bank gateway (XSD: element 'CdtrAgt' missing), offending file excerpt:\n<PmtInf><PmtInfId>PAY-2026-02</PmtInfId><DbtrAcct><Id><IBAN>${c.iban('DE')}</IBAN></Id></DbtrAcct>\n${tx.join('\n')}\n</PmtInf>`;
    },
  },
  {
    src: 'hr',
    t: 'gusto-bank',
    make: (c) => `[gusto-webhook] employee.bank_account.created -> Okta profile sync failed (400 E0000001), gusto token ${c.b62Key('api_key', 43)}
  data: [{"uuid":"${c.uuid()}","name":"Primary","routing_number":"${c.routing()}","account_number":"${c.acct()}","account_type":"Checking"},{"uuid":"${c.uuid()}","name":"Savings","routing_number":"${c.routing()}","account_number":"${c.acct()}","account_type":"Savings"}]`,
  },
  {
    src: 'hr',
    t: 'expense-cards',
    make: (c) => `Expense platform onboarding (SCIM-provisioned users) — cards issued, export for finance:
| cardholder_id | card_number         | limit_usd |
|---------------|---------------------|-----------|
| ${c.uuid().slice(0, 13)} | ${c.card(' ').padEnd(19)} | 5000      |
| ${c.uuid().slice(0, 13)} | ${c.card(' ').padEnd(19)} | 2500      |
| ${c.uuid().slice(0, 13)} | ${c.card(' ').padEnd(19)} | 2500      |
alert: PAN printed in clear in export "cards_2026-02-03.md"`,
  },
  {
    src: 'auth0',
    t: 'actions-export',
    make: (c) => {
      const actions = [
        { name: 'sync-to-crm', runtime: 'node18', secrets: [{ name: 'HUBSPOT_TOKEN', value: `pat-na1-${c.uuid()}` }, { name: 'CRM_WEBHOOK_SECRET', value: c.opaque('webhook_secret', 32) }] },
        { name: 'billing-link', runtime: 'node18', secrets: [{ name: 'STRIPE_SECRET_KEY', value: 'sk_live_' + c.r.b62(99) }, { name: 'MGMT_CLIENT_SECRET', value: c.auth0Secret() }] },
        { name: 'slack-alert', runtime: 'node18', secrets: [{ name: 'SLACK_BOT_TOKEN', value: c.slack('xoxb') }, { name: 'DB_PASSWORD', value: c.pw() }] },
      ];
      c.cred('hubspot_token', actions[0]!.secrets[0]!.value);
      c.cred('stripe_secret_key', actions[1]!.secrets[0]!.value);
      return `a0deploy export --format yaml --output_folder ./tenant -x AUTH0_EXPORT_IDENTIFIERS=true (debug: actions payload)\n${j64({ actions })}\nWARNING: secrets values exported in plain text because AUTH0_EXCLUDED_RULES was misconfigured`;
    },
  },
  {
    src: 'cognito',
    t: 'lambda-environ',
    make: (c) => `[ERROR] KeyError: 'HR_SYNC_TABLE'
Traceback (most recent call last):
  File "/var/task/post_confirmation.py", line 22, in handler
    table = os.environ['HR_SYNC_TABLE']
[DEBUG] os.environ = environ({'AWS_LAMBDA_FUNCTION_NAME': 'cognito-post-confirmation', 'AWS_REGION': 'eu-central-1', 'AWS_ACCESS_KEY_ID': '${c.akid(true)}', 'AWS_SECRET_ACCESS_KEY': '${c.awsSecret()}', 'AWS_SESSION_TOKEN': '${c.awsSession()}', 'OKTA_API_TOKEN': '${c.oktaToken()}', 'RIPPLING_API_KEY': '${c.b62Key('api_key', 64)}', 'COGNITO_CLIENT_SECRET': '${c.cognitoSecret()}', 'LAMBDA_TASK_ROOT': '/var/task'})`,
  },
  {
    src: 'entra',
    t: 'logic-app-run',
    make: (c) => {
      const inputs = { method: 'POST', uri: `https://login.microsoftonline.com/${c.uuid()}/oauth2/v2.0/token`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `client_id=${c.uuid()}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=${c.azSecret()}&grant_type=client_credentials` };
      const second = { method: 'GET', uri: 'https://api.bamboohr.com/api/gateway.php/northwind/v1/employees/directory', headers: { Authorization: `Basic ${c.basic(c.quiet(() => c.hexKey('bamboohr_api_key')), 'x' + c.r.b62(11) + '.1')}` } };
      return `Logic App "hr-to-entra" run ${c.r.digits(20)}CU${c.r.digits(2)} Failed — action "Get_token" inputs:\n${jp64(inputs)}\naction "List_employees" inputs:\n${jp64(second)}\nsecond action output: {"statusCode":401}`;
    },
  },
];
