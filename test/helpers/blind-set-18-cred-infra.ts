import { githubToken, pem } from './blind-set-9-crypto';
import { B62, HEX, LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { ts18 } from './blind-set-18-ctx';
import { b64s, cred, pos, type PosCase16 } from './blind-set-16-types';

const host = (r: { pick: <T>(x: readonly T[]) => T }): string => r.pick(['db-prod-1.internal', 'pg.acme-corp.net', 'mysql-primary.svc.cluster.local', 'orders-db.c9xk2mzq1abc.eu-west-1.rds.amazonaws.com']);

/** Infrastructure, shell and REPL artifacts: credentials in config dumps, command lines, histories and tables. */
export const credInfra: PosCase16[] = [
  (r) => {
    const v = b64s(`${r.pick(['deploy', 'ci-bot', 'gitlab+deploy-token-' + r.int(100, 9999)])}:${r.urlPassword(20)}`);
    return pos('infra/docker-config-auths', `$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"registry.gitlab.com": {\n\t\t\t"auth": "${v}"\n\t\t},\n\t\t"https://index.docker.io/v1/": {}\n\t},\n\t"credsStore": "desktop"\n}`, cred('basic-b64', v));
  },
  (r) => {
    const v = githubToken(r, 'ghs');
    return pos('shell/git-remote-v', `$ git remote -v\norigin\thttps://x-access-token:${v}@github.com/acme/payments-api.git (fetch)\norigin\thttps://x-access-token:${v}@github.com/acme/payments-api.git (push)`, cred('github-app', v));
  },
  (r) => {
    const v = 'glpat-' + r.chars(B62 + '-_', 20);
    return pos('shell/git-config-list', `$ git config --list --show-origin\nfile:.git/config\tcore.bare=false\nfile:.git/config\tremote.origin.url=https://oauth2:${v}@gitlab.com/acme/platform/infra.git\nfile:.git/config\tremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\nfile:.git/config\tbranch.main.remote=origin`, cred('gitlab-pat', v));
  },
  (r) => {
    const v = r.password(r.int(14, 22));
    return pos('shell/netrc', `$ cat ~/.netrc\nmachine nexus.acme.internal\n  login deploy\n  password ${v}\nmachine api.github.com login ${r.pick(['octo-ci', 'release-bot'])} password \${GITHUB_TOKEN}`, cred('password', v));
  },
  (r) => {
    const v = githubToken(r, 'ghp');
    return pos('shell/npmrc', `$ cat .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${v}\nalways-auth=true`, cred('github-pat', v));
  },
  (r) => {
    const v = r.urlPassword(18);
    return pos('shell/pip-config-list', `$ pip config list\nglobal.index-url='https://ci-reader:${v}@pypi.acme.internal/simple/'\nglobal.trusted-host='pypi.acme.internal'\ninstall.no-cache-dir='true'`, cred('password', v));
  },
  (r) => {
    const v = r.urlPassword(16);
    return pos('infra/ps-mysql-p', `$ ps auxww | grep mysql\nroot     ${r.int(1000, 60000)}  0.0  0.1  23444  9120 pts/0    S+   03:12   0:00 mysql -h ${host(r)} -u admin -p${v} orders\nroot     ${r.int(1000, 60000)}  0.0  0.0   6432   720 pts/1    S+   03:12   0:00 grep --color=auto mysql`, cred('password', v));
  },
  (r) => {
    const v = r.password(20);
    return pos('infra/ps-spring-flag', `app      ${r.int(1000, 60000)} 12.4  9.8 5128840 801232 ?     Ssl  Dec04 41:22 /usr/lib/jvm/java-21/bin/java -Xmx1g -jar /opt/app/ledger.jar --spring.profiles.active=prod --spring.datasource.username=ledger --spring.datasource.password=${v} --server.port=8080`, cred('password', v));
  },
  (r) => {
    const a = r.password(18), b = r.urlPassword(16);
    return pos('shell/bash-history-db', `  ${r.int(100, 900)}  PGPASSWORD='${a}' psql -h ${host(r)} -U app -d app -c 'select count(*) from orders'\n  ${r.int(901, 999)}  mysql -u root -p'${b}' -e 'show processlist'`, cred('password', a), cred('password', b));
  },
  (r) => {
    const v = r.urlPassword(20);
    return pos('shell/zsh-history-url', `: ${1796000000 + r.int(0, 99999)}:0;export DATABASE_URL=postgres://app_rw:${v}@${host(r)}:5432/app?sslmode=require\n: ${1796100000 + r.int(0, 99999)}:0;npm run migrate`, cred('password', v));
  },
  (r) => {
    const v = r.chars(B62, 40);
    return pos('repl/psql-expanded', `app=> \\x\nExpanded display is on.\napp=> select * from oauth_clients where name = 'zapier';\n-[ RECORD 1 ]-+------------------------------------------\nid            | ${r.int(10, 999)}\nname          | zapier\nclient_id     | ${r.hex(20)}\nclient_secret | ${v}\nredirect_uri  | https://zapier.com/dashboard/auth/oauth/return/App${r.int(1000, 99999)}CLIAPI/\ncreated_at    | 2026-0${r.int(1, 9)}-1${r.int(0, 9)} 10:2${r.int(0, 9)}:11.52+00`, cred('client-secret', v));
  },
  (r) => {
    const v = `SG.${r.chars(B62 + '-_', 22)}.${r.chars(B62 + '-_', 43)}`;
    const row = `| ${r.int(1, 9)}  | sendgrid | ${v} | ${r.pick(['active', 'rotating'])} |`;
    const bar = '+' + row.split('|').slice(1, -1).map((c) => '-'.repeat(c.length)).join('+') + '+';
    return pos('repl/mysql-boxed', `mysql> SELECT id, provider, api_key, status FROM integrations WHERE provider='sendgrid';\n${bar}\n| id | provider | api_key${' '.repeat(v.length - 7)} | status${' '.repeat(row.split('|')[4]!.length - 8)} |\n${bar}\n${row}\n${bar}\n1 row in set (0.00 sec)`, cred('sendgrid-key', v));
  },
  (r) => {
    const v = r.password(16);
    return pos('repl/mysql-vertical', `mysql> SELECT * FROM mail_settings\\G\n*************************** 1. row ***************************\n           id: 1\n    smtp_host: smtp.mailgun.org\n    smtp_port: 587\n    smtp_user: postmaster@mg.acme-shop.com\nsmtp_password: ${v}\n   updated_at: 2026-11-2${r.int(0, 9)} 08:14:55\n1 row in set (0.01 sec)`, cred('password', v));
  },
  (r) => {
    const v = r.password(24);
    return pos('repl/redis-config-get', `redis-prod:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${v}"\nredis-prod:6379> CONFIG GET maxmemory\n1) "maxmemory"\n2) "2147483648"`, cred('password', v));
  },
  (r) => {
    const v = r.urlPassword(20);
    return pos('repl/redis-cli-auth', `$ redis-cli -h cache.internal -p 6380 --tls\ncache.internal:6380> AUTH default ${v}\nOK\ncache.internal:6380> INFO keyspace\n# Keyspace\ndb0:keys=${r.int(1000, 90000)},expires=${r.int(10, 900)},avg_ttl=0`, cred('password', v));
  },
  (r) => {
    const v = r.urlPassword(18);
    return pos('shell/mongosh-uri', `$ mongosh "mongodb+srv://svc_orders:${v}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/orders?retryWrites=true&w=majority"\nCurrent Mongosh Log ID:\t${r.hex(24)}\nConnecting to:\t\tmongodb+srv://<credentials>@cluster0.mongodb.net/orders\nUsing MongoDB:\t\t7.0.${r.int(1, 14)}`, cred('password', v));
  },
  (r) => {
    const a = b64s(r.password(20)), b = b64s('sk_live_51' + r.chars(B62, 97));
    return pos('infra/kubectl-secret-yaml', `$ kubectl get secret payments-env -o yaml\napiVersion: v1\ndata:\n  DB_PASSWORD: ${a}\n  STRIPE_SECRET_KEY: ${b}\nkind: Secret\nmetadata:\n  creationTimestamp: "${ts18(r).slice(0, 19)}Z"\n  name: payments-env\n  namespace: prod\n  resourceVersion: "${r.int(1000000, 99999999)}"\n  uid: ${r.uuid()}\ntype: Opaque`, cred('k8s-secret-b64', a), cred('k8s-secret-b64', b));
  },
  (r) => {
    const v = r.password(20);
    return pos('infra/terraform-show-json', `$ terraform show -json | jq '.values.root_module.resources[] | select(.type=="aws_db_instance") | .values | {identifier, username, password, port}'\n{\n  "identifier": "orders-prod",\n  "username": "orders_admin",\n  "password": "${v}",\n  "port": 5432\n}`, cred('password', v));
  },
  (r) => {
    const v = pem(r, 'RSA PRIVATE KEY', 1190);
    return pos('infra/terraform-output-raw', `$ terraform output -raw deploy_private_key\n${v}\n$ terraform output deploy_public_key_fingerprint\n"SHA256:${r.b64(32).replace(/=+$/, '')}"`, cred('private-key', v));
  },
  (r) => {
    const v = r.password(18);
    return pos('infra/ansible-vvv-mysql-user', `<db-${r.int(1, 9)}.internal> EXEC /bin/sh -c '/usr/bin/python3 && sleep 0'\nok: [db-${r.int(1, 9)}] => {\n    "changed": false,\n    "invocation": {\n        "module_args": {\n            "login_host": "localhost",\n            "login_password": "${v}",\n            "login_user": "root",\n            "name": "reporting",\n            "priv": "reports.*:SELECT",\n            "state": "present"\n        }\n    }\n}`, cred('password', v));
  },
  (r) => {
    const v = r.urlPassword(22);
    return pos('infra/journalctl-amqp', `Dec 0${r.int(1, 4)} 0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)} worker-3 notifier[${r.int(300, 60000)}]: connecting to amqps://notifier:${v}@mq.internal:5671/prod (attempt ${r.int(2, 9)}/10)\nDec 04 03:11:02 worker-3 notifier[${r.int(300, 60000)}]: Error: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN`, cred('password', v));
  },
  (r) => {
    const v = r.password(16).replace(/[ {}:]/g, 'x');
    return pos('repl/go-plusv-struct', `2026/12/04 ${ts18(r).slice(11, 19)} db: connect failed with config {Host:${host(r)} Port:5432 User:app Password:${v} Database:app SSLMode:require MaxConns:20}: dial tcp: i/o timeout`, cred('password', v));
  },
  (r) => {
    const v = `SG.${r.chars(B62 + '-_', 22)}.${r.chars(B62 + '-_', 43)}`;
    return pos('repl/java-tostring-smtp', `2026-12-04 ${ts18(r).slice(11, 23)} ERROR 1 --- [main] c.a.mail.MailConfig : invalid mail settings: SmtpSettings{host='smtp.sendgrid.net', port=587, username='apikey', password='${v}', starttls=true}`, cred('sendgrid-key', v));
  },
  (r) => {
    const v = r.hex(32);
    return pos('repl/rails-console-inspect', `irb(main):003:0> ApiCredential.find_by(provider: "twilio")\n=> #<ApiCredential id: ${r.int(1, 90)}, provider: "twilio", account_sid: "AC${r.hex(32)}", auth_token: "${v}", created_at: "2026-10-0${r.int(1, 9)} 12:01:55.000000000 +0000">`, cred('twilio-auth-token', v));
  },
  (r) => {
    const v = b64s(`${r.pick(['svc-report', 'jenkins', 'etl'])}:${r.password(16)}`);
    return pos('repl/python-requests-headers', `>>> resp = requests.get(url, auth=(user, pw))\n>>> resp.request.headers\n{'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Basic ${v}'}`, cred('basic-b64', v));
  },
  (r) => {
    const v = r.password(18).replace(/'/g, 'q');
    return pos('repl/node-config-object', `> require('./config')\n{\n  port: 8080,\n  db: { host: '${host(r)}', user: 'orders', password: '${v}', pool: { max: 10 } },\n  logLevel: 'info'\n}`, cred('password', v));
  },
  (r) => {
    const k = pem(r, 'PRIVATE KEY', 1200);
    const v = k.replace(/\n/g, '\\n');
    return pos('infra/helm-values-sa-json', `$ helm get values bigquery-exporter\nUSER-SUPPLIED VALUES:\ngcp:\n  serviceAccountJson: '{"type": "service_account", "project_id": "acme-analytics-${r.int(100, 999)}", "private_key_id": "${r.hex(40)}", "private_key": "${v}\\n", "client_email": "exporter@acme-analytics.iam.gserviceaccount.com"}'`, cred('private-key-escaped', v));
  },
  (r) => {
    const id = 'AKIA' + r.chars(UPPER + '234567', 16), s = r.b64(30);
    return pos('shell/aws-credentials-cat', `[ec2-user@bastion ~]$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${s}\n\n[readonly]\nrole_arn = arn:aws:iam::${r.digits(12)}:role/ReadOnly\nsource_profile = default`, cred('aws-key-id', id), cred('aws-secret', s));
  },
  (r) => {
    const v = r.urlPassword(16);
    return pos('infra/ps-vault-login', `ops      ${r.int(1000, 60000)}  0.3  0.2 781244 40112 pts/2    Sl+  03:02   0:00 vault login -method=userpass username=ops-${r.chars(LOWER, 4)} password=${v}`, cred('password', v));
  },
  (r) => {
    const v = 'xoxb-' + r.digits(12) + '-' + r.digits(13) + '-' + r.chars(B62, 24);
    return pos('infra/kubectl-configmap-leak', `$ kubectl get cm alerting-config -o jsonpath='{.data}'\n{"SLACK_CHANNEL":"#ops-alerts","SLACK_BOT_TOKEN":"${v}","RETRY":"3"}`, cred('slack-bot', v));
  },
  (r) => {
    const v = r.chars(HEX, 64);
    const g = 'glc_' + b64s(`{"o":"${r.int(100000, 999999)}","n":"agent","k":"${r.chars(B62, 24)}","m":{"r":"prod-eu-west-0"}}`).replace(/=+$/, '');
    return pos('infra/etc-default-env-file', `$ sudo cat /etc/default/grafana-agent\n# managed by ansible\nGRAFANA_CLOUD_API_KEY=${g}\nSESSION_SECRET=${v}`, cred('grafana-cloud-token', g), cred('session-secret', v));
  },
];
