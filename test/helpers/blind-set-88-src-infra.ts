import { host, ipv4, person, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, b64, datadogKey, ghp, password, sendgrid, slackHook, stripeKey } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Infrastructure as code: Terraform, Ansible, Kubernetes/Helm, docker-compose. */
export const INFRA_SOURCES: readonly Source88[] = [
  {
    name: 'terraform',
    printers: [
      (c) =>
        `region         = "eu-west-1"\ninstance_class = "db.t3.medium"\ndb_username    = "app"\ndb_password    = "${c.cred('password', password(c.r, 'safe'))}"\ndatadog_api_key = "${c.cred('datadog_api_key', datadogKey(c.r))}"\nalert_email    = "${c.pii('email', person(c.r).workEmail)}"\n`,
      (c) => {
        const pw = password(c.r, 'safe');
        return `{\n  "version": 4,\n  "terraform_version": "1.7.5",\n  "serial": ${c.r.int(3, 400)},\n  "lineage": "${c.r.hex(8)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(12)}",\n  "outputs": {\n    "db_password": {\n      "value": "${c.cred('password', pw)}",\n      "type": "string",\n      "sensitive": true\n    },\n    "iam_secret": {\n      "value": "${c.cred('aws_secret_access_key', awsSecret(c.r))}",\n      "type": "string",\n      "sensitive": true\n    }\n  },\n  "resources": []\n}`;
      },
      (c) =>
        `  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + password = (sensitive value)\n    }\n\n  # provider "aws" was configured with static credentials:\n  provider "aws" {\n    access_key = "${c.cred('aws_access_key_id', awsKeyId(c.r))}"\n    secret_key = "${c.cred('aws_secret_access_key', awsSecret(c.r))}"\n  }\n`,
      (c) => `export TF_VAR_github_token=${c.cred('github_token', ghp(c.r))}\nexport TF_VAR_slack_webhook='${c.cred('slack_webhook', slackHook(c.r))}'\nterraform apply -auto-approve\n`,
    ],
  },
  {
    name: 'ansible',
    printers: [
      (c) =>
        `[web]\n${ipv4(c.r)} ansible_user=deploy ansible_password=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n${ipv4(c.r)} ansible_user=deploy ansible_ssh_pass=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n\n[db:vars]\nansible_become_pass=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
      (c) => {
        const p = person(c.r);
        return `---\n# group_vars/all.yml\nadmin_contact: "${c.pii('person_name', p.name)} <${c.pii('email', p.workEmail)}>"\nmysql_root_password: "${c.cred('password', password(c.r, 'any').replace(/"/g, "'"))}"\nvault_api_token: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${c.r.hex(64)}\n          ${c.r.hex(64)}\nsendgrid_key: ${c.cred('sendgrid_key', sendgrid(c.r))}\n`;
      },
      (c) =>
        `TASK [db : create replication user] *****\nfatal: [${host(c.r)}]: FAILED! => {"changed": false, "invocation": {"module_args": {"login_password": "${c.cred('password', password(c.r, 'safe'))}", "login_user": "root", "name": "repl", "password": "${c.cred('password', password(c.r, 'safe'))}"}}, "msg": "unable to connect to database"}\n`,
    ],
  },
  {
    name: 'k8s-helm',
    printers: [
      (c) => {
        const pw = password(c.r, 'safe');
        return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\ndata:\n  username: ${b64('billing')}\n  password: ${c.cred('k8s_secret_b64', b64(pw))}\n  stripe-key: ${c.fin('k8s_secret_b64', b64(stripeKey(c.r)))}\n`;
      },
      (c) =>
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\nstringData:\n  DATABASE_URL: "postgres://app:${c.cred('password', password(c.r, 'url'))}@${host(c.r)}:5432/app"\n  STRIPE_SECRET_KEY: "${c.fin('stripe_key', stripeKey(c.r))}"\n  SESSION_SECRET: "${c.cred('generic_secret', c.r.hex(64))}"\n`,
      (c) =>
        `# values-prod.yaml\nreplicaCount: 3\nimage:\n  repository: ghcr.io/acme/worker\n  tag: "2.14.0"\npostgresql:\n  auth:\n    postgresPassword: "${c.cred('password', password(c.r, 'safe'))}"\n    password: "${c.cred('password', password(c.r, 'safe'))}"\nredis:\n  auth:\n    password: ${c.cred('password', c.r.alnum(24))}\nsmtp:\n  user: ${c.pii('email', person(c.r).email)}\n`,
      (c) =>
        `$ helm get values billing -n prod\nUSER-SUPPLIED VALUES:\nenv:\n  PAYOUT_IBAN_DEFAULT: disabled\n  SLACK_WEBHOOK_URL: ${c.cred('slack_webhook', slackHook(c.r))}\n  STRIPE_RESTRICTED_KEY: ${c.fin('stripe_key', stripeKey(c.r, 'rk_live'))}\n`,
    ],
  },
  {
    name: 'compose',
    printers: [
      (c) =>
        `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n  api:\n    image: acme/api:latest\n    environment:\n      - DATABASE_URL=postgres://app:${c.cred('password', password(c.r, 'url'))}@db:5432/app\n      - STRIPE_KEY=${c.fin('stripe_key', stripeKey(c.r))}\n      - ADMIN_EMAIL=${c.pii('email', person(c.r).workEmail)}\n`,
      (c) =>
        `[\n    {\n        "Id": "${c.r.hex(64)}",\n        "Config": {\n            "Env": [\n                "MYSQL_ROOT_PASSWORD=${c.cred('password', password(c.r, 'safe'))}",\n                "SENDGRID_API_KEY=${c.cred('sendgrid_key', sendgrid(c.r))}",\n                "STRIPE_WEBHOOK_SECRET=${c.fin('stripe_webhook_secret', 'whsec_' + c.r.alnum(32))}",\n                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"\n            ]\n        }\n    }\n]`,
      (c) =>
        `$ docker compose config\nname: ${workDomain(c.r).split('.')[0]}\nservices:\n  worker:\n    environment:\n      AWS_ACCESS_KEY_ID: ${c.cred('aws_access_key_id', awsKeyId(c.r))}\n      AWS_SECRET_ACCESS_KEY: ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n      REDIS_URL: redis://:${c.cred('password', c.r.alnum(32))}@cache:6379/0\n`,
    ],
  },
];
