import { b64 } from './blind-set-3-rng';
import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, credential cases in infrastructure output: Terraform/Helm/Ansible, GitHub Actions,
 * Kubernetes events and Secret manifests, message brokers, config files.
 */
export const CRED_INFRA: Record<string, PositiveMaker> = {
  'terraform-plan-attr': (v) => {
    const t = v.digitalOcean();
    return {
      text: `  # digitalocean_app.api will be updated in-place\n  ~ resource "digitalocean_app" "api" {\n      ~ env {\n          ~ value = "${t}" -> (sensitive value)\n        }\n    }`,
      values: [t],
    };
  },
  'terraform-error-provider': (v) => {
    const id = v.awsKeyId(),
      s = v.awsSecret();
    return {
      text: `│ Error: configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403\n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on main.tf line 12: access_key = "${id}"  secret_key = "${s}"`,
      values: [id, s],
    };
  },
  'helm-values-debug': (v) => {
    const p = v.password('!-_.'),
      k = v.newRelicLicense();
    return { text: `USER-SUPPLIED VALUES:\npostgresql:\n  auth:\n    password: ${p}\n    username: app\nnewrelic:\n  licenseKey: ${k}`, values: [p, k] };
  },
  'ansible-verbose-module-args': (v) => {
    const p = v.password('!#%');
    return {
      text: `fatal: [db-2]: FAILED! => {"changed": false, "invocation": {"module_args": {"login_host": "localhost", "login_password": "${p}", "login_user": "root", "name": "billing"}}, "msg": "unable to connect to database"}`,
      values: [p],
    };
  },
  'gha-log-env-echo': (v) => {
    const t = v.npm();
    return {
      text: `2026-11-03T14:40:11.1234567Z ##[group]Run npm publish\n2026-11-03T14:40:11.1234890Z env:\n2026-11-03T14:40:11.1235001Z   NODE_AUTH_TOKEN: ${t}\n2026-11-03T14:40:11.1235100Z ##[endgroup]`,
      values: [t],
    };
  },
  'gha-npmrc-cat': (v) => {
    const t = v.npm();
    return { text: `2026-11-03T14:41:00.0000000Z + cat ~/.npmrc\n2026-11-03T14:41:00.0000100Z //registry.npmjs.org/:_authToken=${t}\n2026-11-03T14:41:00.0000200Z always-auth=true`, values: [t] };
  },
  'gha-pypirc-twine': (v) => {
    const t = v.pypi();
    return { text: `[pypi]\n  username = __token__\n  password = ${t}`, values: [t] };
  },
  'gha-docker-login-stdin': (v) => {
    const t = v.dockerHub();
    return { text: `Run echo "${t}" | docker login -u acmebuild --password-stdin\nWARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.`, values: [t] };
  },
  'docker-config-auths': (v) => {
    const a = b64(`acmebuild:${v.dockerHub()}`);
    return { text: `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${a}"\n    }\n  }\n}`, values: [a] };
  },
  'k8s-secret-manifest-data': (v) => {
    const p = b64(v.password('!-_.')),
      k = b64(v.stripe());
    return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-env\ntype: Opaque\ndata:\n  DB_PASSWORD: ${p}\n  STRIPE_SECRET_KEY: ${k}`, values: [p, k] };
  },
  'k8s-secret-stringdata': (v) => {
    const t = v.gitlab('glrt-');
    return { text: `kind: Secret\napiVersion: v1\nmetadata: {name: gitlab-runner}\nstringData:\n  runner-token: "${t}"\n  runner-registration-token: ""`, values: [t] };
  },
  'k8s-event-env-in-message': (v) => {
    const t = v.hex(32);
    return {
      text: `LAST SEEN   TYPE      REASON    OBJECT                MESSAGE\n2m          Warning   Failed    pod/agent-7c9d        Error: container "agent" failed: env DD_API_KEY=${t} rejected by forwarder (403)`,
      values: [t],
    };
  },
  'k8s-describe-pod-env': (v) => {
    const t = v.netlify();
    return {
      text: `    Environment:\n      NODE_ENV:            production\n      NETLIFY_AUTH_TOKEN:  ${t}\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x2v9p (ro)`,
      values: [t],
    };
  },
  'kafka-sasl-plain-config': (v) => {
    const k = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16),
      s = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64);
    return {
      text: `ProducerConfig values: bootstrap.servers = [pkc-abc12.eu-west-1.aws.confluent.cloud:9092] sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username='${k}' password='${s}'; sasl.mechanism = PLAIN`,
      values: [s],
    };
  },
  'rabbitmq-amqps-url': (v) => {
    const p = v.password('-_.');
    return { text: `amqp091-go: dial amqps://orders:${p}@b-1234.mq.eu-west-1.amazonaws.com:5671/: tls: failed to verify certificate`, values: [p] };
  },
  'redis-url-rediss': (v) => {
    const p = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32);
    return {
      text: `ReplyError: WRONGPASS invalid username-password pair or user is disabled. (REDIS_URL=rediss://default:${p}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345)`,
      values: [p],
    };
  },
  'mysql-cli-password-flag': (v) => {
    const p = v.password('!-_');
    return { text: `mysqldump: [Warning] Using a password on the command line interface can be insecure.\n+ mysqldump -h db.prod -u backup -p${p} --single-transaction shop`, values: [p] };
  },
  'sql-create-user-literal': (v) => {
    const p = v.password('!#%.');
    return { text: `LOG:  statement: CREATE ROLE reporting WITH LOGIN PASSWORD '${p}' VALID UNTIL '2027-01-01';`, values: [p] };
  },
  'sql-insert-api-key': (v) => {
    const k = v.stripe();
    return { text: `ERROR 1062 (23000) at line 1: Duplicate entry for key 'PRIMARY': INSERT INTO merchant_settings (merchant_id, stripe_secret_key) VALUES (4211, '${k}');`, values: [k] };
  },
  'escaped-json-in-json': (v) => {
    const p = v.password('!#%& ');
    return { text: `{"level":"error","msg":"bad upstream payload","body":"{\\"username\\":\\"svc-report\\",\\"password\\":\\"${p}\\"}"}`, values: [p] };
  },
  'double-escaped-json': (v) => {
    const t = v.github('ghp');
    return { text: `{"event":"webhook.retry","raw":"{\\"config\\":\\"{\\\\\\"token\\\\\\":\\\\\\"${t}\\\\\\"}\\"}"}`, values: [t] };
  },
  'base64-wrapped-json': (v) => {
    const s = v.awsSecret();
    const blob = b64(JSON.stringify({ aws_access_key_id: v.awsKeyId(), aws_secret_access_key: s }));
    return { text: `lambda context: clientContext=${blob}`, values: [blob] };
  },
  'pem-private-key-multiline': (v) => {
    const lines = v.pemBody('rsa');
    const body = lines.join('\n');
    return { text: `cert-loader: parsed key from /etc/tls/tls.key:\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\nlistening on :8443`, values: [body] };
  },
  'pem-escaped-in-json': (v) => {
    const lines = v.pemBody('pkcs8');
    const body = lines.join('\\n');
    return {
      text: `{"type":"service_account","project_id":"acme-prod","private_key_id":"${v.hex(40)}","private_key":"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n","client_email":"deployer@acme-prod.iam.gserviceaccount.com"}`,
      values: [body],
    };
  },
  'pem-ec-in-yaml-block': (v) => {
    const lines = v.pemBody('ec');
    const body = lines.join('\n    ');
    return { text: `tls:\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    ${body}\n    -----END EC PRIVATE KEY-----`, values: [body] };
  },
  'openssh-key-in-ci-log': (v) => {
    const lines = v.pemBody('openssh');
    const body = lines.join('\n');
    return { text: `+ echo "$DEPLOY_KEY"\n-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`, values: [body] };
  },
  'aws-sts-json-response': (v) => {
    const id = v.awsKeyId('ASIA'),
      s = v.awsSecret(),
      t = v.awsSession();
    return {
      text: `{\n    "Credentials": {\n        "AccessKeyId": "${id}",\n        "SecretAccessKey": "${s}",\n        "SessionToken": "${t}",\n        "Expiration": "2026-11-03T15:45:00+00:00"\n    }\n}`,
      values: [id, s, t],
    };
  },
  'aws-env-export-session': (v) => {
    const t = v.awsSession();
    return { text: `export AWS_SESSION_TOKEN=${t}`, values: [t] };
  },
  'vault-cli-token-output': (v) => {
    const t = v.vault();
    return {
      text: `Key                  Value\n---                  -----\ntoken                ${t}\ntoken_accessor       ${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}\ntoken_duration       768h`,
      values: [t],
    };
  },
  'databricks-cfg': (v) => {
    const t = v.databricks();
    return { text: `[DEFAULT]\nhost  = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = ${t}`, values: [t] };
  },
  'firebase-fcm-server-key': (v) => {
    const k = v.fcmServerKey();
    return { text: `FCM send failed: 401 INVALID_KEY (Authorization: key=${k})`, values: [k] };
  },
  'supabase-service-role-env': (v) => {
    const t = v.jwt({ role: 'service_role', iss: 'supabase', ref: v.r.str('abcdefghijklmnopqrstuvwxyz', 20) });
    return { text: `SUPABASE_URL=https://xyzcompany.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${t}`, values: [t] };
  },
  'heroku-netrc': (v) => {
    const k = v.r.uuid();
    return { text: `machine api.heroku.com\n  login ops@acme.io\n  password ${k}\nmachine git.heroku.com`, values: [k] };
  },
  'vercel-token-toml': (v) => {
    const t = v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24);
    return { text: `[deploy]\nvercel_token = "${t}"\nteam = "acme"`, values: [t] };
  },
  'bitbucket-app-password-env': (v) => {
    const t = `ATBB${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)}`;
    return { text: `BITBUCKET_USERNAME=acme-ci\nBITBUCKET_APP_PASSWORD=${t}`, values: [t] };
  },
  'atlassian-api-token-properties': (v) => {
    const t = `ATATT3xFfGF0${v.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 170)}=${v.hex(8).toUpperCase()}`;
    return { text: `jira.url=https://acme.atlassian.net\njira.user=bot@acme.io\njira.apiToken=${t}`, values: [t] };
  },
};
