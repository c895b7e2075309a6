import { cr, pe, region, svc, host, jsonEsc, type Tpl32 } from './blind-set-32-kit';
import { awsKeyId, awsSecret, azureSecret, azureStorageKey, doToken, privateKeyPem, tfcToken, vendorToken } from './blind-set-32-creds';
import { email, person } from './blind-set-32-people';

/** Terraform/OpenTofu, Pulumi and CloudFormation/CDK artifacts. */
export const IAC_TEMPLATES: Record<string, Tpl32> = {
  'tf-provider-block': (r) => {
    const kid = awsKeyId(r);
    const sec = awsSecret(r);
    const dop = doToken(r);
    const cf = vendorToken(r, 'cloudflare-api-token');
    const text = `# providers.tf (committed by mistake, see ${r.pick(['PLAT', 'OPS'])}-${r.int(100, 999)})\nprovider "aws" {\n  region     = "${region(r)}"\n  access_key = "${kid}"\n  secret_key = "${sec}"\n}\n\nprovider "digitalocean" {\n  token = "${dop}"\n}\n\nprovider "cloudflare" {\n  api_token = "${cf}"\n}\n\nError: error configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: ${r.uuid()}, api error InvalidClientTokenId`;
    return { text, values: [cr(kid, 'aws-access-key-id'), cr(sec, 'aws-secret-key'), cr(dop, 'digitalocean-token'), cr(cf, 'cloudflare-token')] };
  },
  'tf-state-json': (r) => {
    const kid = awsKeyId(r);
    const sec = awsSecret(r);
    const rp = r.password(24);
    const dbp = r.password(18);
    const text = `{\n  "version": 4,\n  "terraform_version": "1.${r.int(5, 9)}.${r.int(0, 5)}",\n  "serial": ${r.int(10, 900)},\n  "lineage": "${r.uuid()}",\n  "resources": [\n    {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "${kid}", "user": "ci-deployer", "secret": "${sec}", "status": "Active"}}]},\n    {"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"length": 24, "result": "${rp}", "special": true}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]},\n    {"mode": "managed", "type": "aws_db_instance", "name": "main", "instances": [{"attributes": {"identifier": "${svc(r)}-prod", "username": "dbadmin", "password": "${dbp}", "engine": "postgres", "port": 5432}}]}\n  ]\n}`;
    return { text, values: [cr(kid, 'aws-access-key-id'), cr(sec, 'aws-secret-key'), cr(rp, 'generated-password'), cr(dbp, 'db-password')] };
  },
  'tf-plan-output': (r) => {
    const pw = r.password(20);
    const dsn = vendorToken(r, 'sentry-dsn-key');
    const dd = vendorToken(r, 'datadog-api-key');
    const old = vendorToken(r, 'sentry-dsn-key');
    const text = `Terraform will perform the following actions:\n\n  # aws_rds_cluster.main will be created\n  + resource "aws_rds_cluster" "main" {\n      + cluster_identifier  = "${svc(r)}-aurora"\n      + engine              = "aurora-postgresql"\n      + master_password     = "${pw}"\n      + master_username     = "root"\n    }\n\n  # aws_lambda_function.worker will be updated in-place\n  ~ resource "aws_lambda_function" "worker" {\n      ~ environment {\n          ~ variables = {\n              ~ "SENTRY_DSN"  = "https://${old}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}" -> "https://${dsn}@o${r.int(100000, 999999)}.ingest.us.sentry.io/${r.int(1000000, 9999999)}"\n              + "DD_API_KEY" = "${dd}"\n            }\n        }\n    }\n\nPlan: 1 to add, 1 to change, 0 to destroy.`;
    return { text, values: [cr(pw, 'db-password'), cr(old, 'sentry-dsn-key'), cr(dsn, 'sentry-dsn-key'), cr(dd, 'datadog-api-key')] };
  },
  'tf-tls-key-state': (r) => {
    const k = privateKeyPem(r, r.pick(['rsa', 'ec']), '\\n');
    const cf = vendorToken(r, 'cloudflare-global-key');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `{"mode":"managed","type":"tls_private_key","name":"deploy","provider":"provider[\\"registry.terraform.io/hashicorp/tls\\"]","instances":[{"schema_version":1,"attributes":{"algorithm":"RSA","id":"${r.hex(40)}","private_key_pem":"${k}\\n","public_key_fingerprint_md5":"${r.hex(32).replace(/(..)(?=.)/g, '$1:')}"}}]}\n{"mode":"managed","type":"cloudflare_record","name":"api","instances":[{"attributes":{"api_key":"${cf}","email":"${e}","zone_id":"${r.hex(32)}"}}]}`;
    return { text, values: [cr(k, 'private-key-pem'), cr(cf, 'cloudflare-global-key'), pe(e, 'account-owner-email')] };
  },
  'tfc-credentials': (r) => {
    const t1 = tfcToken(r);
    const t2 = tfcToken(r);
    const text = `$ cat ~/.terraform.d/credentials.tfrc.json\n{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "${t1}"\n    }\n  }\n}\n$ export TF_TOKEN_app_terraform_io=${t2}\n$ terraform init\nInitializing HCP Terraform...\n╷\n│ Error: Failed to read organization "${r.pick(['acme', 'northwind'])}" at host app.terraform.io\n│ \n│ The "remote" backend encountered an unexpected error while reading the\n│ organization settings: unauthorized\n╵`;
    return { text, values: [cr(t1, 'terraform-cloud-token'), cr(t2, 'terraform-cloud-token')] };
  },
  'pulumi-show-secrets': (r) => {
    const pt = vendorToken(r, 'pulumi-token');
    const dbp = r.password(18);
    const sk = vendorToken(r, 'stripe-secret-key');
    const text = `$ PULUMI_ACCESS_TOKEN=${pt} pulumi config --show-secrets --stack ${r.pick(['acme', 'northwind'])}/${svc(r)}/prod\nKEY                     VALUE\naws:region              ${region(r)}\n${svc(r)}:dbPassword    ${dbp}\n${svc(r)}:stripeKey     ${sk}\n${svc(r)}:replicas      ${r.int(2, 9)}\n\nerror: failed to load checkpoint: [403] Forbidden: this access token does not have permission`;
    return { text, values: [cr(pt, 'pulumi-token'), cr(dbp, 'db-password'), cr(sk, 'stripe-key')] };
  },
  'cfn-describe-stacks': (r) => {
    const pw = r.password(16);
    const key = vendorToken(r, 'sendgrid-key');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `{\n    "Stacks": [\n        {\n            "StackId": "arn:aws:cloudformation:${region(r)}:${r.digits(12)}:stack/${svc(r)}-prod/${r.uuid()}",\n            "StackStatus": "UPDATE_ROLLBACK_FAILED",\n            "Outputs": [\n                {"OutputKey": "DbMasterPassword", "OutputValue": "${pw}"},\n                {"OutputKey": "MailerApiKey", "OutputValue": "${key}", "Description": "SendGrid key for notifications"}\n            ],\n            "Tags": [{"Key": "Owner", "Value": "${e}"}, {"Key": "CostCenter", "Value": "CC-${r.int(1000, 9999)}"}]\n        }\n    ]\n}`;
    return { text, values: [cr(pw, 'db-password'), cr(key, 'sendgrid-key'), pe(e, 'owner-email')] };
  },
  'cdk-deploy-fail': (r) => {
    const slack = vendorToken(r, 'hex-secret');
    const sec = awsSecret(r);
    const kid = awsKeyId(r);
    const a = person(r);
    const text = `❌  ${svc(r).replace(/-/g, '')}Stack failed: Error: The stack named ${svc(r)}Stack failed creation\n    at FullCloudFormationDeployment.monitorDeployment (/usr/lib/node_modules/aws-cdk/lib/index.js:${r.int(1000, 99999)}:${r.int(10, 200)})\nContext: {"deployedBy":"${a.full}","env":{"AWS_ACCESS_KEY_ID":"${kid}","AWS_SECRET_ACCESS_KEY":"${sec}","WEBHOOK_SIGNING_SECRET":"${slack}"}}`;
    return { text, values: [pe(a.full, 'deployer-name'), cr(kid, 'aws-access-key-id'), cr(sec, 'aws-secret-key'), cr(slack, 'signing-secret')] };
  },
  'tofu-tfvars': (r) => {
    const db = r.password(20);
    const dd = vendorToken(r, 'datadog-api-key');
    const ddapp = vendorToken(r, 'datadog-app-key');
    const pd = vendorToken(r, 'pagerduty-api-key');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `# terraform.tfvars (prod)\nenvironment        = "prod"\ndb_password        = "${db}"\ndatadog_api_key    = "${dd}"\ndatadog_app_key    = "${ddapp}"\npagerduty_token    = "${pd}"\noncall_escalation  = "${e}"\ninstance_count     = ${r.int(2, 12)}\n\n│ Error: Invalid value for input variable\n│   on terraform.tfvars line 9: instance_type = "m7g.hugee"`;
    return { text, values: [cr(db, 'db-password'), cr(dd, 'datadog-api-key'), cr(ddapp, 'datadog-app-key'), cr(pd, 'pagerduty-api-key'), pe(e, 'oncall-email')] };
  },
  'tf-azurerm-backend': (r) => {
    const key = azureStorageKey(r);
    const sec = azureSecret(r);
    const acct = `tfstate${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)}`;
    const text = `terraform {\n  backend "azurerm" {\n    resource_group_name  = "rg-tfstate-${r.pick(['weu', 'neu'])}"\n    storage_account_name = "${acct}"\n    container_name       = "tfstate"\n    key                  = "${svc(r)}.terraform.tfstate"\n    access_key           = "${key}"\n  }\n}\n+ export ARM_CLIENT_ID=${r.uuid()} ARM_CLIENT_SECRET='${sec}' ARM_TENANT_ID=${r.uuid()}\nError: Failed to get existing workspaces: containers.Client#ListBlobs: Failure sending request: StatusCode=403`;
    return { text, values: [cr(key, 'azure-storage-key'), cr(sec, 'azure-client-secret')] };
  },
  'tf-debug-log-escaped': (r) => {
    const tok = vendorToken(r, 'linode-token');
    const ht = vendorToken(r, 'hetzner-token');
    const pw = r.password(14);
    const body = JSON.stringify({ root_pass: pw, region: 'eu-central', type: 'g6-standard-2' });
    const text = `${r.iso()} [DEBUG] provider.terraform-provider-linode: POST /v4/linode/instances HTTP/1.1\\r\\nAuthorization: Bearer ${tok}\\r\\nContent-Type: application/json\\r\\n\\r\\n${jsonEsc(body)}\n${r.iso()} [DEBUG] provider.terraform-provider-hcloud: ---[ REQUEST ]--- GET /v1/servers?name=${svc(r)} Authorization: Bearer ${ht}\n${r.iso()} [ERROR] vertex "linode_instance.${svc(r).replace(/-/g, '_')}" error: [401] Invalid Token`;
    return { text, values: [cr(tok, 'linode-token'), cr(pw, 'root-password'), cr(ht, 'hetzner-token')] };
  },
  'tf-output-json': (r) => {
    const pw = r.password(20);
    const conn = `${host(r, 'pg')}`;
    const key = vendorToken(r, 'hex-secret');
    const text = `$ terraform output -json\n{\n  "db_endpoint": {"sensitive": false, "type": "string", "value": "${conn}:5432"},\n  "db_admin_password": {"sensitive": true, "type": "string", "value": "${pw}"},\n  "session_secret": {"sensitive": true, "type": "string", "value": "${key}"}\n}`;
    return { text, values: [cr(pw, 'db-password'), cr(key, 'session-secret')] };
  },
};
