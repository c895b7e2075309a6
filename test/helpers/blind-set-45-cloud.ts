import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'cloud';

/** Cloud CLI caches, kubeconfigs, IaC state and provisioning files. */
export const CLOUD45: T45[] = [
  { a, t: 'aws-credentials', f: (c) => `[default]
aws_access_key_id = ${K.akid(c)}
aws_secret_access_key = ${K.awsSecret(c)}

[${c.pick(['prod-admin', 'billing', 'sandbox'])}]
aws_access_key_id=${K.akid(c, 'ASIA')}
aws_secret_access_key=${K.awsSecret(c)}
aws_session_token=${K.awsSession(c)}
region=eu-west-1
` },
  { a, t: 'aws-config-and-sso-cache', f: (c) => `# ~/.aws/config
[profile dev]
sso_session = corp
sso_account_id = ${c.r.digits(12)}
sso_role_name = PowerUserAccess
region = us-east-2
# ~/.aws/sso/cache/${c.id(40)}.json
{"startUrl": "https://d-${c.id(10)}.awsapps.com/start", "region": "us-east-2", "accessToken": "${c.cred('aws_sso_token', 'aoa' + c.r.b62(250) + ':' + c.r.b64(64))}", "expiresAt": "${c.ts()}", "clientId": "${c.r.b62(22)}", "clientSecret": "${K.jwt(c, { kid: 'key-' + c.id(10) })}", "refreshToken": "${c.cred('aws_sso_token', 'aor' + c.r.b62(200) + ':' + c.r.b64(64))}"}
` },
  { a, t: 'kubeconfig-token', f: (c) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK
    server: https://${c.pick(['k8s-prod', 'aks-dev', 'gke-stage'])}.${c.pick(['northwind-traders.io', 'lumenhq.dev'])}:6443
  name: prod
contexts:
- context:
    cluster: prod
    namespace: payments
    user: ${c.user()}
  name: prod
current-context: prod
users:
- name: ${c.user()}
  user:
    token: ${K.jwt(c, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'payments', 'kubernetes.io/serviceaccount/service-account.name': 'deployer' }, 'RS256')}
- name: admin
  user:
    client-key-data: ${c.cred('private_key_b64', Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\n${c.r.b64(180)}\n-----END RSA PRIVATE KEY-----\n`).toString('base64'))}
- name: basic
  user:
    username: admin
    password: ${c.pass()}
` },
  { a, t: 'gcloud-adc', f: (c) => JSON.stringify({
    account: '',
    client_id: `${c.r.digits(12)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`,
    client_secret: K.gocspx(c),
    quota_project_id: `${c.pick(['acme', 'lumen'])}-dev-${c.int(100, 999)}`,
    refresh_token: K.gRefresh(c),
    type: 'authorized_user',
    universe_domain: 'googleapis.com',
  }, null, 2) },
  { a, t: 'gcp-service-account', f: (c) => {
    const proj = `${c.pick(['billing', 'ingest', 'warehouse'])}-${c.int(100000, 999999)}`;
    return `{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${c.id(40)}",
  "private_key": "${K.pem(c, 'PRIVATE KEY', '\\n')}\\n",
  "client_email": "ci-deployer@${proj}.iam.gserviceaccount.com",
  "client_id": "${c.r.digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
  } },
  { a, t: 'gcloud-access-token-db', f: (c) => `sqlite> SELECT account_id, access_token, token_expiry FROM access_tokens;
${c.email()}|${K.ya29(c)}|${c.date()} ${c.int(10, 23)}:${c.int(10, 59)}:${c.int(10, 59)}
sqlite> SELECT account_id, value FROM credentials LIMIT 1;
${c.email()}|{"client_id": "32555940559.apps.googleusercontent.com", "refresh_token": "${K.gRefresh(c)}", "type": "authorized_user"}
` },
  { a, t: 'azure-msal-cache', f: (c) => {
    const oid = c.r.uuid();
    const tid = c.r.uuid();
    return JSON.stringify({
      AccessToken: { [`${oid}.${tid}-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-${tid}-https://management.core.windows.net//.default`]: { credential_type: 'AccessToken', secret: K.jwt(c, { aud: 'https://management.core.windows.net/', tid, oid, upn: c.raw(() => c.email()) }, 'RS256'), home_account_id: `${oid}.${tid}`, environment: 'login.microsoftonline.com', expires_on: String(1765000000 + c.int(0, 99999)) } },
      RefreshToken: { [`${oid}.${tid}-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--`]: { credential_type: 'RefreshToken', secret: c.cred('azure_refresh_token', '1.A' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 420)), family_id: '1' } },
    }, null, 2);
  } },
  { a, t: 'azure-sp-login', f: (c) => `$ az login --service-principal -u ${c.r.uuid()} -p '${K.azSecret(c)}' --tenant ${c.r.uuid()}
[
  {
    "cloudName": "AzureCloud",
    "id": "${c.r.uuid()}",
    "isDefault": true,
    "name": "Pay-As-You-Go",
    "state": "Enabled",
    "user": { "name": "${c.r.uuid()}", "type": "servicePrincipal" }
  }
]
$ az storage blob list --account-name ${c.pick(['stprodlogs', 'acmebackups'])} --account-key "${K.azStorage(c)}" -c dumps -o table
` },
  { a, t: 'tfstate', f: (c) => JSON.stringify({
    version: 4, terraform_version: '1.9.8', serial: c.int(3, 400), lineage: c.r.uuid(), outputs: { db_endpoint: { value: `prod-db.${c.id(12)}.eu-west-1.rds.amazonaws.com:5432`, type: 'string' } },
    resources: [
      { mode: 'managed', type: 'aws_db_instance', name: 'main', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 2, attributes: { identifier: 'prod-db', username: 'app_admin', password: c.pass(), engine: 'postgres' }, sensitive_attributes: [[{ type: 'get_attr', value: 'password' }]] }] },
      { mode: 'managed', type: 'aws_iam_access_key', name: 'ci', instances: [{ attributes: { id: K.akid(c), secret: K.awsSecret(c), user: 'ci-deployer', status: 'Active' } }] },
      { mode: 'managed', type: 'random_password', name: 'redis', instances: [{ attributes: { result: c.cred('password', c.r.password(24)), length: 24, special: true } }] },
    ],
  }, null, 2) },
  { a, t: 'tfvars', f: (c) => `environment          = "production"
region               = "eu-central-1"
db_master_password   = "${c.pass()}"
cloudflare_api_token = "${K.cfToken(c)}"
datadog_api_key      = "${K.hexKey(c, 'datadog_api_key')}"
github_token         = "${K.gh(c)}"
alert_emails         = ["${c.email()}", "${c.email()}"]
on_call_phone        = "${c.phone()}"
` },
  { a, t: 'terraform-credentials-tfrc', f: (c) => JSON.stringify({ credentials: { 'app.terraform.io': { token: K.tfc(c) }, 'tfe.lumenhq.dev': { token: K.tfc(c) } } }, null, 2) },
  { a, t: 'ansible-inventory', f: (c) => `[webservers]
web01.${c.pick(['kestrel-logistics.co.uk', 'tidewater-bank.com'])} ansible_host=${c.ip4()} ansible_user=deploy ansible_password='${c.pass()}'
web02 ansible_host=10.20.${c.int(0, 9)}.${c.int(2, 200)} ansible_user=deploy

[dbservers:vars]
ansible_become=true
ansible_become_pass=${c.pass()}
postgres_replication_password="${c.pass()}"
` },
  { a, t: 'ansible-group-vars', f: (c) => `---
# group_vars/all.yml (vault file not encrypted yet — TODO run ansible-vault encrypt)
vault_smtp_password: "${c.pass()}"
vault_slack_webhook: "${K.slackHook(c)}"
vault_registry_token: ${K.glpat(c, 'gldt-')}
admin_users:
  - name: ${c.name()}
    email: ${c.email()}
    phone: "${c.phone()}"
` },
  { a, t: 'vagrantfile', f: (c) => `Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.ssh.username = "vagrant"
  config.ssh.password = "${c.pass()}"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "${K.akid(c)}"
    aws.secret_access_key = "${K.awsSecret(c)}"
    aws.keypair_name = "dev-${c.user()}"
  end
  config.vm.provision "shell", env: { "GITHUB_TOKEN" => "${K.gh(c)}" }, inline: "bash /vagrant/bootstrap.sh"
end
` },
  { a, t: 'ssh-private-key', f: (c) => `$ cat ~/.ssh/id_ed25519_deploy
${K.openssh(c, `${c.user()}@${c.pick(['mbp-14', 'devbox', 'thinkpad-x1'])}`)}
$ cat ~/.ssh/config
Host bastion
  HostName ${c.ip4()}
  User ec2-user
  IdentityFile ~/.ssh/id_ed25519_deploy
` },
  { a, t: 'rsa-key-in-issue', f: (c) => `I copied the deploy key into the runner like this but it still says "Permission denied (publickey)":

\`\`\`
${K.pem(c, 'RSA PRIVATE KEY')}
\`\`\`

Host is ${c.ip4()}, user git. Any idea?
` },
  { a, t: 'pgpass-mycnf', f: (c) => `# ~/.pgpass
${c.pick(['prod-db', 'analytics'])}.${c.id(12)}.eu-west-1.rds.amazonaws.com:5432:*:app_admin:${c.pass()}
localhost:5432:dev:postgres:postgres
# ~/.my.cnf
[client]
user=root
password="${c.pass()}"
host=${c.ip4()}
` },
  { a, t: 'vault-token-and-env', f: (c) => `$ cat ~/.vault-token
${K.vaultTok(c)}
$ export VAULT_ADDR=https://vault.lumenhq.dev:8200
$ vault kv get -field=password secret/prod/postgres
${c.pass()}
` },
  { a, t: 'doctl-pulumi-fly', f: (c) => `# ~/.config/doctl/config.yaml
access-token: ${K.dop(c)}
output: text
# ~/.pulumi/credentials.json
{"current": "https://api.pulumi.com", "accessTokens": {"https://api.pulumi.com": "${K.pulumi(c)}"}, "accounts": {"https://api.pulumi.com": {"username": "${c.user()}"}}}
# ~/.fly/config.yml
access_token: FlyV1 ${K.fly(c)}
` },
  { a, t: 'docker-compose-env', f: (c) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "${c.pass()}"
  api:
    build: .
    environment:
      - DATABASE_URL=postgresql://app:${c.urlPass()}@db:5432/app
      - STRIPE_SECRET_KEY=${K.stripe(c)}
      - SENDGRID_API_KEY=${K.sendgrid(c)}
      - JWT_SECRET=${c.cred('signing_secret', c.r.b64(48))}
` },
  { a, t: 'k8s-secret-yaml-b64', f: (c) => {
    const b = (kind: string, v: string) => c.cred(kind, Buffer.from(v).toString('base64'));
    return `$ kubectl -n billing get secret billing-env -o yaml
apiVersion: v1
data:
  DATABASE_PASSWORD: ${b('password_b64', c.r.password(18))}
  STRIPE_API_KEY: ${b('secret_b64', 'sk_live_' + c.r.b62(24))}
  GITHUB_TOKEN: ${b('secret_b64', c.raw(() => K.gh(c)))}
  LOG_LEVEL: aW5mbw==
kind: Secret
metadata:
  name: billing-env
  namespace: billing
  uid: ${c.r.uuid()}
type: Opaque
`;
  } },
  { a, t: 'gcloud-print-token', f: (c) => `$ gcloud auth print-access-token
${K.ya29(c)}
$ gcloud auth print-identity-token --audiences=https://api-${c.id(10)}-ew.a.run.app
${K.jwt(c, { iss: 'https://accounts.google.com', email: 'ci-deployer@build-prod.iam.gserviceaccount.com', aud: 'https://api.a.run.app' }, 'RS256')}
$ gcloud config list
[core]
account = ${c.email()}
project = build-prod
` },
];
