import { type Gen83 } from './blind-set-83-common';

export const terraform: Gen83 = (k) => {
  const acct = `st${k.lower(8)}`;
  return [
    `Terraform will perform the following actions:`,
    ``,
    `  # azurerm_linux_web_app.api will be updated in-place`,
    `  ~ resource "azurerm_linux_web_app" "api" {`,
    `      ~ app_settings = {`,
    `          ~ "STORAGE_CONNECTION" = "DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${k.accountKey()};EndpointSuffix=core.windows.net"`,
    `          + "ALERT_PHONE"        = "${k.phone()}"`,
    `          + "OWNER_EMAIL"        = "${k.email()}"`,
    `            "WEBSITE_RUN_FROM_PACKAGE" = "1"`,
    `        }`,
    `        id = "/subscriptions/${k.r.uuid()}/resourceGroups/rg-prod/providers/Microsoft.Web/sites/api-prod"`,
    `    }`,
    ``,
    `  # aws_iam_access_key.ci will be created`,
    `  + resource "aws_iam_access_key" "ci" {`,
    `      + id     = "${k.akid()}"`,
    `      + secret = "${k.awsSecret()}"`,
    `      + user   = "ci-deployer"`,
    `    }`,
    `  # stripe_webhook_endpoint.main: secret = "${k.webhook()}"`,
    `  # random_password.db: result = "${k.pwAny(20)}"`,
    `  # test fixture payout_account = "${k.iban()}" holder "${k.name()}"`,
    ``,
    `Plan: 1 to add, 1 to change, 0 to destroy.`,
  ].join('\n');
};

export const tfstate: Gen83 = (k) => JSON.stringify({
  version: 4, terraform_version: '1.7.5', serial: k.r.int(10, 900), lineage: k.r.uuid(),
  resources: [
    { mode: 'managed', type: 'google_service_account_key', name: 'ci', provider: 'provider["registry.terraform.io/hashicorp/google"]', instances: [{ attributes: { id: `projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com/keys/${k.r.hex(40)}`, private_key: k.c(Buffer.from(k.pemRaw()).toString('base64'), 'sa-key-b64-pem'), public_key_type: 'TYPE_X509_PEM_FILE' }, sensitive_attributes: [] }] },
    { mode: 'managed', type: 'cloudflare_api_token', name: 'dns', instances: [{ attributes: { id: k.r.hex(32), name: 'dns-edit', value: k.cfToken() } }] },
    { mode: 'managed', type: 'aws_db_instance', name: 'main', instances: [{ attributes: { endpoint: `main.${k.r.hex(12)}.us-east-1.rds.amazonaws.com:5432`, username: 'postgres', password: k.pwAny(24) } }] },
    { mode: 'managed', type: 'auth0_user', name: 'owner', instances: [{ attributes: { email: k.email(), name: k.name(), phone_number: k.phone(), user_metadata: JSON.stringify({ billing: { card: k.card(), iban: k.iban() } }) } }] },
  ],
});

export const pulumi: Gen83 = (k) => [
  `Previewing update (prod)`,
  `     Type                      Name            Plan       Info`,
  `     pulumi:pulumi:Stack       infra-prod`,
  ` ~   ├─ aws:lambda:Function    billing         update     [diff: ~environment]`,
  ` +   └─ github:ActionsSecret   deploy-token    create`,
  `Diagnostics:`,
  `  pulumi:pulumi:Stack (infra-prod):`,
  `    warning: environment.variables.STRIPE_KEY is not secret: ${k.stripe()}`,
  `    config: github:token ${k.gh()}  (set via PULUMI_CONFIG_PASSPHRASE=${k.pwAny()})`,
  `    debug: seeding admin user {"name":"${k.name()}","email":"${k.email()}","dob":"${k.dob()}"} account ${k.account()} routing ${k.routing()}`,
].join('\n');

export const cloudformation: Gen83 = (k) => [
  `${k.ts()}  UPDATE_FAILED  AWS::RDS::DBInstance  Database  The parameter MasterUserPassword is not a valid password: ${k.pwAny()}`,
  `${k.ts()}  CREATE_FAILED  AWS::Lambda::Function  Payout  Properties validation failed: Environment.Variables {"PAYOUT_IBAN":"${k.iban()}","PAYOUT_CARD":"${k.card()}","SLACK_WEBHOOK":"${k.slackHook()}"}`,
  `${k.ts()}  UPDATE_IN_PROGRESS  AWS::CloudFormation::Stack  prod-api  User Initiated by ${k.email()} from ${k.ip()}`,
  `Parameters: [{"ParameterKey":"GitHubToken","ParameterValue":"${k.gh()}"},{"ParameterKey":"Stage","ParameterValue":"prod"}]`,
].join('\n');

export const gha: Gen83 = (k) => [
  `${k.ts()} ##[group]Run aws-actions/configure-aws-credentials@v4`,
  `${k.ts()} with:`,
  `${k.ts()}   aws-access-key-id: ***`,
  `${k.ts()}   aws-secret-access-key: ***`,
  `${k.ts()} ##[endgroup]`,
  `${k.ts()} + curl -H "Authorization: token ${k.gh('ghs_')}" https://api.github.com/repos/acme/api/dispatches`,
  `${k.ts()} + export AWS_SESSION_TOKEN=${k.sts()}`,
  `${k.ts()} seed: inserted customer ${k.name()} (${k.email()}, born ${k.dob()}) with card ${k.card()}`,
  `${k.ts()} ##[error]Process completed with exit code 1.`,
].join('\n');

export const gitlabCi: Gen83 = (k) => [
  `Running with gitlab-runner 16.10.0 (${k.r.hex(8)})`,
  `  on shared-runner-${k.r.int(1, 9)} ${k.r.b62(8)}, system ID: s_${k.r.hex(12)}`,
  `$ git clone https://gitlab-ci-token:${k.glpat()}@gitlab.com/acme/payments.git`,
  `$ echo "$GCP_SA_KEY" > key.json && cat key.json`,
  `{"type":"service_account","private_key_id":"${k.keyId()}","private_key":"${k.pem(1)}","client_email":"ci@acme-prod.iam.gserviceaccount.com"}`,
  `$ ./migrate.sh --notify ${k.email()} --sms ${k.phone()}`,
  `ERROR: Job failed: exit code 1`,
].join('\n');

export const k8sSecret: Gen83 = (k) => {
  const yaml = k.r.next() < 0.6;
  const data: Record<string, string> = {
    DATABASE_PASSWORD: k.b64of(k.r.urlPassword(20)),
    AWS_SECRET_ACCESS_KEY: k.b64of(k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40)),
    STRIPE_KEY: k.b64of('sk_live_' + k.r.b62(24)),
  };
  const string = { ONCALL_EMAIL: k.email(), ONCALL_PHONE: k.phone(), REFUND_IBAN: k.iban() };
  if (yaml) return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\n  namespace: prod\ntype: Opaque\ndata:\n${Object.entries(data).map(([a, b]) => `  ${a}: ${b}`).join('\n')}\nstringData:\n${Object.entries(string).map(([a, b]) => `  ${a}: "${b}"`).join('\n')}\n`;
  return JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'api-secrets', namespace: 'prod', uid: k.r.uuid() }, type: 'Opaque', data, stringData: string });
};

export const helm: Gen83 = (k) => [
  `USER-SUPPLIED VALUES:`,
  `global:`,
  `  imageRegistry: ghcr.io`,
  `postgresql:`,
  `  auth:`,
  `    postgresPassword: ${k.pw()}`,
  `    password: "${k.pw()}"`,
  `ingress:`,
  `  annotations:`,
  `    cert-manager.io/cluster-issuer: letsencrypt`,
  `extraEnv:`,
  `  - name: CLOUDFLARE_API_TOKEN`,
  `    value: ${k.cfToken()}`,
  `  - name: ADMIN_CONTACT`,
  `    value: "${k.name()}, ${k.address()}"`,
  `  - name: BILLING_TEST_CARD`,
  `    value: "${k.card()}"`,
].join('\n');

export const dockerInspect: Gen83 = (k) => JSON.stringify([{
  Id: k.r.hex(64), Created: k.ts(), Image: `sha256:${k.r.hex(64)}`, Name: '/api-1',
  Config: { Hostname: k.r.hex(12), Env: [`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin`, `NODE_VERSION=20.12.2`, `HEROKU_API_KEY=${k.heroku()}`, `NETLIFY_AUTH_TOKEN=${k.netlify()}`, `REDIS_URL=redis://:${k.pw()}@redis:6379/0`, `OWNER=${k.name()}`, `OWNER_SSN=${k.ssn()}`, `PAYOUT_ACCOUNT=${k.account()}`, `PAYOUT_ROUTING=${k.routing()}`], Image: `ghcr.io/acme/api@sha256:${k.r.hex(64)}` },
  NetworkSettings: { IPAddress: `172.17.0.${k.r.int(2, 20)}` },
}], null, 2);
