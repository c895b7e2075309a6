import type { Positive4 } from './blind-set-4-types';

/** Credentials in configuration as it ends up in logs and pastes: env, YAML, TOML, INI, properties, k8s. */
export const CRED_CONFIG: Record<string, Positive4> = {
  dotenvStripe: (g) => {
    const sk = g.t.stripe();
    const wh = g.t.stripeWhsec();
    const text = `# payments service\nSTRIPE_PUBLISHABLE_KEY=pk_live_51${g.opaque(97)}\nSTRIPE_SECRET_KEY=${sk}\nSTRIPE_WEBHOOK_SECRET=${wh}\nSTRIPE_API_VERSION=2024-06-20`;
    return { text, values: [sk, wh] };
  },
  composeEnvList: (g) => {
    const pg = g.humanPassword();
    const admin = g.strongPassword(16);
    const text = `services:\n  db:\n    image: postgres:16.4\n    environment:\n      - POSTGRES_USER=orders\n      - POSTGRES_PASSWORD=${pg}\n  pgadmin:\n    image: dpage/pgadmin4:8.12\n    environment:\n      - PGADMIN_DEFAULT_EMAIL=dba@northwind-logistics.com\n      - PGADMIN_DEFAULT_PASSWORD=${admin}`;
    return { text, values: [pg, admin] };
  },
  k8sStringData: (g) => {
    const sg = g.t.sendgrid();
    const mc = g.t.mailchimp();
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mailer-credentials\n  namespace: notifications\ntype: Opaque\nstringData:\n  SENDGRID_API_KEY: ${sg}\n  MAILCHIMP_KEY: "${mc}"`;
    return { text, values: [sg, mc] };
  },
  k8sDeploymentEnv: (g) => {
    const lic = g.t.newRelicLicense();
    const text = `        env:\n        - name: NEW_RELIC_APP_NAME\n          value: checkout-api\n        - name: NEW_RELIC_LICENSE_KEY\n          value: "${lic}"\n        - name: NEW_RELIC_LOG_LEVEL\n          value: info`;
    return { text, values: [lic] };
  },
  kubectlDescribeEnv: (g) => {
    const pw = g.strongPassword(22);
    const sentry = g.t.sentryUser();
    const text = `Containers:\n  ingest:\n    Image:          registry.northwind.io/ingest:2.3.1\n    Environment:\n      DATABASE_URL:       postgresql://ingest:${pw}@pg-primary.data.svc:5432/ingest\n      SENTRY_AUTH_TOKEN:  ${sentry}\n      LOG_LEVEL:          info`;
    return { text, values: [pw, sentry] };
  },
  tomlSlackApp: (g) => {
    const bot = g.t.slack('xoxb');
    const signing = g.t.hex(32);
    const text = `[server]\nport = 3000\n\n[slack]\nbot_token = "${bot}"\nsigning_secret = "${signing}"\ndefault_channel = "#ops-alerts"`;
    return { text, values: [bot, signing] };
  },
  pypirc: (g) => {
    const tok = g.t.pypi();
    const text = `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${tok}`;
    return { text, values: [tok] };
  },
  yarnrc: (g) => {
    const tok = g.t.npm();
    const text = `nodeLinker: node-modules\nnpmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: "${tok}"\nenableTelemetry: false`;
    return { text, values: [tok] };
  },
  springProperties: (g) => {
    const pw = g.humanPassword();
    const dd = g.t.hex(32);
    const text = `spring.mail.host=smtp.office365.com\nspring.mail.port=587\nspring.mail.username=alerts@northwind-logistics.com\nspring.mail.password=${pw}\nmanagement.datadog.metrics.export.api-key=${dd}\nmanagement.datadog.metrics.export.step=30s`;
    return { text, values: [pw, dd] };
  },
  terraformrc: (g) => {
    const tok = g.t.terraform();
    const text = `credentials "app.terraform.io" {\n  token = "${tok}"\n}`;
    return { text, values: [tok] };
  },
  helmValuesPassphrase: (g) => {
    const admin = g.humanPassword();
    const phrase = g.passphrase();
    const text = `grafana:\n  adminUser: admin\n  adminPassword: ${admin}\n  smtp:\n    enabled: true\n    host: smtp.sendgrid.net:587\n    user: apikey\n    password: ${phrase}`;
    return { text, values: [admin, phrase] };
  },
  actionsWorkflowEnv: (g) => {
    const tok = g.t.netlify();
    const text = `jobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    env:\n      NETLIFY_SITE_ID: ${g.r.uuid()}\n      NETLIFY_AUTH_TOKEN: ${tok}\n    steps:\n      - uses: actions/checkout@v4`;
    return { text, values: [tok] };
  },
  sidekiqBundleEnv: (g) => {
    const cred = `${g.t.hex(8)}:${g.t.hex(8)}`;
    const text = `Step 6/14 : ENV BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${cred}\n ---> Running in 4b1f0e2a9c33\nFetching gem metadata from https://enterprise.contribsys.com/..`;
    return { text, values: [cred] };
  },
  dotenvQuotedAwkward: (g) => {
    const pw = g.awkwardPassword();
    const text = `SMTP_HOST=smtp.mailgun.org\nSMTP_USER=postmaster@mg.northwind.io\nSMTP_PASSWORD="${pw}"\nSMTP_PORT=587`;
    return { text, values: [pw] };
  },
  dockerConfigGhcr: (g) => {
    const auth = g.b64(`northwind-ci:${g.t.github('ghp')}`);
    const text = `{\n\t"auths": {\n\t\t"ghcr.io": {\n\t\t\t"auth": "${auth}"\n\t\t}\n\t},\n\t"credsStore": ""\n}`;
    return { text, values: [auth] };
  },
  railsSecretKeyBase: (g) => {
    const skb = g.t.hex(128);
    const text = `$ bin/rails credentials:show\naws:\n  region: eu-central-1\nsecret_key_base: ${skb}\nactive_record_encryption:\n  deterministic: true`;
    return { text, values: [skb] };
  },
  springOauthClientSecret: (g) => {
    const secret = g.opaque(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    const text = `spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          okta:\n            client-id: 0oa${g.opaque(17)}\n            client-secret: ${secret}\n            scope: openid,profile`;
    return { text, values: [secret] };
  },
  wpConfig: (g) => {
    const pw = g.humanPassword();
    const salt = g.opaque(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|');
    const text = `define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '${pw}' );\ndefine( 'DB_HOST', 'mysql.internal' );\ndefine( 'AUTH_KEY',         '${salt}' );`;
    return { text, values: [pw, salt] };
  },
  flyTokenEnv: (g) => {
    const tok = `fm2_${g.r.bytes(180).toString('base64')}`;
    const text = `# deploy.env (ci)\nFLY_APP=northwind-edge\nFLY_API_TOKEN="FlyV1 ${tok}"`;
    return { text, values: [tok] };
  },
  appsettingsAzureStorage: (g) => {
    const key = g.t.azureStorage();
    const text = `{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=northwindfnprod;AccountKey=${key};EndpointSuffix=core.windows.net"\n  }\n}`;
    return { text, values: [key] };
  },
  gcpServiceAccount: (g) => {
    const keyId = g.t.hex(40);
    const pem = g.pem('\\n');
    const text = `{\n  "type": "service_account",\n  "project_id": "northwind-data-prod",\n  "private_key_id": "${keyId}",\n  "private_key": "${pem}\\n",\n  "client_email": "bq-loader@northwind-data-prod.iam.gserviceaccount.com",\n  "client_id": "${g.r.num(21)}"\n}`;
    return { text, values: [keyId, pem] };
  },
  ansibleOpensshKey: (g) => {
    const body = g.r.bytes(300).toString('base64');
    const lines = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', ...(body.match(/.{1,70}/g) ?? [])];
    const block = ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----'].join('\n    ');
    const text = `deploy_user: deploy\ndeploy_ssh_key: |\n    ${block}\ndeploy_hosts:\n  - app-01`;
    return { text, values: [block] };
  },
  databricksCfg: (g) => {
    const tok = g.t.databricks();
    const text = `$ cat ~/.databrickscfg\n[DEFAULT]\nhost  = https://adb-4419382716650123.3.azuredatabricks.net\ntoken = ${tok}\n\n[staging]\nhost  = https://adb-7718264401127754.11.azuredatabricks.net`;
    return { text, values: [tok] };
  },
  ageKeyFile: (g) => {
    const key = g.t.age();
    const text = `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-11-02T09:14:55Z\n# public key: age1${g.opaque(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n${key}`;
    return { text, values: [key] };
  },
};
